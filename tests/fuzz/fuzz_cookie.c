/* fuzz_cookie.c - http_cookie_find (behind req_cookie) on arbitrary Cookie
 * headers, checked against a reference that splits the header into pairs
 * first. Input: the cookie name, a NUL byte, then the header. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/http.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

/* Reference: walk the pairs by their ';' separators; a pair is its text
 * after leading spaces, tabs and semicolons. */
static bool ref_find(const char *h, const char *name, size_t *off, size_t *len)
{
	size_t nlen = strlen(name), n = strlen(h);
	size_t start = 0;
	while (start < n) {
		size_t end = start;
		while (end < n && h[end] != ';')
			end++;
		size_t s = start;
		while (s < end && (h[s] == ' ' || h[s] == '\t'))
			s++;
		if (end - s >= nlen + 1 && memcmp(h + s, name, nlen) == 0 && h[s + nlen] == '=') {
			*off = s + nlen + 1;
			*len = end - *off;
			return true;
		}
		start = end + 1;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t nlen = nul ? (size_t)(nul - data) : 0;
	size_t hlen = nul ? size - nlen - 1 : size;
	char *name = malloc(nlen + 1), *header = malloc(hlen + 1);
	memcpy(name, data, nlen);
	name[nlen] = '\0';
	memcpy(header, nul ? nul + 1 : data, hlen);
	header[hlen] = '\0';

	const char *v = NULL;
	size_t len = 0, roff = 0, rlen = 0;
	bool found = http_cookie_find(header, name, &v, &len);
	bool rfound = ref_find(header, name, &roff, &rlen);
	/* an empty name never matches a pair without '=' first; both agree */
	CHECK(found == rfound);
	if (found) {
		size_t real = strlen(header);
		CHECK(v >= header && v + len <= header + real);
		CHECK((size_t)(v - header) == roff && len == rlen);
		CHECK(memchr(v, ';', len) == NULL);
		CHECK(v[len] == ';' || v[len] == '\0');
	}
	CHECK(!http_cookie_find(NULL, name, &v, &len));
	free(name);
	free(header);
	return 0;
}
