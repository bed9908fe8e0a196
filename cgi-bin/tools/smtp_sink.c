/* smtp_sink.c - a local SMTP server that keeps every message it is given in a
 * directory instead of delivering it: the mail server of `make run` and of
 * the tests. Never a real mail server: it listens on the loopback only.
 *
 *   smtp-sink --listen 127.0.0.1:PORT --maildir DIR [--pidfile PATH]
 *             [--max-size BYTES] [--delay-ms MS]
 *
 * One process, a poll() loop, a few connections at once. It speaks enough of
 * RFC 5321 for libcurl and for a person with nc: EHLO/HELO (8BITMIME, SIZE),
 * MAIL FROM, RCPT TO, DATA (dot-stuffing undone), RSET, NOOP, QUIT; other
 * commands get 502, garbage 500, commands out of order 503. Limits: command
 * lines 512 bytes, text lines 1000, messages --max-size (10 MiB), 100
 * recipients, 300 s idle.
 *
 * Each accepted message is DIR/NNNNNN.eml, exactly the DATA content, with its
 * envelope in DIR/NNNNNN.json ({"mail_from": "...", "rcpt_to": ["..."]});
 * both are written under a temporary name and renamed, the .json first, so a
 * reader that sees the .eml sees complete files. Numbering continues after
 * the highest number already in DIR.
 *
 * --delay-ms holds the reply to the end of DATA for that long (a slow
 * server, for the tests); a client that hangs up meanwhile loses the message,
 * as with a real server that had not answered yet.
 * SIGTERM/SIGINT: close everything (a message not yet answered is dropped),
 * remove the pidfile, exit 0. */
#define _GNU_SOURCE     /* accept4 */
#include <arpa/inet.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONN 32
#define CMD_MAX 512          /* RFC 5321 4.5.3.1.4, CRLF included */
#define TEXT_MAX 1000        /* RFC 5321 4.5.3.1.6, CRLF included */
#define INBUF 2048
#define MAX_RCPT 100
#define IDLE_SECONDS 300

enum state { ST_CMD, ST_DATA, ST_PENDING };

struct conn {
	int fd;
	enum state state;
	bool helo, have_from, overlong, closing;
	char in[INBUF];
	size_t inlen;
	char from[CMD_MAX];
	char *rcpt[MAX_RCPT];
	size_t nrcpt;
	char *msg;
	size_t msglen, msgcap;
	bool too_big, line_too_long;
	time_t last;
	long long reply_at;      /* ST_PENDING: when to save and answer (ms, monotonic) */
};

static volatile sig_atomic_t stopping;
static const char *maildir;
static size_t max_size = 10 * 1024 * 1024;
static long delay_ms;
static unsigned long next_seq = 1;
static struct conn conns[MAX_CONN];

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static void logmsg(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logmsg(const char *level, const char *fmt, ...)
{
	char ts[32], line[1024];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s smtp-sink[%d] %s: %s\n", ts, (int)getpid(), level, line);
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ------------------------------------------------------------- storage */

static void scan_maildir(void)
{
	DIR *d = opendir(maildir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		char *end;
		unsigned long n = strtoul(e->d_name, &end, 10);
		if (end != e->d_name && (strcmp(end, ".eml") == 0 || strcmp(end, ".json") == 0) &&
		    n >= next_seq)
			next_seq = n + 1;
	}
	closedir(d);
}

static int mkdir_p(const char *dir)
{
	char path[4096];
	if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
		return -1;
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			return -1;
		if (!c)
			return 0;
		*p = c;
	}
}

static int write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)w;
	}
	if (fsync(fd) < 0 || close(fd) < 0) {
		unlink(path);
		return -1;
	}
	return 0;
}

/* S as a JSON string into OUT (at least 6 * strlen(S) + 3 bytes). */
static void json_string(char *out, const char *s)
{
	*out++ = '"';
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\') {
			*out++ = '\\';
			*out++ = (char)c;
		} else if (c < 0x20) {
			out += snprintf(out, 7, "\\u%04x", c);
		} else {
			*out++ = (char)c;
		}
	}
	*out++ = '"';
	*out = '\0';
}

/* Save the message of C: the envelope, then the content. 0, or -1. */
static int save(struct conn *c, unsigned long *seq)
{
	size_t cap = 64 + 6 * strlen(c->from);
	for (size_t i = 0; i < c->nrcpt; i++)
		cap += 8 + 6 * strlen(c->rcpt[i]);
	char *json = malloc(cap), *o = json;
	if (!json)
		return -1;
	o += snprintf(o, cap, "{\"mail_from\": ");
	json_string(o, c->from);
	o += strlen(o);
	o += snprintf(o, cap - (size_t)(o - json), ", \"rcpt_to\": [");
	for (size_t i = 0; i < c->nrcpt; i++) {
		if (i)
			o += snprintf(o, cap - (size_t)(o - json), ", ");
		json_string(o, c->rcpt[i]);
		o += strlen(o);
	}
	snprintf(o, cap - (size_t)(o - json), "]}\n");

	char tmp[4096], final[4096];
	*seq = next_seq++;
	int rc = -1;
	snprintf(tmp, sizeof tmp, "%s/.tmp-%d-%06lu.json", maildir, (int)getpid(), *seq);
	snprintf(final, sizeof final, "%s/%06lu.json", maildir, *seq);
	if (write_file(tmp, json, strlen(json)) < 0 || rename(tmp, final) < 0)
		goto out;
	snprintf(tmp, sizeof tmp, "%s/.tmp-%d-%06lu.eml", maildir, (int)getpid(), *seq);
	snprintf(final, sizeof final, "%s/%06lu.eml", maildir, *seq);
	if (write_file(tmp, c->msg ? c->msg : "", c->msglen) < 0 || rename(tmp, final) < 0)
		goto out;
	rc = 0;
out:
	if (rc < 0) {
		logmsg("error", "cannot save message %06lu in %s: %s", *seq, maildir, strerror(errno));
		unlink(tmp);
	}
	free(json);
	return rc;
}

/* --------------------------------------------------------- connections */

static void reply(struct conn *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void reply(struct conn *c, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line - 2, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n > sizeof line - 3)
		n = (int)(sizeof line - 3);
	memcpy(line + n, "\r\n", 2);
	size_t len = (size_t)n + 2, off = 0;
	while (off < len && !c->closing) {
		ssize_t w = send(c->fd, line + off, len - off, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			c->closing = true;     /* the client does not read its replies: drop it */
		else
			off += (size_t)w;
	}
}

static void reset_transaction(struct conn *c)
{
	for (size_t i = 0; i < c->nrcpt; i++)
		free(c->rcpt[i]);
	c->nrcpt = 0;
	c->have_from = false;
	c->from[0] = '\0';
	c->msglen = 0;
	c->too_big = c->line_too_long = false;
}

static void drop(struct conn *c)
{
	reset_transaction(c);
	free(c->msg);
	close(c->fd);
	memset(c, 0, sizeof(*c));
	c->fd = -1;
}

static void append(struct conn *c, const char *s, size_t n)
{
	if (c->too_big || c->msglen + n > max_size) {
		c->too_big = true;
		return;
	}
	if (c->msglen + n > c->msgcap) {
		size_t cap = c->msgcap ? c->msgcap : 16384;
		while (cap < c->msglen + n)
			cap *= 2;
		char *p = realloc(c->msg, cap);
		if (!p) {
			c->too_big = true;
			return;
		}
		c->msg = p;
		c->msgcap = cap;
	}
	memcpy(c->msg + c->msglen, s, n);
	c->msglen += n;
}

/* "<path>" after a "FROM:" or "TO:" (spaces allowed before it) into OUT;
 * returns what follows it (the parameters), or NULL when malformed. */
static const char *parse_path(const char *s, char *out, size_t outlen)
{
	while (*s == ' ')
		s++;
	if (*s != '<')
		return NULL;
	const char *gt = strchr(s, '>');
	if (!gt || (size_t)(gt - s - 1) >= outlen)
		return NULL;
	memcpy(out, s + 1, (size_t)(gt - s - 1));
	out[gt - s - 1] = '\0';
	if (strpbrk(out, "<> "))
		return NULL;
	return gt + 1;
}

static bool verb(const char *line, const char *v)
{
	size_t n = strlen(v);
	return strncasecmp(line, v, n) == 0 && (line[n] == '\0' || line[n] == ' ');
}

static void finish_data(struct conn *c)
{
	if (c->too_big)
		reply(c, "552 5.3.4 Message too big (at most %zu bytes)", max_size);
	else if (c->line_too_long)
		reply(c, "500 5.5.2 Line too long (at most %d bytes)", TEXT_MAX);
	else {
		unsigned long seq;
		if (save(c, &seq) == 0) {
			reply(c, "250 2.0.0 Ok: queued as %06lu", seq);
			logmsg("info", "message %06lu: %zu bytes from <%s> to %zu recipient(s)", seq,
			       c->msglen, c->from, c->nrcpt);
		} else {
			reply(c, "451 4.3.0 Cannot store the message");
		}
	}
	reset_transaction(c);
	c->state = ST_CMD;
}

static void cmd_helo(struct conn *c, char *line)
{
	const char *arg = line + 4;
	while (*arg == ' ')
		arg++;
	if (!*arg) {
		reply(c, "501 5.5.4 Syntax: %.4s hostname", line);
		return;
	}
	reset_transaction(c);
	c->helo = true;
	if (toupper((unsigned char)line[0]) == 'E')
		reply(c, "250-localhost smtp-sink\r\n250-8BITMIME\r\n250 SIZE %zu", max_size);
	else
		reply(c, "250 localhost smtp-sink");
}

/* MAIL FROM's parameters: SIZE=n and BODY=7BIT|8BITMIME. False after replying. */
static bool mail_params_ok(struct conn *c, const char *params)
{
	char *save_ptr = NULL, *copy = strdup(params);
	bool ok = copy != NULL;
	for (char *p = copy ? strtok_r(copy, " ", &save_ptr) : NULL; ok && p;
	     p = strtok_r(NULL, " ", &save_ptr)) {
		if (strncasecmp(p, "SIZE=", 5) == 0) {
			if (strtoull(p + 5, NULL, 10) > max_size) {
				reply(c, "552 5.3.4 Message too big (at most %zu bytes)", max_size);
				ok = false;
			}
		} else if (strcasecmp(p, "BODY=8BITMIME") != 0 && strcasecmp(p, "BODY=7BIT") != 0) {
			reply(c, "555 5.5.4 Unsupported parameter %.64s", p);
			ok = false;
		}
	}
	free(copy);
	return ok;
}

static void cmd_mail(struct conn *c, char *line)
{
	if (!c->helo) {
		reply(c, "503 5.5.1 EHLO or HELO first");
		return;
	}
	if (c->have_from) {
		reply(c, "503 5.5.1 Nested MAIL command");
		return;
	}
	const char *params = parse_path(line + 10, c->from, sizeof c->from);
	if (!params) {
		reply(c, "501 5.1.7 Syntax: MAIL FROM:<address>");
		return;
	}
	if (!mail_params_ok(c, params))
		return;
	c->have_from = true;
	reply(c, "250 2.1.0 Ok");
}

static void cmd_rcpt(struct conn *c, char *line)
{
	char to[CMD_MAX];
	if (!c->have_from) {
		reply(c, "503 5.5.1 MAIL first");
		return;
	}
	if (!parse_path(line + 8, to, sizeof to) || !to[0]) {
		reply(c, "501 5.1.3 Syntax: RCPT TO:<address>");
		return;
	}
	if (c->nrcpt == MAX_RCPT) {
		reply(c, "452 4.5.3 Too many recipients");
		return;
	}
	c->rcpt[c->nrcpt] = strdup(to);
	if (!c->rcpt[c->nrcpt]) {
		reply(c, "452 4.3.1 Out of memory");
		return;
	}
	c->nrcpt++;
	reply(c, "250 2.1.5 Ok");
}

static void cmd_data(struct conn *c, char *line)
{
	if (line[4]) {
		reply(c, "501 5.5.4 Syntax: DATA");
	} else if (!c->have_from) {
		reply(c, "503 5.5.1 MAIL first");
	} else if (!c->nrcpt) {
		reply(c, "503 5.5.1 RCPT first");
	} else {
		c->msglen = 0;
		c->too_big = c->line_too_long = false;
		c->state = ST_DATA;
		reply(c, "354 End data with <CR><LF>.<CR><LF>");
	}
}

static void cmd_rset(struct conn *c, char *line)
{
	(void)line;
	reset_transaction(c);
	reply(c, "250 2.0.0 Ok");
}

static void cmd_noop(struct conn *c, char *line)
{
	(void)line;
	reply(c, "250 2.0.0 Ok");
}

static void cmd_quit(struct conn *c, char *line)
{
	(void)line;
	reply(c, "221 2.0.0 Bye");
	c->closing = true;
}

static void cmd_unimplemented(struct conn *c, char *line)
{
	(void)line;
	reply(c, "502 5.5.1 Command not implemented");
}

static void command(struct conn *c, char *line)
{
	static const struct {
		const char *name;
		bool prefix;        /* "MAIL FROM:" takes its argument without a space */
		void (*fn)(struct conn *c, char *line);
	} cmds[] = {
		{ "EHLO", false, cmd_helo }, { "HELO", false, cmd_helo },
		{ "MAIL FROM:", true, cmd_mail }, { "RCPT TO:", true, cmd_rcpt },
		{ "DATA", false, cmd_data }, { "RSET", false, cmd_rset },
		{ "NOOP", false, cmd_noop }, { "QUIT", false, cmd_quit },
		{ "VRFY", false, cmd_unimplemented }, { "EXPN", false, cmd_unimplemented },
		{ "HELP", false, cmd_unimplemented }, { "STARTTLS", false, cmd_unimplemented },
		{ "AUTH", false, cmd_unimplemented }, { "ETRN", false, cmd_unimplemented },
		{ "BDAT", false, cmd_unimplemented }, { "TURN", false, cmd_unimplemented },
	};
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
		bool hit = cmds[i].prefix ? strncasecmp(line, cmds[i].name, strlen(cmds[i].name)) == 0
					  : verb(line, cmds[i].name);
		if (hit) {
			cmds[i].fn(c, line);
			return;
		}
	}
	reply(c, "500 5.5.2 Command unrecognized");
}

static void line(struct conn *c, char *s, size_t len, bool overlong)
{
	if (c->state == ST_DATA) {
		if (overlong || len > TEXT_MAX) {
			c->line_too_long = true;
			return;
		}
		if ((len == 3 && memcmp(s, ".\r\n", 3) == 0) || (len == 2 && memcmp(s, ".\n", 2) == 0)) {
			if (delay_ms > 0 && !c->too_big && !c->line_too_long) {
				c->state = ST_PENDING;
				c->reply_at = now_ms() + delay_ms;
			} else {
				finish_data(c);
			}
			return;
		}
		if (s[0] == '.')     /* dot-stuffing (RFC 5321 4.5.2) */
			s++, len--;
		append(c, s, len);
		return;
	}
	if (overlong || len > CMD_MAX) {
		reply(c, "500 5.5.2 Line too long");
		return;
	}
	s[--len] = '\0';                 /* the LF; a bare LF is tolerated */
	if (len && s[len - 1] == '\r')
		s[--len] = '\0';
	if (memchr(s, '\0', len)) {
		reply(c, "500 5.5.2 NUL in command");
		return;
	}
	command(c, s);
}

/* Handle the complete lines in the buffer, unless waiting to answer DATA. */
static void process(struct conn *c)
{
	while (c->state != ST_PENDING && !c->closing) {
		char *lf = memchr(c->in, '\n', c->inlen);
		if (!lf) {
			if (c->inlen == sizeof c->in) {   /* a line too long for the buffer */
				c->overlong = true;
				c->inlen = 0;
			}
			return;
		}
		size_t len = (size_t)(lf - c->in) + 1;
		bool overlong = c->overlong;
		c->overlong = false;
		line(c, c->in, len, overlong);
		memmove(c->in, c->in + len, c->inlen - len);
		c->inlen -= len;
	}
}

static void on_readable(struct conn *c)
{
	if (c->inlen == sizeof c->in) {   /* only while waiting to answer DATA */
		c->closing = true;        /* a client that does not wait for replies */
		return;
	}
	ssize_t n = recv(c->fd, c->in + c->inlen, sizeof c->in - c->inlen, 0);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		if (c->state == ST_PENDING)
			logmsg("warn", "client hung up before the reply to DATA: message dropped");
		c->closing = true;
		return;
	}
	c->inlen += (size_t)n;
	c->last = time(NULL);
	process(c);
}

static void on_accept(int lfd)
{
	int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0)
		return;
	struct conn *c = NULL;
	for (int i = 0; i < MAX_CONN && !c; i++)
		if (conns[i].fd < 0)
			c = &conns[i];
	if (!c) {
		static const char busy[] = "421 4.3.2 Too many connections\r\n";
		ssize_t ignored = send(fd, busy, sizeof busy - 1, MSG_NOSIGNAL);
		(void)ignored;
		close(fd);
		return;
	}
	memset(c, 0, sizeof(*c));
	c->fd = fd;
	c->state = ST_CMD;
	c->last = time(NULL);
	reply(c, "220 localhost ESMTP smtp-sink (messages are kept, never delivered)");
}

/* ---------------------------------------------------------------- main */

static int listen_on(const char *spec)
{
	char host[64];
	const char *colon = strrchr(spec, ':');
	if (!colon || (size_t)(colon - spec) >= sizeof host) {
		logmsg("error", "--listen wants 127.0.0.1:PORT");
		return -1;
	}
	memcpy(host, spec, (size_t)(colon - spec));
	host[colon - spec] = '\0';
	char *end;
	long port = strtol(colon + 1, &end, 10);
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (*end || port < 0 || port > 65535 || inet_pton(AF_INET, host, &sa.sin_addr) != 1 ||
	    (ntohl(sa.sin_addr.s_addr) >> 24) != 127) {
		logmsg("error", "--listen %s: only a loopback address (127.0.0.1:PORT)", spec);
		return -1;
	}
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int one = 1;
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
	    bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, 16) < 0) {
		logmsg("error", "cannot listen on %s: %s", spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	socklen_t salen = sizeof sa;
	getsockname(fd, (struct sockaddr *)&sa, &salen);
	logmsg("info", "listening on %s:%u, messages in %s", host, ntohs(sa.sin_port), maildir);
	return fd;
}

static void usage(const char *prog)
{
	fprintf(stderr, "usage: %s --listen 127.0.0.1:PORT --maildir DIR [--pidfile FILE]\n"
			"          [--max-size BYTES] [--delay-ms MS]\n", prog);
}

int main(int argc, char **argv)
{
	const char *listen_spec = NULL, *pidfile = NULL;
	for (int i = 1; i < argc; i += 2) {
		const char *opt = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!v) {
			usage(argv[0]);
			return 2;
		}
		if (strcmp(opt, "--listen") == 0)
			listen_spec = v;
		else if (strcmp(opt, "--maildir") == 0)
			maildir = v;
		else if (strcmp(opt, "--pidfile") == 0)
			pidfile = v;
		else if (strcmp(opt, "--max-size") == 0)
			max_size = strtoul(v, NULL, 10);
		else if (strcmp(opt, "--delay-ms") == 0)
			delay_ms = strtol(v, NULL, 10);
		else {
			usage(argv[0]);
			return 2;
		}
	}
	if (!listen_spec || !maildir || max_size == 0) {
		usage(argv[0]);
		return 2;
	}
	if (mkdir_p(maildir) < 0) {
		logmsg("error", "cannot create %s: %s", maildir, strerror(errno));
		return 1;
	}
	scan_maildir();
	int lfd = listen_on(listen_spec);
	if (lfd < 0)
		return 1;

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);     /* no SA_RESTART: poll() returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_IGN);

	if (pidfile) {
		FILE *f = fopen(pidfile, "w");
		if (!f) {
			logmsg("error", "pidfile %s: %s", pidfile, strerror(errno));
			close(lfd);
			return 1;
		}
		fprintf(f, "%d\n", (int)getpid());
		fclose(f);
	}
	for (int i = 0; i < MAX_CONN; i++)
		conns[i].fd = -1;

	while (!stopping) {
		struct pollfd pfd[MAX_CONN + 1];
		int map[MAX_CONN + 1], n = 0;
		long long now = now_ms(), timeout = 1000;
		pfd[n] = (struct pollfd){ .fd = lfd, .events = POLLIN };
		map[n++] = -1;
		for (int i = 0; i < MAX_CONN; i++) {
			if (conns[i].fd < 0)
				continue;
			if (conns[i].state == ST_PENDING && conns[i].reply_at - now < timeout)
				timeout = conns[i].reply_at - now > 0 ? conns[i].reply_at - now : 0;
			pfd[n] = (struct pollfd){ .fd = conns[i].fd, .events = POLLIN };
			map[n++] = i;
		}
		int r = poll(pfd, (nfds_t)n, (int)timeout);
		if (r < 0 && errno != EINTR) {
			logmsg("error", "poll: %s", strerror(errno));
			break;
		}
		for (int k = 0; r > 0 && k < n; k++) {
			if (!pfd[k].revents)
				continue;
			if (map[k] < 0)
				on_accept(lfd);
			else
				on_readable(&conns[map[k]]);
		}
		now = now_ms();
		time_t wall = time(NULL);
		for (int i = 0; i < MAX_CONN; i++) {
			struct conn *c = &conns[i];
			if (c->fd < 0)
				continue;
			if (c->state == ST_PENDING && !c->closing && now >= c->reply_at) {
				finish_data(c);
				process(c);     /* whatever the client sent meanwhile */
			}
			if (!c->closing && wall - c->last > IDLE_SECONDS) {
				reply(c, "421 4.4.2 Idle timeout");
				c->closing = true;
			}
			if (c->closing)
				drop(c);
		}
	}
	for (int i = 0; i < MAX_CONN; i++)
		if (conns[i].fd >= 0)
			drop(&conns[i]);
	close(lfd);
	if (pidfile)
		unlink(pidfile);
	logmsg("info", "stopped");
	return 0;
}
