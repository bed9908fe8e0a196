/* query.h - application/x-www-form-urlencoded parsing and text validation.
 *
 * Pure functions over outside input (fuzzed in tests/fuzz): a query string is
 * decoded into name/value pairs in the arena; bad percent-escapes, invalid
 * UTF-8, NUL bytes and control characters are errors, never passed along.
 * A form body may instead keep such a value, cleaned and marked (`bad`), so
 * that the form comes back with the field flagged and the rest of what was
 * typed (query_parse_form). */
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
	bool bad;               /* the value had invalid UTF-8, a NUL or a control character */
};

struct params {
	struct param *v;
	size_t n;
	size_t nbad;            /* values marked bad */
};

enum query_status query_parse(struct arena *a, const char *s, size_t len, struct params *out);
/* The same for a urlencoded form body, except that a value with invalid
 * UTF-8, a NUL or a control character other than TAB, LF, CR is kept with
 * those bytes as U+FFFD and marked bad (names must still be clean). */
enum query_status query_parse_form(struct arena *a, const char *s, size_t len,
				   struct params *out);
/* First value of NAME, or NULL. */
const char *params_get(const struct params *p, const char *name);
/* Is the first value of NAME marked bad? */
bool params_bad(const struct params *p, const char *name);
const char *query_status_text(enum query_status st);

/* Characters (not bytes) of the valid UTF-8 string S: what forms promise. */
size_t utf8_chars(const char *s);
/* Strict UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
bool utf8_valid(const char *s, size_t n);
/* S (N bytes) with every invalid UTF-8 byte and every control character
 * but TAB, LF, CR replaced by U+FFFD, NUL-terminated in A; *BAD tells
 * whether anything was replaced. */
const char *text_clean(struct arena *a, const char *s, size_t n, bool *bad);
/* One line of text (a title, an address, an e-mail...): no C0 control
 * (TAB, CR, LF included), DEL, C1 control, U+2028 or U+2029. S valid UTF-8. */
bool text_one_line(const char *s);
/* S with each of those characters as a space (in A): safe in a header. */
const char *text_flatten(struct arena *a, const char *s);
/* Decode %XX and '+' into DST (room for N bytes); returns the length or -1. */
long url_decode(char *dst, const char *src, size_t n);

#endif
