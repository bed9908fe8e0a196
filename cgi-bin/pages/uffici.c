/* uffici.c - the offices index and one office's page (an unità organizzativa
 * of the Amministrazione section: its frame and breadcrumb). */
#include "pages.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"
#include "store/document_store.h"
#include "store/organisation_store.h"

/* GET /uffici */
int page_uffici_list(struct req *r)
{
	struct db_rows offices;
	if (catalogue_offices(r->db, r->a, &offices) < 0)
		return 503;
	view_page(r, "uffici", "Uffici", "/uffici");
	req_set(r, "Page.Description", "Gli uffici del Comune: indirizzi, orari e contatti.");
	view_crumb(r, "Uffici", NULL);
	view_rows(r, "Offices", &offices);
	r->tpl = "uffici.cs";
	return 200;
}

/* What the Amministrazione section adds to an office (an unità organizzativa):
 * its area, its people, its documents. */
static int office_organisation(struct req *r, const char *id)
{
	struct db_rows area, people, docs;
	if (org_office_area(r->db, r->a, id, &area) < 0 ||
	    org_unit_people(r->db, r->a, id, NULL, &people) < 0 ||
	    doc_related(r->db, r->a, id, NULL, NULL, &docs) < 0)
		return -1;
	if (area.nrows)
		view_row(r, "Office.Area", &area, 0);
	view_rows(r, "Office.People", &people);
	view_rows(r, "Office.Documents", &docs);
	return 0;
}

/* GET /uffici/{slug}: an office as an unità organizzativa of the
 * Amministrazione section: competences, area, people, services, opening
 * hours, address and contacts, documents. */
int page_uffici_show(struct req *r)
{
	const char *slug = req_arg(r, 0);
	struct db_rows o, services;
	if (catalogue_office(r->db, r->a, slug, &o) < 0)
		return 503;
	if (o.nrows == 0)
		return req_error(r, 404, "L'ufficio che cerchi non esiste.");
	if (catalogue_office_services(r->db, r->a, db_get(&o, 0, "id"), &services) < 0 ||
	    office_organisation(r, db_get(&o, 0, "id")) < 0)
		return 503;
	static const char *const fields[] = { "slug", "name", "summary", "manager", "address",
					      "phone", "email", "pec" };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		req_set(r, arena_printf(r->a, "Office.%s", fields[i]),
			db_get(&o, 0, fields[i]));
	view_markdown(r, "Office.description", db_get(&o, 0, "description"));
	req_set(r, "Office.updated", view_date(r, db_get(&o, 0, "updated_at")));
	const char *hours = db_get(&o, 0, "opening_hours");
	int n = 0;
	for (const char *p = hours; p && *p;) {
		size_t len = strcspn(p, "\r\n");
		if (len)
			req_set(r, arena_printf(r->a, "Office.hours.%d", n++), arena_strndup(r->a, p, len));
		p += len;
		p += strspn(p, "\r\n");
	}
	view_rows(r, "Office.Services", &services);
	const char *name = db_get(&o, 0, "name");
	page_amministrazione_frame(r, name, arena_printf(r->a, "/uffici/%s", slug), "Uffici",
				   "/amministrazione/uffici");
	req_set(r, "Page.Description", db_get(&o, 0, "summary"));
	r->tpl = "ufficio.cs";
	return 200;
}
