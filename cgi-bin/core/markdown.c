/* markdown.c - see markdown.h. */
#include "markdown.h"

#include <cmark.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Every "&" is parsed as U+E000 (so cmark decodes no character reference)
 * and comes back as "&amp;": raw in text, percent-encoded in URLs. */
static const char AMP[] = "\xee\x80\x80";
static const char AMP_URL[] = "%EE%80%80";

static char *protect(const char *text, size_t *len)
{
	size_t n = 0;
	for (const char *p = text; *p; p++)
		n += *p == '&' ? 3 : 1;
	char *out = malloc(n + 1), *o = out;
	if (!out)
		return NULL;
	for (const char *p = text; *p; p++) {
		if (*p == '&') {
			memcpy(o, AMP, 3);
			o += 3;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	*len = n;
	return out;
}

/* http(s), mailto, tel, or relative (no scheme before the first / ? #). */
static bool url_ok(const char *url)
{
	static const char *const schemes[] = { "http://", "https://", "mailto:", "tel:" };
	if (!url || !*url)
		return true;
	for (size_t i = 0; i < sizeof schemes / sizeof *schemes; i++)
		if (strncasecmp(url, schemes[i], strlen(schemes[i])) == 0)
			return true;
	if ((unsigned char)url[0] <= ' ')
		return false;
	return url[strcspn(url, ":/?#")] != ':';
}

/* A link or image with a refused URL: its text stays, the node goes. */
static void unwrap(cmark_node *n)
{
	cmark_node *c;
	while ((c = cmark_node_first_child(n)))
		cmark_node_insert_before(n, c);
	cmark_node_free(n);
}

/* Raw HTML: the same characters as text (a paragraph for a block). */
static void as_text(cmark_node *n, bool block)
{
	const char *lit = cmark_node_get_literal(n);
	size_t len = lit ? strlen(lit) : 0;
	while (len && (lit[len - 1] == '\n' || lit[len - 1] == '\r'))
		len--;
	char *copy = strndup(lit ? lit : "", len);
	cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
	if (!copy || !t)
		abort();   /* out of memory: cmark itself aborts too */
	cmark_node_set_literal(t, copy);
	free(copy);
	if (block) {
		cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
		cmark_node_append_child(p, t);
		t = p;
	}
	cmark_node_replace(n, t);
	cmark_node_free(n);
}

/* The nodes to rewrite, collected first: the tree is changed after the walk. */
static size_t collect(cmark_node *doc, cmark_node ***out)
{
	size_t n = 0, cap = 0;
	cmark_node **v = NULL;
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(node);
		if (ev != CMARK_EVENT_ENTER ||
		    (t != CMARK_NODE_HTML_BLOCK && t != CMARK_NODE_HTML_INLINE && t != CMARK_NODE_LINK &&
		     t != CMARK_NODE_IMAGE && t != CMARK_NODE_HEADING))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			v = realloc(v, cap * sizeof *v);
			if (!v)
				abort();
		}
		v[n++] = node;
	}
	cmark_iter_free(it);
	*out = v;
	return n;
}

static void rewrite(cmark_node *doc)
{
	cmark_node **v;
	size_t n = collect(doc, &v);
	for (size_t i = 0; i < n; i++) {
		switch (cmark_node_get_type(v[i])) {
		case CMARK_NODE_HTML_BLOCK:
			as_text(v[i], true);
			break;
		case CMARK_NODE_HTML_INLINE:
			as_text(v[i], false);
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			if (!url_ok(cmark_node_get_url(v[i])))
				unwrap(v[i]);
			break;
		case CMARK_NODE_HEADING: {
			int level = cmark_node_get_heading_level(v[i]) + 2;
			cmark_node_set_heading_level(v[i], level > 6 ? 6 : level);
			break;
		}
		default:
			break;
		}
	}
	free(v);
}

/* "&" back, and no newline between two tags (softbreaks are spaces here). */
static char *finish(const char *html)
{
	size_t n = strlen(html);
	char *out = malloc(2 * n + 1), *o = out;
	if (!out)
		return NULL;
	for (const char *p = html; *p;) {
		if (strncmp(p, AMP, 3) == 0 || strncmp(p, AMP_URL, 9) == 0) {
			p += *p == '%' ? 9 : 3;
			memcpy(o, "&amp;", 5);
			o += 5;
		} else if (*p == '\n' && p > html && p[-1] == '>' && (p[1] == '<' || !p[1])) {
			p++;
		} else {
			*o++ = *p++;
		}
	}
	*o = '\0';
	return out;
}

char *markdown_html(const char *text)
{
	size_t len;
	char *src = protect(text ? text : "", &len);
	if (!src)
		return NULL;
	/* CMARK_OPT_SAFE: raw HTML and dangerous URLs off (the default since 0.29) */
	const int opts = CMARK_OPT_SAFE | CMARK_OPT_NOBREAKS | CMARK_OPT_VALIDATE_UTF8;
	cmark_node *doc = cmark_parse_document(src, len, opts);
	free(src);
	if (!doc)
		return NULL;
	rewrite(doc);
	char *html = cmark_render_html(doc, opts);
	cmark_node_free(doc);
	if (!html)
		return NULL;
	char *out = finish(html);
	free(html);
	return out;
}

NEOERR *markdown_strfunc(const char *in, char **out)
{
	*out = markdown_html(in);
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "markdown");
}
