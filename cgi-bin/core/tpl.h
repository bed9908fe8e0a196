/* tpl.h - the one path from HDF to HTML: ClearSilver with auto-escaping.
 *
 * tpl_render() sets Config.VarEscapeMode=html before cs_init (set later it
 * does nothing) and registers the cgi string functions plus json_str(), our
 * escaper for JSON string literals inside <script type="application/ld+json">,
 * markdown(), the HTML of an editor's Markdown text (core/markdown.h), and
 * fragment("NAME"), a piece of the page rendered earlier (tpl_fragment).
 *
 * Each worker parses a template file once and keeps the tree (tpl.c says how
 * it is re-rendered with each request's HDF); tpl_cache_clear() frees them. */
#ifndef CORE_TPL_H
#define CORE_TPL_H

#include <ClearSilver.h>
#include <stddef.h>

struct buf;

/* Render FILE (relative to TPL_DIR) into OUT. Returns 0, or -1 after logging the error. */
int tpl_render(HDF *hdf, const char *tpl_dir, const char *file, struct buf *out);

/* The HTML that the templates' fragment("NAME") writes as it is, until
 * tpl_fragment_clear(): HTML (LEN bytes, kept by the caller meanwhile) that
 * tpl_render wrote, so escaped by the template layer like the rest of the
 * page; a piece that is the same for every visitor can so be rendered once
 * and kept (dash/dash_cache.c), while its frame is rendered per request.
 * An unbound NAME writes nothing. */
void tpl_fragment(const char *name, const char *html, size_t len);
/* Forget every bound fragment (the program does after each request). */
void tpl_fragment_clear(void);

/* Free every parsed template (a worker's end; tests). */
void tpl_cache_clear(void);

/* How many parsed templates this process holds (tests). */
size_t tpl_cache_size(void);

/* json_str's escaping, exposed for tests: a quoted JSON string literal, malloc'd. */
char *tpl_json_string(const char *s);

#endif
