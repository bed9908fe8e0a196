/* amministrazione.c - the Amministrazione section of the Modello Comuni: its
 * landing page and the second level (organi di governo, aree amministrative,
 * uffici, enti e fondazioni, politici, personale amministrativo; documenti e
 * dati is documenti.c), the pages of an area (unità organizzativa) and of an
 * ente. People are persone.c. */
#include "pages.h"

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/document_store.h"
#include "store/organisation_store.h"

#define SECTION "/amministrazione"
#define AREAS SECTION "/aree-amministrative"
#define ENTITIES SECTION "/enti-e-fondazioni"

void page_amministrazione_frame(struct req *r, const char *title, const char *canonical,
				const char *parent_label, const char *parent_url)
{
	view_page(r, "amministrazione", title, canonical);
	req_set(r, "Page.Css", "amministrazione.css");
	if (parent_label || canonical[sizeof SECTION - 1])
		view_crumb(r, "Amministrazione", SECTION);
	if (parent_label)
		view_crumb(r, parent_label, parent_url);
	view_crumb(r, title, NULL);
}

/* A second-level list page of the section: one store list under PREFIX. */
struct list_page {
	int (*fetch)(struct db *db, struct arena *a, struct db_rows *out);
	const char *prefix, *title, *canonical, *lead, *tpl;
};

static int list_page_show(struct req *r, const struct list_page *p)
{
	struct db_rows rows;
	if (p->fetch(r->db, r->a, &rows) < 0)
		return 503;
	view_rows(r, p->prefix, &rows);
	page_amministrazione_frame(r, p->title, p->canonical, NULL, NULL);
	req_set(r, "Page.Description", p->lead);
	r->tpl = p->tpl;
	return 200;
}

/* GET /amministrazione: the section's items, the mayor and the latest documents. */
int page_amministrazione_show(struct req *r)
{
	struct db_rows mayor, docs;
	if (org_organ_members(r->db, r->a, "sindaco", &mayor) < 0 ||
	    doc_list(r->db, r->a, "", &docs) < 0)
		return 503;
	if (docs.nrows > 3)
		docs.nrows = 3;
	view_rows(r, "Admin.Mayor", &mayor);
	view_rows(r, "Admin.Documents", &docs);
	page_amministrazione_frame(r, "Amministrazione", SECTION, NULL, NULL);
	req_set(r, "Page.Description",
		"Tutte le informazioni sulla struttura amministrativa del Comune: gli organi di "
		"governo, le aree e gli uffici, il personale e i documenti pubblici.");
	r->tpl = "amministrazione.cs";
	return 200;
}

/* GET /amministrazione/organi-di-governo: sindaco, giunta and consiglio in office. */
int page_amministrazione_organi(struct req *r)
{
	static const char *const organs[][2] = {
		{ "sindaco", "Organs.Mayor" }, { "giunta", "Organs.Executive" },
		{ "consiglio", "Organs.Council" },
	};
	for (size_t i = 0; i < sizeof organs / sizeof *organs; i++) {
		struct db_rows m;
		if (org_organ_members(r->db, r->a, organs[i][0], &m) < 0)
			return 503;
		view_rows(r, organs[i][1], &m);
	}
	page_amministrazione_frame(r, "Organi di governo", SECTION "/organi-di-governo", NULL, NULL);
	req_set(r, "Page.Description",
		"Il Sindaco, la Giunta e il Consiglio comunale: chi li compone e con quali deleghe.");
	r->tpl = "organi_governo.cs";
	return 200;
}

/* GET /amministrazione/aree-amministrative */
int page_amministrazione_aree(struct req *r)
{
	static const struct list_page p = {
		org_areas, "Areas", "Aree amministrative", AREAS,
		"La struttura organizzativa del Comune: le aree di competenza e i loro uffici.",
		"aree_amministrative.cs",
	};
	return list_page_show(r, &p);
}

/* GET /amministrazione/uffici: the offices, under the section (each one's
 * page stays /uffici/{slug}). */
int page_amministrazione_uffici(struct req *r)
{
	static const struct list_page p = {
		org_offices, "Offices", "Uffici", SECTION "/uffici",
		"Gli uffici del Comune aperti al pubblico: indirizzi, orari, contatti e servizi.",
		"amministrazione_uffici.cs",
	};
	return list_page_show(r, &p);
}

/* GET /amministrazione/enti-e-fondazioni */
int page_amministrazione_enti(struct req *r)
{
	static const struct list_page p = {
		org_entities, "Entities", "Enti e fondazioni", ENTITIES,
		"I consorzi, le fondazioni e le società partecipate di cui il Comune fa parte.",
		"enti.cs",
	};
	return list_page_show(r, &p);
}

/* The lists of an area's page (offices, people, services, documents). */
static int area_lists(struct req *r, const char *id)
{
	struct db_rows offices, people, services, docs;
	if (org_area_offices(r->db, r->a, id, &offices) < 0 ||
	    org_unit_people(r->db, r->a, NULL, id, &people) < 0 ||
	    org_area_services(r->db, r->a, id, &services) < 0 ||
	    doc_related(r->db, r->a, NULL, id, NULL, &docs) < 0)
		return -1;
	view_rows(r, "Unit.Offices", &offices);
	view_rows(r, "Unit.People", &people);
	view_rows(r, "Unit.Services", &services);
	view_rows(r, "Unit.Documents", &docs);
	return 0;
}

/* A detail page of the section (an area, an ente): the fields of its row
 * under PREFIX, its Markdown description, the date of its last change, the
 * frame under its list page PARENT. */
struct detail_page {
	const char *prefix;
	const char *const *fields;
	const char *parent_label, *parent_url, *tpl;
};

static int detail_page_show(struct req *r, const struct detail_page *p, const struct db_rows *row)
{
	page_fields(r, p->prefix, row, p->fields);
	view_markdown(r, arena_printf(r->a, "%s.description", p->prefix),
		      db_get(row, 0, "description"));
	req_set(r, arena_printf(r->a, "%s.updated", p->prefix),
		view_date(r, db_get(row, 0, "updated_at")));
	page_amministrazione_frame(r, db_get(row, 0, "name"),
				   arena_printf(r->a, "%s/%s", p->parent_url, db_get(row, 0, "slug")),
				   p->parent_label, p->parent_url);
	req_set(r, "Page.Description", db_get(row, 0, "summary"));
	r->tpl = p->tpl;
	return 200;
}

/* The area page of row U (org_area() or org_area_preview()), as an unità
 * organizzativa: competences, offices, people, services, documents,
 * contacts: 200 or 503. */
int page_aree_render(struct req *r, const struct db_rows *u)
{
	static const char *const fields[] = { "slug", "name", "summary", "address", "phone",
					      "email", NULL };
	static const struct detail_page p = {
		"Unit", fields, "Aree amministrative", AREAS, "unita_organizzativa.cs",
	};
	if (area_lists(r, db_get(u, 0, "id")) < 0)
		return 503;
	req_set(r, "Unit.kind", "Area amministrativa");
	return detail_page_show(r, &p, u);
}

/* GET /amministrazione/aree-amministrative/{slug} */
int page_amministrazione_area(struct req *r)
{
	struct db_rows u;
	int status = page_detail_row(r, org_area, &u, "L'area che cerchi non esiste.");
	return status ? status : page_aree_render(r, &u);
}

/* The ente page of row E (org_entity() or org_entity_preview()): 200. */
int page_enti_render(struct req *r, const struct db_rows *e)
{
	static const char *const fields[] = { "slug", "name", "kind", "summary", "share",
					      "address", "website", "email", NULL };
	static const struct detail_page p = {
		"Entity", fields, "Enti e fondazioni", ENTITIES, "ente.cs",
	};
	return detail_page_show(r, &p, e);
}

/* GET /amministrazione/enti-e-fondazioni/{slug} */
int page_amministrazione_ente(struct req *r)
{
	struct db_rows e;
	int status = page_detail_row(r, org_entity, &e, "L'ente che cerchi non esiste.");
	return status ? status : page_enti_render(r, &e);
}

/* The people of one kind, as a list page. */
static int people_page(struct req *r, const char *kind, const char *title, const char *canonical,
		       const char *lead)
{
	struct db_rows people;
	if (org_people(r->db, r->a, kind, &people) < 0)
		return 503;
	view_rows(r, "People", &people);
	page_amministrazione_frame(r, title, canonical, NULL, NULL);
	req_set(r, "Page.Description", lead);
	r->tpl = "persone.cs";
	return 200;
}

/* GET /amministrazione/politici */
int page_amministrazione_politici(struct req *r)
{
	return people_page(r, "politico", "Politici", SECTION "/politici",
			   "I rappresentanti dei cittadini negli organi di indirizzo politico del Comune.");
}

/* GET /amministrazione/personale-amministrativo */
int page_amministrazione_personale(struct req *r)
{
	return people_page(r, "personale", "Personale amministrativo",
			   SECTION "/personale-amministrativo",
			   "Il personale da contattare per informazioni e supporto sui servizi degli uffici.");
}
