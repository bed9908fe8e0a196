/* test_view.c - store results and long text into the page HDF. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/db.h"
#include "core/req.h"
#include "core/view.h"
#include "req_fixture.h"

static const char *get(const char *name)
{
	return hdf_get_value(r.hdf, name, NULL);
}

static int children(const char *name)
{
	HDF *o = hdf_get_obj(r.hdf, name);
	int n = 0;
	for (HDF *c = o ? hdf_obj_child(o) : NULL; c; c = hdf_obj_next(c))
		n++;
	return n;
}

static void test_paragraphs(void **state)
{
	(void)state;
	view_text(&r, "T", "Primo paragrafo,\nstessa riga logica.\n\nSecondo.\n\n\n\nTerzo.");
	assert_int_equal(children("T"), 3);
	assert_string_equal(get("T.0.text"), "Primo paragrafo,\nstessa riga logica.");
	assert_string_equal(get("T.1.text"), "Secondo.");
	assert_string_equal(get("T.2.text"), "Terzo.");
	assert_null(get("T.0.items.0"));
}

static void test_paragraphs_crlf(void **state)
{
	(void)state;
	view_text(&r, "T", "Uno\r\ndue\r\n\r\nTre\r\n\r\n");
	assert_int_equal(children("T"), 2);
	assert_string_equal(get("T.0.text"), "Uno\ndue");      /* CRs dropped */
	assert_string_equal(get("T.1.text"), "Tre");
	view_text(&r, "L", "- uno\r\n- due\r\n");
	assert_string_equal(get("L.0.items.0"), "uno");
	assert_string_equal(get("L.0.items.1"), "due");
}

static void test_list_edges(void **state)
{
	(void)state;
	view_text(&r, "T", "- a\n- b\n- ");            /* a trailing empty item stays a list */
	assert_string_equal(get("T.0.items.0"), "a");
	assert_string_equal(get("T.0.items.1"), "b");
	assert_null(get("T.0.text"));
	view_text(&r, "P", "Primo\n");
	assert_string_equal(get("P.0.text"), "Primo");
}

static void test_outer_blank_lines(void **state)
{
	(void)state;
	view_text(&r, "T", "\n\n  \r\nSolo questo.  \n\n \n\n");
	assert_int_equal(children("T"), 1);
	assert_string_equal(get("T.0.text"), "Solo questo.");
}

static void test_empty_text(void **state)
{
	(void)state;
	view_text(&r, "T", "");
	view_text(&r, "U", "\n\n\r\n  ");
	view_text(&r, "V", NULL);
	assert_null(hdf_get_obj(r.hdf, "T"));
	assert_null(hdf_get_obj(r.hdf, "U"));
	assert_null(hdf_get_obj(r.hdf, "V"));
}

static void test_bullets(void **state)
{
	(void)state;
	view_text(&r, "Doc", "Cosa serve:\n\n- documento d'identità\n- codice fiscale\n\nFine.");
	assert_int_equal(children("Doc"), 3);
	assert_string_equal(get("Doc.0.text"), "Cosa serve:");
	assert_null(get("Doc.1.text"));
	assert_int_equal(children("Doc.1.items"), 2);
	assert_string_equal(get("Doc.1.items.0"), "documento d'identità");
	assert_string_equal(get("Doc.1.items.1"), "codice fiscale");
	assert_string_equal(get("Doc.2.text"), "Fine.");
}

static void test_mixed_block_is_paragraph(void **state)
{
	(void)state;
	view_text(&r, "T", "- uno\nnon una voce\n- due");
	assert_int_equal(children("T"), 1);
	assert_string_equal(get("T.0.text"), "- uno\nnon una voce\n- due");
	assert_null(get("T.0.items.0"));
	view_text(&r, "U", "-senza spazio\n- con spazio");   /* "-x" is not an item */
	assert_string_equal(get("U.0.text"), "-senza spazio\n- con spazio");
}

static void test_rows(void **state)
{
	(void)state;
	const char *cols[] = { "slug", "title", "summary" };
	char *cells[] = { "anagrafe", "Anagrafe <centrale>", NULL,
			  "tributi", "Tributi", "Tasse & tariffe" };
	struct db_rows rows = { .nrows = 2, .ncols = 3, .cols = cols, .cells = cells };
	view_rows(&r, "Offices", &rows);
	assert_int_equal(children("Offices"), 2);
	assert_string_equal(get("Offices.0.slug"), "anagrafe");
	assert_string_equal(get("Offices.0.title"), "Anagrafe <centrale>");   /* raw: the template escapes */
	assert_string_equal(get("Offices.0.summary"), "");                    /* SQL NULL */
	assert_string_equal(get("Offices.1.slug"), "tributi");
	assert_string_equal(get("Offices.1.summary"), "Tasse & tariffe");

	view_row(&r, "Office", &rows, 1);
	assert_string_equal(get("Office.title"), "Tributi");
	view_row(&r, "Offices.1", &rows, 0);   /* over a row already there: its cells replaced */
	assert_int_equal(children("Offices"), 2);
	assert_string_equal(get("Offices.1.slug"), "anagrafe");
	assert_string_equal(get("Offices.1.summary"), "");
	assert_int_equal(view_col(&rows, "summary"), 2);
	assert_int_equal(view_col(&rows, "nessuna"), -1);

	struct db_rows none = { .nrows = 0, .ncols = 3, .cols = cols, .cells = NULL };
	view_rows(&r, "Empty", &none);
	assert_null(hdf_get_obj(r.hdf, "Empty"));
}

static void test_date(void **state)
{
	(void)state;
	assert_string_equal(view_date(&r, "2026-03-04 10:00:00"), "04/03/2026");
	assert_string_equal(view_date(&r, "1999-12-31"), "31/12/1999");
	assert_string_equal(view_date(&r, "ieri"), "ieri");
	assert_string_equal(view_date(&r, "2026/03/04 10:00"), "2026/03/04 10:00");
	assert_string_equal(view_date(&r, "2026-03-0"), "2026-03-0");       /* too short */
	assert_string_equal(view_date(&r, ""), "");
	assert_string_equal(view_date(&r, NULL), "");
}

static void test_page_and_crumbs(void **state)
{
	(void)state;
	view_page(&r, "servizi", "Carta d'identità", "https://example.it/servizi/cie");
	assert_string_equal(get("Page.Section"), "servizi");
	assert_string_equal(get("Page.Title"), "Carta d'identità");
	assert_string_equal(get("Page.Canonical"), "https://example.it/servizi/cie");

	view_crumb(&r, "Home", "/");
	view_crumb(&r, "Servizi", "/servizi");
	view_crumb(&r, "Carta d'identità", NULL);
	assert_int_equal(children("Breadcrumb"), 3);
	assert_string_equal(get("Breadcrumb.0.label"), "Home");
	assert_string_equal(get("Breadcrumb.0.url"), "/");
	assert_string_equal(get("Breadcrumb.1.label"), "Servizi");
	assert_string_equal(get("Breadcrumb.1.url"), "/servizi");
	assert_string_equal(get("Breadcrumb.2.label"), "Carta d'identità");
	assert_null(get("Breadcrumb.2.url"));                   /* the current page */
}

int main(void)
{
	/* each test gets a fresh request */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_paragraphs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_paragraphs_crlf, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list_edges, setup, teardown),
		cmocka_unit_test_setup_teardown(test_outer_blank_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bullets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mixed_block_is_paragraph, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_date, setup, teardown),
		cmocka_unit_test_setup_teardown(test_page_and_crumbs, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
