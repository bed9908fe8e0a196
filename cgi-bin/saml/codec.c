/* codec.c - see codec.h. Every decoder checks its output bound before it
 * allocates or writes, so that outside input can never make us allocate
 * more than the caller allowed. */
#include "saml/codec.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <zlib.h>

#include "core/arena.h"
#include "core/log.h"

/* Binary-safe copy into the arena, always NUL-terminated (the decoded
 * bytes are often XML that callers treat as a string). */
static char *arena_memdup(struct arena *a, const void *p, size_t n)
{
	char *d = arena_alloc(a, n + 1);
	if (n)
		memcpy(d, p, n);
	d[n] = '\0';
	return d;
}

char *codec_b64_encode(struct arena *a, const void *data, size_t len)
{
	/* EVP_EncodeBlock takes an int length: refuse what it cannot take. */
	if (len > (size_t)INT_MAX / 4 * 3 - 3) {
		log_error("codec: base64 input too large (%zu bytes)", len);
		return NULL;
	}
	size_t out = (len + 2) / 3 * 4;
	char *d = arena_alloc(a, out + 1);
	int n = EVP_EncodeBlock((unsigned char *)d, data, (int)len);
	d[n] = '\0';
	return d;
}

static bool b64_alphabet(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '+' || c == '/';
}

static bool b64_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Copy the base64 characters of S into DST, dropping whitespace; -1 on any
 * other character, on '=' anywhere but in the last two places, or when more
 * than CAP characters would be needed. */
static long b64_compact(const char *s, char *dst, size_t cap)
{
	size_t n = 0, pad = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (b64_space(*p))
			continue;
		if (n == cap)
			return -1;
		if (*p == '=')
			pad++;
		else if (!b64_alphabet(*p) || pad)
			return -1;     /* data after padding, or a foreign character */
		dst[n++] = (char)*p;
	}
	if (pad > 2 || n % 4)
		return -1;
	return (long)n;
}

/* The value of one base64 digit (alphabet already checked). */
static unsigned b64_digit(char c)
{
	if (c >= 'A' && c <= 'Z')
		return (unsigned)(c - 'A');
	if (c >= 'a' && c <= 'z')
		return (unsigned)(c - 'a') + 26;
	if (c >= '0' && c <= '9')
		return (unsigned)(c - '0') + 52;
	return c == '+' ? 62 : 63;
}

/* Canonical encodings only: the bits that padding discards must be zero,
 * otherwise two different strings would decode to the same bytes. */
static bool b64_canonical(const char *s, size_t n)
{
	if (n >= 2 && s[n - 1] == '=' && s[n - 2] == '=')
		return (b64_digit(s[n - 3]) & 0x0F) == 0;
	if (n >= 1 && s[n - 1] == '=')
		return (b64_digit(s[n - 2]) & 0x03) == 0;
	return true;
}

char *codec_b64_decode(struct arena *a, const char *s, size_t max_out, size_t *out_len)
{
	if (!s)
		return NULL;
	/* 4 characters per 3 bytes: a longer clean input cannot fit MAX_OUT. */
	size_t slen = strlen(s), cap = max_out / 3 * 4 + 4;
	if (cap > (size_t)INT_MAX)
		cap = (size_t)INT_MAX;
	if (slen < cap)
		cap = slen;
	char *clean = malloc(cap + 1), *d = NULL;
	if (!clean)
		abort();
	long n = b64_compact(s, clean, cap);
	size_t pad = n > 0 ? (clean[n - 1] == '=') + (n > 1 && clean[n - 2] == '=') : 0;
	size_t len = n > 0 ? (size_t)n / 4 * 3 - pad : 0;
	if (n < 0 || !b64_canonical(clean, (size_t)n) || len > max_out) {
		log_warn("codec: base64 invalid, or payload over %zu bytes", max_out);
		goto done;
	}
	d = arena_alloc(a, (size_t)n / 4 * 3 + 1);
	if (EVP_DecodeBlock((unsigned char *)d, (unsigned char *)clean, (int)n) != n / 4 * 3) {
		d = NULL;
		goto done;
	}
	d[len] = '\0';
	*out_len = len;
done:
	free(clean);
	return d;
}

char *codec_deflate(struct arena *a, const void *data, size_t len, size_t *out_len)
{
	if (len > UINT_MAX / 2) {
		log_error("codec: deflate input too large (%zu bytes)", len);
		return NULL;
	}
	z_stream z = { 0 };
	if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return NULL;
	uLong bound = deflateBound(&z, (uLong)len);
	char *d = arena_alloc(a, bound + 1);
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)d;
	z.avail_out = (uInt)bound;
	int rc = deflate(&z, Z_FINISH);
	*out_len = z.total_out;
	deflateEnd(&z);
	if (rc != Z_STREAM_END) {
		log_error("codec: deflate failed (%d)", rc);
		return NULL;
	}
	d[*out_len] = '\0';
	return d;
}

/* Inflate into a heap buffer grown up to MAX_OUT + 1 bytes: producing that
 * extra byte is how a bomb is recognised without inflating it all. */
static int inflate_bounded(z_stream *z, size_t max_out, char **buf, size_t *len)
{
	size_t cap = 0;
	*buf = NULL;
	*len = 0;
	for (;;) {
		if (*len == cap) {
			if (cap > max_out)
				return -1;                        /* over the cap: a bomb */
			cap = cap ? cap * 2 : 16384;
			if (cap > max_out + 1)
				cap = max_out + 1;
			char *p = realloc(*buf, cap);
			if (!p)
				abort();
			*buf = p;
		}
		z->next_out = (Bytef *)*buf + *len;
		z->avail_out = (uInt)(cap - *len);
		int rc = inflate(z, Z_NO_FLUSH);
		*len = cap - z->avail_out;
		if (rc == Z_STREAM_END)
			return *len > max_out ? -1 : 0;
		if (rc != Z_OK && !(rc == Z_BUF_ERROR && z->avail_out == 0))
			return -1;                                /* corrupt or truncated */
	}
}

char *codec_inflate(struct arena *a, const void *data, size_t len, size_t max_out, size_t *out_len)
{
	if (len > UINT_MAX || max_out >= UINT_MAX) {
		log_warn("codec: inflate input or cap too large");
		return NULL;
	}
	z_stream z = { 0 };
	if (inflateInit2(&z, -15) != Z_OK)
		return NULL;
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	char *buf;
	size_t n;
	int rc = inflate_bounded(&z, max_out, &buf, &n);
	bool trailing = z.avail_in != 0;    /* bytes after the end of the stream */
	inflateEnd(&z);
	if (rc < 0 || trailing) {
		free(buf);
		log_warn("codec: inflate refused (corrupt, trailing data, or over %zu bytes)", max_out);
		return NULL;
	}
	char *d = arena_memdup(a, buf, n);
	free(buf);
	*out_len = n;
	return d;
}

static bool unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '.' || c == '_' || c == '~';
}

char *codec_pct_encode(struct arena *a, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(s), out;
	if (__builtin_mul_overflow(n, 3, &out))
		abort();
	char *d = arena_alloc(a, out + 1), *o = d;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (unreserved(*p)) {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return d;
}
