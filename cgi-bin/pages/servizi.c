/* servizi.c - the service catalogue and the service page ("scheda servizio"). */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"

#define PAGE_SIZE 12

/* "?argomento=...&destinatari=...&pagina=N" keeping the filters; values are
 * slugs or fixed words, so they need no escaping. */
static const char *list_url(struct req *r, const struct catalogue_filter *f, long page)
{
	const char *u = "/servizi";
	const char *sep = "?";
	if (f->topic[0]) {
		u = arena_printf(r->a, "%s%sargomento=%s", u, sep, f->topic);
		sep = "&";
	}
	if (f->audience[0]) {
		u = arena_printf(r->a, "%s%sdestinatari=%s", u, sep, f->audience);
		sep = "&";
	}
	if (page > 1)
		u = arena_printf(r->a, "%s%spagina=%ld", u, sep, page);
	return u;
}

static void set_pager(struct req *r, const struct catalogue_filter *f, long page, long pages)
{
	req_set_int(r, "Pager.page", page);
	req_set_int(r, "Pager.pages", pages);
	if (page > 1)
		req_set(r, "Pager.prev_url", list_url(r, f, page - 1));
	if (page < pages)
		req_set(r, "Pager.next_url", list_url(r, f, page + 1));
	for (long i = 1; i <= pages; i++) {
		req_setf(r, "Pager.Links.%ld.num=%ld", i - 1, i);
		req_set(r, arena_printf(r->a, "Pager.Links.%ld.url", i - 1), list_url(r, f, i));
		if (i == page)
			req_set(r, arena_printf(r->a, "Pager.Links.%ld.current", i - 1), "1");
	}
}

static long parse_page(const char *s)
{
	if (!s || !*s)
		return 1;
	if (strlen(s) > 4 || strspn(s, "0123456789") != strlen(s))
		return -1;
	long n = atol(s);
	return n >= 1 ? n : -1;
}

/* GET /servizi?argomento=SLUG&destinatari=cittadini|imprese&pagina=N */
int page_servizi_list(struct req *r)
{
	const char *topic = req_param(r, "argomento");
	const char *aud = req_param(r, "destinatari");
	struct catalogue_filter f = { topic ? topic : "", aud ? aud : "" };
	if (f.topic[0] && !page_slug_ok(f.topic))
		return req_error(r, 400, "L'argomento indicato non è valido.");
	if (f.audience[0] && strcmp(f.audience, "cittadini") && strcmp(f.audience, "imprese"))
		return req_error(r, 400, "I destinatari possono essere «cittadini» o «imprese».");
	long page = parse_page(req_param(r, "pagina"));
	if (page < 0)
		return req_error(r, 400, "Il numero di pagina non è valido.");

	long total;
	struct db_rows topics, services;
	if (catalogue_count_services(r->db, r->a, &f, &total) < 0)
		return 503;
	long pages = total ? (total + PAGE_SIZE - 1) / PAGE_SIZE : 1;
	if (page > pages)
		return 404;
	if (catalogue_services(r->db, r->a, &f, (int)((page - 1) * PAGE_SIZE), PAGE_SIZE,
			       &services) < 0 ||
	    catalogue_topics(r->db, r->a, &topics) < 0)
		return 503;

	view_page(r, "servizi", page > 1 ? arena_printf(r->a, "Servizi - pagina %ld", page)
					 : "Servizi",
		  list_url(r, &f, page));
	req_set(r, "Page.Description", "Tutti i servizi del Comune per cittadini e imprese.");
	view_crumb(r, "Servizi", NULL);
	req_set_int(r, "Catalogue.Total", total);
	req_set(r, "Catalogue.Filter.topic", f.topic);
	req_set(r, "Catalogue.Filter.audience", f.audience);
	view_rows(r, "Catalogue.Topics", &topics);
	for (size_t i = 0; i < topics.nrows; i++)
		if (strcmp(db_get(&topics, i, "slug"), f.topic) == 0)
			req_set(r, arena_printf(r->a, "Catalogue.Topics.%zu.selected", i), "1");
	view_rows(r, "Catalogue.Services", &services);
	set_pager(r, &f, page, pages);
	r->tpl = "servizi.cs";
	return 200;
}

static const char *const service_short[] = {
	"slug", "title", "status", "status_reason", "summary", "for_citizens", "for_businesses",
	"online_url", "online_label", "booking_url",
};
static const char *const service_long[] = {
	"audience", "description", "how_to", "requirements", "outputs", "times", "costs",
	"in_person", "conditions", "contacts",
};
static const char *const office_fields[] = { "slug", "name", "address", "phone", "email", "pec" };

static const char *cell(const struct db_rows *rows, const char *col)
{
	const char *v = db_get(rows, 0, col);
	return v ? v : "";
}

/* GET /servizi/{slug}: the service page in the Designers Italia order. */
int page_servizi_show(struct req *r)
{
	const char *slug = req_arg(r, 0);
	struct db_rows s, topics;
	if (catalogue_service(r->db, r->a, slug, &s) < 0)
		return 503;
	if (s.nrows == 0)
		return req_error(r, 404, "Il servizio che cerchi non esiste o non è più pubblicato.");
	if (catalogue_service_topics(r->db, r->a, cell(&s, "id"), &topics) < 0)
		return 503;

	for (size_t i = 0; i < sizeof service_short / sizeof *service_short; i++)
		req_set(r, arena_printf(r->a, "Service.%s", service_short[i]),
			cell(&s, service_short[i]));
	for (size_t i = 0; i < sizeof service_long / sizeof *service_long; i++)
		view_markdown(r, arena_printf(r->a, "Service.%s", service_long[i]),
			      cell(&s, service_long[i]));
	for (size_t i = 0; i < sizeof office_fields / sizeof *office_fields; i++)
		req_set(r, arena_printf(r->a, "Service.Office.%s", office_fields[i]),
			cell(&s, arena_printf(r->a, "office_%s", office_fields[i])));
	const char *updated = cell(&s, "updated_at");
	req_set(r, "Service.updated", view_date(r, updated));
	req_set(r, "Service.updated_iso", arena_strndup(r->a, updated, strnlen(updated, 10)));
	view_rows(r, "Service.Topics", &topics);

	const char *title = cell(&s, "title");
	view_page(r, "servizi", title, arena_printf(r->a, "/servizi/%s", slug));
	req_set(r, "Page.Description", cell(&s, "summary"));
	view_crumb(r, "Servizi", "/servizi");
	if (topics.nrows)
		view_crumb(r, db_get(&topics, 0, "name"),
			   arena_printf(r->a, "/argomenti/%s", db_get(&topics, 0, "slug")));
	view_crumb(r, title, NULL);
	r->tpl = "servizio.cs";
	return 200;
}
