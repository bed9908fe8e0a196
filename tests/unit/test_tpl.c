/* test_tpl.c - templates escape by default; json_str makes inert JSON literals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/buf.h"
#include "core/tpl.h"

#define EVIL "<script>alert('x\"y')</script>&"

static char dir[] = "/tmp/test_tpl.XXXXXX";
static const char *const files[] = { "page.cs", "lead.cs", "broken.cs", "frame.cs", "body.cs" };

static void write_file(const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	write_file("page.cs", "<p><?cs var:X ?></p>\n"
			      "<script type=\"application/ld+json\">{\"n\": <?cs var:json_str(X) ?>}</script>\n");
	write_file("lead.cs", "<?cs set:Page.n = 1 ?>\n \t\n<!doctype html>\n<p><?cs var:X ?></p>\n");
	/* (not an unclosed if: ClearSilver 0.10 leaks 32 bytes on that error) */
	write_file("broken.cs", "<p><?cs var:X + ?></p>\n");
	write_file("frame.cs", "<h1><?cs var:X ?></h1><?cs var:fragment(\"corpo\") ?>"
			       "<?cs var:fragment(\"altro\") ?><p><?cs var:fragment(X) ?></p>\n");
	write_file("body.cs", "<main><?cs var:X ?></main>");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	tpl_cache_clear();
	char path[256];
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	return rmdir(dir);
}

static void expect_json(const char *in, const char *want)
{
	char *got = tpl_json_string(in);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_json_plain(void **state)
{
	(void)state;
	expect_json("", "\"\"");
	expect_json("Anagrafe", "\"Anagrafe\"");
	expect_json("perché città €", "\"perché città €\"");   /* UTF-8 kept as is */
}

static void test_json_quotes_backslash(void **state)
{
	(void)state;
	expect_json("a\"b", "\"a\\\"b\"");
	expect_json("c:\\dir\\", "\"c:\\\\dir\\\\\"");
}

static void test_json_controls(void **state)
{
	(void)state;
	expect_json("a\nb\tc\rd", "\"a\\u000ab\\u0009c\\u000dd\"");
	expect_json("\x01\x1f", "\"\\u0001\\u001f\"");
}

static void test_json_markup_inert(void **state)
{
	(void)state;
	expect_json("</script><!--", "\"\\u003c/script\\u003e\\u003c!--\"");
	expect_json("a&b 'c'", "\"a\\u0026b \\u0027c\\u0027\"");
}

static void test_json_worst_case_size(void **state)
{
	(void)state;
	char in[1001];
	memset(in, '\x01', 1000);                  /* every byte grows to six */
	in[1000] = '\0';
	char *got = tpl_json_string(in);
	assert_non_null(got);
	assert_int_equal(strlen(got), 6000 + 2);
	free(got);
}

static int render(const char *file, const char *x, struct buf *out)
{
	HDF *hdf = NULL;
	assert_null(hdf_init(&hdf));
	assert_null(hdf_set_value(hdf, "X", x));
	int rc = tpl_render(hdf, dir, file, out);
	hdf_destroy(&hdf);
	return rc;
}

static void test_render_escapes(void **state)
{
	(void)state;
	struct buf out = { 0 };
	assert_int_equal(render("page.cs", EVIL, &out), 0);
	assert_string_equal(out.p,
		"<p>&lt;script&gt;alert(&#39;x&quot;y&#39;)&lt;/script&gt;&amp;</p>\n"
		"<script type=\"application/ld+json\">{\"n\": "
		"\"\\u003cscript\\u003ealert(\\u0027x\\\"y\\u0027)\\u003c/script\\u003e\\u0026\"}</script>\n");
	assert_int_equal(out.len, strlen(out.p));
	buf_fini(&out);
}

static void test_render_appends_empty(void **state)
{
	(void)state;
	struct buf out = { 0 };
	buf_puts(&out, "head|");
	/* X empty (as view_row sets SQL NULL): still a JSON literal. (Unset X renders
	 * nothing for json_str(X): ClearSilver does not call string functions then.) */
	assert_int_equal(render("page.cs", "", &out), 0);
	assert_string_equal(out.p, "head|<p></p>\n<script type=\"application/ld+json\">{\"n\": \"\"}</script>\n");
	buf_fini(&out);
}

static void test_render_drops_leading_blank(void **state)
{
	(void)state;
	struct buf out = { 0 };
	buf_puts(&out, "prima\n");               /* what was in the buffer stays */
	assert_int_equal(render("lead.cs", "a&b", &out), 0);
	assert_string_equal(out.p, "prima\n<!doctype html>\n<p>a&amp;b</p>\n");
	assert_int_equal(out.len, strlen(out.p));
	buf_fini(&out);
}

static void test_render_reuses_tree(void **state)
{
	(void)state;
	tpl_cache_clear();
	struct buf a = { 0 }, b = { 0 };
	assert_int_equal(render("page.cs", "uno", &a), 0);
	assert_int_equal(tpl_cache_size(), 1);
	/* the second render reads its own HDF through the same parsed tree */
	assert_int_equal(render("page.cs", "<due>", &b), 0);
	assert_int_equal(tpl_cache_size(), 1);
	assert_non_null(strstr(a.p, "<p>uno</p>"));
	assert_non_null(strstr(b.p, "<p>&lt;due&gt;</p>"));
	assert_null(strstr(b.p, "uno"));
	/* set writes into the request's HDF, never into the cached tree's */
	struct buf c = { 0 };
	HDF *hdf = NULL;
	assert_null(hdf_init(&hdf));
	assert_int_equal(tpl_render(hdf, dir, "lead.cs", &c), 0);
	assert_string_equal(hdf_get_value(hdf, "Page.n", ""), "1");
	hdf_destroy(&hdf);
	assert_int_equal(tpl_cache_size(), 2);
	tpl_cache_clear();
	assert_int_equal(tpl_cache_size(), 0);
	buf_fini(&a);
	buf_fini(&b);
	buf_fini(&c);
}

static void test_render_missing(void **state)
{
	(void)state;
	struct buf out = { 0 };
	assert_int_equal(render("nessuno.cs", "x", &out), -1);
	assert_int_equal(out.len, 0);
	assert_int_equal(tpl_cache_size(), 0);   /* a failure is not cached */
	buf_fini(&out);
}

static void test_render_syntax_error(void **state)
{
	(void)state;
	struct buf out = { 0 };
	assert_int_equal(render("broken.cs", "x", &out), -1);
	assert_int_equal(out.len, 0);
	assert_int_equal(tpl_cache_size(), 0);
	buf_fini(&out);
}

/* A piece rendered earlier goes into the page as it was rendered (its
 * values escaped once, by its own render); the frame's values are escaped as
 * ever; an unbound name, or a fragment no longer bound, writes nothing. */
static void test_fragment(void **state)
{
	(void)state;
	struct buf piece = { 0 }, page = { 0 };
	assert_int_equal(render("body.cs", "a<b>&", &piece), 0);
	assert_string_equal(piece.p, "<main>a&lt;b&gt;&amp;</main>");
	tpl_fragment("corpo", piece.p, piece.len);
	assert_int_equal(render("frame.cs", "corpo", &page), 0);
	/* fragment(X) with X = "corpo" finds it too: the lint allows only literals */
	assert_string_equal(page.p, "<h1>corpo</h1><main>a&lt;b&gt;&amp;</main>"
				    "<p><main>a&lt;b&gt;&amp;</main></p>\n");
	/* bound again under the same name: the new bytes, and only LEN of them */
	tpl_fragment("corpo", "<i>x</i>tail", 8);
	buf_reset(&page);
	assert_int_equal(render("frame.cs", "<t>", &page), 0);
	assert_string_equal(page.p, "<h1>&lt;t&gt;</h1><i>x</i><p></p>\n");
	tpl_fragment_clear();
	buf_reset(&page);
	assert_int_equal(render("frame.cs", "corpo", &page), 0);
	assert_string_equal(page.p, "<h1>corpo</h1><p></p>\n");
	tpl_cache_clear();
	buf_fini(&piece);
	buf_fini(&page);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_plain),
		cmocka_unit_test(test_json_quotes_backslash),
		cmocka_unit_test(test_json_controls),
		cmocka_unit_test(test_json_markup_inert),
		cmocka_unit_test(test_json_worst_case_size),
		cmocka_unit_test(test_render_escapes),
		cmocka_unit_test(test_render_appends_empty),
		cmocka_unit_test(test_render_drops_leading_blank),
		cmocka_unit_test(test_render_reuses_tree),
		cmocka_unit_test(test_render_missing),
		cmocka_unit_test(test_render_syntax_error),
		cmocka_unit_test(test_fragment),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
