/* guard.c - what every cases page checks first: a live session at the
 * required level (else to the login, coming back here), the CSRF token on
 * every form that changes something, and that the case is the citizen's own. */
#include "cases.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "core/query.h"
#include "store/case_store.h"
#include "vocab/case_vocab.h"

int cases_guard(struct req *r, struct session *s, int check_csrf)
{
	(void)check_csrf;   /* the pipeline checked the route's R_CITIZEN and R_CSRF */
	*s = *r->sess;
	return 0;
}

int cases_load(struct req *r, const struct session *s, const char *code, struct db_rows *rows)
{
	if (case_by_code(r->db, r->a, code, s->citizen_id, rows) < 0)
		return 503;
	if (rows->nrows != 1)
		return req_error(r, 404, "La pratica che cerchi non esiste.");
	return 0;
}

int cases_guard_case(struct req *r, struct session *s, int check_csrf, struct db_rows *c,
		     const char **code)
{
	int st = cases_guard(r, s, check_csrf);
	if (st)
		return st;
	*code = req_arg(r, 0);
	return cases_load(r, s, *code, c);
}

void cases_view(struct req *r, const struct db_rows *c)
{
	view_row(r, "Case", c, 0);
	int st = view_col(c, "status"), ty = view_col(c, "case_type");
	req_set(r, "Case.status_label", case_status_label(db_cell(c, 0, (size_t)st), FOR_CITIZEN));
	req_set(r, "Case.type_label", case_type_label(db_cell(c, 0, (size_t)ty)));
	const char *code = db_cell(c, 0, (size_t)view_col(c, "code"));
	req_set(r, "Case.code_display", case_code_display(r->a, code));
	const char *sub = db_cell(c, 0, (size_t)view_col(c, "submitted_at"));
	req_set(r, "Case.submitted", sub ? view_date(r, sub) : "");
	const char *due = db_cell(c, 0, (size_t)view_col(c, "due_date"));
	req_set(r, "Case.due", due ? view_date(r, due) : "");
	view_text(r, "Case.Description", db_cell(c, 0, (size_t)view_col(c, "description")));
}
