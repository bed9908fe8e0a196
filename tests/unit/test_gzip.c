/* test_gzip.c - a body compressed once for serving: zlib's own gzip reader
 * gives back the bytes, after what the buffer held; empty and incompressible
 * bodies too. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <cmocka.h>

#include "core/buf.h"
#include "core/gzip.h"

/* GZ (LEN bytes, one gzip member) inflated into a new buffer of up to MAX bytes. */
static size_t gunzip(const char *gz, size_t len, char *out, size_t max)
{
	z_stream z = { 0 };
	assert_int_equal(inflateInit2(&z, 15 + 16), Z_OK);
	z.next_in = (Bytef *)(uintptr_t)gz;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)max;
	assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
	assert_int_equal(z.avail_in, 0);   /* the member is the whole input */
	size_t n = z.total_out;
	inflateEnd(&z);
	return n;
}

static void round_trip(const char *data, size_t len, int level)
{
	struct buf b = { 0 };
	buf_puts(&b, "head\n");
	assert_int_equal(gzip_append(&b, data, len, level), 0);
	assert_memory_equal(b.p, "head\n", 5);
	assert_memory_equal(b.p + 5, "\x1f\x8b", 2);   /* gzip's magic */
	assert_int_equal(b.p[b.len], '\0');
	char *back = malloc(len + 1);
	assert_int_equal(gunzip(b.p + 5, b.len - 5, back, len + 1), len);
	assert_memory_equal(back, data, len);
	free(back);
	buf_fini(&b);
}

/* A CSV part's kind of text: rows that repeat their words shrink many times. */
static void test_csv_shrinks(void **state)
{
	(void)state;
	struct buf csv = { 0 };
	for (int i = 0; i < 20000; i++)
		buf_printf(&csv, "0000-%04d-%04d,2026/%d,Segnalazione,Buca in via Roma %d,Strade,sì\r\n",
			   i % 9973, i % 7919, i, i % 300);
	struct buf gz = { 0 };
	assert_int_equal(gzip_append(&gz, csv.p, csv.len, 1), 0);
	assert_true(gz.len * 4 < csv.len);
	round_trip(csv.p, csv.len, 1);
	round_trip(csv.p, csv.len, 6);
	buf_fini(&gz);
	buf_fini(&csv);
}

static void test_empty_and_incompressible(void **state)
{
	(void)state;
	round_trip("", 0, 1);
	char *noise = malloc(100000);
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < 100000; i++) {   /* xorshift: bytes deflate cannot shrink */
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		noise[i] = (char)x;
	}
	round_trip(noise, 100000, 1);
	free(noise);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_shrinks),
		cmocka_unit_test(test_empty_and_incompressible),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
