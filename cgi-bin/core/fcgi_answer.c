/* fcgi_answer.c - see fcgi_answer.h.
 * Why: libfcgi's stream copies an answer through an 8 KiB buffer and writes
 * each 8 KiB as a record of its own: a 26 KB search answer was four write()s,
 * a 1.8 MB CSV part 230 (perf: 58% of the admin program's CPU on the CSV,
 * the copy another 11%). Here the head, the body and the records that end
 * the request go from their buffers in one writev, in records of the largest
 * size FastCGI allows, and the stream is marked closed so that FCGX_Finish_r
 * writes nothing more.
 * Then, for a request without a body, the rest of its stdin is read (the
 * empty record that ends it, usually already in libfcgi's buffer) and the
 * request detached, so that FCGX_Finish_r closes the connection at once:
 * libfcgi would shut down its sending side and wait for nginx to close first
 * (a guard against a reset losing the answer, which comes only from data
 * left unread), the worker idle meanwhile. requestId is the request's
 * (fcgiapp.h); ipcFd and the stream's closed flags are libfcgi 2.4's, which
 * has no call for this. */
#include "fcgi_answer.h"

#include <errno.h>
#include <fastcgi.h>
#include <string.h>
#include <sys/uio.h>

/* The largest content length a record holds, a multiple of 8 (no padding). */
#define RECORD_MAX 65528u
/* Records one writev carries (2.7 MB); a bigger answer takes several. */
#define BATCH 42

struct batch {
	struct iovec iov[3 * BATCH + 1];   /* header, head's and body's part */
	FCGI_Header h[BATCH];
	int n, nh;
};

static FCGI_Header header(int type, int id, unsigned len)
{
	return (FCGI_Header){
		.version = FCGI_VERSION_1, .type = (unsigned char)type,
		.requestIdB1 = (unsigned char)(id >> 8), .requestIdB0 = (unsigned char)id,
		.contentLengthB1 = (unsigned char)(len >> 8), .contentLengthB0 = (unsigned char)len,
	};
}

static int flush(int fd, struct batch *b)
{
	struct iovec *iov = b->iov;
	int n = b->n;
	b->n = b->nh = 0;
	while (n > 0) {
		ssize_t w = writev(fd, iov, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		for (; n > 0 && (size_t)w >= iov->iov_len; iov++, n--)
			w -= (ssize_t)iov->iov_len;
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	return 0;
}

/* The next record's header and up to RECORD_MAX bytes of what SRC[*S..1]
 * has left, into B. */
static void record(struct batch *b, int id, struct iovec src[2], int *s)
{
	FCGI_Header *h = &b->h[b->nh++];
	b->iov[b->n++] = (struct iovec){ h, sizeof *h };
	unsigned len = 0;
	for (; *s < 2 && len < RECORD_MAX; (*s)++) {
		size_t take = src[*s].iov_len < RECORD_MAX - len ? src[*s].iov_len : RECORD_MAX - len;
		b->iov[b->n++] = (struct iovec){ src[*s].iov_base, take };
		src[*s].iov_base = (char *)src[*s].iov_base + take;
		src[*s].iov_len -= take;
		len += (unsigned)take;
		if (src[*s].iov_len)
			break;
	}
	*h = header(FCGI_STDOUT, id, len);
}

/* A request that sent no body: what is left of its stdin is the record that
 * ends it, which nginx wrote with the request's parameters, so reading it
 * cannot wait on nginx; the connection then closes at once. A body left
 * unread (a refused upload) keeps libfcgi's lingering close: nginx stops
 * sending it once it has an answer, and closing with data unread would reset
 * the connection under nginx's writes. */
static void end_connection(FCGX_Request *fr)
{
	const char *len = FCGX_GetParam("CONTENT_LENGTH", fr->envp);
	if (len && *len && strcmp(len, "0") != 0)
		return;
	char rest[64];
	while (FCGX_GetStr(rest, sizeof rest, fr->in) > 0)
		;
	FCGX_Detach(fr);
}

int fcgi_answer_write(FCGX_Request *fr, const char *head, size_t hlen,
		      const char *body, size_t blen)
{
	struct {
		FCGI_Header eof;
		FCGI_EndRequestRecord end;
	} tail = {
		header(FCGI_STDOUT, fr->requestId, 0),
		{ header(FCGI_END_REQUEST, fr->requestId, sizeof tail.end.body),
		  { .protocolStatus = FCGI_REQUEST_COMPLETE } },
	};
	struct iovec src[2] = { { (void *)head, hlen }, { (void *)body, blen } };
	struct batch b = { .n = 0 };
	int s = 0, rc = 0;
	while (rc == 0 && s < 2) {
		if (b.nh == BATCH)
			rc = flush(fr->ipcFd, &b);
		else
			record(&b, fr->requestId, src, &s);
	}
	b.iov[b.n++] = (struct iovec){ &tail, sizeof tail };
	if (rc == 0)
		rc = flush(fr->ipcFd, &b);
	fr->out->isClosed = fr->out->wasFCloseCalled = 1;
	end_connection(fr);
	return rc;
}
