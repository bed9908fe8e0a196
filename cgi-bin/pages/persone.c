/* persone.c - a persona pubblica (/persone/{slug}): a politician or a member
 * of the staff, with roles and mandates, competences, biography, documents
 * (curriculum and others) and contacts. */
#include "pages.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/document_store.h"
#include "store/organisation_store.h"

/* The person page of row P (org_person() or org_person_preview()): 0 or 503. */
int page_persone_render(struct req *r, const struct db_rows *p)
{
	struct db_rows roles, docs;
	const char *id = db_get(p, 0, "id");
	if (org_person_roles(r->db, r->a, id, &roles) < 0 ||
	    doc_related(r->db, r->a, NULL, NULL, id, &docs) < 0)
		return 503;
	static const char *const fields[] = { "slug", "name", "kind", "summary", "email", "phone",
					      NULL };
	page_fields(r, "Person", p, fields);
	view_markdown(r, "Person.biography", db_get(p, 0, "biography"));
	view_markdown(r, "Person.competences", db_get(p, 0, "competences"));
	req_set(r, "Person.updated", view_date(r, db_get(p, 0, "updated_at")));
	view_rows(r, "Person.Roles", &roles);
	view_rows(r, "Person.Documents", &docs);
	int politico = strcmp(db_get(p, 0, "kind"), "politico") == 0;
	const char *name = db_get(p, 0, "name");
	page_amministrazione_frame(r, name, arena_printf(r->a, "/persone/%s", db_get(p, 0, "slug")),
				   politico ? "Politici" : "Personale amministrativo",
				   politico ? "/amministrazione/politici"
					    : "/amministrazione/personale-amministrativo");
	req_set(r, "Page.Description", db_get(p, 0, "summary"));
	r->tpl = "persona.cs";
	return 0;
}

/* GET /persone/{slug} */
int page_persone_show(struct req *r)
{
	struct db_rows p;
	int status = page_detail_row(r, org_person, &p, "La persona che cerchi non esiste.");
	if (status)
		return status;
	return page_persone_render(r, &p) ? 503 : 200;
}
