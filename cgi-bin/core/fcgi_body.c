/* fcgi_body.c - see fcgi_body.h.
 * Why: FCGX_PutStr copies a body through the request's 8 KiB stream buffer
 * and writes each 8 KiB as a record of its own. A 1.8 MB CSV part was 230
 * write()s, each a socket buffer allocated and nginx woken to read 8 KiB:
 * 58% of the admin program's CPU on the CSV (perf, 2026-12-06), and the copy
 * another 11%. A big body goes straight from its buffer, in records of the
 * largest size FastCGI allows, one writev each (header and content). The
 * stream is flushed first, so that the head goes before it; FCGX_Finish_r
 * ends the stdout stream and the request after it as before. ipcFd and
 * requestId are the request's connection and id (fcgiapp.h). */
#include "fcgi_body.h"

#include <errno.h>
#include <fastcgi.h>
#include <sys/uio.h>

/* Smaller bodies stay with libfcgi: one or a few records anyway. */
#define DIRECT_FROM (64u << 10)
/* The largest content length a record holds, a multiple of 8 (no padding). */
#define RECORD_MAX 65528u

static int write_all(int fd, struct iovec *iov, int n)
{
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

static int record(FCGX_Request *fr, const char *p, unsigned len)
{
	FCGI_Header h = {
		.version = FCGI_VERSION_1, .type = FCGI_STDOUT,
		.requestIdB1 = (unsigned char)(fr->requestId >> 8),
		.requestIdB0 = (unsigned char)fr->requestId,
		.contentLengthB1 = (unsigned char)(len >> 8), .contentLengthB0 = (unsigned char)len,
	};
	struct iovec iov[2] = { { &h, sizeof h }, { (void *)p, len } };
	return write_all(fr->ipcFd, iov, 2);
}

int fcgi_body_write(FCGX_Request *fr, const char *p, size_t len)
{
	if (len < DIRECT_FROM)
		return FCGX_PutStr(p, (int)len, fr->out) < 0 ? -1 : 0;
	if (FCGX_FFlush(fr->out) < 0)
		return -1;
	for (size_t n; len; p += n, len -= n) {
		n = len < RECORD_MAX ? len : RECORD_MAX;
		if (record(fr, p, (unsigned)n) < 0)
			return -1;
	}
	return 0;
}
