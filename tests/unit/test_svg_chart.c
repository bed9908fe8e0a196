/* test_svg_chart.c - the layout of the dashboard's charts: the value axis,
 * bars and points scaled to the plot, empty, zero and one-value series,
 * labels (clipped, thinned out) and values. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/req.h"
#include "dash/svg_chart.h"
#include "req_fixture.h"

static const char *get(const char *name)
{
	const char *v = hdf_get_value(r.hdf, name, NULL);
	return v ? v : "(unset)";
}

static int children(const char *name)
{
	HDF *o = hdf_get_obj(r.hdf, name);
	int n = 0;
	for (HDF *c = o ? hdf_obj_child(o) : NULL; c; c = hdf_obj_next(c))
		n++;
	return n;
}

static void test_axis_step(void **state)
{
	(void)state;
	static const long cases[][2] = {
		{ 0, 1 }, { 1, 1 }, { 4, 1 }, { 5, 2 }, { 8, 2 }, { 9, 5 }, { 20, 5 },
		{ 21, 10 }, { 40, 10 }, { 41, 20 }, { 100, 50 }, { 1000, 500 }, { 1001, 500 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		assert_int_equal(svg_axis_step(cases[i][0]), cases[i][1]);
	assert_true(svg_axis_step(LONG_MAX) > 0);   /* no overflow, no endless loop */
}

/* Columns: the heights are value * plot height / top of the scale. */
static void test_columns_scale_to_height(void **state)
{
	(void)state;
	struct svg_datum d[] = { { "a", NULL, 0 }, { "b", NULL, 5 }, { "c", NULL, 10 } };
	svg_chart(&r, "C", SVG_COLUMNS, d, 3);
	assert_string_equal(get("C.kind"), "columns");
	assert_string_equal(get("C.width"), "640");
	assert_string_equal(get("C.height"), "264");
	assert_string_equal(get("C.y0"), "24");
	assert_string_equal(get("C.y1"), "224");    /* the baseline: 24 + 200 */
	assert_string_equal(get("C.Items.0.h"), "0");
	assert_string_equal(get("C.Items.0.y"), "224");
	assert_string_equal(get("C.Items.1.h"), "100");
	assert_string_equal(get("C.Items.1.y"), "124");
	assert_string_equal(get("C.Items.2.h"), "200");   /* the largest fills the plot */
	assert_string_equal(get("C.Items.2.y"), "24");
	/* three slots of 192 over x 48..624; bars at most 56 wide, centred */
	assert_string_equal(get("C.Items.0.cx"), "144");
	assert_string_equal(get("C.Items.1.cx"), "336");
	assert_string_equal(get("C.Items.2.w"), "56");
	assert_string_equal(get("C.Items.2.x"), "500");
	assert_string_equal(get("C.Items.1.vy"), "116");   /* the value above the column */
}

/* Horizontal bars: the lengths scale to the plot width, one row each. */
static void test_hbars_scale_to_width(void **state)
{
	(void)state;
	struct svg_datum d[] = { { "tre", NULL, 3 }, { "due", NULL, 2 }, { "uno", NULL, 1 } };
	svg_chart(&r, "H", SVG_HBARS, d, 3);
	assert_string_equal(get("H.kind"), "hbars");
	assert_string_equal(get("H.x0"), "210");
	assert_string_equal(get("H.x1"), "590");
	assert_string_equal(get("H.height"), "120");   /* 8 + 3 rows of 28 + 28 for the axis */
	assert_string_equal(get("H.Items.0.w"), "380");
	assert_string_equal(get("H.Items.1.w"), "253.3");
	assert_string_equal(get("H.Items.2.w"), "126.7");
	assert_string_equal(get("H.Items.0.y"), "13");
	assert_string_equal(get("H.Items.1.y"), "41");
	assert_string_equal(get("H.Items.0.h"), "18");
	assert_string_equal(get("H.Items.2.vx"), "342.7");   /* after the end of the bar */
	assert_string_equal(get("H.Ticks.3.pos"), "590");
}

static void test_axis_labels(void **state)
{
	(void)state;
	struct svg_datum d[] = { { "x", NULL, 7 } };
	svg_chart(&r, "C", SVG_COLUMNS, d, 1);
	/* 7 in steps of 2: 0, 2, 4, 6, 8, bottom to top */
	assert_int_equal(children("C.Ticks"), 5);
	assert_string_equal(get("C.Ticks.0.label"), "0");
	assert_string_equal(get("C.Ticks.0.pos"), "224");
	assert_string_equal(get("C.Ticks.4.label"), "8");
	assert_string_equal(get("C.Ticks.4.pos"), "24");
	assert_string_equal(get("C.Ticks.1.pos"), "174");
	assert_string_equal(get("C.tick_at"), "42");
	assert_string_equal(get("C.Items.0.h"), "175");   /* 7/8 of 200 */
	svg_chart(&r, "H", SVG_HBARS, d, 1);
	assert_string_equal(get("H.Ticks.1.label"), "2");
	assert_string_equal(get("H.Ticks.1.pos"), "305");   /* 210 + 380 / 4 */
	assert_string_equal(get("H.tick_at"), "54");       /* under the single row */
}

static void test_zero_series(void **state)
{
	(void)state;
	struct svg_datum d[] = { { "a", NULL, 0 }, { "b", NULL, 0 } };
	svg_chart(&r, "L", SVG_LINE, d, 2);
	assert_string_equal(get("L.kind"), "line");
	assert_int_equal(children("L.Ticks"), 2);   /* 0 and 1: a scale, not a division by zero */
	assert_string_equal(get("L.Ticks.1.label"), "1");
	assert_string_equal(get("L.Items.0.cy"), "224");
	assert_string_equal(get("L.Items.1.cy"), "224");
	assert_string_equal(get("L.Items.1.value"), "0");
	svg_chart(&r, "E", SVG_HBARS, NULL, 0);   /* no rows at all */
	assert_int_equal(children("E.Items"), 0);
	assert_string_equal(get("E.height"), "36");
	svg_chart(&r, "V", SVG_COLUMNS, NULL, 0);
	assert_int_equal(children("V.Items"), 0);
	assert_string_equal(get("V.height"), "264");
}

static void test_one_value(void **state)
{
	(void)state;
	struct svg_datum d[] = { { "gen 26", "gennaio 2026", 4 } };
	svg_chart(&r, "L", SVG_LINE, d, 1);
	assert_int_equal(children("L.Items"), 1);
	assert_string_equal(get("L.Items.0.cx"), "336");   /* the middle of the plot */
	assert_string_equal(get("L.Items.0.cy"), "24");    /* the top of its own scale */
	assert_string_equal(get("L.Items.0.label"), "gen 26");
	assert_string_equal(get("L.Items.0.full"), "gennaio 2026");
	assert_string_equal(get("L.Items.0.show_label"), "1");
	assert_string_equal(get("L.Items.0.show_value"), "1");
}

/* Long labels of horizontal bars wrap on two lines at a space, the second
 * clipped after a whole word; a word longer than a line is clipped by code
 * point, not by byte. */
static void test_hbar_label_wrapped(void **state)
{
	(void)state;
	const char *full = "Attraversamenti pedonali e segnaletica – Poggio Alto";
	const char *longer = "Ufficio tecnico lavori pubblici, manutenzione delle strade e del verde";
	struct svg_datum d[] = { { full, NULL, 1 }, { "Verde pubblico", NULL, 2 }, { longer, NULL, 3 } };
	svg_chart(&r, "H", SVG_HBARS, d, 3);
	assert_string_equal(get("H.Items.0.label"), "Attraversamenti pedonali e");
	assert_string_equal(get("H.Items.0.label2"), "segnaletica – Poggio Alto");
	assert_string_equal(get("H.Items.0.full"), full);
	assert_string_equal(get("H.Items.1.label"), "Verde pubblico");
	assert_string_equal(get("H.Items.1.label2"), "");
	assert_string_equal(get("H.Items.2.label"), "Ufficio tecnico lavori");
	assert_string_equal(get("H.Items.2.label2"), "pubblici, manutenzione delle…");
	assert_string_equal(get("H.Items.2.full"), longer);
	struct svg_datum e[] = { { "àèìòùàèìòùàèìòùàèìòùàèìòùàèìòùà", NULL, 1 } };   /* 31 two-byte letters */
	svg_chart(&r, "U", SVG_HBARS, e, 1);
	assert_string_equal(get("U.Items.0.label"), "àèìòùàèìòùàèìòùàèìòùàèìòùàèìò…");
}

/* Many points: every other label, values only where they fit. */
static void test_labels_thinned(void **state)
{
	(void)state;
	struct svg_datum d[24];
	for (int i = 0; i < 24; i++)
		d[i] = (struct svg_datum){ "gen 26", NULL, i * 1000 };
	svg_chart(&r, "L", SVG_LINE, d, 24);   /* slots of 24: a 6-letter label needs 42 */
	assert_string_equal(get("L.Items.0.show_label"), "1");
	assert_string_equal(get("L.Items.1.show_label"), "0");
	assert_string_equal(get("L.Items.2.show_label"), "1");
	assert_string_equal(get("L.Items.0.show_value"), "1");   /* "0" fits in 24 */
	assert_string_equal(get("L.Items.1.show_value"), "0");   /* "1000" needs 30 */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_axis_step),
		cmocka_unit_test_setup_teardown(test_columns_scale_to_height, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hbars_scale_to_width, setup, teardown),
		cmocka_unit_test_setup_teardown(test_axis_labels, setup, teardown),
		cmocka_unit_test_setup_teardown(test_zero_series, setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_value, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hbar_label_wrapped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_labels_thinned, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
