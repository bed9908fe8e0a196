/* gzip.h - a body compressed once in the gzip format (zlib), for an answer
 * that is kept and served many times: each request then sends the small
 * bytes instead of nginx compressing the big ones again, or sending them
 * whole. */
#ifndef CORE_GZIP_H
#define CORE_GZIP_H

#include <stddef.h>

struct buf;

/* DATA (LEN bytes) gzip-compressed at zlib LEVEL (1 fastest .. 9), appended
 * to OUT. 0, or -1 after logging (OUT then holds what it held before). */
int gzip_append(struct buf *out, const void *data, size_t len, int level);

#endif
