/* novita.c - Novità: the landing (in evidenza, the latest, the three
 * categories), the lists of notizie, comunicati and avvisi (filters by
 * topic and date, paging) and the news page ("notizia"). */
#include "pages.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "listing.h"
#include "store/news_store.h"

/* The one vocabulary of news types: the list's path segment and title, the
 * type's value in the database and its label. */
static const struct news_kind {
	const char *segment, *type, *title, *label, *summary;
} kinds[] = {
	{ "notizie", "notizia", "Notizie", "Notizia",
	  "Le notizie dal Comune: iniziative, lavori, servizi e vita della comunità." },
	{ "comunicati", "comunicato", "Comunicati", "Comunicato",
	  "I comunicati stampa dell'amministrazione comunale." },
	{ "avvisi", "avviso", "Avvisi", "Avviso",
	  "Avvisi alla cittadinanza: scadenze, chiusure, modifiche alla viabilità e ai servizi." },
};
#define NKINDS (sizeof kinds / sizeof *kinds)

static const struct news_kind *kind_of_type(const char *type)
{
	for (size_t i = 0; i < NKINDS; i++)
		if (type && strcmp(kinds[i].type, type) == 0)
			return &kinds[i];
	return &kinds[0];
}

void page_novita_cards(struct req *r, const char *prefix, const struct db_rows *rows)
{
	view_rows(r, prefix, rows);
	for (size_t i = 0; i < rows->nrows; i++) {
		const struct news_kind *k = kind_of_type(db_get(rows, i, "news_type"));
		const char *at = db_get(rows, i, "published_at");
		const char *item = arena_printf(r->a, "%s.%zu", prefix, i);
		req_set(r, arena_printf(r->a, "%s.type_label", item), k->label);
		req_set(r, arena_printf(r->a, "%s.list_url", item),
			arena_printf(r->a, "/novita/%s", k->segment));
		req_set(r, arena_printf(r->a, "%s.date", item), listing_date_long(r, at));
		req_set(r, arena_printf(r->a, "%s.date_iso", item), arena_strndup(r->a, at, 10));
	}
}

static void set_categories(struct req *r)
{
	for (size_t i = 0; i < NKINDS; i++) {
		req_set(r, arena_printf(r->a, "Novita.Categories.%zu.url", i),
			arena_printf(r->a, "/novita/%s", kinds[i].segment));
		req_set(r, arena_printf(r->a, "Novita.Categories.%zu.name", i), kinds[i].title);
		req_set(r, arena_printf(r->a, "Novita.Categories.%zu.summary", i), kinds[i].summary);
	}
}

/* GET /novita: in evidenza, the latest of every type, the categories. Public, cached. */
int page_novita_show(struct req *r)
{
	struct db_rows featured, latest;
	struct news_filter all = { "", "", "", "" };
	if (news_featured(r->db, r->a, 3, &featured) < 0 ||
	    news_list(r->db, r->a, &all, 0, 6, &latest) < 0)
		return 503;
	view_page(r, "novita", "Novità", "/novita");
	req_set(r, "Page.Description",
		"Notizie, comunicati e avvisi del Comune: le novità sull'amministrazione, i "
		"servizi e la vita della comunità.");
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Novità", NULL);
	page_novita_cards(r, "Novita.Featured", &featured);
	page_novita_cards(r, "Novita.Latest", &latest);
	set_categories(r);
	r->tpl = "novita.cs";
	return 200;
}

/* The filters of a list from the query: 0, or the 400 to answer. */
static int read_filter(struct req *r, const struct news_kind *k, struct news_filter *f)
{
	const char *topic = req_param(r, "argomento");
	const char *from = req_param(r, "dal");
	const char *to = req_param(r, "al");
	*f = (struct news_filter){ k->type, topic ? topic : "", from ? from : "", to ? to : "" };
	if (f->topic[0] && !page_slug_ok(f->topic))
		return req_error(r, 400, "L'argomento indicato non è valido.");
	if ((f->from[0] && !listing_date_ok(f->from)) || (f->to[0] && !listing_date_ok(f->to)))
		return req_error(r, 400, "Le date vanno indicate come aaaa-mm-gg.");
	if (f->from[0] && f->to[0] && strcmp(f->from, f->to) > 0)
		return req_error(r, 400, "La data iniziale viene dopo quella finale.");
	return 0;
}

/* "/novita/notizie?argomento=...&dal=...&al=...": the values are a slug and
 * checked dates, so they need no escaping. */
static const char *list_base(struct req *r, const struct news_kind *k, const struct news_filter *f)
{
	const char *u = arena_printf(r->a, "/novita/%s", k->segment);
	const char *sep = "?";
	const char *names[] = { "argomento", "dal", "al" };
	const char *values[] = { f->topic, f->from, f->to };
	for (size_t i = 0; i < 3; i++)
		if (values[i][0]) {
			u = arena_printf(r->a, "%s%s%s=%s", u, sep, names[i], values[i]);
			sep = "&";
		}
	return u;
}

static void set_filter(struct req *r, const struct news_filter *f, const struct db_rows *topics)
{
	req_set(r, "News.Filter.topic", f->topic);
	req_set(r, "News.Filter.from", f->from);
	req_set(r, "News.Filter.to", f->to);
	view_rows(r, "News.Topics", topics);
	for (size_t i = 0; i < topics->nrows; i++)
		if (strcmp(db_get(topics, i, "slug"), f->topic) == 0)
			req_set(r, arena_printf(r->a, "News.Topics.%zu.selected", i), "1");
}

static const struct news_kind *kind_of_path(const char *path)
{
	const char *seg = strrchr(path, '/');
	for (size_t i = 0; seg && i < NKINDS; i++)
		if (strcmp(seg + 1, kinds[i].segment) == 0)
			return &kinds[i];
	return &kinds[0];
}

/* GET /novita/notizie|comunicati|avvisi?argomento=SLUG&dal=DATE&al=DATE&pagina=N:
 * newest first. A page past the last is a 404; filters without results an
 * empty list. Public, cached. */
int page_novita_list(struct req *r)
{
	const struct news_kind *k = kind_of_path(r->path);
	struct news_filter f;
	int st = read_filter(r, k, &f);
	if (st)
		return st;
	long page, total, pages;
	if ((st = listing_page(r, &page)) != 0)
		return st;
	struct db_rows items, topics;
	if (news_count(r->db, r->a, &f, &total) < 0)
		return 503;
	if ((st = listing_pages(r, total, page, &pages)) != 0)
		return st;
	if (news_list(r->db, r->a, &f, (int)((page - 1) * LISTING_PAGE_SIZE), LISTING_PAGE_SIZE,
		      &items) < 0 ||
	    news_topics_used(r->db, r->a, k->type, &topics) < 0)
		return 503;
	const char *base = list_base(r, k, &f);
	view_page(r, "novita",
		  page > 1 ? arena_printf(r->a, "%s - pagina %ld", k->title, page) : k->title,
		  page > 1 ? arena_printf(r->a, "%s%spagina=%ld", base, strchr(base, '?') ? "&" : "?",
					  page)
			   : base);
	req_set(r, "Page.Description", k->summary);
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Novità", "/novita");
	view_crumb(r, k->title, NULL);
	req_set(r, "News.title", k->title);
	req_set(r, "News.segment", k->segment);
	req_set(r, "News.summary", k->summary);
	req_set_int(r, "News.Total", total);
	set_filter(r, &f, &topics);
	page_novita_cards(r, "News.Items", &items);
	listing_pager(r, base, page, pages);
	r->tpl = "novita_elenco.cs";
	return 200;
}

/* Minutes to read TEXT at 200 words a minute, at least 1. */
static long reading_minutes(const char *text)
{
	long words = 0;
	for (const char *p = text; *p;) {
		p += strspn(p, " \t\r\n");
		size_t n = strcspn(p, " \t\r\n");
		words += n > 0;
		p += n;
	}
	return words / 200 + (words % 200 != 0 || words == 0);
}

static void set_item(struct req *r, const struct db_rows *n)
{
	static const char *const fields[] = {
		"slug", "news_type", "title", "summary", "image", "image_alt", "image_caption",
		"office_slug", "office_name", "office_address", "office_phone", "office_email",
	};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *v = db_get(n, 0, fields[i]);
		if (v)
			req_set(r, arena_printf(r->a, "NewsItem.%s", fields[i]), v);
	}
	const char *at = db_get(n, 0, "published_at"), *body = db_get(n, 0, "body");
	req_set(r, "NewsItem.type_label", kind_of_type(db_get(n, 0, "news_type"))->label);
	req_set(r, "NewsItem.date", listing_date_long(r, at));
	req_set(r, "NewsItem.date_iso", arena_strndup(r->a, at, 10));
	req_set(r, "NewsItem.updated", view_date(r, db_get(n, 0, "updated_at")));
	req_set(r, "NewsItem.updated_time", listing_time(r, db_get(n, 0, "updated_at")));
	req_set_int(r, "NewsItem.reading_minutes", reading_minutes(body));
	view_markdown(r, "NewsItem.body", body);
}

/* NewsItem.Attachments.N, with the url of a stored PDF: BASE/ID (the others
 * are files under static/). */
static void set_attachments(struct req *r, const char *base, const struct db_rows *att)
{
	view_rows(r, "NewsItem.Attachments", att);
	for (size_t i = 0; i < att->nrows; i++) {
		if (db_get_int(att, i, "stored"))
			req_set(r, arena_printf(r->a, "NewsItem.Attachments.%zu.url", i),
				arena_printf(r->a, "%s/%s", base, db_get(att, i, "id")));
		long kb = (long)(db_get_ll(att, i, "bytes") + 1023) / 1024;
		req_set(r, arena_printf(r->a, "NewsItem.Attachments.%zu.size", i),
			arena_printf(r->a, "%ld kB", kb > 0 ? kb : 1));
	}
}

/* The news page of row N (news_item() or news_item_preview()): 0 or 503. */
int page_novita_render(struct req *r, const struct db_rows *n, const char *base)
{
	struct db_rows topics, att;
	const char *id = db_get(n, 0, "id"), *slug = db_get(n, 0, "slug");
	if (news_item_topics(r->db, r->a, id, &topics) < 0 ||
	    news_item_attachments(r->db, r->a, id, &att) < 0)
		return 503;
	const struct news_kind *k = kind_of_type(db_get(n, 0, "news_type"));
	const char *title = db_get(n, 0, "title");
	view_page(r, "novita", title, arena_printf(r->a, "/novita/%s", slug));
	req_set(r, "Page.Description", db_get(n, 0, "summary"));
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Novità", "/novita");
	view_crumb(r, k->title, arena_printf(r->a, "/novita/%s", k->segment));
	view_crumb(r, title, NULL);
	set_item(r, n);
	view_rows(r, "NewsItem.Topics", &topics);
	set_attachments(r, base ? base : arena_printf(r->a, "/novita/%s/allegati", slug), &att);
	r->tpl = "notizia.cs";
	return 0;
}

/* GET /novita/{slug}: the news page with the model's page index. Public, cached. */
int page_novita_item(struct req *r)
{
	struct db_rows n;
	if (news_item(r->db, r->a, req_arg(r, 0), &n) < 0)
		return 503;
	if (n.nrows == 0)
		return req_error(r, 404, "La notizia che cerchi non esiste o non è più pubblicata.");
	return page_novita_render(r, &n, NULL) ? 503 : 200;
}

/* GET /novita/{slug}/allegati/{id}: a PDF the editors uploaded, if it is a
 * PDF by content, as a download named by us. Public. */
int page_novita_file(struct req *r)
{
	return page_pdf_serve(r, news_attachment_data, "news");
}
