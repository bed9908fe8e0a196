/* test_page_files.c - the public pages' directories: a flush points live at a
 * new empty directory named after the generation and removes the others with
 * what they held; no live before the first; a late page written into an old
 * directory after a flush is gone at the next one. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/page_files.h"

static char root[64];

static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof root, "/tmp/test_page_files.XXXXXX");
	return mkdtemp(root) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	return system(cmd);
}

static bool exists(const char *dir, const char *name)
{
	char p[256];
	struct stat st;
	snprintf(p, sizeof p, "%s/%s/%s", root, dir, name);
	return stat(p, &st) == 0;
}

static void put_page(const char *dir, const char *name)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s/2026-12-06", root, dir);
	mkdir(p, 0755);
	snprintf(p, sizeof p, "%s/%s/2026-12-06/%s", root, dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs("<p>pagina</p>", f);
	fclose(f);
}

static void test_flush(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_null(page_files_live(a, root));
	assert_null(page_files_live(a, NULL));
	assert_null(page_files_live(a, ""));

	assert_int_equal(page_files_flush(root, 41), 0);
	const char *first = arena_strdup(a, page_files_live(a, root));
	assert_true(page_files_at(first, 41));
	assert_false(page_files_at(first, 4));    /* g41- is not g4- */
	assert_false(page_files_at(first, 411));
	assert_false(page_files_at(NULL, 41));
	put_page(first, "servizi.html");
	assert_true(exists(first, "2026-12-06/servizi.html"));

	assert_int_equal(page_files_flush(root, 42), 0);
	const char *second = page_files_live(a, root);
	assert_true(page_files_at(second, 42));
	assert_string_not_equal(second, first);
	assert_false(exists(first, ""));          /* the old directory and its pages are gone */
	assert_false(exists(second, "2026-12-06/servizi.html"));

	/* a page rendered before the flush, kept late: in a directory nginx no longer reads */
	char late[256];
	snprintf(late, sizeof late, "%s/%s", root, first);
	mkdir(late, 0755);
	put_page(first, "servizi.html");
	assert_string_equal(page_files_live(a, root), second);
	assert_int_equal(page_files_flush(root, 42), 0);   /* same generation: a new one all the same */
	assert_string_not_equal(page_files_live(a, root), second);
	assert_false(exists(first, ""));
	assert_false(exists(second, ""));
	arena_free(a);
}

static void test_unwritable_root(void **state)
{
	(void)state;
	assert_int_equal(page_files_flush("/nonexistent/page-files", 1), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flush),
		cmocka_unit_test(test_unwritable_root),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
