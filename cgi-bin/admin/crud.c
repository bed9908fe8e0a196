/* crud.c - see crud.h. */
#include "crud.h"

#include <string.h>

#include "admin/admin.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"

struct crud_item {
	struct req *r;
	const struct crud_kind *k;
	long long id;                   /* 0: new */
	struct db_rows row, options[CRUD_MAX_OPTIONS];
	struct form f;
};

/* The item of the URL, its form with its options: 0 or the status. */
static int load(struct crud_item *it, struct req *r, const struct crud_kind *k)
{
	memset(it, 0, sizeof(*it));
	it->r = r;
	it->k = k;
	if ((it->id = form_route_id(r, 0, true)) < 0)
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

static int show(struct crud_item *it, int status)
{
	struct req *r = it->r;
	const struct crud_kind *k = it->k;
	const char *title = k->new_title;
	if (it->id) {
		title = arena_printf(r->a, "Modifica %s: %s", k->noun,
				     db_get(&it->row, 0, k->fields[0].name));
		if (k->portal)
			req_set(r, "Item.url", arena_printf(r->a, "%s%s", k->portal,
							   db_get(&it->row, 0, "slug")));
	}
	form_show(&it->f);
	req_set(r, "Item.action", arena_printf(r->a, "/admin/%s/%s", k->path, req_arg(r, 0)));
	req_set(r, "Item.back", k->crumb_url);
	req_set(r, "Item.noun", k->noun);
	req_set_int(r, "Item.previewable", k->preview);
	if (it->id && k->preview)
		req_set(r, "Item.preview", arena_printf(r->a, "/admin/%s/%lld/anteprima", k->path,
							it->id));
	admin_frame(r, title, r->path, k->crumb, k->crumb_url, k->tpl);
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

static int after_save(void *ctx, long long id)
{
	struct crud_item *it = ctx;
	return it->k->after_save(it->r, id, &it->f);
}

/* The values in the store's order, saved: 0, 1 when the slug is taken, -1. */
static int store(struct crud_item *it)
{
	const struct crud_kind *k = it->k;
	const char *v[FORM_MAX_FIELDS];
	for (size_t i = 0; i < k->nfields; i++)
		v[i] = form_get(&it->f, k->columns[i]);
	return content_item_save(it->r->db, k->save, &it->id, v,
				 k->after_save ? after_save : NULL, it);
}

int crud_save(struct req *r, const struct crud_kind *k)
{
	struct crud_item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	const char *before = NULL;
	if (it.id) {
		struct form old = it.f;
		form_from_row(&old, &it.row);
		before = form_json(&old);
	}
	form_from_request(&it.f);
	form_check(&it.f);
	if (k->check)
		k->check(&it.f);
	if (it.f.errors)
		return show(&it, 422);
	bool created = !it.id;
	if ((st = store(&it)) != 0) {
		if (st < 0)
			return 503;
		it.id = created ? 0 : it.id;
		form_error(&it.f, "slug", k->taken);
		return show(&it, 422);
	}
	const char *id = arena_printf(r->a, "%lld", it.id);
	admin_audit(r, r->staff, arena_printf(r->a, "%s-%s", k->type, created ? "create" : "update"),
		    k->type, id, before, form_json(&it.f));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/%s/%s?esito=salvato", k->path, id));
}
