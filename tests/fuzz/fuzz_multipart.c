/* fuzz_multipart.c - multipart_parse (every upload goes through it) on
 * arbitrary bodies. Input: the Content-Type up to the first '\n', then the
 * body, copied into a buffer of exactly its size so that any read past the
 * end is caught. Whatever the input: no crash, no leak, and an accepted body
 * yields parts that lie inside it, clean text fields and display-safe file
 * names, within the limits. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/multipart.h"
#include "core/query.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static struct arena *A;

static bool clean(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F)
			return false;
	return utf8_valid(s, strlen(s));
}

static void check_ok(const unsigned char *body, size_t len, const struct params *f,
		     const struct uploads *u)
{
	CHECK(f->n <= MULTIPART_MAX_PARTS && u->n <= MULTIPART_MAX_PARTS);
	for (size_t i = 0; i < f->n; i++) {
		CHECK(f->v[i].name && *f->v[i].name && clean(f->v[i].name));
		CHECK(f->v[i].value && clean(f->v[i].value));
	}
	for (size_t i = 0; i < u->n; i++) {
		const struct upload *p = &u->v[i];
		CHECK(p->field && *p->field && clean(p->field));
		CHECK(p->data >= body && p->len <= len && p->data + p->len <= body + len);
		CHECK(p->filename && strlen(p->filename) <= 120 && utf8_valid(p->filename, strlen(p->filename)));
		CHECK(!strpbrk(p->filename, "<>\"'&;/\\"));
		for (const unsigned char *c = (const unsigned char *)p->filename; *c; c++)
			CHECK(*c >= 0x20);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!A)
		A = arena_new();
	const uint8_t *nl = memchr(data, '\n', size);
	size_t ctlen = nl ? (size_t)(nl - data) : size;
	size_t len = nl ? size - ctlen - 1 : 0;
	char *ct = malloc(ctlen + 1);
	unsigned char *body = malloc(len ? len : 1);
	memcpy(ct, data, ctlen);
	ct[ctlen] = '\0';
	if (len)
		memcpy(body, nl + 1, len);
	struct params f;
	struct uploads u;
	enum multipart_status st = multipart_parse(A, ct, body, len, &f, &u);
	CHECK(st <= MULTIPART_BAD_TEXT);
	if (st == MULTIPART_OK)
		check_ok(body, len, &f, &u);
	free(ct);
	free(body);
	arena_reset(A);
	return 0;
}
