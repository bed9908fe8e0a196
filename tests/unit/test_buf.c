/* test_buf.c - the worker's growable buffer: appends, formatted appends that
 * fit and that outgrow its capacity, reuse after a reset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"

static void test_printf_appends(void **state)
{
	(void)state;
	struct buf b = { 0 };
	buf_printf(&b, "Status: %d %s\r\n", 200, "OK");
	buf_puts(&b, "X: y\r\n");
	buf_printf(&b, "Content-Length: %zu\r\n", (size_t)26475);
	assert_string_equal(b.p, "Status: 200 OK\r\nX: y\r\nContent-Length: 26475\r\n");
	assert_int_equal(b.len, strlen(b.p));
	buf_fini(&b);
}

/* A formatted line longer than the room left: the buffer grows and the line
 * is whole, after what was there. */
static void test_printf_grows(void **state)
{
	(void)state;
	struct buf b = { 0 };
	buf_puts(&b, "a");
	size_t cap = b.cap;
	char *long_value = malloc(cap * 3);
	memset(long_value, 'v', cap * 3 - 1);
	long_value[cap * 3 - 1] = '\0';
	buf_printf(&b, "%s=%s;", "k", long_value);
	assert_int_equal(b.len, 1 + 2 + (cap * 3 - 1) + 1);
	assert_true(b.cap > cap);
	assert_memory_equal(b.p, "ak=vvv", 6);
	assert_int_equal(b.p[b.len - 1], ';');
	assert_int_equal(b.p[b.len], '\0');
	free(long_value);
	buf_fini(&b);
}

static void test_reset_keeps_room(void **state)
{
	(void)state;
	struct buf b = { 0 };
	buf_printf(&b, "%0*d", 100, 7);
	size_t cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	buf_printf(&b, "%s", "di nuovo");
	assert_string_equal(b.p, "di nuovo");
	assert_int_equal(b.cap, cap);
	buf_fini(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_printf_appends),
		cmocka_unit_test(test_printf_grows),
		cmocka_unit_test(test_reset_keeps_room),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
