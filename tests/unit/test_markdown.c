/* test_markdown.c - editors' Markdown to HTML: the portal's own markup
 * (paragraphs, "- " bullets) unchanged, headings / lists / emphasis rendered,
 * raw HTML shown as text, links and images only to safe URLs, "&" as typed;
 * and the markdown() string function of the templates, not escaped twice. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"
#include "core/markdown.h"

static char *md(const char *in)
{
	char *out = markdown_html(in);
	assert_non_null(out);
	return out;
}

static void expect(const char *in, const char *html)
{
	char *out = md(in);
	assert_string_equal(out, html);
	free(out);
}

/* Neither NEEDLE (case-insensitive) in the HTML of IN. */
static void refuse(const char *in, const char *needle)
{
	char *out = md(in);
	if (strcasestr(out, needle))
		fail_msg("%s rendered as %s", in, out);
	free(out);
}

static void contains(const char *in, const char *needle)
{
	char *out = md(in);
	if (!strstr(out, needle))
		fail_msg("%s rendered as %s: no %s", in, out, needle);
	free(out);
}

static void test_portal_markup(void **state)
{
	(void)state;
	expect("", "");
	expect(NULL, "");
	expect("Un paragrafo.", "<p>Un paragrafo.</p>");
	expect("Primo.\n\nSecondo\nsu due righe.", "<p>Primo.</p><p>Secondo su due righe.</p>");
	expect("- uno\n- due\n\nDopo.", "<ul><li>uno</li><li>due</li></ul><p>Dopo.</p>");
	expect("Righe\r\nCRLF\r\n\r\n- a\r\n- b\r\n", "<p>Righe CRLF</p><ul><li>a</li><li>b</li></ul>");
}

static void test_markdown_rendered(void **state)
{
	(void)state;
	expect("# Titolo\n\n## Sotto\n\n###### Ultimo",
	       "<h3>Titolo</h3><h4>Sotto</h4><h6>Ultimo</h6>");
	expect("*corsivo* e **grassetto**", "<p><em>corsivo</em> e <strong>grassetto</strong></p>");
	expect("1. primo\n2. secondo", "<ol><li>primo</li><li>secondo</li></ol>");
	expect("Testo `codice` qui", "<p>Testo <code>codice</code> qui</p>");
	expect("[Sito](https://www.comune.example/a?b=1&c=2 \"Il sito\")",
	       "<p><a href=\"https://www.comune.example/a?b=1&amp;c=2\" title=\"Il sito\">Sito</a></p>");
	expect("[Pagina](/servizi/tari) [Mail](mailto:urp@comune.example) [Tel](tel:+390577900100)",
	       "<p><a href=\"/servizi/tari\">Pagina</a> <a href=\"mailto:urp@comune.example\">Mail</a> "
	       "<a href=\"tel:+390577900100\">Tel</a></p>");
	expect("<https://www.example.org/x>",
	       "<p><a href=\"https://www.example.org/x\">https://www.example.org/x</a></p>");
	expect("riga  \nspezzata", "<p>riga<br />\nspezzata</p>");
	expect("> citazione", "<blockquote><p>citazione</p></blockquote>");
}

static void test_raw_html_is_text(void **state)
{
	(void)state;
	expect("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	expect("Testo <img src=x onerror=alert(1)> qui",
	       "<p>Testo &lt;img src=x onerror=alert(1)&gt; qui</p>");
	expect("<div onclick=\"x()\">\nblocco\n</div>",
	       "<p>&lt;div onclick=&quot;x()&quot;&gt;\nblocco\n&lt;/div&gt;</p>");
	expect("- Punto con <i>tag</i>", "<ul><li>Punto con &lt;i&gt;tag&lt;/i&gt;</li></ul>");
	refuse("<iframe src=\"https://evil.example\"></iframe>", "<iframe");
	refuse("<!-- commento --><style>p{}</style>", "<style");
	refuse("<svg onload=alert(1)>", "<svg");
	refuse("<a href=\"javascript:alert(1)\">x</a>", "<a ");
	contains("<a href=\"javascript:alert(1)\">x</a>",
		 "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;");
}

static void test_dangerous_links_dropped(void **state)
{
	(void)state;
	expect("[x](javascript:alert(1))", "<p>x</p>");
	expect("[clic](JavaScript:alert(1)) fine", "<p>clic fine</p>");
	static const char *const bad[] = {
		"[x](vbscript:msgbox(1))",
		"[x](file:///etc/passwd)",
		"[x](data:text/html;base64,PHNjcmlwdD4=)",
		"![x](data:image/png;base64,iVBORw0KGgo=)",
		"![x](javascript:alert(1))",
		"[x](<javascript:alert(1)>)",
		"[x](javascript\\:alert(1))",
		"[x][r]\n\n[r]: javascript:alert(1)",
		"[x](\x01javascript:alert(1))",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		refuse(bad[i], "javascript:");
		refuse(bad[i], "vbscript:");
		refuse(bad[i], "file:");
		refuse(bad[i], "data:");
		refuse(bad[i], "<a ");
		refuse(bad[i], "<img");
	}
	expect("<javascript:alert(1)>", "<p>javascript:alert(1)</p>");   /* text, not a link */
	/* character references stay as typed: never decoded into a scheme */
	refuse("[x](&#106;avascript:alert(1))", "href=\"&#106;");
	contains("[x](&#106;avascript:alert(1))", "href=\"&amp;#106;avascript:alert(1)\"");
	refuse("[x](java&#x73;cript:alert(1))", "javascript:");
	contains("![stemma](/static/images/stemma.svg)", "<img src=\"/static/images/stemma.svg\" alt=\"stemma\" />");
	contains("![foto](data:image/png;base64,AAAA)", "<p>foto</p>");
}

static void test_ampersand_as_typed(void **state)
{
	(void)state;
	expect("A &amp; B & C", "<p>A &amp;amp; B &amp; C</p>");
	expect("&lt;b&gt; e &#60;", "<p>&amp;lt;b&amp;gt; e &amp;#60;</p>");
	expect("`a && b`", "<p><code>a &amp;&amp; b</code></p>");
	contains("[q](https://x.example/?a=1&b=2)", "href=\"https://x.example/?a=1&amp;b=2\"");
}

static NEOERR *to_buf(void *ctx, char *s)
{
	buf_puts(ctx, s);
	return STATUS_OK;
}

/* The template function: the HTML of the value, escaped once (by cmark). */
static void test_template_function(void **state)
{
	(void)state;
	HDF *hdf;
	CSPARSE *cs;
	struct buf out = { 0 };
	assert_null(hdf_init(&hdf));
	assert_null(hdf_set_value(hdf, "Config.VarEscapeMode", "html"));
	assert_null(hdf_set_value(hdf, "T", "**A** & <b>b</b>\n\n- uno"));
	assert_null(cs_init(&cs, hdf));
	assert_null(cs_register_esc_strfunc(cs, "markdown", markdown_strfunc));
	static char tpl[] = "<?cs var:markdown(T) ?>|<?cs var:T ?>|<?cs var:markdown(Unset) ?>.";
	assert_null(cs_parse_string(cs, strdup(tpl), strlen(tpl)));
	assert_null(cs_render(cs, &out, to_buf));
	assert_string_equal(out.p, "<p><strong>A</strong> &amp; &lt;b&gt;b&lt;/b&gt;</p><ul><li>uno</li></ul>|"
				   "**A** &amp; &lt;b&gt;b&lt;/b&gt;\n\n- uno|.");
	cs_destroy(&cs);
	hdf_destroy(&hdf);
	buf_fini(&out);
}

/* Long and deeply nested input: no crash, bounded output. */
static void test_large_input(void **state)
{
	(void)state;
	size_t n = 200000;
	char *in = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		in[i] = "> - *[&<"[i % 8];
	in[n] = '\0';
	char *out = md(in);
	assert_true(strlen(out) > 0);
	free(out);
	free(in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_portal_markup),
		cmocka_unit_test(test_markdown_rendered),
		cmocka_unit_test(test_raw_html_is_text),
		cmocka_unit_test(test_dangerous_links_dropped),
		cmocka_unit_test(test_ampersand_as_typed),
		cmocka_unit_test(test_template_function),
		cmocka_unit_test(test_large_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
