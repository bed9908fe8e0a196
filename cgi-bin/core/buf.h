/* buf.h - a growable byte buffer owned by a worker and reused across requests
 * (the response body is rendered into it before any byte is sent, so status,
 * ETag and Content-Length can be decided after rendering). */
#ifndef CORE_BUF_H
#define CORE_BUF_H

#include <stddef.h>

struct buf {
	char *p;
	size_t len, cap;
};

void buf_append(struct buf *b, const void *data, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Room for N more bytes after the end (and a NUL): where a producer writes
 * them before adding what it wrote to len. */
char *buf_room(struct buf *b, size_t n);
void buf_reset(struct buf *b);     /* keeps the allocation */
void buf_fini(struct buf *b);

#endif
