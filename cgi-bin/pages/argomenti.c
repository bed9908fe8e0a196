/* argomenti.c - the topics index and one topic's page. */
#include "pages.h"

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"

/* GET /argomenti */
int page_argomenti_list(struct req *r)
{
	struct db_rows topics;
	if (catalogue_topics(r->db, r->a, &topics) < 0)
		return 503;
	view_page(r, "argomenti", "Argomenti", "/argomenti");
	req_set(r, "Page.Description", "I servizi e le informazioni del Comune, per argomento.");
	view_crumb(r, "Argomenti", NULL);
	view_rows(r, "Topics", &topics);
	r->tpl = "argomenti.cs";
	return 200;
}

/* GET /argomenti/{slug}: its services, FAQ and the offices that handle them. */
int page_argomenti_show(struct req *r)
{
	const char *slug = req_arg(r, 0);
	struct db_rows t, services, faqs, offices;
	if (catalogue_topic(r->db, r->a, slug, &t) < 0)
		return 503;
	if (t.nrows == 0)
		return req_error(r, 404, "L'argomento che cerchi non esiste.");
	const char *id = db_get(&t, 0, "id");
	if (catalogue_topic_services(r->db, r->a, id, &services) < 0 ||
	    catalogue_topic_faqs(r->db, r->a, id, &faqs) < 0 ||
	    catalogue_topic_offices(r->db, r->a, id, &offices) < 0)
		return 503;
	view_row(r, "Topic", &t, 0);
	view_rows(r, "Topic.Services", &services);
	view_rows(r, "Topic.Faqs", &faqs);
	view_rows(r, "Topic.Offices", &offices);
	const char *name = db_get(&t, 0, "name");
	view_page(r, "argomenti", name, arena_printf(r->a, "/argomenti/%s", slug));
	req_set(r, "Page.Description", db_get(&t, 0, "summary"));
	view_crumb(r, "Argomenti", "/argomenti");
	view_crumb(r, name, NULL);
	r->tpl = "argomento.cs";
	return 200;
}
