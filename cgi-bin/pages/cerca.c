/* cerca.c - GET /cerca?q=&tipo=&argomento=: full-text search over services,
 * FAQ, offices, news, events, places, people, documents and the categories of segnalazioni. The query is stemmed like the index
 * (core/stem.c); all terms must match, and when nothing does, any term may. The results come
 * ranked with a cut-off (store/search_store.c) and grouped by kind, each with its snippet. */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/query.h"
#include "core/req.h"
#include "core/stem.h"
#include "core/view.h"
#include "cerca_snippet.h"
#include "store/catalogue_store.h"
#include "store/search_store.h"

#define QUERY_MAX 200
#define TERMS_MAX 8
#define RESULTS_MAX 50

/* The kinds of result, in the order of the filter: the value of tipo=, the
 * search_docs kind, the result's label, the filter's label, the page's URL
 * before the slug. */
static const struct kind {
	const char *param, *kind, *label, *plural, *url;
} kinds[] = {
	{ "servizi", "service", "Servizio", "Servizi", "/servizi/" },
	{ "faq", "faq", "Domanda frequente", "Domande frequenti", "/faq#faq-" },
	{ "uffici", "office", "Ufficio", "Uffici", "/uffici/" },
	{ "novita", "news", "Novità", "Novità", "/novita/" },
	{ "eventi", "event", "Evento", "Eventi", "/eventi/" },
	{ "luoghi", "place", "Luogo", "Luoghi", "/luoghi/" },
	{ "persone", "person", "Persona", "Persone", "/persone/" },
	{ "documenti", "document", "Documento", "Documenti", "/documenti/" },
	{ "segnalazioni", "category", "Segnala al Comune", "Segnalazioni e richieste",
	  "/segnalazioni/nuova?tipo=" },
};
#define NKINDS (sizeof kinds / sizeof *kinds)

static const struct kind *kind_by(const char *param, const char *kind)
{
	for (size_t i = 0; i < NKINDS; i++)
		if ((param && strcmp(kinds[i].param, param) == 0) ||
		    (kind && strcmp(kinds[i].kind, kind) == 0))
			return &kinds[i];
	return NULL;
}

/* "+a* +b*" (every term), "a* b*" (any term) or "a b" (EXACT: the whole stems, to score)
 * from space-separated stems. */
static const char *boolean_query(struct arena *a, const char *stems, int all, int exact)
{
	struct buf b = { 0 };
	for (const char *p = stems; *p;) {
		size_t len = strcspn(p, " ");
		if (len >= 2) {    /* shorter tokens are not indexed */
			if (b.len)
				buf_puts(&b, " ");
			if (all)
				buf_puts(&b, "+");
			buf_append(&b, p, len);
			if (!exact)
				buf_puts(&b, "*");
		}
		p += len;
		p += strspn(p, " ");
	}
	const char *q = arena_strndup(a, b.p ? b.p : "", b.len);
	buf_fini(&b);
	return q;
}

/* Search.Kinds.N.{param,label,count,selected}: the filter, one entry per kind. */
static void set_kinds(struct req *r, const struct kind *k, const long *counts)
{
	for (size_t i = 0; i < NKINDS; i++) {
		const char *base = arena_printf(r->a, "Search.Kinds.%zu", i);
		req_set(r, arena_printf(r->a, "%s.param", base), kinds[i].param);
		req_set(r, arena_printf(r->a, "%s.label", base), kinds[i].plural);
		req_set_int(r, arena_printf(r->a, "%s.count", base), counts ? counts[i] : 0);
		if (k == &kinds[i])
			req_set(r, arena_printf(r->a, "%s.selected", base), "1");
	}
}

static struct stemmer *stemmer(void)
{
	static struct stemmer *st;    /* one per worker, for its whole life */
	if (!st)
		st = stem_new();
	return st;
}

/* Search.Groups.G.{param,label,count} and .Results.N.{kind_label,url,title,Snippet}: the
 * results of kind K (NULL: all), at most RESULTS_MAX, already grouped by kind by the store. */
static int set_results(struct req *r, const struct db_rows *res, const struct kind *k,
		       const long *per_kind, const char *stems)
{
	const struct kind *prev = NULL;
	size_t g = 0, n = 0, shown = 0;
	const char *group = NULL;
	for (size_t i = 0; i < res->nrows && shown < RESULTS_MAX; i++) {
		const struct kind *rk = kind_by(NULL, db_get(res, i, "kind"));
		if (!rk || (k && rk != k))
			continue;
		if (rk != prev) {
			group = arena_printf(r->a, "Search.Groups.%zu", g++);
			req_set(r, arena_printf(r->a, "%s.param", group), rk->param);
			req_set(r, arena_printf(r->a, "%s.label", group), rk->plural);
			req_set_int(r, arena_printf(r->a, "%s.count", group), per_kind[rk - kinds]);
			prev = rk;
			n = 0;
		}
		const char *base = arena_printf(r->a, "%s.Results.%zu", group, n++);
		req_set(r, arena_printf(r->a, "%s.kind_label", base), rk->label);
		req_set(r, arena_printf(r->a, "%s.url", base),
			arena_printf(r->a, "%s%s", rk->url, db_get(res, i, "slug")));
		req_set(r, arena_printf(r->a, "%s.title", base), db_get(res, i, "title"));
		cerca_snippet(r, stemmer(), base, db_get(res, i, "summary"), stems);
		shown++;
	}
	return (int)shown;
}

static int run_search(struct req *r, const struct search_terms *t, const struct kind *k,
		      const char *topic, const char *stems)
{
	struct db_rows res;
	if (search_docs_find(r->db, r->a, t, topic, &res) < 0)
		return -1;
	long per_kind[NKINDS] = { 0 }, all = 0;
	for (size_t i = 0; i < res.nrows; i++) {
		const struct kind *rk = kind_by(NULL, db_get(&res, i, "kind"));
		if (rk) {
			per_kind[rk - kinds]++;
			all++;
		}
	}
	for (size_t i = 0; i < NKINDS; i++)
		if (per_kind[i])
			req_set_int(r, arena_printf(r->a, "Search.Counts.%s", kinds[i].param),
				    per_kind[i]);
	set_kinds(r, k, per_kind);
	req_set_int(r, "Search.Total", k ? per_kind[k - kinds] : all);
	req_set_int(r, "Search.CountAll", all);
	return set_results(r, &res, k, per_kind, stems);
}

static const char *trim(struct req *r, const char *s)
{
	s += strspn(s, " \t\r\n");
	size_t len = strlen(s);
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	return arena_strndup(r->a, s, len);
}

int page_cerca_show(struct req *r)
{
	const char *q = req_param(r, "q");
	const char *tipo = req_param(r, "tipo");
	const char *topic = req_param(r, "argomento");
	q = q ? q : "";
	topic = topic ? topic : "";
	const struct kind *k = NULL;
	if (tipo && *tipo && !(k = kind_by(tipo, NULL)))
		return req_error(r, 400, "Il tipo di risultato può essere servizi, faq, uffici, novita, "
					 "eventi, luoghi, persone, documenti o segnalazioni.");
	if (*topic && !page_slug_ok(topic))
		return req_error(r, 400, "L'argomento indicato non è valido.");
	q = trim(r, q);
	if (utf8_chars(q) > QUERY_MAX)
		return req_error(r, 400, "Il testo da cercare è troppo lungo (al massimo 200 caratteri).");

	struct db_rows topics;
	if (catalogue_topics(r->db, r->a, &topics) < 0)
		return 503;
	view_rows(r, "Search.Topics", &topics);
	for (size_t i = 0; i < topics.nrows; i++)
		if (strcmp(db_get(&topics, i, "slug"), topic) == 0)
			req_set(r, arena_printf(r->a, "Search.Topics.%zu.selected", i), "1");
	req_set(r, "Search.q", q);
	req_set(r, "Search.type", k ? k->param : "");
	req_set(r, "Search.topic", topic);
	view_page(r, "cerca", *q ? arena_printf(r->a, "Risultati per «%s»", q) : "Cerca", "/cerca");
	view_crumb(r, "Cerca", NULL);
	r->tpl = "cerca.cs";

	const char *stems = stem_text(stemmer(), r->a, q, TERMS_MAX);
	struct search_terms t = { boolean_query(r->a, stems, 0, 1), boolean_query(r->a, stems, 1, 0) };
	if (!*q || !*t.prefix) {
		set_kinds(r, k, NULL);
		req_set(r, "Search.state", *q ? "none" : "empty");
		req_set_int(r, "Search.Total", 0);
		return 200;
	}
	int found = run_search(r, &t, k, topic, stems);
	if (found == 0 && strchr(t.prefix, ' ')) {
		t.prefix = boolean_query(r->a, stems, 0, 0);
		found = run_search(r, &t, k, topic, stems);
	}
	if (found < 0)
		return 503;
	req_set(r, "Search.state", found ? "results" : "none");
	return 200;
}
