/* test_query.c - query strings: decoding, pairs, and rejection of bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/query.h"

static struct arena *A;

static int setup(void **state)
{
	(void)state;
	A = arena_new();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

static enum query_status parse(const char *s, struct params *p)
{
	return query_parse(A, s, strlen(s), p);
}

static enum query_status status_of(const char *s)
{
	struct params p;
	return parse(s, &p);
}

static void test_basic_pairs(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("a=1&b=x%20y+z", &p), QUERY_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(p.v[0].name, "a");
	assert_string_equal(p.v[0].value, "1");
	assert_string_equal(p.v[1].name, "b");
	assert_string_equal(p.v[1].value, "x y z");
	assert_string_equal(params_get(&p, "b"), "x y z");
	assert_null(params_get(&p, "c"));
	assert_null(params_get(&p, "A"));        /* names are case-sensitive */
}

static void test_names_are_decoded(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("q%5B%5D=x%3Dy%26z", &p), QUERY_OK);
	assert_int_equal(p.n, 1);
	assert_string_equal(p.v[0].name, "q[]");
	assert_string_equal(p.v[0].value, "x=y&z");   /* encoded '=' and '&' are data */
}

static void test_empty_and_bare(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("", &p), QUERY_OK);
	assert_int_equal(p.n, 0);
	assert_null(params_get(&p, "q"));

	assert_int_equal(parse("q=&flag&x==1", &p), QUERY_OK);
	assert_int_equal(p.n, 3);
	assert_string_equal(params_get(&p, "q"), "");
	assert_string_equal(params_get(&p, "flag"), "");   /* a name without '=' */
	assert_string_equal(params_get(&p, "x"), "=1");    /* split at the first '=' only */
}

static void test_only_len_bytes(void **state)
{
	(void)state;
	struct params p;
	const char *s = "a=1&b=2";
	assert_int_equal(query_parse(A, s, 3, &p), QUERY_OK);
	assert_int_equal(p.n, 1);
	assert_string_equal(params_get(&p, "a"), "1");
	assert_null(params_get(&p, "b"));
}

static void test_repeated_first_wins(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("tag=uno&tag=due&tag=tre", &p), QUERY_OK);
	assert_int_equal(p.n, 3);
	assert_string_equal(params_get(&p, "tag"), "uno");
	assert_string_equal(p.v[2].value, "tre");
}

static void test_empty_segments(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("&&a=1&&&b=2&", &p), QUERY_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(p.v[0].name, "a");
	assert_string_equal(p.v[1].name, "b");
	assert_int_equal(parse("&&", &p), QUERY_OK);
	assert_int_equal(p.n, 0);
}

static void test_bad_escapes(void **state)
{
	(void)state;
	assert_int_equal(status_of("q=%"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("q=%4"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("q=%zz"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("q=%4g"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("q=ab%"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("%=1"), QUERY_BAD_ESCAPE);
	assert_int_equal(status_of("q=%4&x=1"), QUERY_BAD_ESCAPE);   /* "%4&" is no escape */
	assert_int_equal(status_of("q=%4a%4A"), QUERY_OK);           /* either hex case */
}

static void test_control_chars(void **state)
{
	(void)state;
	assert_int_equal(status_of("q=%00"), QUERY_BAD_CHAR);
	assert_int_equal(status_of("q=a%00b"), QUERY_BAD_CHAR);
	assert_int_equal(status_of("%00=1"), QUERY_BAD_CHAR);
	assert_int_equal(status_of("q=%01"), QUERY_BAD_CHAR);
	assert_int_equal(status_of("q=%1B%5B2J"), QUERY_BAD_CHAR);   /* terminal escape */
	assert_int_equal(status_of("q=%7F"), QUERY_BAD_CHAR);
	assert_int_equal(status_of("q=\x01"), QUERY_BAD_CHAR);       /* raw, not escaped */
	/* tab and line breaks are text (a textarea) */
	struct params p;
	assert_int_equal(parse("q=a%09b%0D%0Ac", &p), QUERY_OK);
	assert_string_equal(params_get(&p, "q"), "a\tb\r\nc");
}

static void test_bad_utf8(void **state)
{
	(void)state;
	assert_int_equal(status_of("q=%80"), QUERY_BAD_UTF8);            /* lone continuation */
	assert_int_equal(status_of("q=a%BFb"), QUERY_BAD_UTF8);
	assert_int_equal(status_of("q=%C0%AF"), QUERY_BAD_UTF8);         /* overlong '/' */
	assert_int_equal(status_of("q=%E0%80%AF"), QUERY_BAD_UTF8);      /* overlong, 3 bytes */
	assert_int_equal(status_of("q=%ED%A0%80"), QUERY_BAD_UTF8);      /* surrogate U+D800 */
	assert_int_equal(status_of("q=%F4%90%80%80"), QUERY_BAD_UTF8);   /* U+110000 */
	assert_int_equal(status_of("q=%C3"), QUERY_BAD_UTF8);            /* truncated */
	assert_int_equal(status_of("q=%E2%82"), QUERY_BAD_UTF8);
	assert_int_equal(status_of("q=%C3a"), QUERY_BAD_UTF8);
	assert_int_equal(status_of("q=%FF"), QUERY_BAD_UTF8);
	assert_int_equal(status_of("q=\xC3"), QUERY_BAD_UTF8);           /* raw bytes too */
	assert_int_equal(status_of("%C3=1"), QUERY_BAD_UTF8);            /* and in names */
}

static void test_valid_utf8(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse("q=perch%C3%A9+citt%C3%A0", &p), QUERY_OK);
	assert_string_equal(params_get(&p, "q"), "perché città");
	assert_int_equal(parse("q=€%F0%9F%98%80", &p), QUERY_OK);      /* raw € and an emoji */
	assert_string_equal(params_get(&p, "q"), "€\xF0\x9F\x98\x80");
}

static void test_too_many(void **state)
{
	(void)state;
	char s[QUERY_MAX_PARAMS * 8 + 16] = "";
	size_t len = 0;
	for (int i = 0; i < QUERY_MAX_PARAMS; i++)
		len += (size_t)sprintf(s + len, "%sp%d=1", i ? "&" : "", i);
	struct params p;
	assert_int_equal(query_parse(A, s, len, &p), QUERY_OK);
	assert_int_equal(p.n, QUERY_MAX_PARAMS);
	assert_string_equal(params_get(&p, "p63"), "1");
	strcpy(s + len, "&x=1");
	assert_int_equal(query_parse(A, s, len + 4, &p), QUERY_TOO_MANY);
}

static void test_status_text(void **state)
{
	(void)state;
	assert_string_equal(query_status_text(QUERY_OK), "ok");
	assert_string_equal(query_status_text(QUERY_TOO_MANY), "troppi parametri");
	assert_string_equal(query_status_text(QUERY_BAD_UTF8), "testo non in UTF-8 valido");
}

static void test_url_decode(void **state)
{
	(void)state;
	char d[32];
	assert_int_equal(url_decode(d, "a+b%2Fc%2f", 10), 6);
	assert_memory_equal(d, "a b/c/", 6);
	assert_int_equal(url_decode(d, "", 0), 0);
	assert_int_equal(url_decode(d, "%41%42", 6), 2);
	assert_memory_equal(d, "AB", 2);
	assert_int_equal(url_decode(d, "%00", 3), 1);       /* decoding alone does not validate */
	assert_int_equal(d[0], '\0');
	assert_int_equal(url_decode(d, "%41", 2), -1);      /* only N bytes are read */
	assert_int_equal(url_decode(d, "%", 1), -1);
	assert_int_equal(url_decode(d, "x%4", 3), -1);
	assert_int_equal(url_decode(d, "%G1", 3), -1);
	assert_int_equal(url_decode(d, "%1G", 3), -1);
	assert_int_equal(url_decode(d, "%%41", 4), -1);
}

static void test_utf8_valid(void **state)
{
	(void)state;
#define V(s) utf8_valid(s, sizeof(s) - 1)
	assert_true(V(""));
	assert_true(V("ascii"));
	assert_true(V("\xC2\x80"));                 /* U+0080, smallest 2-byte */
	assert_true(V("\xDF\xBF"));
	assert_true(V("\xE0\xA0\x80"));             /* U+0800 */
	assert_true(V("\xED\x9F\xBF"));             /* U+D7FF, just below surrogates */
	assert_true(V("\xEE\x80\x80"));             /* U+E000, just above */
	assert_true(V("\xEF\xBF\xBF"));
	assert_true(V("\xF0\x90\x80\x80"));         /* U+10000 */
	assert_true(V("\xF4\x8F\xBF\xBF"));         /* U+10FFFF */
	assert_true(V("perch\xC3\xA9"));
	assert_false(V("\x80"));
	assert_false(V("\xC0\x80"));                /* overlong NUL */
	assert_false(V("\xC1\xBF"));
	assert_false(V("\xE0\x9F\xBF"));            /* overlong U+07FF */
	assert_false(V("\xF0\x8F\xBF\xBF"));        /* overlong U+FFFF */
	assert_false(V("\xED\xA0\x80"));            /* U+D800 */
	assert_false(V("\xED\xBF\xBF"));            /* U+DFFF */
	assert_false(V("\xF4\x90\x80\x80"));
	assert_false(V("\xF5\x80\x80\x80"));
	assert_false(V("\xF8\x88\x80\x80\x80"));    /* 5-byte form */
	assert_false(V("\xFE"));
	assert_false(V("\xC3"));
	assert_false(V("\xE2\x82"));
	assert_false(V("\xE2\x82z"));
	assert_false(V("\xF0\x9F\x98"));
	assert_false(V("ok\xC3"));
#undef V
	/* the length is honoured: a valid prefix of an invalid string */
	assert_true(utf8_valid("ab\xFF", 2));
	assert_false(utf8_valid("\xC3\xA9", 1));
	/* NUL is a valid code point to utf8_valid; query_parse rejects it separately */
	assert_true(utf8_valid("a\0b", 3));
}

static void test_utf8_chars(void **state)
{
	(void)state;
	assert_int_equal(utf8_chars(""), 0);
	assert_int_equal(utf8_chars("citta"), 5);
	assert_int_equal(utf8_chars("citt\xc3\xa0"), 5);          /* à is 2 bytes, 1 character */
	assert_int_equal(utf8_chars("\xe2\x82\xac\xf0\x9f\x98\x80"), 2);   /* euro sign, emoji */
	assert_int_equal(utf8_chars(NULL), 0);
}

/* A form body keeps a value that is not text, cleaned and marked. */
static void test_form_marks_bad_values(void **state)
{
	(void)state;
	struct params p;
	const char *body = "titolo=Buca%1b%5B31m&descrizione=a%ff%FEb&indirizzo=Via%00Roma&ok=s%C3%AC";
	assert_int_equal(query_parse_form(A, body, strlen(body), &p), QUERY_OK);
	assert_int_equal(p.n, 4);
	assert_int_equal(p.nbad, 3);
	assert_string_equal(params_get(&p, "titolo"), "Buca\xEF\xBF\xBD[31m");
	assert_string_equal(params_get(&p, "descrizione"), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
	assert_string_equal(params_get(&p, "indirizzo"), "Via\xEF\xBF\xBDRoma");
	assert_true(params_bad(&p, "titolo") && params_bad(&p, "indirizzo"));
	assert_false(params_bad(&p, "ok"));
	assert_string_equal(params_get(&p, "ok"), "s\xC3\xAC");
	assert_false(params_bad(&p, "missing"));
	/* names, escapes and counts stay strict; a query string stays strict */
	assert_int_equal(query_parse_form(A, "a%00=1", 6, &p), QUERY_BAD_CHAR);
	assert_int_equal(query_parse_form(A, "a=%zz", 5, &p), QUERY_BAD_ESCAPE);
	assert_int_equal(parse("q=a%1bb", &p), QUERY_BAD_CHAR);
	/* line breaks and tabs are text */
	assert_int_equal(query_parse_form(A, "m=a%0D%0Ab%09c", 14, &p), QUERY_OK);
	assert_int_equal(p.nbad, 0);
}

static void test_one_line(void **state)
{
	(void)state;
	assert_true(text_one_line("Buca in via Roma, 12 \xC3\xA8 \xE2\x82\xAC"));
	assert_true(text_one_line(""));
	assert_false(text_one_line("a\r\nBcc: x"));
	assert_false(text_one_line("a\tb"));
	assert_false(text_one_line("a\x7f" "b"));
	assert_false(text_one_line("a\xC2\x85" "b"));       /* NEL, C1 */
	assert_false(text_one_line("a\xE2\x80\xA8" "b"));   /* U+2028 */
	assert_false(text_one_line("a\xE2\x80\xA9" "b"));   /* U+2029 */
	assert_true(text_one_line("a\xE2\x80\xA6" "b"));    /* U+2026 is fine */
	assert_string_equal(text_flatten(A, "Lampione\r\nBcc: x\xE2\x80\xA8y\xC2\x85z"),
			    "Lampione  Bcc: x y z");
	assert_string_equal(text_flatten(A, NULL), "");
}

static void test_clean(void **state)
{
	(void)state;
	bool bad;
	assert_string_equal(text_clean(A, "ok\n", 3, &bad), "ok\n");
	assert_false(bad);
	assert_string_equal(text_clean(A, "a\0b\xc3", 4, &bad), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	assert_true(bad);
	assert_string_equal(text_clean(A, "\xed\xa0\x80", 3, &bad),   /* a surrogate: 3 bad bytes */
			    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_chars),
		cmocka_unit_test(test_basic_pairs),
		cmocka_unit_test(test_names_are_decoded),
		cmocka_unit_test(test_empty_and_bare),
		cmocka_unit_test(test_only_len_bytes),
		cmocka_unit_test(test_repeated_first_wins),
		cmocka_unit_test(test_empty_segments),
		cmocka_unit_test(test_bad_escapes),
		cmocka_unit_test(test_control_chars),
		cmocka_unit_test(test_bad_utf8),
		cmocka_unit_test(test_valid_utf8),
		cmocka_unit_test(test_too_many),
		cmocka_unit_test(test_status_text),
		cmocka_unit_test(test_url_decode),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_form_marks_bad_values),
		cmocka_unit_test(test_one_line),
		cmocka_unit_test(test_clean),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
