/* test_arena.c - request arena: alignment, big blocks, strings, deferred cleanups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"

static void test_alloc_aligned(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	for (size_t n = 0; n < 40; n++) {
		unsigned char *p = arena_alloc(a, n);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		memset(p, 0xAB, n);     /* ASan: the block really is N bytes */
	}
	arena_free(a);
}

static void test_alloc_distinct(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char *p = arena_alloc(a, 10), *q = arena_alloc(a, 10);
	assert_true(q >= p + 10 || p >= q + 10);
	assert_int_equal(arena_used(a), 32);     /* two 16-byte-rounded blocks */
	arena_free(a);
}

static void test_large_alloc(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char *small = arena_strdup(a, "prima");
	size_t big = 200 * 1024;                 /* beyond the 64 KiB chunk */
	unsigned char *p = arena_alloc(a, big);
	assert_int_equal((uintptr_t)p % 16, 0);
	memset(p, 0x5A, big);
	assert_int_equal(p[0], 0x5A);
	assert_int_equal(p[big - 1], 0x5A);
	assert_string_equal(small, "prima");     /* earlier data untouched */
	char *after = arena_strdup(a, "dopo");
	assert_string_equal(after, "dopo");
	assert_true(arena_used(a) >= big);
	/* many chunks' worth of medium blocks */
	for (int i = 0; i < 100; i++)
		memset(arena_alloc(a, 10000), i, 10000);
	arena_free(a);
}

static void test_calloc_zeroes(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	memset(arena_alloc(a, 256), 0xFF, 256);
	arena_reset(a);                          /* the next block reuses dirty memory */
	unsigned char *p = arena_calloc(a, 32, 8);
	for (size_t i = 0; i < 256; i++)
		assert_int_equal(p[i], 0);
	arena_free(a);
}

static void test_strings(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	const char *src = "servizi anagrafici";
	char *d = arena_strdup(a, src);
	assert_string_equal(d, src);
	assert_ptr_not_equal(d, src);
	assert_string_equal(arena_strndup(a, src, 8), "servizi ");
	assert_string_equal(arena_strndup(a, src, 0), "");
	assert_string_equal(arena_printf(a, "%s.%d.%s", "Servizi", 12, "titolo"), "Servizi.12.titolo");
	char longer[3000];
	memset(longer, 'x', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	char *f = arena_printf(a, "[%s]", longer);
	assert_int_equal(strlen(f), sizeof longer + 1);
	assert_int_equal(f[0], '[');
	assert_int_equal(f[sizeof longer], ']');
	/* around the stack buffer arena_vprintf formats into first (256 bytes) */
	for (size_t n = 253; n <= 257; n++) {
		char *g = arena_printf(a, "%.*s.", (int)n, longer);
		assert_int_equal(strlen(g), n + 1);
		assert_int_equal(g[n], '.');
		assert_int_equal(g[n - 1], 'x');
	}
	arena_free(a);
}

/* Deferred cleanups record their order in a log. */
struct log {
	char s[16];
	size_t n;
};
static struct log order;
static void note(void *p)
{
	order.s[order.n++] = *(const char *)p;
	order.s[order.n] = '\0';
}

static void test_defer_on_reset(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	memset(&order, 0, sizeof order);
	arena_defer(a, note, "1");
	arena_defer(a, note, "2");
	arena_defer(a, note, "3");
	assert_int_equal(order.n, 0);           /* nothing runs before the reset */
	arena_reset(a);
	assert_string_equal(order.s, "321");
	arena_reset(a);                          /* run once, not again */
	assert_string_equal(order.s, "321");
	arena_free(a);
	assert_string_equal(order.s, "321");
}

static void test_defer_on_free(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	memset(&order, 0, sizeof order);
	arena_defer(a, note, "a");
	arena_alloc(a, 100 * 1024);              /* cleanups survive a chunk change */
	arena_defer(a, note, "b");
	arena_free(a);
	assert_string_equal(order.s, "ba");
}

static void test_defer_frees_malloc(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	arena_defer(a, free, malloc(64));        /* LSan fails the run if this leaks */
	arena_reset(a);
	arena_defer(a, free, strdup("x"));
	arena_free(a);
	arena_free(NULL);                        /* allowed */
}

static void test_reset_reuses(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char *first = arena_alloc(a, 100);
	arena_alloc(a, 300 * 1024);
	arena_alloc(a, 1000);
	assert_true(arena_used(a) > 300 * 1024);
	arena_reset(a);
	assert_int_equal(arena_used(a), 0);
	char *again = arena_alloc(a, 100);
	assert_ptr_equal(again, first);          /* the first chunk is kept and reused */
	assert_int_equal(arena_used(a), 112);
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alloc_aligned),
		cmocka_unit_test(test_alloc_distinct),
		cmocka_unit_test(test_large_alloc),
		cmocka_unit_test(test_calloc_zeroes),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_defer_on_reset),
		cmocka_unit_test(test_defer_on_free),
		cmocka_unit_test(test_defer_frees_malloc),
		cmocka_unit_test(test_reset_reuses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
