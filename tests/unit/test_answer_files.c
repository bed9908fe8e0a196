/* test_answer_files.c - answers left for the quick lane: read back as written,
 * only for their own key and generation; another key in the same file pushes
 * one out and is never taken for it; a damaged file is a miss. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/answer_files.h"

static char dir[] = "/tmp/test_answer_files.XXXXXX";

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static void empty_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
	if (d)
		closedir(d);
}

static int teardown(void **state)
{
	(void)state;
	empty_dir();
	rmdir(dir);
	return 0;
}

/* The one file DIR holds (the test's answers are put one at a time). */
static void only_file(char *path, size_t n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int found = 0;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(path, n, "%s/%s", dir, e->d_name);
			found++;
		}
	closedir(d);
	assert_int_equal(found, 1);
}

static void test_round_trip(void **state)
{
	(void)state;
	empty_dir();
	static const char body[] = "<p>uno\n\0due</p>\n";   /* any bytes */
	struct cache_page p = { body, sizeof body, "\"abc\"", "text/html; charset=utf-8", 0 };
	assert_int_equal(answer_file_put(dir, "/cerca?q=anagrafe", 42, &p), 0);
	struct arena *a = arena_new();
	struct cache_page got;
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagrafe", 42, &got), 1);
	assert_int_equal(got.len, sizeof body);
	assert_memory_equal(got.body, body, sizeof body);
	assert_string_equal(got.etag, "\"abc\"");
	assert_string_equal(got.content_type, "text/html; charset=utf-8");
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagrafe", 43, &got), 0);   /* published since */
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagraf", 42, &got), 0);
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagrafe2", 42, &got), 0);
	p.body = "nuova";
	p.len = 5;
	assert_int_equal(answer_file_put(dir, "/cerca?q=anagrafe", 43, &p), 0);
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagrafe", 43, &got), 1);
	assert_memory_equal(got.body, "nuova", 5);
	assert_int_equal(answer_file_get(dir, a, "/cerca?q=anagrafe", 42, &got), 0);
	arena_free(a);
}

static void test_same_file_other_key(void **state)
{
	(void)state;
	empty_dir();
	struct cache_page pa = { "risposta A", 10, "\"a\"", "text/plain", 0 };
	struct cache_page pb = { "risposta B", 10, "\"b\"", "text/plain", 0 };
	struct arena *a = arena_new();
	struct cache_page got;
	char key[64];
	assert_int_equal(answer_file_put(dir, "/cerca?q=a", 7, &pa), 0);
	int i;
	for (i = 0; i < 100000; i++) {   /* a key that lands in A's file */
		snprintf(key, sizeof key, "/cerca?q=b%d", i);
		assert_int_equal(answer_file_put(dir, key, 7, &pb), 0);
		if (!answer_file_get(dir, a, "/cerca?q=a", 7, &got))
			break;
		arena_reset(a);
	}
	assert_true(i < 100000);
	assert_int_equal(answer_file_get(dir, a, key, 7, &got), 1);
	assert_memory_equal(got.body, "risposta B", 10);
	arena_free(a);
}

static void test_damaged_is_a_miss(void **state)
{
	(void)state;
	empty_dir();
	char big[3000];
	memset(big, 'x', sizeof big);
	struct cache_page p = { big, sizeof big, "\"e\"", "text/html", 0 };
	assert_int_equal(answer_file_put(dir, "/servizi?pagina=2", 9, &p), 0);
	char path[512];
	only_file(path, sizeof path);
	struct arena *a = arena_new();
	struct cache_page got;
	assert_int_equal(answer_file_get(dir, a, "/servizi?pagina=2", 9, &got), 1);
	assert_int_equal(truncate(path, 2000), 0);   /* cut short */
	assert_int_equal(answer_file_get(dir, a, "/servizi?pagina=2", 9, &got), 0);
	FILE *f = fopen(path, "w");
	fputs("9 zz\n", f);   /* not a head */
	fclose(f);
	assert_int_equal(answer_file_get(dir, a, "/servizi?pagina=2", 9, &got), 0);
	arena_free(a);
}

static void test_refused(void **state)
{
	(void)state;
	empty_dir();
	struct cache_page p = { "x", 1, "\"a\"\nX-Evil: 1", "text/html", 0 };
	assert_int_equal(answer_file_put(dir, "/cerca?q=x", 1, &p), -1);   /* a line of its own */
	char path[512];
	snprintf(path, sizeof path, "%s/none/deeper", dir);
	p.etag = "\"a\"";
	assert_int_equal(answer_file_put(path, "/cerca?q=x", 1, &p), -1);
	struct arena *a = arena_new();
	struct cache_page got;
	assert_int_equal(answer_file_get(path, a, "/cerca?q=x", 1, &got), 0);
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_same_file_other_key),
		cmocka_unit_test(test_damaged_is_a_miss),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
