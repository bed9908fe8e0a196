/* fuzz_codec.c - the encodings of the SAML bindings (saml/codec.c) on
 * arbitrary bytes: strict base64 decoding (accepted text is canonical, so it
 * re-encodes to itself), bounded raw inflate (never more than the cap, and
 * deflate then inflate gives the bytes back) and the canonical percent
 * encoding of the HTTP-Redirect binding (url_decode undoes it).
 * The first input byte picks the output cap; the rest is the data. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"
#include "saml/codec.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static struct arena *A;

/* S without base64 whitespace, in the arena. */
static char *compact(const char *s)
{
	char *d = arena_alloc(A, strlen(s) + 1), *o = d;
	for (; *s; s++)
		if (!strchr(" \t\r\n", *s))
			*o++ = *s;
	*o = '\0';
	return d;
}

static void base64(const char *s, size_t cap)
{
	size_t len = 0;
	char *d = codec_b64_decode(A, s, cap, &len);
	if (!d)
		return;
	CHECK(len <= cap);
	CHECK(d[len] == '\0');
	CHECK(strcmp(codec_b64_encode(A, d, len), compact(s)) == 0);
}

static void inflate(const uint8_t *z, size_t n, size_t cap)
{
	size_t len = 0, zlen = 0, back = 0;
	char *d = codec_inflate(A, z, n, cap, &len);
	if (!d)
		return;
	CHECK(len <= cap);
	char *again = codec_deflate(A, d, len, &zlen);
	CHECK(again);
	char *round = codec_inflate(A, again, zlen, cap, &back);
	CHECK(round && back == len && memcmp(round, d, len) == 0);
}

static void pct(const char *s)
{
	char *e = codec_pct_encode(A, s);
	for (const char *p = e; *p; p++)
		CHECK(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%", *p));
	size_t elen = strlen(e);
	char *d = arena_alloc(A, elen + 1);
	long n = url_decode(d, e, elen);
	CHECK(n == (long)strlen(s) && memcmp(d, s, (size_t)n) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!A)
		A = arena_new();
	if (size == 0)
		return 0;
	size_t cap = (size_t)data[0] * 64;     /* 0 .. 16320 bytes */
	char *s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	base64(s, cap);
	pct(s);
	inflate(data + 1, size - 1, cap);
	free(s);
	arena_reset(A);
	return 0;
}
