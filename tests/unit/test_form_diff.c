/* test_form_diff.c - the word diff of two fillings of a form (admin/form_diff.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "admin/form_diff.h"
#include "core/arena.h"
#include "core/req.h"
#include "req_fixture.h"

static const struct field fields[] = {
	{ "title", "Titolo", NULL, FK_TEXT, 200, true },
	{ "description", "Descrizione", NULL, FK_MARKDOWN, 64000, true },
};

static const char *get(const char *name)
{
	return hdf_get_value(r.hdf, name, NULL);
}

/* Diff of the description OLD -> NEW, the title the same. */
static void diff(const char *old, const char *new)
{
	struct form a, b;
	form_init(&a, &r, fields, 2);
	form_init(&b, &r, fields, 2);
	form_set(&a, "title", "Uguale");
	form_set(&b, "title", "Uguale");
	form_set(&a, "description", old);
	form_set(&b, "description", new);
	form_diff(&r, &a, &b);
}

static void assert_part(int n, const char *op, const char *text)
{
	char key[64];
	snprintf(key, sizeof key, "Diff.Fields.0.Parts.%d.op", n);
	assert_string_equal(get(key), op);
	snprintf(key, sizeof key, "Diff.Fields.0.Parts.%d.text", n);
	assert_string_equal(get(key), text);
}

static void test_words_replaced(void **state)
{
	(void)state;
	diff("Il certificato si ritira in giornata.", "Il certificato si ritira entro tre giorni.");
	assert_string_equal(get("Diff.changed"), "1");
	assert_string_equal(get("Diff.Fields.0.label"), "Descrizione");
	assert_part(0, "same", "Il certificato si ritira ");
	assert_part(1, "del", "in giornata.");
	assert_part(2, "add", "entro tre giorni.");
	assert_null(get("Diff.Fields.0.Parts.3.op"));
	assert_null(get("Diff.Fields.1.label"));
}

static void test_word_in_the_middle(void **state)
{
	(void)state;
	diff("Porta un documento valido.", "Porta un documento d'identità valido.");
	assert_part(0, "same", "Porta un documento ");
	assert_part(1, "add", "d'identità ");
	assert_part(2, "same", "valido.");
}

static void test_lines_kept(void **state)
{
	(void)state;
	diff("- primo\n- secondo", "- primo\n- terzo");
	assert_part(0, "same", "- primo\n- ");
	assert_part(1, "del", "secondo");
	assert_part(2, "add", "terzo");
}

static void test_from_empty(void **state)
{
	(void)state;
	diff("", "Tutto nuovo.");
	assert_part(0, "add", "Tutto nuovo.");
	assert_null(get("Diff.Fields.0.Parts.1.op"));
}

static void test_nothing_changed(void **state)
{
	(void)state;
	diff("Uguale.", "Uguale.");
	assert_string_equal(get("Diff.changed"), "0");
	assert_null(get("Diff.Fields.0.label"));
}

/* Too many words to compare: all of the old deleted, all of the new added. */
static void test_too_long(void **state)
{
	(void)state;
	char *old = arena_alloc(r.a, 12000), *new = arena_alloc(r.a, 12000), *o = old, *n = new;
	for (int i = 0; i < 1100; i++) {
		o += sprintf(o, "%sx%d", i ? " " : "", i);
		n += sprintf(n, "%sy%d", i ? " " : "", i);
	}
	diff(old, new);
	assert_part(0, "del", old);
	assert_part(1, "add", new);
	assert_null(get("Diff.Fields.0.Parts.2.op"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_words_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_word_in_the_middle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lines_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_from_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nothing_changed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_too_long, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
