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

#define FEATURED 6   /* "Servizi in evidenza": the most requested */

/* The categories and the featured services of /servizi: 0 or -1. */
static int list_extras(struct req *r)
{
	struct db_rows categories, featured;
	if (catalogue_categories(r->db, r->a, &categories) < 0 ||
	    catalogue_popular_services(r->db, r->a, FEATURED, &featured) < 0)
		return -1;
	view_rows(r, "Catalogue.Categories", &categories);
	view_rows(r, "Catalogue.Featured", &featured);
	return 0;
}

/* GET /servizi?argomento=SLUG&destinatari=cittadini|imprese&pagina=N: the
 * model's "Servizi" page: every service (filtered, paged), the featured
 * ones and the 15 categories. */
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
	    catalogue_topics(r->db, r->a, &topics) < 0 || list_extras(r) < 0)
		return 503;

	view_page(r, "servizi", page > 1 ? arena_printf(r->a, "Servizi - pagina %ld", page)
					 : "Servizi",
		  list_url(r, &f, page));
	req_set(r, "Page.Description", "Tutti i servizi comunali per cittadini e imprese, "
				       "disponibili online o allo sportello.");
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

/* GET /servizi/categoria/{slug}: one of the model's 15 categories, with its
 * services and the offices that handle them. */
int page_servizi_category(struct req *r)
{
	const char *slug = req_arg(r, 0);
	struct db_rows c, services, offices;
	if (catalogue_category(r->db, r->a, slug, &c) < 0)
		return 503;
	if (c.nrows == 0)
		return req_error(r, 404, "La categoria di servizi che cerchi non esiste.");
	const char *id = db_get(&c, 0, "id");
	if (catalogue_category_services(r->db, r->a, id, &services) < 0 ||
	    catalogue_category_offices(r->db, r->a, id, &offices) < 0)
		return 503;
	view_row(r, "Category", &c, 0);
	view_rows(r, "Category.Services", &services);
	view_rows(r, "Category.Offices", &offices);
	const char *name = db_get(&c, 0, "name");
	view_page(r, "servizi", name, arena_printf(r->a, "/servizi/categoria/%s", slug));
	req_set(r, "Page.Description", db_get(&c, 0, "summary"));
	view_crumb(r, "Servizi", "/servizi");
	view_crumb(r, name, NULL);
	r->tpl = "servizi_categoria.cs";
	return 200;
}

static const char *const service_short[] = {
	"slug", "title", "status", "status_reason", "summary", "for_citizens", "for_businesses",
	"online_url", "online_label", "booking", "category_slug", "category_name",
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

/* Does the Markdown TEXT hold a list (a line "- ", "* ", "+ " or "1. ")? */
static int md_has_list(const char *text)
{
	for (const char *l = text; l; l = strchr(l, '\n')) {
		l += strspn(l, "\n ");
		if ((*l == '-' || *l == '*' || *l == '+') && l[1] == ' ')
			return 1;
		size_t d = strspn(l, "0123456789");
		if (d && d < 10 && (l[d] == '.' || l[d] == ')') && l[d + 1] == ' ')
			return 1;
	}
	return 0;
}

/* Service.Office.{street,postal_code,locality} from an address written
 * "Piazza del Municipio 1, 53100 Valdimonte (SI)" (the JSON-LD's
 * PostalAddress); the whole address as the street when it is not. */
static void set_address(struct req *r, const char *addr)
{
	const char *comma = NULL;
	for (const char *p = strstr(addr, ", "); p; p = strstr(p + 1, ", "))
		if (strspn(p + 2, "0123456789") == 5 && p[7] == ' ')
			comma = p;
	if (!comma) {
		req_set(r, "Service.Office.street", addr);
		return;
	}
	const char *town = comma + 8, *prov = strstr(town, " (");
	req_set(r, "Service.Office.street", arena_strndup(r->a, addr, (size_t)(comma - addr)));
	req_set(r, "Service.Office.postal_code", arena_strndup(r->a, comma + 2, 5));
	req_set(r, "Service.Office.locality",
		prov ? arena_strndup(r->a, town, (size_t)(prov - town)) : town);
}

static void set_service(struct req *r, const struct db_rows *s)
{
	for (size_t i = 0; i < sizeof service_short / sizeof *service_short; i++)
		req_set(r, arena_printf(r->a, "Service.%s", service_short[i]),
			cell(s, service_short[i]));
	for (size_t i = 0; i < sizeof service_long / sizeof *service_long; i++)
		view_markdown(r, arena_printf(r->a, "Service.%s", service_long[i]),
			      cell(s, service_long[i]));
	req_set_int(r, "Service.times_list", md_has_list(cell(s, "times")));
	for (size_t i = 0; i < sizeof office_fields / sizeof *office_fields; i++)
		req_set(r, arena_printf(r->a, "Service.Office.%s", office_fields[i]),
			cell(s, arena_printf(r->a, "office_%s", office_fields[i])));
	set_address(r, cell(s, "office_address"));
	const char *updated = cell(s, "updated_at");
	req_set(r, "Service.updated", view_date(r, updated));
	req_set(r, "Service.updated_iso", arena_strndup(r->a, updated, strnlen(updated, 10)));
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
	set_service(r, &s);
	view_rows(r, "Service.Topics", &topics);

	const char *title = cell(&s, "title");
	view_page(r, "servizi", title, arena_printf(r->a, "/servizi/%s", slug));
	req_set(r, "Page.Description", cell(&s, "summary"));
	view_crumb(r, "Servizi", "/servizi");
	view_crumb(r, cell(&s, "category_name"),
		   arena_printf(r->a, "/servizi/categoria/%s", cell(&s, "category_slug")));
	view_crumb(r, title, NULL);
	r->tpl = "servizio.cs";
	return 200;
}
