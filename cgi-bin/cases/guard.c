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

int cases_guard(struct req *r, struct session *s, int check_csrf)
{
	if (sess_load(r, s) < 0)
		return 503;
	int level = app_conf_int(r->app, "Cases.MinLevel", 2);
	if (!s->valid || s->level < level) {
		if (strcmp(r->method, "GET") && strcmp(r->method, "HEAD"))
			return req_error(r, 403, "La sessione è scaduta: accedi di nuovo e ripeti "
						 "l'operazione.");
		const char *uri = req_env(r, "REQUEST_URI");
		char *next = arena_strdup(r->a, uri ? uri : r->path);
		size_t n = strlen(next);
		char *esc = arena_alloc(r->a, n * 3 + 1), *o = esc;
		for (size_t i = 0; i < n; i++) {   /* next= as a query value */
			unsigned char c = (unsigned char)next[i];
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			    strchr("-._~/", c))
				*o++ = (char)c;
			else
				o += snprintf(o, 4, "%%%02X", c);
		}
		*o = '\0';
		req_header(r, "Location", arena_printf(r->a, "/auth/login?level=%d&next=%s", level, esc));
		r->cache_control = "no-store";
		return 302;
	}
	sess_view(r, s);
	r->cache_control = "no-store";
	if (check_csrf && !sess_csrf_ok(r, s))
		return req_error(r, 403, "Il modulo è scaduto o non è valido: ricarica la pagina e "
					 "riprova.");
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

const char *cases_status_label(const char *st)
{
	static const char *const map[][2] = {
		{ "draft", "Bozza" }, { "received", "Ricevuta" }, { "in_charge", "Presa in carico" },
		{ "in_progress", "In lavorazione" }, { "waiting_citizen", "In attesa di tue informazioni" },
		{ "closed", "Chiusa" }, { "rejected", "Respinta" }, { "withdrawn", "Ritirata" },
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (st && strcmp(map[i][0], st) == 0)
			return map[i][1];
	return st ? st : "";
}

const char *cases_type_label(const char *t)
{
	if (t && strcmp(t, "reclamo") == 0)
		return "Reclamo";
	if (t && strcmp(t, "assistenza") == 0)
		return "Richiesta di assistenza";
	return "Segnalazione";
}

void cases_view(struct req *r, const struct db_rows *c)
{
	view_row(r, "Case", c, 0);
	int st = view_col(c, "status"), ty = view_col(c, "case_type");
	req_set(r, "Case.status_label", cases_status_label(db_cell(c, 0, (size_t)st)));
	req_set(r, "Case.type_label", cases_type_label(db_cell(c, 0, (size_t)ty)));
	const char *code = db_cell(c, 0, (size_t)view_col(c, "code"));
	req_set(r, "Case.code_display", arena_printf(r->a, "%.4s-%.4s-%.4s", code, code + 4, code + 8));
	const char *sub = db_cell(c, 0, (size_t)view_col(c, "submitted_at"));
	req_set(r, "Case.submitted", sub ? view_date(r, sub) : "");
	const char *due = db_cell(c, 0, (size_t)view_col(c, "due_date"));
	req_set(r, "Case.due", due ? view_date(r, due) : "");
	view_text(r, "Case.Description", db_cell(c, 0, (size_t)view_col(c, "description")));
}
