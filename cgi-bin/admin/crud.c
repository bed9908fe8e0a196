/* crud.c - see crud.h. */
#include "crud.h"

#include <string.h>

#include "admin/admin.h"
#include "admin/form_diff.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"
#include "store/revision_members_store.h"

struct crud_item {
	struct req *r;
	const struct crud_kind *k;
	long long id;                   /* 0: new */
	long long restore;              /* the revision restored, whose rows come back too */
	struct db_rows row, options[CRUD_MAX_OPTIONS];
	struct form f;
};

/* The item of the URL, its form with its options: 0 or the status. */
static int load(struct crud_item *it, struct req *r, const struct crud_kind *k)
{
	memset(it, 0, sizeof(*it));
	it->r = r;
	it->k = k;
	if ((it->id = form_route_id(r, 0, !k->fixed)) < 0)
		return req_error(r, 404, k->missing);
	if (it->id && k->get(r->db, r->a, it->id, &it->row) < 0)
		return 503;
	if (it->id && it->row.nrows != 1)
		return req_error(r, 404, k->missing);
	form_init(&it->f, r, k->fields, k->nfields);
	for (size_t i = 0; i < CRUD_MAX_OPTIONS && k->options[i].field; i++) {
		if (k->options[i].rows(r->db, r->a, &it->options[i]) < 0)
			return 503;
		form_options(&it->f, k->options[i].field, &it->options[i], "name");
	}
	return 0;
}

/* The name of the item in its titles. */
static const char *item_name(const struct crud_item *it)
{
	const struct crud_kind *k = it->k;
	return db_get(&it->row, 0, k->name_col ? k->name_col : k->fields[0].name);
}

static int show(struct crud_item *it, int status)
{
	struct req *r = it->r;
	const struct crud_kind *k = it->k;
	const char *title = k->new_title;
	if (it->id) {
		title = arena_printf(r->a, "Modifica %s: %s", k->noun,
				     item_name(it));
		/* on the portal unless the kind has a publication and it is off */
		const char *pub = db_get_opt(&it->row, 0, "published");
		if (k->portal && (!pub || strcmp(pub, "0")))
			req_set(r, "Item.url", arena_printf(r->a, "%s%s", k->portal,
							   db_get(&it->row, 0, "slug")));
	}
	form_show(&it->f);
	req_set(r, "Item.action", arena_printf(r->a, "/admin/%s/%s", k->path, req_arg(r, 0)));
	req_set(r, "Item.back", k->crumb_url);
	req_set(r, "Item.noun", k->noun);
	req_set_int(r, "Item.previewable", k->preview);
	if (it->id && k->revisions)
		req_set(r, "Item.revisions", arena_printf(r->a, "/admin/%s/%lld/revisioni", k->path,
							  it->id));
	if (it->id && k->preview)
		req_set(r, "Item.preview", arena_printf(r->a, "/admin/%s/%lld/anteprima", k->path,
							it->id));
	admin_frame(r, title, r->path, k->crumb, k->crumb_url, k->tpl);
	req_set(r, "Page.Css", "admin.css");   /* the save bar, the index, the previews */
	if (k->notice)
		k->notice(r);
	return status;
}

int crud_form(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	if (it.id)
		form_from_row(&it.f, &it.row);
	else if (k->defaults)
		k->defaults(&it.f);
	return show(&it, 200);
}

/* In the save's transaction: a restored revision's rows, the kind's hook, the revision. */
static int after_save(void *ctx, long long id)
{
	struct crud_item *it = ctx;
	const struct crud_kind *k = it->k;
	/* the rows first: the hook indexes them too (a person's roles) */
	if (it->restore && revision_members_restore(it->r->db, k->type, id, it->restore) < 0)
		return -1;
	if (k->after_save && k->after_save(it->r, id, &it->f) < 0)
		return -1;
	return k->revisions ? content_kind_revision_add(it->r->db, k->type, id, it->r->staff->id,
							 form_json(&it->f))
			    : 0;
}

/* The values in the store's order, saved: 0, 1 when the slug is taken, -1. */
static int store(struct crud_item *it)
{
	const struct crud_kind *k = it->k;
	const char *v[FORM_MAX_FIELDS];
	for (size_t i = 0; i < k->nfields; i++)
		v[i] = form_get(&it->f, k->columns[i]);
	return content_item_save(it->r->db, k->save, &it->id, v,
				 k->after_save || k->revisions ? after_save : NULL, it);
}

/* The item as it is now, as JSON (NULL for a new one). */
static const char *current_json(struct crud_item *it)
{
	if (!it->id)
		return NULL;
	struct form old = it->f;
	form_from_row(&old, &it->row);
	return form_json(&old);
}

/* The form's values checked, saved, audited as TYPE-ACTION (ACTION NULL:
 * create or update): the redirect, or the form again. */
static int save(struct crud_item *it, const char *before, const char *action)
{
	struct req *r = it->r;
	const struct crud_kind *k = it->k;
	form_check(&it->f);
	if (k->check)
		k->check(&it->f);
	if (it->f.errors)
		return show(it, 422);
	bool created = !it->id;
	int st = store(it);
	if (st) {
		if (st < 0)
			return 503;
		it->id = created ? 0 : it->id;
		form_error(&it->f, "slug", k->taken);
		return show(it, 422);
	}
	const char *id = arena_printf(r->a, "%lld", it->id);
	action = action ? action : created ? "create" : "update";
	admin_audit(r, r->staff, arena_printf(r->a, "%s-%s", k->type, action), k->type, id, before,
		    form_json(&it->f));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/%s/%s?esito=salvato", k->path, id));
}

int crud_save(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	const char *before = current_json(&it);
	form_from_request(&it.f);
	if (form_preview_requested(r))
		return show(&it, 200);
	return save(&it, before, NULL);
}

/* An existing item of a kind with revisions: 0 or the status. */
static int load_existing(struct crud_item *it, struct req *r, const struct crud_kind *k)
{
	int st = load(it, r, k);
	if (st)
		return st;
	return !k->revisions || !it->id ? req_error(r, 404, k->missing) : 0;
}

/* The item's newest revision: its content now (on the portal unless its
 * publication is off). Its id, 0 for none, -1 on a database error. */
static long long current_revision(struct crud_item *it)
{
	struct db_rows revs;
	if (content_kind_revisions(it->r->db, it->r->a, it->k->type, it->id, &revs) < 0)
		return -1;
	return revs.nrows ? db_get_ll(&revs, 0, "id") : 0;
}

/* Item.online: the item's content is on the portal (no publication, or on). */
static void set_online(struct crud_item *it)
{
	const char *pub = db_get_opt(&it->row, 0, "published");
	req_set_int(it->r, "Item.online", !pub || strcmp(pub, "0"));
}

int crud_revisions(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	struct db_rows revs;
	int st = load_existing(&it, r, k);
	if (st)
		return st;
	if (content_kind_revisions(r->db, r->a, k->type, it.id, &revs) < 0)
		return 503;
	view_rows(r, "Revisions", &revs);
	set_online(&it);
	const char *name = item_name(&it), *base =
		arena_printf(r->a, "/admin/%s/%lld", k->path, it.id);
	req_set(r, "Item.base", base);
	req_set(r, "Item.name", name);
	admin_frame(r, arena_printf(r->a, "Revisioni: %s", name), r->path, k->crumb, k->crumb_url,
		    "admin/revisioni_elenco.cs");
	return 200;
}

/* Revision route argument 1 of the item into REV: 0 or the status. */
static int load_revision(struct crud_item *it, struct db_rows *rev)
{
	struct req *r = it->r;
	long long n = form_route_id(r, 1, false);
	if (n <= 0)
		return req_error(r, 404, "La revisione non esiste.");
	if (content_kind_revision(r->db, r->a, it->k->type, it->id, n, rev) < 0)
		return 503;
	return rev->nrows == 1 ? 0 : req_error(r, 404, "La revisione non esiste.");
}

/* F: the form of the item with SNAPSHOT's values (NULL: every field empty). */
static int snapshot_form(struct crud_item *it, struct form *f, const char *snapshot)
{
	*f = it->f;     /* the fields and their options */
	for (size_t i = 0; i < f->n; i++)
		f->v[i] = "";
	return snapshot && form_from_json(f, snapshot) < 0 ? -1 : 0;
}

/* Is ID one of the comma-separated SET? */
static bool in_set(const char *set, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = set; *p;) {
		size_t len = strcspn(p, ",");
		if (len == n && strncmp(p, id, n) == 0)
			return true;
		p += len + (p[len] == ',');
	}
	return false;
}

/* Diff.Members.N: the rows under the item (a kind with a member noun) that
 * revision NEW has and OLD has not ("allegato aggiunto: ...") and the
 * reverse; OLD without a row: NEW is the first revision. Nothing when a
 * revision recorded none (saved before sql/230). 0 or -1. */
static int members_diff(struct crud_item *it, const struct db_rows *new, const struct db_rows *old)
{
	struct req *r = it->r;
	const char *is = db_get_opt(new, 0, "members");
	const char *was = old->nrows ? db_get_opt(old, 0, "members") : "";
	struct db_rows rows;
	if (!it->k->member_noun || !is || !was)
		return 0;
	if (revision_members(r->db, r->a, it->k->type, it->id, &rows) < 0)
		return -1;
	req_set(r, "Diff.members_title", it->k->member_title);
	for (size_t i = 0, n = 0; i < rows.nrows; i++) {
		bool now = in_set(is, db_get(&rows, i, "id")), then = in_set(was, db_get(&rows, i, "id"));
		if (now != then)
			req_set(r, arena_printf(r->a, "Diff.Members.%zu", n++),
				arena_printf(r->a, "%s %s: %s", it->k->member_noun,
					     now ? "aggiunto" : "rimosso", db_get(&rows, i, "name")));
	}
	return 0;
}

int crud_revision(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	struct db_rows rev, prev;
	struct form old, new;
	int st = load_existing(&it, r, k);
	if (st || (st = load_revision(&it, &rev)))
		return st;
	if (content_kind_revision_before(r->db, r->a, k->type, it.id, db_get_ll(&rev, 0, "id"),
					 &prev) < 0)
		return 503;
	if (snapshot_form(&it, &new, db_get(&rev, 0, "snapshot")) < 0 ||
	    snapshot_form(&it, &old, prev.nrows ? db_get(&prev, 0, "snapshot") : NULL) < 0)
		return 500;
	if (prev.nrows)
		view_row(r, "Compare", &prev, 0);
	view_row(r, "Revision", &rev, 0);
	long long current = current_revision(&it);
	if (current < 0)
		return 503;
	req_set_int(r, "Revision.live", current == db_get_ll(&rev, 0, "id"));
	set_online(&it);
	form_diff(r, &old, &new);
	if (members_diff(&it, &rev, &prev) < 0)
		return 503;
	const char *name = item_name(&it);
	req_set(r, "Item.base", arena_printf(r->a, "/admin/%s/%lld", k->path, it.id));
	req_set(r, "Item.name", name);
	admin_frame(r, arena_printf(r->a, "Revisione %s", db_get(&rev, 0, "id")), r->path,
		    k->crumb, k->crumb_url, "admin/revisioni_diff.cs");
	return 200;
}

int crud_restore(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	struct db_rows rev;
	int st = load_existing(&it, r, k);
	if (st || (st = load_revision(&it, &rev)))
		return st;
	long long current = current_revision(&it);
	if (current < 0)
		return 503;
	if (current == db_get_ll(&rev, 0, "id"))
		return req_error(r, 409, "È la versione attuale: non c'è nulla da ripristinare.");
	const char *before = current_json(&it);
	form_from_row(&it.f, &it.row);
	const char *published = form_get(&it.f, "published");
	if (form_from_json(&it.f, db_get(&rev, 0, "snapshot")) < 0)
		return 500;
	if (form_index(&it.f, "published") >= 0)
		form_set(&it.f, "published", published);
	it.restore = db_get_ll(&rev, 0, "id");
	return save(&it, before, "restore");
}

/* The work of crud_members_change(), in its transaction. */
struct members_change {
	struct crud_item *it;
	const char *json;               /* the item's form as it is */
	bool first;                     /* no revision yet: one of the item before the change */
	int (*change)(struct req *r, void *ctx);
	void *ctx;
	int done;
};

static int members_work(void *ctx)
{
	struct members_change *m = ctx;
	struct req *r = m->it->r;
	const char *type = m->it->k->type;
	long long staff = r->staff->id;
	if (m->first && content_kind_revision_add(r->db, type, m->it->id, staff, m->json) < 0)
		return -1;
	if ((m->done = m->change(r, m->ctx)) <= 0)
		return -1;
	return content_kind_revision_add(r->db, type, m->it->id, staff, m->json);
}

int crud_members_change(struct req *r, const struct crud_kind *k,
			int (*change)(struct req *r, void *ctx), void *ctx)
{
	struct crud_item it;
	int st = load(&it, r, k);
	if (st)
		return st == 503 ? -1 : 0;
	if (!it.id)
		return 0;
	long long current = current_revision(&it);
	if (current < 0)
		return -1;
	form_from_row(&it.f, &it.row);
	struct members_change m = { &it, form_json(&it.f), current == 0, change, ctx, 0 };
	int rc = content_transaction(r->db, members_work, &m);
	return rc == 0 ? m.done : m.done == 0 ? 0 : -1;
}
