/* newsroom_roles.c - a persona pubblica's roles and mandates (Sindaco,
 * Assessore, Responsabile dell'ufficio...: the organ of government, the
 * office or area, from when to when), listed under the person's form, added
 * one at a time, deleted; each change audited. The person's CV is a document
 * of the person (newsroom.c, with its PDF: newsroom_files.c). */
#include "content.h"

#include <string.h>

#include "admin/admin.h"
#include "admin/crud.h"
#include "admin/form.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"
#include "store/newsroom_store.h"

static const char *const organs[] = {
	"", "Nessuno", "sindaco", "Sindaco", "giunta", "Giunta comunale", "consiglio",
	"Consiglio comunale", NULL,
};

/* PREFIX.N.{id,name} of ROWS. */
static void options(struct req *r, const char *prefix, const struct db_rows *rows)
{
	for (size_t i = 0; i < rows->nrows; i++) {
		req_set(r, arena_printf(r->a, "%s.%zu.id", prefix, i), db_get(rows, i, "id"));
		req_set(r, arena_printf(r->a, "%s.%zu.name", prefix, i), db_get(rows, i, "name"));
	}
}

int newsroom_roles_view(struct req *r, int status)
{
	long long id = form_route_id(r, 0, true);
	struct db_rows roles, offices, areas;
	if (id <= 0)
		return status;
	if (newsroom_person_roles(r->db, r->a, id, &roles) < 0 ||
	    content_offices(r->db, r->a, &offices) < 0 ||
	    newsroom_area_options(r->db, r->a, &areas) < 0)
		return 503;
	view_rows(r, "Item.Roles", &roles);
	for (size_t i = 0; i < roles.nrows; i++)
		for (size_t k = 0; organs[k]; k += 2)
			if (strcmp(organs[k], db_get(&roles, i, "organ")) == 0)
				req_set(r, arena_printf(r->a, "Item.Roles.%zu.organ_label", i),
					organs[k + 1]);
	options(r, "Item.RoleOffices", &offices);
	options(r, "Item.RoleAreas", &areas);
	for (size_t k = 0; organs[k]; k += 2) {
		req_set(r, arena_printf(r->a, "Item.Organs.%zu.value", k / 2), organs[k]);
		req_set(r, arena_printf(r->a, "Item.Organs.%zu.label", k / 2), organs[k + 1]);
	}
	req_set(r, "Item.roles_action", arena_printf(r->a, "/admin/persone/%lld/ruoli", id));
	return status;
}

/* The form's value NAME, "" when absent. */
static const char *value(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	return v ? v : "";
}

static bool id_or_empty(const char *v)
{
	size_t n = strlen(v);
	return n == 0 || (n <= 10 && strspn(v, "0123456789") == n && v[0] != '0');
}

/* The form's names of a role's values, in the order of ROLE_NCOLS. */
static const char *const names[ROLE_NCOLS] = {
	"ruolo", "organo", "deleghe", "ufficio", "area", "dal", "al",
};

/* What is wrong with role V (in the order of ROLE_NCOLS), each into E. */
static void role_errors(struct sub_errors *e, const char *const v[ROLE_NCOLS])
{
	bool organ = false;
	for (size_t k = 0; organs[k]; k += 2)
		organ |= strcmp(organs[k], v[1]) == 0;
	if (!*v[0] || strlen(v[0]) > 160)
		newsroom_sub_error(e, "ruolo", "«Ruolo»: obbligatorio, al massimo 160 caratteri.");
	if (!organ)
		newsroom_sub_error(e, "organo", "«Organo di governo»: scegli una voce dell'elenco.");
	if (strlen(v[2]) > 400)
		newsroom_sub_error(e, "deleghe", "«Deleghe»: al massimo 400 caratteri.");
	if (!id_or_empty(v[3]))
		newsroom_sub_error(e, "ufficio", "«Ufficio»: scegli una voce dell'elenco.");
	if (!id_or_empty(v[4]))
		newsroom_sub_error(e, "area", "«Area amministrativa»: scegli una voce dell'elenco.");
	if (!content_date_ok(v[5], false))
		newsroom_sub_error(e, "dal", "«Dal»: una data nel formato AAAA-MM-GG, per esempio "
					     "2024-06-10.");
	if (*v[6] && (!content_date_ok(v[6], false) || strcmp(v[6], v[5]) < 0))
		newsroom_sub_error(e, "al", "«Al»: vuoto se l'incarico è in corso, altrimenti una "
					    "data nel formato AAAA-MM-GG non prima dell'inizio.");
}

/* The person's form again with E's messages and the role typed, V: 422. */
static int role_refused(struct sub_errors *e, const char *const v[ROLE_NCOLS])
{
	for (size_t i = 0; i < ROLE_NCOLS; i++)
		req_set(e->r, arena_printf(e->r->a, "Sub.values.%s", names[i]), v[i]);
	return newsroom_sub_refused(e, bo_persona_form);
}

/* One role more: crud_members_change()'s change; ROLE_ID the new row, ERR
 * the database's error number on a failure. */
struct role_add_op {
	long long id;
	const char *const *v;
	unsigned long long role_id;
	unsigned err;
};

static int role_add_op(struct req *r, void *ctx)
{
	struct role_add_op *o = ctx;
	int n = newsroom_person_role_add(r->db, o->id, o->v);
	o->role_id = db_insert_id(r->db);
	o->err = n < 0 ? db_errno(r->db) : 0;
	return n;
}

/* POST /admin/persone/:id/ruoli (ruolo, organo, deleghe, ufficio, area, dal,
 * al): one role more for the person; refused, the form again with the
 * messages. Editors. */
int bo_persona_role_add(struct req *r)
{
	long long id = form_route_id(r, 0, false);
	if (id <= 0)
		return req_error(r, 404, "Il contenuto non esiste.");
	const char *v[ROLE_NCOLS];
	for (size_t i = 0; i < ROLE_NCOLS; i++)
		v[i] = value(r, names[i]);
	struct sub_errors e = { r, "r-", 0 };
	role_errors(&e, v);
	if (e.n)
		return role_refused(&e, v);
	struct role_add_op op = { id, v, 0, 0 };
	int n = crud_members_change(r, &newsroom_person_kind, role_add_op, &op);
	if (n < 0 && op.err == 1452) {
		newsroom_sub_error(&e, *v[3] ? "ufficio" : "area",
				   "«Ufficio» e «Area»: scegli una voce dell'elenco.");
		return role_refused(&e, v);
	}
	if (n <= 0)
		return n < 0 ? 503 : req_error(r, 404, "Il contenuto non esiste.");
	const char *person = arena_printf(r->a, "%lld", id);
	admin_audit(r, r->staff, "person-role-add", "person", person, NULL,
		    arena_printf(r->a, "{\"role_id\":\"%llu\"}", op.role_id));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/persone/%s?esito=ruolo", person));
}

/* POST /admin/persone/:id/ruoli/:role: the role deleted. Editors. */
int bo_persona_role_delete(struct req *r)
{
	static const struct newsroom_sub roles = {
		"persone", "person", "person-role-delete", "role_id", "ruolo-eliminato",
		"Il ruolo non esiste.", newsroom_person_role_delete, &newsroom_person_kind,
	};
	return newsroom_sub_delete(r, &roles);
}
