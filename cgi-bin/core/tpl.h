/* tpl.h - the one path from HDF to HTML: ClearSilver with auto-escaping.
 *
 * tpl_render() sets Config.VarEscapeMode=html before cs_init (set later it
 * does nothing) and registers the cgi string functions plus json_str(), our
 * escaper for JSON string literals inside <script type="application/ld+json">,
 * and markdown(), the HTML of an editor's Markdown text (core/markdown.h). */
#ifndef CORE_TPL_H
#define CORE_TPL_H

#include <ClearSilver.h>

struct buf;

/* Render FILE (relative to TPL_DIR) into OUT. Returns 0, or -1 after logging the error. */
int tpl_render(HDF *hdf, const char *tpl_dir, const char *file, struct buf *out);

/* json_str's escaping, exposed for tests: a quoted JSON string literal, malloc'd. */
char *tpl_json_string(const char *s);

#endif
