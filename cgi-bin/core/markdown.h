/* markdown.h - the one trusted path from editors' text to HTML: CommonMark
 * rendered by libcmark in its safe mode, after a pass over the tree that
 *  - shows raw HTML (blocks and inline tags) as text, escaped;
 *  - keeps links and images only to http(s), mailto and tel URLs or relative
 *    ones (javascript:, vbscript:, file:, data:... are unwrapped: their text
 *    stays, the link goes);
 *  - lowers headings by two levels ("#" is an h3), as the text sits under
 *    the h2 of a page section.
 * Character references are not decoded: "&amp;" reads as typed, like the
 * plain text of the pages before Markdown. Block tags are not separated by
 * newlines, so the portal's paragraphs and bulleted lists come out as
 * "<p>...</p><ul><li>...</li></ul>".
 *
 * Templates reach it only through markdown(X), an escaping string function
 * registered by tpl_render: the HDF holds the Markdown source, never HTML. */
#ifndef CORE_MARKDOWN_H
#define CORE_MARKDOWN_H

#include <ClearSilver.h>

/* The HTML of TEXT (UTF-8, NUL-terminated), malloc'd; NULL when out of memory. */
char *markdown_html(const char *text);

/* The ClearSilver string function: cs_register_esc_strfunc(cs, "markdown", markdown_strfunc). */
NEOERR *markdown_strfunc(const char *in, char **out);

#endif
