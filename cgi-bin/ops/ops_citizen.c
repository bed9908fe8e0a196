/* ops_citizen.c - GET /admin/cittadini?cf=: the citizen's 360° view, by
 * fiscal code: who they are, every case (in the operator's offices; every
 * office for managers and admins), every message and status change of those
 * cases, and the channels they used. */
#include "ops.h"
#include "ops_internal.h"
#include "admin/admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/bo_case_store.h"

static int page(struct req *r, int status)
{
	return ops_page(r, "Cittadino: vista d'insieme", "/admin/cittadini", "admin/cittadino.cs",
			status);
}

static int history(struct req *r, const struct bo_scope *scope, long long id)
{
	struct db_rows cases, events, channels;
	struct bo_filter f = { .status = "tutte", .category = "", .office = "", .channel = "",
			       .sort = "", .citizen_id = id, .limit = 500 };
	if (bo_cases_list(r->db, r->a, scope, &f, &cases) < 0 ||
	    bo_citizen_events(r->db, r->a, scope, id, &events) < 0 ||
	    bo_citizen_channels(r->db, r->a, scope, id, &channels) < 0)
		return -1;
	ops_view_rows(r, "Cases", &cases);
	ops_view_rows(r, "Events", &events);
	ops_view_rows(r, "Channels", &channels);
	return 0;
}

int bo_cittadini(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	const char *cf = req_param(r, "cf");
	if (!cf || !*cf)
		return page(r, 200);
	const char *up = ops_fiscal_code(r, cf);
	struct db_rows c;
	req_set(r, "Search.cf", cf);
	if (!up) {
		req_set(r, "Search.error", "Il codice fiscale deve avere 16 lettere e cifre.");
		return page(r, 400);
	}
	if (bo_citizen(r->db, r->a, up, &c) < 0)
		return 503;
	if (c.nrows != 1) {
		req_set(r, "Search.error", "Nessun cittadino con questo codice fiscale ha mai usato il portale.");
		return page(r, 404);
	}
	view_row(r, "Citizen", &c, 0);
	req_set(r, "Citizen.last_login", ops_when(r, db_get(&c, 0, "last_login_at")));
	if (history(r, &scope, db_get_ll(&c, 0, "id")) < 0)
		return 503;
	return page(r, 200);
}
