/* ops_case.c - GET /admin/pratiche/:code: a case as the office works it:
 * summary, the citizen's contacts, photos and documents, the whole timeline
 * (internal notes included) and, for those who may act, the one next step
 * its status calls for (case_next_action) with the other actions it allows
 * behind "Altre azioni"; ?modello=SLUG fills the reply with a response
 * template, placeholders expanded, for the operator to edit. POST
 * .../azione: what the operator does (ops_action.c runs it). And its
 * attachments, in the same scope. */
#include "ops.h"
#include "ops_internal.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "core/view.h"
#include "store/bo_case_store.h"
#include "store/case_store.h"
#include "vocab/case_clock_view.h"

/* The response template ?modello= names, expanded into the reply form. */
static void prefill(struct req *r, const struct bo_case_row *c, const struct db_rows *tpls)
{
	const char *slug = req_param(r, "modello");
	if (!ops_word_ok(slug, 80) || hdf_get_value(r->hdf, "Form.risposta", NULL))
		return;
	for (size_t i = 0; i < tpls->nrows; i++)
		if (strcmp(db_get(tpls, i, "slug"), slug) == 0) {
			req_set(r, "Form.modello", slug);
			req_set(r, "Form.risposta", ops_expand(r, c, db_get(tpls, i, "body")));
		}
}

/* What the action forms offer: templates, operators of the office, every
 * office and category (to transfer or reclassify to). "Prendi in carico"
 * only while nobody holds the case. */
static int choices(struct req *r, const struct bo_scope *scope, const struct bo_case_row *c)
{
	struct db_rows tpls, ops, offices, cats;
	const struct bo_scope every = { .all = 1 };
	if (ops_list(r, OPS_TEMPLATES, scope, c->office_id, &tpls) < 0 ||
	    ops_list(r, OPS_OPERATORS, scope, c->office_id, &ops) < 0 ||
	    ops_list(r, OPS_OFFICES, &every, 0, &offices) < 0 ||
	    ops_list(r, OPS_CATEGORIES, &every, 0, &cats) < 0)
		return -1;
	view_rows(r, "Choices.Templates", &tpls);
	view_rows(r, "Choices.Operators", &ops);
	view_rows(r, "Choices.Offices", &offices);
	view_rows(r, "Choices.Categories", &cats);
	prefill(r, c, &tpls);
	ops_actions_view(r, c->status);
	if (c->operator_id)
		req_set_int(r, "Can.prendi", 0);
	return 0;
}

/* Whether the office has already written to the citizen on this case. */
static int replied(const struct db_rows *events)
{
	for (size_t i = 0; i < events->nrows; i++)
		if (strcmp(db_get(events, i, "kind"), "message") == 0 &&
		    strcmp(db_get(events, i, "author"), "staff") == 0)
			return 1;
	return 0;
}

/* Primary.action: the one next step the page offers first (the vocabulary's
 * table), if this operator may take it; the others go under "Altre azioni". */
static void primary(struct req *r, const struct bo_case_row *c, const struct db_rows *events)
{
	const char *next = case_next_action(c->status, replied(events));
	if (next && !hdf_get_int_value(r->hdf, arena_printf(r->a, "Can.%s", next), 0))
		next = hdf_get_int_value(r->hdf, "Can.rispondi", 0) ? "rispondi" : NULL;
	if (next)
		req_set(r, "Primary.action", next);
}

/* The case page with STATUS (200, or 422 with Form.* set). */
static int case_page(struct req *r, const struct bo_scope *scope, const char *code, int status)
{
	struct bo_case_row c;
	struct db_rows row, events, atts;
	int found = bo_case_get(r->db, r->a, scope, code, &c, &row);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "La pratica che cerchi non esiste.");
	if (bo_case_events(r->db, r->a, c.id, &events) < 0 ||
	    case_attachments(r->db, r->a, c.id, &atts) < 0 || case_clock_view(r, c.id) < 0 ||
	    ops_voice_view(r, c.id) < 0 ||
	    (ops_can_act(r->staff) && choices(r, scope, &c) < 0))
		return 503;
	if (ops_can_act(r->staff))
		primary(r, &c, &events);
	ops_view_row(r, "Case", &row, 0);
	view_text(r, "Case.Description", c.description);
	req_set(r, "Case.outcome_label", case_outcome_label(c.outcome_kind));
	req_set(r, "Case.person", ops_person(&c));
	ops_view_rows(r, "Events", &events);
	view_rows(r, "Attachments", &atts);
	if (req_param(r, "fatto"))
		req_set(r, "Case.saved", "1");
	return ops_page(r, arena_printf(r->a, "Pratica %s", case_code_display(r->a, code)),
			arena_printf(r->a, "/admin/pratiche/%s", code), "admin/pratica.cs", status);
}

int bo_pratica_show(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	return case_page(r, &scope, req_arg(r, 0), 200);
}

/* POST /admin/pratiche/:code/azione: the action (ops_action.c), then back
 * to the timeline; a 422 shows the page again with what was typed. */
int bo_pratica_action(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	const char *code = req_arg(r, 0), *name = req_form(r, "azione");
	int st = ops_act(r, &scope, code, name);
	if (st == 422)
		return case_page(r, &scope, code, 422);
	if (st)
		return st;
	/* a transferred case has left the operator's offices: back to the queue */
	if (strcmp(name, "trasferisci") == 0)
		return req_redirect(r, 303, "/admin/pratiche?trasferita=1");
	return req_redirect(r, 303, arena_printf(r->a, "/admin/pratiche/%s?fatto=1#cronologia", code));
}

/* ?miniatura=1 for the thumbnail; PDFs are downloaded, never shown inline. */
int bo_pratica_allegato(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	const char *id = req_arg(r, 1);
	struct bo_attachment att;
	if (strspn(id, "0123456789") != strlen(id) || strlen(id) > 18)
		return req_error(r, 404, "L'allegato che cerchi non esiste.");
	int found = bo_case_attachment(r->db, r->a, &scope, req_arg(r, 0), atoll(id),
				       req_param(r, "miniatura") != NULL, &att);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "L'allegato che cerchi non esiste.");
	static struct buf out;   /* the worker's, reused */
	buf_reset(&out);
	buf_append(&out, att.data, att.len);
	r->body = &out;
	r->content_type = att.content_type;
	r->cache_control = "private, no-store";
	if (strcmp(r->content_type, "application/pdf") == 0)
		req_header(r, "Content-Disposition", "attachment; filename=\"documento.pdf\"");
	return 200;
}
