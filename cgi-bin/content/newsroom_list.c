/* newsroom_list.c - the editors' lists of news, events, places, people,
 * documents, areas, enti and service categories (search
 * by title, filter by type and publication, PAGE_SIZE a page) and their
 * previews: the item, published or not, as its public page shows it, with
 * the public page's own template (pages/novita.c, eventi.c, vivere.c,
 * persone.c, documenti.c, amministrazione.c). */
#include "content.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/form.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "pages/pages.h"
#include "store/document_store.h"
#include "store/live_store.h"
#include "store/news_store.h"
#include "store/newsroom_store.h"
#include "store/organisation_store.h"

#define PAGE_SIZE 20

typedef int (*desk_list_fn)(struct db *db, struct arena *a, const struct newsroom_filter *f,
			    int offset, int limit, struct db_rows *out, long *total);

/* One list: its URL, words, store function and the types it filters by. */
struct desk {
	const char *path, *title, *lead, *new_label;   /* NEW_LABEL NULL: a fixed set */
	desk_list_fn list;
	const char *const *types;   /* value, label, ..., NULL; NULL: a free text (or none) */
	bool type_text;             /* the type is typed, not chosen */
};

static const char *const news_types[] = {
	"notizia", "Notizia", "comunicato", "Comunicato", "avviso", "Avviso", NULL,
};

static const struct desk news_desk = {
	"/admin/notizie", "Notizie, comunicati e avvisi", "Le notizie della sezione Novità.",
	"Nuova notizia", newsroom_news_list, news_types, false,
};
static const struct desk event_desk = {
	"/admin/eventi", "Eventi", "Gli eventi di Vivere il Comune.", "Nuovo evento",
	newsroom_events, NULL, false,
};
static const struct desk place_desk = {
	"/admin/luoghi", "Luoghi", "I luoghi di Vivere il Comune.", "Nuovo luogo",
	newsroom_places, NULL, true,
};

static const char *const person_kinds[] = {
	"politico", "Politico", "personale", "Personale amministrativo", NULL,
};

static const struct desk person_desk = {
	"/admin/persone", "Persone", "I politici e il personale dell'Amministrazione.",
	"Nuova persona", newsroom_people, person_kinds, false,
};
static const struct desk document_desk = {
	"/admin/documenti", "Documenti", "I documenti e dati dell'Amministrazione.",
	"Nuovo documento", newsroom_documents, NULL, true,
};

static const struct desk area_desk = {
	"/admin/aree-amministrative", "Aree amministrative",
	"Le aree in cui si articola l'organizzazione del Comune.", "Nuova area",
	newsroom_areas, NULL, false,
};
static const struct desk entity_desk = {
	"/admin/enti", "Enti e fondazioni", "Gli enti di cui il Comune fa parte.", "Nuovo ente",
	newsroom_entities, NULL, true,
};

static const struct desk category_desk = {
	"/admin/categorie-servizi", "Categorie di servizi",
	"Le 15 categorie del Modello Comuni: il titolo è fissato dal modello, la descrizione si "
	"modifica.", NULL, newsroom_categories, NULL, false,
};

/* The label of TYPE among TYPES, or TYPE itself. */
static const char *type_label(const char *const *types, const char *type)
{
	for (size_t i = 0; types && types[i]; i += 2)
		if (strcmp(types[i], type) == 0)
			return types[i + 1];
	return type;
}

/* The filter of the query string: q, tipo, stato (pubblicati, bozze), pagina. */
static int read_filter(struct req *r, const struct desk *d, struct newsroom_filter *f)
{
	const char *q = req_param(r, "q"), *type = req_param(r, "tipo"), *st = req_param(r, "stato");
	const char *p = req_param(r, "pagina");
	f->q = q && strlen(q) <= 200 ? q : "";
	f->type = type && strlen(type) <= 80 && (d->type_text || d->types) ? type : "";
	if (d->types && *f->type && type_label(d->types, f->type) == f->type)
		f->type = "";
	f->published = st && strcmp(st, "pubblicati") == 0 ? 1 : st && strcmp(st, "bozze") == 0 ? 0
												  : -1;
	int page = p && strlen(p) <= 6 ? atoi(p) : 1;
	return page < 1 ? 1 : page;
}

static void set_filter(struct req *r, const struct desk *d, const struct newsroom_filter *f)
{
	req_set(r, "List.q", f->q);
	req_set(r, "List.type", f->type);
	req_set(r, "List.state", f->published == 1 ? "pubblicati" : f->published == 0 ? "bozze" : "");
	req_set_int(r, "List.type_text", d->type_text);
	for (size_t i = 0; d->types && d->types[i]; i += 2) {
		const char *pre = arena_printf(r->a, "List.Types.%zu", i / 2);
		req_set(r, arena_printf(r->a, "%s.value", pre), d->types[i]);
		req_set(r, arena_printf(r->a, "%s.label", pre), d->types[i + 1]);
		req_set_int(r, arena_printf(r->a, "%s.selected", pre), !strcmp(d->types[i], f->type));
	}
}

static int desk_list(struct req *r, const struct desk *d)
{
	struct newsroom_filter f;
	struct db_rows rows;
	long total;
	int page = read_filter(r, d, &f);
	if (d->list(r->db, r->a, &f, (page - 1) * PAGE_SIZE, PAGE_SIZE, &rows, &total) < 0)
		return 503;
	view_rows(r, "List.Items", &rows);
	for (size_t i = 0; i < rows.nrows; i++)
		req_set(r, arena_printf(r->a, "List.Items.%zu.kind", i),
			type_label(d->types, db_get(&rows, i, "kind")));
	set_filter(r, d, &f);
	req_set(r, "List.path", d->path);
	req_set(r, "List.lead", d->lead);
	req_set(r, "List.new_label", d->new_label);
	req_set_int(r, "List.fixed", !d->new_label);   /* no new items, always published */
	req_set_int(r, "List.total", total);
	req_set_int(r, "List.page", page);
	req_set_int(r, "List.pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
	admin_frame(r, d->title, d->path, "Contenuti", "/admin/contenuti", "admin/redazione.cs");
	content_notice(r);
	return 200;
}

int bo_notizie(struct req *r)
{
	return desk_list(r, &news_desk);
}

int bo_eventi(struct req *r)
{
	return desk_list(r, &event_desk);
}

int bo_luoghi(struct req *r)
{
	return desk_list(r, &place_desk);
}

int bo_persone(struct req *r)
{
	return desk_list(r, &person_desk);
}

int bo_documenti(struct req *r)
{
	return desk_list(r, &document_desk);
}

int bo_aree_amm(struct req *r)
{
	return desk_list(r, &area_desk);
}

int bo_enti(struct req *r)
{
	return desk_list(r, &entity_desk);
}

int bo_categorie_servizi(struct req *r)
{
	return desk_list(r, &category_desk);
}

/* ---- the previews ---- */

typedef int (*preview_fetch_fn)(struct db *db, struct arena *a, long long id,
				struct db_rows *out);

/* The row of route argument 0 by FETCH into OUT, and the banner at the top
 * of the page saying it is a preview with the way back to /admin/PATH/:id:
 * 0, or the status (404, 503). */
static int preview_row(struct req *r, preview_fetch_fn fetch, const char *path,
		       struct db_rows *out)
{
	long long id = form_route_id(r, 0, false);
	if (id <= 0)
		return req_error(r, 404, "Il contenuto non esiste.");
	if (fetch(r->db, r->a, id, out) < 0)
		return 503;
	if (out->nrows != 1)
		return req_error(r, 404, "Il contenuto non esiste.");
	req_set(r, "PreviewBanner.back", arena_printf(r->a, "/admin/%s/%lld", path, id));
	return 0;
}

/* GET /admin/notizie/:id/anteprima: the news page, published or not. Editors. */
int bo_notizia_preview(struct req *r)
{
	struct db_rows n;
	int st = preview_row(r, news_item_preview, "notizie", &n);
	return st ? st : page_novita_render(r, &n) ? 503 : 200;
}

/* GET /admin/eventi/:id/anteprima: the event page, published or not. Editors. */
int bo_evento_preview(struct req *r)
{
	struct db_rows e;
	int st = preview_row(r, live_event_preview, "eventi", &e);
	if (st)
		return st;
	page_eventi_render(r, &e);
	return 200;
}

/* GET /admin/luoghi/:id/anteprima: the place page, published or not. Editors. */
int bo_luogo_preview(struct req *r)
{
	struct db_rows p;
	int st = preview_row(r, live_place_preview, "luoghi", &p);
	return st ? st : page_luoghi_render(r, &p) ? 503 : 200;
}

/* GET /admin/persone/:id/anteprima: the person's page, published or not. Editors. */
int bo_persona_preview(struct req *r)
{
	struct db_rows p;
	int st = preview_row(r, org_person_preview, "persone", &p);
	return st ? st : page_persone_render(r, &p) ? 503 : 200;
}

/* GET /admin/documenti/:id/anteprima: the document's page, published or not. Editors. */
int bo_documento_preview(struct req *r)
{
	struct db_rows d;
	int st = preview_row(r, doc_get_preview, "documenti", &d);
	return st ? st : page_documenti_render(r, &d) ? 503 : 200;
}

/* GET /admin/aree-amministrative/:id/anteprima: the area's page, published or not. Editors. */
int bo_area_amm_preview(struct req *r)
{
	struct db_rows u;
	int st = preview_row(r, org_area_preview, "aree-amministrative", &u);
	return st ? st : page_aree_render(r, &u);
}

/* GET /admin/enti/:id/anteprima: the ente's page, published or not. Editors. */
int bo_ente_preview(struct req *r)
{
	struct db_rows e;
	int st = preview_row(r, org_entity_preview, "enti", &e);
	return st ? st : page_enti_render(r, &e);
}
