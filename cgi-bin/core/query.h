/* query.h - application/x-www-form-urlencoded parsing and text validation.
 *
 * Pure functions over outside input (fuzzed in tests/fuzz): a query string is
 * decoded into name/value pairs in the arena; bad percent-escapes, invalid
 * UTF-8, NUL bytes and control characters are errors, never passed along. */
#ifndef CORE_QUERY_H
#define CORE_QUERY_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

enum query_status {
	QUERY_OK = 0,
	QUERY_BAD_ESCAPE,       /* '%' not followed by two hex digits */
	QUERY_BAD_UTF8,
	QUERY_BAD_CHAR,         /* NUL or another control character */
	QUERY_TOO_MANY,         /* more than QUERY_MAX_PARAMS pairs */
};

#define QUERY_MAX_PARAMS 64

struct param {
	const char *name;
	const char *value;
};

struct params {
	struct param *v;
	size_t n;
};

enum query_status query_parse(struct arena *a, const char *s, size_t len, struct params *out);
/* First value of NAME, or NULL. */
const char *params_get(const struct params *p, const char *name);
const char *query_status_text(enum query_status st);

/* Characters (not bytes) of the valid UTF-8 string S: what forms promise. */
size_t utf8_chars(const char *s);
/* Strict UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
bool utf8_valid(const char *s, size_t n);
/* Decode %XX and '+' into DST (room for N bytes); returns the length or -1. */
long url_decode(char *dst, const char *src, size_t n);

#endif
