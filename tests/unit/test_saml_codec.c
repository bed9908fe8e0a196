/* test_saml_codec.c - base64 (round trips, strict rejections, size cap), raw
 * DEFLATE (round trips, bombs, corrupt and trailing data) and the canonical
 * percent-encoding of the HTTP-Redirect binding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "saml/codec.h"

static int setup(void **state)
{
	*state = arena_new();
	return 0;
}

static int teardown(void **state)
{
	arena_free(*state);
	return 0;
}

static void test_b64_known_vectors(void **state)
{
	struct arena *a = *state;
	assert_string_equal(codec_b64_encode(a, "", 0), "");
	assert_string_equal(codec_b64_encode(a, "f", 1), "Zg==");
	assert_string_equal(codec_b64_encode(a, "fo", 2), "Zm8=");
	assert_string_equal(codec_b64_encode(a, "foo", 3), "Zm9v");
	assert_string_equal(codec_b64_encode(a, "foobar", 6), "Zm9vYmFy");
	size_t n;
	assert_string_equal(codec_b64_decode(a, "Zm9vYg==", 100, &n), "foob");
	assert_int_equal(n, 4);
	assert_string_equal(codec_b64_decode(a, "", 100, &n), "");
	assert_int_equal(n, 0);
}

static void test_b64_round_trip_binary(void **state)
{
	struct arena *a = *state;
	unsigned char buf[300];
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (unsigned char)(i * 37 + 11);
	for (size_t len = 0; len <= sizeof buf; len += 7) {
		char *enc = codec_b64_encode(a, buf, len);
		assert_int_equal(strlen(enc), (len + 2) / 3 * 4);
		size_t n = 99999;
		char *dec = codec_b64_decode(a, enc, len, &n);
		assert_non_null(dec);
		assert_int_equal(n, len);
		assert_memory_equal(dec, buf, len);
	}
}

static void test_b64_whitespace_allowed(void **state)
{
	size_t n;
	/* SAMLResponse values arrive wrapped at 64 or 76 columns. */
	char *d = codec_b64_decode(*state, "Zm9v\r\nYmFy\n  Zg==\n", 100, &n);
	assert_non_null(d);
	assert_int_equal(n, 7);
	assert_memory_equal(d, "foobarf", 7);
}

static void test_b64_strict_rejections(void **state)
{
	static const char *const bad[] = {
		"Zm9",        /* not a multiple of 4 */
		"Zm9vY",      /* idem */
		"Zm=v",       /* data after padding */
		"Zg===",      /* too much padding */
		"Z===",
		"====",
		"Zm9v!A==",   /* foreign character */
		"Zm9v-_==",   /* base64url is another alphabet */
		"Zh==",       /* non-canonical: discarded bits set ("Zg==" is canonical) */
		"Zm9=",       /* idem ("Zm8=") */
		"Zm9v\x01YmFy",
	};
	size_t n;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_null(codec_b64_decode(*state, bad[i], 100, &n));
}

static void test_b64_size_cap(void **state)
{
	size_t n;
	assert_non_null(codec_b64_decode(*state, "Zm9vYmFy", 6, &n));
	assert_null(codec_b64_decode(*state, "Zm9vYmFy", 5, &n));
	/* a long input is refused before it is decoded */
	size_t big = 1 << 20;
	char *s = malloc(big + 1);
	memset(s, 'A', big);
	s[big] = '\0';
	assert_null(codec_b64_decode(*state, s, 1024, &n));
	free(s);
}

static void test_inflate_known_vector(void **state)
{
	struct arena *a = *state;
	size_t zlen, n;
	/* "hello" raw-deflated by another implementation (Python's zlib, wbits -15) */
	char *z = codec_b64_decode(a, "y0jNyckHAA==", 100, &zlen);
	assert_non_null(z);
	assert_string_equal(codec_inflate(a, z, zlen, 100, &n), "hello");
	assert_int_equal(n, 5);
}

static void test_deflate_round_trip(void **state)
{
	struct arena *a = *state;
	const char *xml = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
			  "ID=\"_0123456789abcdef0123456789abcdef\" Version=\"2.0\"/>";
	size_t zlen, n;
	char *z = codec_deflate(a, xml, strlen(xml), &zlen);
	assert_non_null(z);
	assert_true(zlen < strlen(xml));
	char *back = codec_inflate(a, z, zlen, strlen(xml), &n);
	assert_non_null(back);
	assert_int_equal(n, strlen(xml));
	assert_string_equal(back, xml);
	/* empty input */
	z = codec_deflate(a, "", 0, &zlen);
	assert_non_null(z);
	assert_string_equal(codec_inflate(a, z, zlen, 10, &n), "");
}

static void test_inflate_bomb_refused(void **state)
{
	struct arena *a = *state;
	size_t big = 4 << 20, zlen, n;
	char *zeros = calloc(1, big);
	char *z = codec_deflate(a, zeros, big, &zlen);
	free(zeros);
	assert_non_null(z);
	assert_true(zlen < 8192);                           /* 4 MiB in a few KiB */
	assert_null(codec_inflate(a, z, zlen, 256 << 10, &n));
	assert_null(codec_inflate(a, z, zlen, big - 1, &n)); /* one byte over the cap */
	assert_non_null(codec_inflate(a, z, zlen, big, &n)); /* exactly at the cap */
	assert_int_equal(n, big);
}

static void test_inflate_corrupt_refused(void **state)
{
	struct arena *a = *state;
	const char *text = "<Logout>abcabcabcabcabcabcabc</Logout>";
	size_t zlen, n;
	char *z = codec_deflate(a, text, strlen(text), &zlen);
	assert_non_null(z);
	assert_null(codec_inflate(a, z, zlen - 2, 1000, &n)); /* truncated */
	char *trail = arena_alloc(a, zlen + 3);
	memcpy(trail, z, zlen);
	memcpy(trail + zlen, "XYZ", 3);
	assert_null(codec_inflate(a, trail, zlen + 3, 1000, &n)); /* bytes after the end */
	assert_null(codec_inflate(a, "\xff\xff\xff\xff", 4, 1000, &n));
	assert_null(codec_inflate(a, "", 0, 1000, &n));
}

static void test_pct_encode(void **state)
{
	struct arena *a = *state;
	assert_string_equal(codec_pct_encode(a, "a+b/c=d ~ \xc3\xa9"),
			    "a%2Bb%2Fc%3Dd%20~%20%C3%A9");
	assert_string_equal(codec_pct_encode(a, "AZaz09-._~"), "AZaz09-._~");
	assert_string_equal(codec_pct_encode(a, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
			    "http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256");
	assert_string_equal(codec_pct_encode(a, "&%\x7f\x01"), "%26%25%7F%01");
	assert_string_equal(codec_pct_encode(a, ""), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_b64_known_vectors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_b64_round_trip_binary, setup, teardown),
		cmocka_unit_test_setup_teardown(test_b64_whitespace_allowed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_b64_strict_rejections, setup, teardown),
		cmocka_unit_test_setup_teardown(test_b64_size_cap, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inflate_known_vector, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deflate_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inflate_bomb_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inflate_corrupt_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pct_encode, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
