/* content_preview.c - the live preview of the editors' Markdown fields:
 * the text rendered by the portal's own path (markdown() of the templates,
 * core/markdown.c), as an HTML fragment for static/js/redazione.js. The
 * forms' "Anteprima testo" button is the same preview without JavaScript. */
#include "content.h"

#include "core/query.h"
#include "core/req.h"

#define PREVIEW_MAX 16000   /* characters: the longest Markdown field */

/* POST /admin/anteprima-testo (testo): the fragment; 422 over the limit.
 * Editors, CSRF-checked. */
int bo_anteprima_testo(struct req *r)
{
	const char *text = req_form(r, "testo");
	r->tpl = "admin/anteprima_testo.cs";
	if (!text)
		text = "";
	if (utf8_chars(text) > PREVIEW_MAX) {
		req_set_int(r, "Preview.too_long", PREVIEW_MAX);
		return 422;
	}
	req_set(r, "Preview.text", text);
	return 200;
}
