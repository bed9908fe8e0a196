/* fuzz_query.c - query_parse, query_parse_form, url_decode, utf8_valid and
 * text_flatten on arbitrary bytes, checked against small reference
 * implementations written differently. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static int hex(unsigned char c)
{
	const char *d = "0123456789abcdef", *p;
	if (c >= 'A' && c <= 'F')
		c = (unsigned char)(c - 'A' + 'a');
	return c && (p = strchr(d, c)) ? (int)(p - d) : -1;
}

/* Reference decoder: -1 on a bad escape. */
static long ref_decode(unsigned char *dst, const unsigned char *s, size_t n)
{
	size_t o = 0, i = 0;
	while (i < n) {
		if (s[i] == '%') {
			if (n - i < 3 || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
				return -1;
			dst[o++] = (unsigned char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
			i += 3;
		} else {
			dst[o++] = s[i] == '+' ? ' ' : s[i];
			i++;
		}
	}
	return (long)o;
}

/* Reference UTF-8 check: Unicode 15, table 3-7 (well-formed byte sequences). */
static bool ref_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char b = s[i];
		unsigned char lo = 0x80, hi = 0xBF;
		size_t more;
		if (b <= 0x7F)
			more = 0;
		else if (b >= 0xC2 && b <= 0xDF)
			more = 1;
		else if (b >= 0xE0 && b <= 0xEF) {
			more = 2;
			if (b == 0xE0)
				lo = 0xA0;
			if (b == 0xED)
				hi = 0x9F;
		} else if (b >= 0xF0 && b <= 0xF4) {
			more = 3;
			if (b == 0xF0)
				lo = 0x90;
			if (b == 0xF4)
				hi = 0x8F;
		} else
			return false;
		if (n - i - 1 < more)
			return false;
		for (size_t k = 1; k <= more; k++) {
			unsigned char c = s[i + k];
			if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
				return false;
		}
		i += more + 1;
	}
	return true;
}

static struct arena *A;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!A)
		A = arena_new();

	/* utf8_valid agrees with the reference */
	CHECK(utf8_valid((const char *)data, size) == ref_utf8(data, size));

	/* url_decode writes at most SIZE bytes (exactly-sized buffer) and agrees */
	unsigned char *d = malloc(size ? size : 1), *r = malloc(size ? size : 1);
	long len = url_decode((char *)d, (const char *)data, size);
	long rlen = ref_decode(r, data, size);
	CHECK(len == rlen);
	CHECK(len <= (long)size);
	if (len > 0)
		CHECK(memcmp(d, r, (size_t)len) == 0);
	free(d);
	free(r);

	/* query_parse reads only SIZE bytes; accepted text is clean UTF-8 */
	struct params p;
	enum query_status st = query_parse(A, (const char *)data, size, &p);
	CHECK(st <= QUERY_TOO_MANY);
	if (st == QUERY_OK) {
		size_t segs = 0;
		for (size_t i = 0; i < size;) {
			const uint8_t *amp = memchr(data + i, '&', size - i);
			size_t e = amp ? (size_t)(amp - data) : size;
			segs += e > i;
			i = e + 1;
		}
		CHECK(p.n == segs);
		CHECK(p.n <= QUERY_MAX_PARAMS);
		for (size_t i = 0; i < p.n; i++) {
			const char *s[2] = { p.v[i].name, p.v[i].value };
			for (int k = 0; k < 2; k++) {
				CHECK(s[k] != NULL);
				for (const unsigned char *c = (const unsigned char *)s[k]; *c; c++)
					CHECK(*c >= 0x20 ? *c != 0x7F : (*c == '\t' || *c == '\n' || *c == '\r'));
				CHECK(ref_utf8((const unsigned char *)s[k], strlen(s[k])));
			}
			const char *first = params_get(&p, p.v[i].name);
			size_t j = 0;
			while (strcmp(p.v[j].name, p.v[i].name) != 0)
				j++;
			CHECK(first == p.v[j].value);
		}
	} else if (st == QUERY_TOO_MANY) {
		CHECK(memchr(data, '&', size) != NULL);
	}

	/* a form body: the strict parse's pairs, or the same count with the bad
	 * values cleaned (still clean UTF-8) and marked */
	struct params f;
	enum query_status fst = query_parse_form(A, (const char *)data, size, &f);
	CHECK(st != QUERY_OK || (fst == QUERY_OK && f.n == p.n && f.nbad == 0));
	size_t nbad = 0;
	for (size_t i = 0; fst == QUERY_OK && i < f.n; i++) {
		const char *v = f.v[i].value;
		for (const unsigned char *c = (const unsigned char *)v; *c; c++)
			CHECK(*c >= 0x20 ? *c != 0x7F : (*c == '\t' || *c == '\n' || *c == '\r'));
		CHECK(ref_utf8((const unsigned char *)v, strlen(v)));
		nbad += f.v[i].bad;
	}
	CHECK(fst != QUERY_OK || nbad == f.nbad);

	/* one-line text: flattening leaves none of what text_one_line refuses */
	if (ref_utf8(data, size) && !memchr(data, 0, size)) {
		char *t = arena_strndup(A, (const char *)data, size);
		CHECK(text_one_line(text_flatten(A, t)));
	}
	arena_reset(A);
	return 0;
}
