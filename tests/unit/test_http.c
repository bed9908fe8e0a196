/* test_http.c - If-None-Match matching, reason phrases, the Cookie header. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/http.h"

#define TAG "\"3f2a9c\""

static void test_etag_exact(void **state)
{
	(void)state;
	assert_true(http_etag_matches(TAG, TAG));
	assert_false(http_etag_matches("\"3f2a9d\"", TAG));
	assert_false(http_etag_matches("3f2a9c", TAG));          /* unquoted is another tag */
	assert_false(http_etag_matches("", TAG));
}

static void test_etag_weak(void **state)
{
	(void)state;
	assert_true(http_etag_matches("W/" TAG, TAG));           /* nginx gzip weakens it */
	assert_false(http_etag_matches("W/\"other\"", TAG));
	assert_false(http_etag_matches("w/" TAG, TAG));          /* the prefix is "W/" */
}

static void test_etag_list(void **state)
{
	(void)state;
	assert_true(http_etag_matches("\"a\", " TAG, TAG));
	assert_true(http_etag_matches("\"a\",W/" TAG ",\"b\"", TAG));
	assert_true(http_etag_matches(TAG ", \"a\"", TAG));
	assert_true(http_etag_matches("  \"a\" ,  W/" TAG "  ", TAG));
	assert_false(http_etag_matches("\"a\", \"b\", W/\"c\"", TAG));
}

static void test_etag_star_and_null(void **state)
{
	(void)state;
	assert_true(http_etag_matches("*", TAG));
	assert_true(http_etag_matches(" *", TAG));
	assert_false(http_etag_matches(NULL, TAG));
}

static void test_etag_no_prefix_match(void **state)
{
	(void)state;
	/* one tag being a prefix of the other must not count as a match */
	assert_false(http_etag_matches("\"3f2a9c0\"", "\"3f2a9c\""));
	assert_false(http_etag_matches("\"3f2a9c", TAG));
	assert_false(http_etag_matches("\"3f2a", TAG));
	assert_false(http_etag_matches(TAG "x", TAG));
	assert_false(http_etag_matches("W/" TAG "x, \"b\"", TAG));
	assert_false(http_etag_matches("\"x" TAG, TAG));
}

static void test_status_text(void **state)
{
	(void)state;
	assert_string_equal(http_status_text(200), "OK");
	assert_string_equal(http_status_text(301), "Moved Permanently");
	assert_string_equal(http_status_text(304), "Not Modified");
	assert_string_equal(http_status_text(400), "Bad Request");
	assert_string_equal(http_status_text(404), "Not Found");
	assert_string_equal(http_status_text(405), "Method Not Allowed");
	assert_string_equal(http_status_text(414), "URI Too Long");
	assert_string_equal(http_status_text(503), "Service Unavailable");
	assert_string_equal(http_status_text(500), "Internal Server Error");
	assert_string_equal(http_status_text(599), "Internal Server Error");   /* unknown 5xx */
	assert_string_equal(http_status_text(418), "Error");                   /* unknown 4xx */
}

/* The value of NAME in HEADER as a string ("(none)" when absent). */
static const char *cookie(const char *header, const char *name)
{
	static char out[64];
	const char *v;
	size_t len;
	if (!http_cookie_find(header, name, &v, &len))
		return "(none)";
	assert_true(len < sizeof out);
	assert_true(v >= header && v + len <= header + strlen(header));
	memcpy(out, v, len);
	out[len] = '\0';
	return out;
}

static void test_cookie_find(void **state)
{
	(void)state;
	assert_string_equal(cookie("sid=abc", "sid"), "abc");
	assert_string_equal(cookie("a=1; sid=abc; b=2", "sid"), "abc");
	assert_string_equal(cookie("a=1;\tsid=x y ;b=2", "sid"), "x y ");   /* value as sent */
	assert_string_equal(cookie("sid=", "sid"), "");
	assert_string_equal(cookie("sid=one; sid=two", "sid"), "one");    /* the first wins */
	assert_string_equal(cookie(";;; sid=v;;", "sid"), "v");
	assert_string_equal(cookie("a=sid=x", "sid"), "(none)");           /* inside a value */
	assert_string_equal(cookie("xsid=1; sidx=2; sid", "sid"), "(none)");
	assert_string_equal(cookie("", "sid"), "(none)");
	assert_string_equal(cookie(NULL, "sid"), "(none)");
	assert_string_equal(cookie("   ", "sid"), "(none)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_etag_exact),
		cmocka_unit_test(test_etag_weak),
		cmocka_unit_test(test_etag_list),
		cmocka_unit_test(test_etag_star_and_null),
		cmocka_unit_test(test_etag_no_prefix_match),
		cmocka_unit_test(test_status_text),
		cmocka_unit_test(test_cookie_find),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
