/* gzip.c - see gzip.h. */
#include "gzip.h"

#include <limits.h>
#include <stdint.h>
#include <zlib.h>

#include "buf.h"
#include "log.h"

int gzip_append(struct buf *out, const void *data, size_t len, int level)
{
	z_stream z = { 0 };
	if (len > UINT_MAX) {
		log_error("gzip: %zu bytes is too large", len);
		return -1;
	}
	/* 15 + 16: a window of 32 KiB with the gzip header and trailer */
	if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		log_error("gzip: deflateInit2 failed");
		return -1;
	}
	uLong bound = deflateBound(&z, (uLong)len);   /* the worst case: one call is enough */
	z.next_in = (Bytef *)(uintptr_t)data;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)buf_room(out, bound);
	z.avail_out = (uInt)bound;
	int rc = deflate(&z, Z_FINISH);
	if (rc == Z_STREAM_END) {
		out->len += z.total_out;
		out->p[out->len] = '\0';
	}
	deflateEnd(&z);
	if (rc != Z_STREAM_END) {
		log_error("gzip: deflate failed (%d)", rc);
		return -1;
	}
	return 0;
}
