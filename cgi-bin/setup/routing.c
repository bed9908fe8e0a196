/* routing.c - where the citizens' cases go (administrators only): the case
 * categories (type, office, answer time, active, order), the areas (hamlets
 * and districts) and the routes that send a category's cases in an area to
 * another office than the category's own. Every change is audited with the
 * item before and after as JSON. */
#include "setup.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/form.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"
#include "store/setup_store.h"

static const char POSITION_HELP[] = "L'ordine negli elenchi: prima i numeri più bassi.";

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
	{ "position", "Posizione", POSITION_HELP, FK_INT, 0, false },
};
static const char *const category_columns[] = {
	"slug", "case_type", "name", "description", "office_id", "max_days", "active", "position",
};

static const struct field area_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 160, true, "Zona" },
	{ "slug", "Identificativo", "Lettere minuscole, cifre e trattini. Se lo lasci vuoto è "
	  "ricavato dal nome.", FK_SLUG, 80, true, NULL, NULL, "name" },
	{ "position", "Posizione", POSITION_HELP, FK_INT, 0, false },
};
static const char *const area_columns[] = { "slug", "name", "position" };

#define N(a) (sizeof a / sizeof *a)

struct kind {
	const char *type, *path, *list_title, *new_title, *noun, *tpl;
	const struct field *fields;
	size_t nfields;
	const char *const *columns;
	int (*get)(struct db *db, struct arena *a, long long id, struct db_rows *out);
	int (*save)(struct db *db, long long *id, const char *const *v);
};

static const struct kind category = {
	"case_category", "categorie", "Categorie delle pratiche", "Nuova categoria", "categoria",
	"admin/categorie_modulo.cs", category_fields, N(category_fields), category_columns,
	setup_category_get, setup_category_save,
};
static const struct kind area = {
	"area", "aree", "Zone e instradamento", "Nuova zona", "zona", "admin/aree_modulo.cs",
	area_fields, N(area_fields), area_columns, setup_area_get, setup_area_save,
};

struct item {
	struct req *r;
	const struct kind *k;
	long long id;   /* 0: new */
	struct db_rows row, offices;
	struct form f;
};

static int load(struct item *it, struct req *r, const struct kind *k)
{
	memset(it, 0, sizeof(*it));
	it->r = r;
	it->k = k;
	if ((it->id = form_route_id(r, 0, true)) < 0)
		return req_error(r, 404, "La voce non esiste.");
	if (it->id && k->get(r->db, r->a, it->id, &it->row) < 0)
		return 503;
	if (it->id && it->row.nrows != 1)
		return req_error(r, 404, "La voce non esiste.");
	form_init(&it->f, r, k->fields, k->nfields);
	if (k == &category) {
		if (content_offices(r->db, r->a, &it->offices) < 0)
			return 503;
		form_options(&it->f, "office_id", &it->offices, 2);
	}
	return 0;
}

static int show(struct item *it, int status)
{
	struct req *r = it->r;
	const char *title = it->k->new_title;
	if (it->id)
		title = arena_printf(r->a, "Modifica %s: %s", it->k->noun,
				     db_cell(&it->row, 0, (size_t)view_col(&it->row, "name")));
	form_show(&it->f);
	req_set(r, "Item.action", arena_printf(r->a, "/admin/%s/%s", it->k->path, req_arg(r, 0)));
	req_set(r, "Item.back", arena_printf(r->a, "/admin/%s", it->k->path));
	view_page(r, "admin", title, r->path);
	view_crumb(r, "Area riservata", "/admin");
	view_crumb(r, it->k->list_title, arena_printf(r->a, "/admin/%s", it->k->path));
	view_crumb(r, title, NULL);
	setup_notice(r);
	r->tpl = it->k->tpl;
	return status;
}

static int form_page(struct req *r, const struct kind *k)
{
	struct item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	if (it.id)
		form_from_row(&it.f, &it.row);
	else if (k == &category) {
		form_set(&it.f, "active", "1");
		form_set(&it.f, "max_days", "30");
	}
	return show(&it, 200);
}

static const char *item_json(struct item *it, const struct db_rows *row)
{
	struct form f;
	form_init(&f, it->r, it->k->fields, it->k->nfields);
	form_from_row(&f, row);
	return form_json(&f);
}

static int save(struct req *r, const struct kind *k)
{
	struct item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	const char *before = it.id ? item_json(&it, &it.row) : NULL;
	form_from_request(&it.f);
	form_check(&it.f);
	if (k == &category) {
		/* form_check said already when it is empty or not a number */
		const char *d = form_get(&it.f, "max_days");
		size_t n = strlen(d);
		int days = atoi(d);
		if (n && n <= 6 && strspn(d, "-0123456789") == n && (days < 1 || days > 365))
			form_error(&it.f, "max_days", "«Tempo massimo di risposta»: da 1 a 365 giorni.");
	}
	if (it.f.errors)
		return show(&it, 422);
	const char *v[FORM_MAX_FIELDS];
	for (size_t i = 0; i < k->nfields; i++)
		v[i] = form_get(&it.f, k->columns[i]);
	bool created = !it.id;
	if (k->save(r->db, &it.id, v) < 0) {
		if (db_errno(r->db) != 1062)
			return 503;
		if (created)
			it.id = 0;
		form_error(&it.f, "slug", "Questo identificativo è già usato: scegline un altro.");
		return show(&it, 422);
	}
	const char *id = arena_printf(r->a, "%lld", it.id);
	admin_audit(r, r->staff, arena_printf(r->a, "%s-%s", k->type, created ? "create" : "update"),
		    k->type, id, before, form_json(&it.f));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/%s/%s?esito=salvato", k->path, id));
}

int bo_categoria_form(struct req *r)
{
	return form_page(r, &category);
}

int bo_categoria_save(struct req *r)
{
	return save(r, &category);
}

int bo_area_form(struct req *r)
{
	return form_page(r, &area);
}

int bo_area_save(struct req *r)
{
	return save(r, &area);
}

int bo_categorie(struct req *r)
{
	struct db_rows rows;
	if (setup_categories(r->db, r->a, &rows) < 0)
		return 503;
	view_rows(r, "Categories", &rows);
	for (size_t i = 0; i < rows.nrows; i++)
		for (size_t t = 0; TYPES[t]; t += 2)
			if (strcmp(db_cell(&rows, i, 2), TYPES[t]) == 0)
				req_set(r, arena_printf(r->a, "Categories.%zu.type_label", i),
					TYPES[t + 1]);
	view_page(r, "admin", "Categorie delle pratiche", "/admin/categorie");
	view_crumb(r, "Area riservata", "/admin");
	view_crumb(r, "Categorie delle pratiche", NULL);
	setup_notice(r);
	r->tpl = "admin/categorie.cs";
	return 200;
}

/* ---- areas and routes ---- */

static bool id_in(const struct db_rows *rows, const char *id)
{
	for (size_t i = 0; id && *id && i < rows->nrows; i++)
		if (strcmp(db_cell(rows, i, 0), id) == 0)
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
	view_page(r, "admin", "Zone e instradamento", "/admin/aree");
	view_crumb(r, "Area riservata", "/admin");
	view_crumb(r, "Zone e instradamento", NULL);
	setup_notice(r);
	r->tpl = "admin/aree.cs";
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
						      db_cell(&old, 0, 0))
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
