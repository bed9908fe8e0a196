/* content_revisions.c - the revisions of a service: the list, one revision
 * with what changed since the one before it (or since ?con=N), field by
 * field as a word diff (admin/form_diff.c), and its restore as a
 * new draft. */
#include "content.h"

#include <stdlib.h>
#include <string.h>

#include "admin/form_diff.h"
#include "content_service.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"

/* The newest published revision among REVS (newest first) of a published service. */
static long long live_of(const struct svc *c, const struct db_rows *revs)
{
	if (!atoi(svc_live(c, "published")))
		return 0;
	for (size_t i = 0; i < revs->nrows; i++)
		if (strcmp(db_get(revs, i, "state"), "published") == 0)
			return db_get_ll(revs, i, "id");
	return 0;
}

long long svc_live_revision(struct svc *c)
{
	struct db_rows revs;
	if (content_revisions(c->r->db, c->r->a, c->id, &revs) < 0)
		return -1;
	return live_of(c, &revs);
}

int bo_servizio_revisions(struct req *r)
{
	struct svc c;
	struct db_rows revs;
	int st = svc_load(&c, r, false);
	if (st)
		return st;
	if (content_revisions(r->db, r->a, c.id, &revs) < 0)
		return 503;
	long long live = live_of(&c, &revs);
	for (size_t i = 0; i < revs.nrows; i++) {
		const char *base = arena_printf(r->a, "Revisions.%zu", i);
		static const char *const shown[] = { "id", "at", "state", "author" };
		for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
			req_set(r, arena_printf(r->a, "%s.%s", base, shown[k]),
				db_get(&revs, i, shown[k]));
		req_set_int(r, arena_printf(r->a, "%s.live", base), db_get_ll(&revs, i, "id") == live);
	}
	svc_page(&c, "Revisioni", "admin/revisioni.cs");
	return 200;
}

/* Revision route argument 1 of C into F; its row in ROW: 0 or a status. */
static int load_revision(struct svc *c, struct form *f, struct db_rows *row)
{
	long long rev = form_route_id(c->r, 1, false);
	if (rev < 0)
		return 404;
	if (content_revision(c->r->db, c->r->a, c->id, rev, row) < 0)
		return 503;
	if (row->nrows != 1)
		return req_error(c->r, 404, "La revisione non esiste.");
	svc_form(c, f);
	return svc_snapshot(c, f, db_get(row, 0, "snapshot")) < 0 ? 500 : 0;
}

/* GET /admin/servizi/:id/revisioni/:rev[?con=N]: what REV changed since the
 * revision before it, or since revision N. */
int bo_servizio_revision(struct req *r)
{
	struct svc c;
	struct form old;
	struct db_rows row, other;
	int st = svc_load(&c, r, false);
	if (st || (st = load_revision(&c, &c.f, &row)))
		return st;
	long long with = form_param_id(r, "con");
	if (req_param(r, "con") && with < 0)
		return req_error(r, 400, "La revisione da confrontare non è valida.");
	if ((with >= 0 ? content_revision(r->db, r->a, c.id, with, &other)
		       : content_revision_before(r->db, r->a, c.id, db_get_ll(&row, 0, "id"),
						 &other)) < 0)
		return 503;
	if (with >= 0 && other.nrows != 1)
		return req_error(r, 404, "La revisione da confrontare non esiste.");
	svc_form(&c, &old);
	if (other.nrows) {
		if (svc_snapshot(&c, &old, db_get(&other, 0, "snapshot")) < 0)
			return 500;
		view_row(r, "Compare", &other, 0);
	}
	view_row(r, "Revision", &row, 0);
	long long live = svc_live_revision(&c);
	if (live < 0)
		return 503;
	req_set_int(r, "Revision.live", live == db_get_ll(&row, 0, "id"));
	form_diff(r, &old, &c.f);
	req_set(r, "Item.base", svc_base(&c));
	req_set(r, "Item.name", svc_live(&c, "title"));
	req_set_int(r, "Item.drafts", 1);
	svc_page(&c, arena_printf(r->a, "Revisione %s", db_get(&row, 0, "id")),
		 "admin/revisioni_diff.cs");
	return 200;
}

/* POST /admin/servizi/:id/revisioni/:rev: a new draft with REV's content
 * (azione=ripristina), published at once with azione=pubblica; 409 for the
 * revision the portal shows now. */
int bo_servizio_restore(struct req *r)
{
	struct svc c;
	struct db_rows row;
	int st = svc_load(&c, r, false);
	if (st || (st = load_revision(&c, &c.f, &row)))
		return st;
	long long live = svc_live_revision(&c);
	if (live < 0)
		return 503;
	if (live == db_get_ll(&row, 0, "id"))
		return req_error(r, 409, "È la versione in linea: non c'è nulla da ripristinare.");
	const char *action = req_form(r, "azione");
	return svc_store(&c, action && strcmp(action, "pubblica") == 0, "service-restore",
			 "ripristinato");
}
