/* newsroom_roles.c - a persona pubblica's roles and mandates (Sindaco,
 * Assessore, Responsabile dell'ufficio...: the organ of government, the
 * office or area, from when to when), listed under the person's form, added
 * one at a time, deleted; each change audited. The person's CV is a document
 * of the person (newsroom.c, with its PDF: newsroom_files.c). */
#include "content.h"

#include <string.h>

#include "admin/admin.h"
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

/* What is wrong with role V (in the order of ROLE_NCOLS), or NULL. */
static const char *role_error(const char *const v[ROLE_NCOLS])
{
	bool organ = false;
	for (size_t k = 0; organs[k]; k += 2)
		organ |= strcmp(organs[k], v[1]) == 0;
	if (!*v[0] || strlen(v[0]) > 160)
		return "«Ruolo»: obbligatorio, al massimo 160 caratteri.";
	if (!organ)
		return "«Organo di governo»: scegli una voce dell'elenco.";
	if (strlen(v[2]) > 400)
		return "«Deleghe»: al massimo 400 caratteri.";
	if (!id_or_empty(v[3]) || !id_or_empty(v[4]))
		return "«Ufficio» e «Area»: scegli una voce dell'elenco.";
	if (!content_date_ok(v[5], false))
		return "«Dal»: una data nel formato AAAA-MM-GG, per esempio 2024-06-10.";
	if (*v[6] && (!content_date_ok(v[6], false) || strcmp(v[6], v[5]) < 0))
		return "«Al»: vuoto se l'incarico è in corso, altrimenti una data nel formato "
		       "AAAA-MM-GG non prima dell'inizio.";
	return NULL;
}

/* POST /admin/persone/:id/ruoli (ruolo, organo, deleghe, ufficio, area, dal,
 * al): one role more for the person. Editors. */
int bo_persona_role_add(struct req *r)
{
	long long id = form_route_id(r, 0, false);
	if (id <= 0)
		return req_error(r, 404, "Il contenuto non esiste.");
	const char *v[ROLE_NCOLS] = {
		value(r, "ruolo"), value(r, "organo"), value(r, "deleghe"), value(r, "ufficio"),
		value(r, "area"), value(r, "dal"), value(r, "al"),
	};
	const char *why = role_error(v);
	if (why)
		return req_error(r, 422, why);
	int n = newsroom_person_role_add(r->db, id, v);
	if (n < 0 && db_errno(r->db) == 1452)
		return req_error(r, 422, "«Ufficio» e «Area»: scegli una voce dell'elenco.");
	if (n <= 0)
		return n < 0 ? 503 : req_error(r, 404, "Il contenuto non esiste.");
	const char *person = arena_printf(r->a, "%lld", id);
	admin_audit(r, r->staff, "person-role-add", "person", person, NULL,
		    arena_printf(r->a, "{\"role_id\":\"%llu\"}", db_insert_id(r->db)));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/persone/%s?esito=ruolo", person));
}

/* POST /admin/persone/:id/ruoli/:role: the role deleted. Editors. */
int bo_persona_role_delete(struct req *r)
{
	static const struct newsroom_sub roles = {
		"persone", "person", "person-role-delete", "role_id", "ruolo-eliminato",
		"Il ruolo non esiste.", newsroom_person_role_delete,
	};
	return newsroom_sub_delete(r, &roles);
}
