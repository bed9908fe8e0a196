/* fuzz_text.c - view_text and stem_text on arbitrary NUL-terminated text.
 * The first byte picks stem_text's max_terms (0-7); the rest is the text. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/stem.h"
#include "core/view.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static struct stemmer *S;
static struct arena *A;

/* PREFIX.0..N-1, each either a non-empty trimmed paragraph or a list of items. */
static void check_blocks(HDF *hdf)
{
	HDF *top = hdf_get_obj(hdf, "T");
	int n = 0;
	for (HDF *b = top ? hdf_obj_child(top) : NULL; b; b = hdf_obj_next(b), n++) {
		CHECK(atoi(hdf_obj_name(b)) == n);
		const char *text = hdf_get_value(b, "text", NULL);
		HDF *items = hdf_get_obj(b, "items");
		CHECK((text != NULL) != (items != NULL));
		if (text) {
			size_t len = strlen(text);
			CHECK(len > 0);
			CHECK(!strchr("\n\r ", text[0]) && !strchr("\r ", text[len - 1]));
			CHECK(!strstr(text, "\n\n") && !strstr(text, "\r\n\r\n"));
		}
	}
}

static void check_terms(const char *t, size_t max)
{
	size_t terms = 0;
	for (const char *p = t; *p; p++) {
		unsigned char c = (unsigned char)*p;
		CHECK(c == ' ' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80);
		if (c == ' ')
			CHECK(p > t && p[1] != ' ' && p[1] != '\0');   /* single separators */
		else if (p == t || p[-1] == ' ')
			terms++;
	}
	CHECK(!max || terms <= max);
	CHECK(utf8_valid(t, strlen(t)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!S) {
		S = stem_new();
		A = arena_new();
	}
	if (size == 0)
		return 0;
	size_t max = data[0] & 7;
	char *text = malloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';

	struct req r;
	memset(&r, 0, sizeof r);
	r.a = A;
	if (hdf_init(&r.hdf) == STATUS_OK) {
		view_text(&r, "T", text);
		check_blocks(r.hdf);
		hdf_destroy(&r.hdf);
	}
	check_terms(stem_text(S, A, text, max), max);
	arena_reset(A);
	free(text);
	return 0;
}
