/* test_fcgi_conns.c - a worker's FastCGI connections: kept ones serve request
 * after request, an idle kept one keeps no new connection waiting, one the web
 * server closes is let go, a body left unread does not pass for the next
 * request, and one not kept is closed after its answer. The web server's side
 * is written here as raw records on a real unix socket. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cmocka.h>
#include <fastcgi.h>

#include "core/fcgi_conns.h"

static char path[108];
static int sock;

static int setup(void **state)
{
	(void)state;
	snprintf(path, sizeof path, "/tmp/test_fcgi_conns.%d.sock", (int)getpid());
	unlink(path);
	alarm(30);   /* a worker waiting where it must not fails the test, not hangs it */
	if (FCGX_Init() != 0)
		return -1;
	sock = FCGX_OpenSocket(path, 512);
	return sock < 0 ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	close(sock);
	unlink(path);
	return 0;
}

static int dial(void)
{
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_true(fd >= 0);
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	strcpy(a.sun_path, path);
	assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
	return fd;
}

static void put_record(int fd, int type, int id, const void *body, size_t len)
{
	FCGI_Header h = {
		.version = FCGI_VERSION_1, .type = (unsigned char)type,
		.requestIdB1 = (unsigned char)(id >> 8), .requestIdB0 = (unsigned char)id,
		.contentLengthB1 = (unsigned char)(len >> 8), .contentLengthB0 = (unsigned char)len,
	};
	assert_int_equal(write(fd, &h, sizeof h), (ssize_t)sizeof h);
	if (len)
		assert_int_equal(write(fd, body, len), (ssize_t)len);
}

/* A request as nginx writes it: URI is its REQUEST_URI, BODY its stdin. */
static void send_request(int fd, int id, int keep, const char *uri, const char *body)
{
	FCGI_BeginRequestBody b = { .roleB0 = FCGI_RESPONDER, .flags = keep ? FCGI_KEEP_CONN : 0 };
	put_record(fd, FCGI_BEGIN_REQUEST, id, &b, sizeof b);
	unsigned char p[256];
	size_t n = strlen(uri);
	p[0] = 11;
	p[1] = (unsigned char)n;
	memcpy(p + 2, "REQUEST_URI", 11);
	memcpy(p + 13, uri, n);
	put_record(fd, FCGI_PARAMS, id, p, 13 + n);
	put_record(fd, FCGI_PARAMS, id, NULL, 0);
	if (body && *body)
		put_record(fd, FCGI_STDIN, id, body, strlen(body));
	put_record(fd, FCGI_STDIN, id, NULL, 0);
}

/* The next request, which must be URI's; answered with URI itself. */
static void serve(struct fcgi_conns *c, const char *uri)
{
	FCGX_Request *fr = fcgi_conns_next(c);
	assert_non_null(fr);
	assert_string_equal(FCGX_GetParam("REQUEST_URI", fr->envp), uri);
	FCGX_FPrintF(fr->out, "Content-Type: text/plain\r\n\r\n%s", uri);
	fcgi_conns_done(c, fr);
}

static void read_full(int fd, void *buf, size_t len)
{
	for (size_t got = 0; got < len;) {
		ssize_t r = read(fd, (char *)buf + got, len - got);
		assert_true(r > 0);
		got += (size_t)r;
	}
}

/* The answer on FD, up to its END_REQUEST record: its stdout must end with URI. */
static void expect_answer(int fd, const char *uri)
{
	char out[4096];
	size_t n = 0;
	for (;;) {
		FCGI_Header h;
		read_full(fd, &h, sizeof h);
		size_t len = (size_t)(h.contentLengthB1 << 8 | h.contentLengthB0) + h.paddingLength;
		char body[65536 + 256];
		read_full(fd, body, len);
		if (h.type == FCGI_END_REQUEST)
			break;
		if (h.type == FCGI_STDOUT && n + len < sizeof out) {
			memcpy(out + n, body, len - h.paddingLength);
			n += len - h.paddingLength;
		}
	}
	out[n] = 0;
	size_t u = strlen(uri);
	assert_true(n >= u);
	assert_string_equal(out + n - u, uri);
}

static void test_kept_serves_again(void **state)
{
	(void)state;
	struct fcgi_conns *c = fcgi_conns_new(sock);
	assert_non_null(c);
	int fd = dial();
	for (int i = 1; i <= 3; i++) {
		char uri[32];
		snprintf(uri, sizeof uri, "/cerca?q=%d", i);
		send_request(fd, 1, 1, uri, NULL);
		serve(c, uri);
		expect_answer(fd, uri);
	}
	close(fd);
	fcgi_conns_free(c);
}

static void test_idle_kept_blocks_nobody(void **state)
{
	(void)state;
	struct fcgi_conns *c = fcgi_conns_new(sock);
	int kept[3];
	for (int i = 0; i < 3; i++) {   /* more kept, idle connections than the one worker */
		kept[i] = dial();
		send_request(kept[i], 1, 1, "/a", NULL);
		serve(c, "/a");
		expect_answer(kept[i], "/a");
	}
	int fresh = dial();
	send_request(fresh, 1, 0, "/nuova", NULL);
	serve(c, "/nuova");
	expect_answer(fresh, "/nuova");
	char b;
	assert_int_equal(read(fresh, &b, 1), 0);   /* not kept: closed after its answer */
	send_request(kept[1], 2, 1, "/di-nuovo", NULL);
	serve(c, "/di-nuovo");
	expect_answer(kept[1], "/di-nuovo");
	for (int i = 0; i < 3; i++)
		close(kept[i]);
	fcgi_conns_free(c);
}

static void test_closed_kept_let_go(void **state)
{
	(void)state;
	struct fcgi_conns *c = fcgi_conns_new(sock);
	/* more than a worker holds at once: each must be let go when closed */
	for (int i = 0; i < 600; i++) {
		int fd = dial();
		send_request(fd, 1, 1, "/x", NULL);
		serve(c, "/x");
		expect_answer(fd, "/x");
		close(fd);
	}
	int fd = dial();
	send_request(fd, 1, 1, "/ultima", NULL);
	serve(c, "/ultima");   /* on its way, the 600 closed connections were read and let go */
	expect_answer(fd, "/ultima");
	close(fd);
	fcgi_conns_free(c);
}

static void test_unread_body_skipped(void **state)
{
	(void)state;
	struct fcgi_conns *c = fcgi_conns_new(sock);
	int fd = dial();
	static char body[40000];   /* past what libfcgi reads ahead with the parameters */
	memset(body, 'c', sizeof body - 1);
	send_request(fd, 1, 1, "/con-corpo", body);
	serve(c, "/con-corpo");
	expect_answer(fd, "/con-corpo");
	int other = dial();   /* the kept connection has nothing left to read */
	send_request(other, 1, 0, "/altra", NULL);
	serve(c, "/altra");
	expect_answer(other, "/altra");
	close(other);
	send_request(fd, 2, 1, "/dopo", NULL);
	serve(c, "/dopo");
	expect_answer(fd, "/dopo");
	close(fd);
	fcgi_conns_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kept_serves_again),
		cmocka_unit_test(test_idle_kept_blocks_nobody),
		cmocka_unit_test(test_closed_kept_let_go),
		cmocka_unit_test(test_unread_body_skipped),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
