/* routing.c - where the citizens' cases go (administrators only): the case
 * categories (type, office, answer time, active, order), the areas (hamlets
 * and districts) and the routes that send a category's cases in an area to
 * another office than the category's own. Every change is audited with the
 * item before and after as JSON. Categories and areas use the form engine of
 * admin/crud.c. */
#include "setup.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/crud.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"
#include "store/setup_store.h"

static const char *const TYPES[] = {
	"segnalazione", "Segnalazione", "reclamo", "Reclamo", "assistenza", "Richiesta di assistenza",
	NULL,
};

static const struct field category_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 160, true, "Categoria" },
	{ "slug", "Identificativo", "Lettere minuscole, cifre e trattini. Se lo lasci vuoto è "
	  "ricavato dal nome.", FK_SLUG, 80, true, NULL, NULL, "name" },
	{ "case_type", "Tipo di pratica", NULL, FK_CHOICE, 0, true, NULL, TYPES },
	{ "description", "Descrizione", "Una frase che aiuta il cittadino a scegliere.", FK_TEXT,
	  400, true },
	{ "office_id", "Ufficio competente", "Riceve le pratiche della categoria, salvo un "
	  "instradamento diverso per la zona.", FK_REF, 0, true },
	{ "max_days", "Tempo massimo di risposta (giorni)", "Da 1 a 365 giorni di calendario.",
	  FK_INT, 0, true },
	{ "active", "Attiva (i cittadini possono sceglierla)", NULL, FK_BOOL, 0, false },
	{ "position", "Posizione", FORM_POSITION_HELP, FK_INT, 0, false },
};
static const char *const category_columns[] = {
	"slug", "case_type", "name", "description", "office_id", "max_days", "active", "position",
};

static const struct field area_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 160, true, "Zona" },
	{ "slug", "Identificativo", "Lettere minuscole, cifre e trattini. Se lo lasci vuoto è "
	  "ricavato dal nome.", FK_SLUG, 80, true, NULL, NULL, "name" },
	{ "position", "Posizione", FORM_POSITION_HELP, FK_INT, 0, false },
};
static const char *const area_columns[] = { "slug", "name", "position" };

#define N(a) (sizeof a / sizeof *a)

static void category_defaults(struct form *f)
{
	form_set(f, "active", "1");
	form_set(f, "max_days", "30");
}

/* form_check said already when it is empty or not a number */
static void category_check(struct form *f)
{
	const char *d = form_get(f, "max_days");
	size_t n = strlen(d);
	int days = atoi(d);
	if (n && n <= 6 && strspn(d, "-0123456789") == n && (days < 1 || days > 365))
		form_error(f, "max_days", "«Tempo massimo di risposta»: da 1 a 365 giorni.");
}

#define SETUP_KIND .missing = "La voce non esiste.", \
	.taken = "Questo identificativo è già usato: scegline un altro.", .notice = setup_notice

static const struct crud_kind category = {
	.type = "case_category", .path = "categorie", .noun = "categoria",
	.new_title = "Nuova categoria", .tpl = "admin/impostazioni_modulo.cs",
	.crumb = "Categorie delle pratiche", .crumb_url = "/admin/categorie", SETUP_KIND,
	.fields = category_fields, .nfields = N(category_fields), .columns = category_columns,
	.get = setup_category_get, .save = setup_category_save,
	.options = { { "office_id", content_offices } },
	.defaults = category_defaults, .check = category_check,
};
static const struct crud_kind area = {
	.type = "area", .path = "aree", .noun = "zona", .new_title = "Nuova zona",
	.tpl = "admin/impostazioni_modulo.cs", .crumb = "Zone e instradamento", .crumb_url = "/admin/aree",
	SETUP_KIND, .fields = area_fields, .nfields = N(area_fields), .columns = area_columns,
	.get = setup_area_get, .save = setup_area_save,
};

int bo_categoria_form(struct req *r)
{
	return crud_form(r, &category);
}

int bo_categoria_save(struct req *r)
{
	return crud_save(r, &category);
}

int bo_area_form(struct req *r)
{
	return crud_form(r, &area);
}

int bo_area_save(struct req *r)
{
	return crud_save(r, &area);
}

int bo_categorie(struct req *r)
{
	struct db_rows rows;
	if (setup_categories(r->db, r->a, &rows) < 0)
		return 503;
	view_rows(r, "Categories", &rows);
	for (size_t i = 0; i < rows.nrows; i++)
		for (size_t t = 0; TYPES[t]; t += 2)
			if (strcmp(db_get(&rows, i, "case_type"), TYPES[t]) == 0)
				req_set(r, arena_printf(r->a, "Categories.%zu.type_label", i),
					TYPES[t + 1]);
	admin_frame(r, "Categorie delle pratiche", "/admin/categorie", NULL, NULL,
		    "admin/categorie.cs");
	setup_notice(r);
	return 200;
}

/* ---- areas and routes ---- */

static bool id_in(const struct db_rows *rows, const char *id)
{
	for (size_t i = 0; id && *id && i < rows->nrows; i++)
		if (strcmp(db_get(rows, i, "id"), id) == 0)
			return true;
	return false;
}

static int routes_page(struct req *r, int status, const char *error)
{
	struct db_rows areas, routes, categories, offices;
	if (setup_areas(r->db, r->a, &areas) < 0 || setup_routes(r->db, r->a, &routes) < 0 ||
	    setup_categories(r->db, r->a, &categories) < 0 ||
	    content_offices(r->db, r->a, &offices) < 0)
		return 503;
	view_rows(r, "Areas", &areas);
	view_rows(r, "Routes", &routes);
	view_rows(r, "Categories", &categories);
	view_rows(r, "Offices", &offices);
	if (error) {
		req_set(r, "Route.error", error);
		req_set(r, "Route.categoria", req_form(r, "categoria"));
		req_set(r, "Route.zona", req_form(r, "zona"));
		req_set(r, "Route.ufficio", req_form(r, "ufficio"));
	}
	admin_frame(r, "Zone e instradamento", "/admin/aree", NULL, NULL, "admin/aree.cs");
	setup_notice(r);
	return status;
}

int bo_aree(struct req *r)
{
	return routes_page(r, 200, NULL);
}

int bo_aree_post(struct req *r)
{
	const char *action = req_form(r, "azione");
	const char *cat = req_form(r, "categoria"), *zone = req_form(r, "zona"),
		   *office = req_form(r, "ufficio");
	bool add = action && strcmp(action, "percorso") == 0;
	if (!add && !(action && strcmp(action, "rimuovi") == 0))
		return req_error(r, 400, "Azione non valida.");
	struct db_rows categories, areas, offices;
	if (setup_categories(r->db, r->a, &categories) < 0 || setup_areas(r->db, r->a, &areas) < 0 ||
	    content_offices(r->db, r->a, &offices) < 0)
		return 503;
	if (!id_in(&categories, cat) || !id_in(&areas, zone) || (add && !id_in(&offices, office)))
		return routes_page(r, 422, "Scegli una categoria, una zona e un ufficio dagli elenchi.");
	long long c = atoll(cat), z = atoll(zone);
	struct db_rows old;
	if (setup_route_get(r->db, r->a, c, z, &old) < 0)
		return 503;
	const char *id = arena_printf(r->a, "%lld:%lld", c, z);
	const char *before = old.nrows ? arena_printf(r->a, "{\"category_id\": \"%lld\", \"area_id\": "
						      "\"%lld\", \"office_id\": \"%s\"}", c, z,
						      db_get(&old, 0, "office_id"))
				       : NULL;
	if (add) {
		long long o = atoll(office);
		if (setup_route_set(r->db, c, z, o) < 0)
			return 503;
		admin_audit(r, r->staff, old.nrows ? "route-update" : "route-create", "case_route", id, before,
			    arena_printf(r->a, "{\"category_id\": \"%lld\", \"area_id\": \"%lld\", "
					 "\"office_id\": \"%lld\"}", c, z, o));
		return req_redirect(r, 303, "/admin/aree?esito=percorso");
	}
	if (!old.nrows)
		return routes_page(r, 422, "Questo instradamento non esiste.");
	if (setup_route_delete(r->db, c, z) < 0)
		return 503;
	admin_audit(r, r->staff, "route-delete", "case_route", id, before, NULL);
	return req_redirect(r, 303, "/admin/aree?esito=rimosso");
}
