/* ops_queue.c - GET /admin/pratiche: the queue of the operator's offices
 * (every office for managers and admins), filtered by status, category,
 * office, channel, overdue and "assigned to me", sorted, 50 a page; POST: the
 * same action on the selected cases (take in charge, assign), each one run
 * and audited on its own. */
#include "ops.h"
#include "ops_internal.h"
#include "admin/admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/bo_case_store.h"

#define PAGE_SIZE 50
/* The count looks this many pages past the one shown, no further: beyond,
 * the page says "oltre N" (a big city's queue holds millions of cases). */
#define PAGES_AHEAD 2

static const char *param(struct req *r, const char *name)
{
	const char *v = req_param(r, name);
	return v ? v : "";
}

static int one_of(const char *v, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(v, *list) == 0)
			return 1;
	return 0;
}

/* The key of ?dopo=, the last row of the page before in the list's order:
 * its sort value's digits (17 for a time, 8 for a due date, none for no
 * due date), '-', its id. Read after the filters, which choose the order.
 * 0, or -1 when it is not one. */
static int after_of(struct req *r, struct bo_filter *f)
{
	const char *v = param(r, "dopo"), *id;
	size_t n = strspn(v, "0123456789");
	if (!*v)
		return 0;
	id = v + n + 1;
	if (v[n] != '-' || !*id || strspn(id, "0123456789") != strlen(id) || strlen(id) > 18 ||
	    (bo_queue_by_due(f) ? n != 0 && n != 8 : n != 17))
		return -1;
	f->after = n == 0 ? ""
		 : n == 8 ? arena_printf(r->a, "%.4s-%.2s-%.2s", v, v + 4, v + 6)
			  : arena_printf(r->a, "%.4s-%.2s-%.2s %.2s:%.2s:%.2s.%.3s", v, v + 4, v + 6,
					 v + 8, v + 10, v + 12, v + 14);
	f->after_id = atoll(id);
	return f->after_id > 0 ? 0 : -1;
}

/* The filters of the URL; -1 when one is not a value the form offers. */
static int filter_of(struct req *r, const struct staff *s, struct bo_filter *f, int *page)
{
	static const char *const statuses[] = {
		"", "tutte", "received", "in_charge", "in_progress", "waiting_citizen", "closed",
		"rejected", "withdrawn", NULL,
	};
	static const char *const channels[] = { "", "web", "telefono", "sportello", "email", "social", NULL };
	static const char *const sorts[] = { "", "meno-recenti", "scadenza", "aggiornate", NULL };
	const char *pg = param(r, "pagina");
	*f = (struct bo_filter){
		.status = param(r, "stato"), .category = param(r, "categoria"),
		.office = param(r, "ufficio"), .channel = param(r, "canale"), .sort = param(r, "ordina"),
		.overdue = *param(r, "scadute") != '\0',
		.operator_id = *param(r, "mie") ? s->id : 0, .limit = PAGE_SIZE,
	};
	*page = *pg ? atoi(pg) : 1;
	if (!one_of(f->status, statuses) || !one_of(f->channel, channels) || !one_of(f->sort, sorts) ||
	    (*f->category && !ops_word_ok(f->category, 80)) ||
	    (*f->office && !ops_word_ok(f->office, 80)) || strspn(pg, "0123456789") != strlen(pg) ||
	    *page < 1 || after_of(r, f) < 0)
		return -1;
	/* a key's page number only labels the page; an OFFSET's stays bounded */
	if (strlen(pg) > (f->after ? 6 : 4))
		return -1;
	/* a page number alone is an OFFSET: the first pages, and old bookmarks */
	f->offset = f->after ? 0 : (*page - 1) * PAGE_SIZE;
	return 0;
}

/* The key of the list's last row, for the next page's ?dopo=. */
static const char *next_key(struct req *r, const struct db_rows *rows)
{
	const char *at = db_get(rows, rows->nrows - 1, "key_at");
	char *k = arena_printf(r->a, "%s-%lld", at ? at : "", db_get_ll(rows, rows->nrows - 1,
									  "key_id"));
	char *w = k;
	for (const char *p = k; *p; p++)   /* digits, and the '-' before the id */
		if ((*p >= '0' && *p <= '9') || (*p == '-' && strchr(p + 1, '-') == NULL))
			*w++ = *p;
	*w = '\0';
	return k;
}

/* The queue's URL with the same filters, on page PAGE (after KEY, or NULL). */
static const char *page_url(struct req *r, const struct bo_filter *f, int page, const char *key)
{
	return arena_printf(r->a, "/admin/pratiche?stato=%s&categoria=%s&ufficio=%s&canale=%s%s%s"
			    "&ordina=%s&pagina=%d%s%s", f->status, f->category, f->office, f->channel,
			    f->overdue ? "&scadute=1" : "", f->operator_id ? "&mie=1" : "", f->sort, page,
			    key ? "&dopo=" : "", key ? key : "");
}

/* COUNTED: the matches after BEFORE rows (the pages a key skipped) up to
 * CAP, which means "more than CAP - 1". */
static void view_filter(struct req *r, const struct bo_filter *f, const struct db_rows *cases,
			long long before, long long counted, long long cap, int page)
{
	long long total = before + counted;
	req_set(r, "Filter.stato", f->status);
	req_set(r, "Filter.categoria", f->category);
	req_set(r, "Filter.ufficio", f->office);
	req_set(r, "Filter.canale", f->channel);
	req_set(r, "Filter.ordina", f->sort);
	req_set_int(r, "Filter.scadute", f->overdue);
	req_set_int(r, "Filter.mie", f->operator_id != 0);
	if (counted >= cap) {
		req_set_int(r, "Queue.more", 1);
		total = before + cap - 1;
	}
	req_setf(r, "Queue.total=%lld", total);
	req_set_int(r, "Pager.page", page);
	req_set_int(r, "Pager.pages", (int)((total + PAGE_SIZE - 1) / PAGE_SIZE));
	if (page > 1)
		req_set(r, "Pager.first_url", page_url(r, f, 1, NULL));
	if (total > (long long)page * PAGE_SIZE && cases->nrows == PAGE_SIZE)
		req_set(r, "Pager.next_url", page_url(r, f, page + 1, next_key(r, cases)));
}

/* What the last bulk action did (?fatte=N&saltate=M), or a transfer. */
static void view_outcome(struct req *r)
{
	const char *done = req_param(r, "fatte"), *skipped = req_param(r, "saltate");
	if (done && skipped)
		req_setf(r, "Bulk.message=Pratiche aggiornate: %d; non è stato possibile: %d.",
			 atoi(done), atoi(skipped));
	if (req_param(r, "trasferita"))
		req_set(r, "Bulk.message", "Pratica trasferita al nuovo ufficio.");
}

/* The count the page's rows carry; a page past the end of an OFFSET has no
 * rows, and the count from the first row is asked alone. 0 or -1. */
static int count_of(struct req *r, const struct bo_scope *scope, const struct bo_filter *f,
		    const struct db_rows *cases, long long *counted)
{
	*counted = 0;
	if (cases->nrows) {
		*counted = db_get_ll(cases, 0, "n");
		return 0;
	}
	return f->offset ? bo_cases_count(r->db, r->a, scope, f, counted) : 0;
}

int bo_pratiche_list(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	struct bo_filter f;
	struct db_rows cases, cats, offices, ops;
	int page;
	if (filter_of(r, r->staff, &f, &page) < 0)
		return req_error(r, 400, "I filtri indicati non sono validi.");
	/* after a key the count starts there; with an OFFSET, at the first row */
	long long counted, before = f.after ? (long long)(page - 1) * PAGE_SIZE : 0;
	f.count_cap = (long long)f.offset + (PAGES_AHEAD + 1) * PAGE_SIZE + 1;
	f.category_id = ops_slug_id(r, "category", f.category);
	f.office_id = ops_slug_id(r, "office", f.office);
	if (f.category_id < -1 || f.office_id < -1 ||
	    bo_cases_list(r->db, r->a, &scope, &f, &cases) < 0 ||
	    count_of(r, &scope, &f, &cases, &counted) < 0 ||
	    ops_list(r, OPS_CATEGORIES, &scope, 0, &cats) < 0 ||
	    ops_list(r, OPS_OFFICES, &scope, 0, &offices) < 0 ||
	    ops_list(r, OPS_OPERATORS, &scope, 0, &ops) < 0)
		return 503;
	ops_case_rows(r, "Cases", &cases);
	view_rows(r, "Choices.Categories", &cats);
	view_rows(r, "Choices.Offices", &offices);
	view_rows(r, "Choices.Operators", &ops);
	view_filter(r, &f, &cases, before, counted, f.count_cap, page);
	view_outcome(r);
	return ops_page(r, "Pratiche", "/admin/pratiche", "admin/pratiche.cs", 200);
}

int bo_pratiche_bulk(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	const char *action = req_form(r, "azione");
	if (!action || (strcmp(action, "prendi") && strcmp(action, "assegna")))
		return req_error(r, 400, "Azione non valida.");
	int done = 0, skipped = 0, st;
	for (size_t i = 0; i < r->form.n; i++) {
		if (strcmp(r->form.v[i].name, "pratica"))
			continue;
		st = ops_word_ok(r->form.v[i].value, 12) ? ops_act(r, &scope, r->form.v[i].value,
								   action) : 404;
		if (st == 503)
			return 503;
		st ? skipped++ : done++;
	}
	return req_redirect(r, 303, arena_printf(r->a, "/admin/pratiche?fatte=%d&saltate=%d", done,
						 skipped));
}
