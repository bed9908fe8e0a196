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

#define MAX_CASES 500
#define MAX_CHANNELS 8

/* How many of CASES came by each channel of the vocabulary (N: its order,
 * the schema's ENUM's): 0, or -1 for a channel it does not know. */
static int count_channels(const struct db_rows *cases, int *n)
{
	for (size_t i = 0; i < cases->nrows; i++) {
		const char *ch = db_get(cases, i, "channel");
		size_t j = 0;
		while (j < case_nchannels && strcmp(case_channels[j].key, ch))
			j++;
		if (j == case_nchannels)
			return -1;
		n[j]++;
	}
	return 0;
}

/* Channels.N.{channel, channel_label, cases}, the most used first (a tie in
 * the ENUM's order, as SQL sorts it), counted over CASES when the list holds
 * every case of the citizen in scope (under its limit: a statement less),
 * else by the store. */
static int channels_view(struct req *r, const struct bo_scope *scope, long long id,
			 const struct db_rows *cases)
{
	int n[MAX_CHANNELS] = { 0 }, out = 0;
	struct db_rows rows;
	if (cases->nrows >= MAX_CASES || case_nchannels > MAX_CHANNELS ||
	    count_channels(cases, n) < 0) {
		if (bo_citizen_channels(r->db, r->a, scope, id, &rows) < 0)
			return -1;
		ops_view_rows(r, "Channels", &rows);
		return 0;
	}
	for (;;) {
		size_t best = 0;
		for (size_t j = 1; j < case_nchannels; j++)
			best = n[j] > n[best] ? j : best;
		if (!n[best])
			return 0;
		req_setf(r, "Channels.%d.channel=%s", out, case_channels[best].key);
		req_setf(r, "Channels.%d.channel_label=%s", out, case_channels[best].label);
		req_setf(r, "Channels.%d.cases=%d", out++, n[best]);
		n[best] = 0;
	}
}

static int history(struct req *r, const struct bo_scope *scope, long long id)
{
	struct db_rows cases, events;
	struct bo_filter f = { .status = "tutte", .category = "", .office = "", .channel = "",
			       .sort = "", .citizen_id = id, .limit = MAX_CASES };
	if (bo_cases_list(r->db, r->a, scope, &f, &cases) < 0 ||
	    bo_citizen_events(r->db, r->a, scope, id, &events) < 0 ||
	    channels_view(r, scope, id, &cases) < 0)
		return -1;
	ops_case_rows(r, "Cases", &cases);
	ops_view_rows(r, "Events", &events);
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
