/* newsroom_list.c - the editors' one list engine: "Contenuti" (every item
 * of every kind, the last changed first, with the topics, offices and FAQ
 * beside it) and the list of each kind (news, events, places, people,
 * documents, areas, enti, service categories), all searched by title and
 * filtered by kind, type, publication, topic, office and "changed by me",
 * PAGE_SIZE a page (store/content_list_store.c); and the kinds' previews:
 * the item, published or not, as its public page shows it, with the public
 * page's own template (pages/novita.c, eventi.c, vivere.c, persone.c,
 * documenti.c, amministrazione.c). */
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
#include "session/staff_sess.h"
#include "store/content_list_store.h"
#include "store/content_store.h"
#include "store/document_store.h"
#include "store/live_store.h"
#include "store/news_store.h"
#include "store/organisation_store.h"

#define PAGE_SIZE 20

/* One list: the kind it shows ("" every kind), its URL, words and filters. */
struct desk {
	const char *kind, *noun;
	const char *path, *title, *lead, *new_label;   /* NEW_LABEL NULL: a fixed set */
	const char *const *types;   /* value, label, ..., NULL; NULL: a free text (or none) */
	bool type_text;             /* the type is typed, not chosen */
	bool topics, office;        /* the kind has topics, an office */
};

static const char *const news_types[] = {
	"notizia", "Notizia", "comunicato", "Comunicato", "avviso", "Avviso", NULL,
};
static const char *const person_kinds[] = {
	"politico", "Politico", "personale", "Personale amministrativo", NULL,
};

static const struct desk service_desk = {
	"service", "Servizio", "/admin/servizi", "Servizi", NULL, NULL, NULL, false, true, true,
};
static const struct desk news_desk = {
	"news", "Notizia", "/admin/notizie", "Notizie, comunicati e avvisi",
	"Le notizie della sezione Novità.", "Nuova notizia", news_types, false, true, true,
};
static const struct desk event_desk = {
	"event", "Evento", "/admin/eventi", "Eventi", "Gli eventi di Vivere il Comune.",
	"Nuovo evento", NULL, false, false, false,
};
static const struct desk place_desk = {
	"place", "Luogo", "/admin/luoghi", "Luoghi", "I luoghi di Vivere il Comune.",
	"Nuovo luogo", NULL, true, false, false,
};
static const struct desk person_desk = {
	"person", "Persona", "/admin/persone", "Persone",
	"I politici e il personale dell'Amministrazione.", "Nuova persona", person_kinds, false,
	false, false,
};
static const struct desk document_desk = {
	"document", "Documento", "/admin/documenti", "Documenti",
	"I documenti e dati dell'Amministrazione.", "Nuovo documento", NULL, true, false, true,
};
static const struct desk area_desk = {
	"admin_area", "Area amministrativa", "/admin/aree-amministrative", "Aree amministrative",
	"Le aree in cui si articola l'organizzazione del Comune.", "Nuova area", NULL, false,
	false, false,
};
static const struct desk entity_desk = {
	"entity", "Ente", "/admin/enti", "Enti e fondazioni", "Gli enti di cui il Comune fa parte.",
	"Nuovo ente", NULL, true, false, false,
};
static const struct desk category_desk = {
	"category", "Categoria di servizi", "/admin/categorie-servizi", "Categorie di servizi",
	"Le 15 categorie del Modello Comuni: il titolo è fissato dal modello, la descrizione si "
	"modifica.", NULL, NULL, false, false, false,
};
static const struct desk all_desk = {
	"", NULL, "/admin/contenuti", "Contenuti",
	"Tutti i contenuti del portale, dagli ultimi modificati: cerca, filtra, apri.", NULL, NULL,
	false, true, true,
};

static const struct desk *const desks[] = {
	&service_desk, &news_desk, &event_desk, &place_desk, &person_desk, &document_desk,
	&area_desk, &entity_desk, &category_desk,
};
#define NDESKS (sizeof desks / sizeof *desks)

static const struct desk *desk_of(const char *kind)
{
	for (size_t i = 0; i < NDESKS; i++)
		if (strcmp(desks[i]->kind, kind) == 0)
			return desks[i];
	return NULL;
}

/* The label of TYPE among TYPES, or TYPE itself. */
static const char *type_label(const char *const *types, const char *type)
{
	for (size_t i = 0; types && types[i]; i += 2)
		if (strcmp(types[i], type) == 0)
			return types[i + 1];
	return type;
}

/* An id of the query string, 0 when absent or not one. */
static long long param_id(struct req *r, const char *name)
{
	long long id = form_param_id(r, name);
	return id > 0 ? id : 0;
}

/* The filter of the query string: q, contenuto (Contenuti), tipo, stato
 * (pubblicati, bozze), argomento, ufficio, miei, pagina. */
static int read_filter(struct req *r, const struct desk *d, struct content_filter *f)
{
	const char *q = req_param(r, "q"), *type = req_param(r, "tipo"), *st = req_param(r, "stato");
	const char *kind = req_param(r, "contenuto"), *p = req_param(r, "pagina");
	memset(f, 0, sizeof(*f));
	f->kind = *d->kind ? d->kind : kind && desk_of(kind) ? desk_of(kind)->kind : "";
	f->q = q && strlen(q) <= 200 ? q : "";
	f->type = type && strlen(type) <= 80 && (d->type_text || d->types) ? type : "";
	if (d->types && *f->type && type_label(d->types, f->type) == f->type)
		f->type = "";
	f->published = st && strcmp(st, "pubblicati") == 0 ? 1 : st && strcmp(st, "bozze") == 0 ? 0
												  : -1;
	f->topic = d->topics ? param_id(r, "argomento") : 0;
	f->office = d->office ? param_id(r, "ufficio") : 0;
	const char *mine = req_param(r, "miei");
	f->staff = mine && strcmp(mine, "1") == 0 ? r->staff->id : 0;
	int page = p && strlen(p) <= 6 ? atoi(p) : 1;
	return page < 1 ? 1 : page;
}

/* List.NAME.N {value, label, selected} of ROWS (id, name) with id SELECTED. */
static void set_choices(struct req *r, const char *name, const struct db_rows *rows,
			long long selected)
{
	for (size_t i = 0; i < rows->nrows; i++) {
		const char *pre = arena_printf(r->a, "List.%s.%zu", name, i);
		req_set(r, arena_printf(r->a, "%s.value", pre), db_get(rows, i, "id"));
		req_set(r, arena_printf(r->a, "%s.label", pre), db_get(rows, i, "name"));
		req_set_int(r, arena_printf(r->a, "%s.selected", pre),
			    db_get_ll(rows, i, "id") == selected);
	}
}

static void set_filter(struct req *r, const struct desk *d, const struct content_filter *f)
{
	req_set(r, "List.q", f->q);
	req_set(r, "List.type", f->type);
	req_set(r, "List.state", f->published == 1 ? "pubblicati" : f->published == 0 ? "bozze" : "");
	req_set_int(r, "List.type_text", d->type_text);
	req_set_int(r, "List.mine", f->staff != 0);
	req_set(r, "List.topic", f->topic ? arena_printf(r->a, "%lld", f->topic) : "");
	req_set(r, "List.office", f->office ? arena_printf(r->a, "%lld", f->office) : "");
	for (size_t i = 0; d->types && d->types[i]; i += 2) {
		const char *pre = arena_printf(r->a, "List.Types.%zu", i / 2);
		req_set(r, arena_printf(r->a, "%s.value", pre), d->types[i]);
		req_set(r, arena_printf(r->a, "%s.label", pre), d->types[i + 1]);
		req_set_int(r, arena_printf(r->a, "%s.selected", pre), !strcmp(d->types[i], f->type));
	}
	if (*d->kind)
		return;
	req_set(r, "List.kind", f->kind);
	for (size_t i = 0; i < NDESKS; i++) {
		const char *pre = arena_printf(r->a, "List.Kinds.%zu", i);
		req_set(r, arena_printf(r->a, "%s.value", pre), desks[i]->kind);
		req_set(r, arena_printf(r->a, "%s.label", pre), desks[i]->noun);
		req_set_int(r, arena_printf(r->a, "%s.selected", pre), !strcmp(desks[i]->kind, f->kind));
	}
}

/* Each row's kind: its noun, its URL, its type's label. */
static void set_items(struct req *r, const struct db_rows *rows)
{
	view_rows(r, "List.Items", rows);
	for (size_t i = 0; i < rows->nrows; i++) {
		const struct desk *k = desk_of(db_get(rows, i, "kind"));
		const char *pre = arena_printf(r->a, "List.Items.%zu", i);
		req_set(r, arena_printf(r->a, "%s.noun", pre), k ? k->noun : "");
		req_set(r, arena_printf(r->a, "%s.path", pre), k ? k->path : "/admin/contenuti");
		req_set(r, arena_printf(r->a, "%s.type_label", pre),
			type_label(k ? k->types : NULL, db_get(rows, i, "subtype")));
	}
}

/* The list D with the filter of the query string into List.*: 0 or 503. */
static int list_fill(struct req *r, const struct desk *d)
{
	struct content_filter f;
	struct db_rows rows, topics, offices;
	long total;
	int page = read_filter(r, d, &f);
	if (content_list(r->db, r->a, &f, (page - 1) * PAGE_SIZE, PAGE_SIZE, &rows, &total) < 0 ||
	    (d->topics && content_topics(r->db, r->a, &topics) < 0) ||
	    (d->office && content_offices(r->db, r->a, &offices) < 0))
		return 503;
	set_items(r, &rows);
	set_filter(r, d, &f);
	if (d->topics)
		set_choices(r, "Topics", &topics, f.topic);
	if (d->office)
		set_choices(r, "Offices", &offices, f.office);
	req_set(r, "List.path", d->path);
	req_set(r, "List.lead", d->lead);
	req_set(r, "List.new_label", d->new_label);
	req_set_int(r, "List.fixed", *d->kind && !d->new_label);   /* always published */
	req_set_int(r, "List.total", total);
	req_set_int(r, "List.page", page);
	req_set_int(r, "List.pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
	return 0;
}

static int desk_list(struct req *r, const struct desk *d)
{
	if (list_fill(r, d))
		return 503;
	admin_frame(r, d->title, d->path, "Contenuti", "/admin/contenuti", "admin/redazione.cs");
	content_notice(r);
	return 200;
}

/* GET /admin/contenuti: every item, filtered; the topics, offices and FAQ. Editors. */
int bo_contenuti(struct req *r)
{
	struct db_rows topics, offices, faqs;
	if (list_fill(r, &all_desk) || content_topics(r->db, r->a, &topics) < 0 ||
	    content_offices(r->db, r->a, &offices) < 0 || content_faqs(r->db, r->a, &faqs) < 0)
		return 503;
	view_rows(r, "Content.Topics", &topics);
	view_rows(r, "Content.Offices", &offices);
	view_rows(r, "Content.Faqs", &faqs);
	admin_frame(r, "Contenuti", "/admin/contenuti", NULL, NULL, "admin/contenuti.cs");
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

/* GET /admin/notizie/:id/anteprima: the news page, published or not, its
 * files linked at the editors' route (newsroom_files.c). Editors. */
int bo_notizia_preview(struct req *r)
{
	struct db_rows n;
	int st = preview_row(r, news_item_preview, "notizie", &n);
	if (st)
		return st;
	const char *files = arena_printf(r->a, "/admin/notizie/%s/allegati", db_get(&n, 0, "id"));
	return page_novita_render(r, &n, files) ? 503 : 200;
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

/* GET /admin/documenti/:id/anteprima: the document's page, published or
 * not, its files linked at the editors' route (newsroom_files.c). Editors. */
int bo_documento_preview(struct req *r)
{
	struct db_rows d;
	int st = preview_row(r, doc_get_preview, "documenti", &d);
	if (st)
		return st;
	const char *files = arena_printf(r->a, "/admin/documenti/%s/allegati", db_get(&d, 0, "id"));
	return page_documenti_render(r, &d, files) ? 503 : 200;
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
