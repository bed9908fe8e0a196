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
	    strlen(pg) > 4 || *page < 1)
		return -1;
	f->offset = (*page - 1) * PAGE_SIZE;
	return 0;
}

/* The queue's URL with the same filters, on page PAGE. */
static const char *page_url(struct req *r, const struct bo_filter *f, int page)
{
	return arena_printf(r->a, "/admin/pratiche?stato=%s&categoria=%s&ufficio=%s&canale=%s%s%s"
			    "&ordina=%s&pagina=%d", f->status, f->category, f->office, f->channel,
			    f->overdue ? "&scadute=1" : "", f->operator_id ? "&mie=1" : "", f->sort, page);
}

/* TOTAL: the count up to the cap, which means "more than TOTAL - 1". */
static void view_filter(struct req *r, const struct bo_filter *f, long long total, long long cap,
			int page)
{
	req_set(r, "Filter.stato", f->status);
	req_set(r, "Filter.categoria", f->category);
	req_set(r, "Filter.ufficio", f->office);
	req_set(r, "Filter.canale", f->channel);
	req_set(r, "Filter.ordina", f->sort);
	req_set_int(r, "Filter.scadute", f->overdue);
	req_set_int(r, "Filter.mie", f->operator_id != 0);
	if (total >= cap) {
		req_set_int(r, "Queue.more", 1);
		total = cap - 1;
	}
	req_setf(r, "Queue.total=%lld", total);
	req_set_int(r, "Pager.page", page);
	req_set_int(r, "Pager.pages", (int)((total + PAGE_SIZE - 1) / PAGE_SIZE));
	if (page > 1)
		req_set(r, "Pager.prev_url", page_url(r, f, page - 1));
	if ((long long)page * PAGE_SIZE < total)
		req_set(r, "Pager.next_url", page_url(r, f, page + 1));
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

int bo_pratiche_list(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	struct bo_filter f;
	struct db_rows cases, cats, offices, ops;
	int page;
	if (filter_of(r, r->staff, &f, &page) < 0)
		return req_error(r, 400, "I filtri indicati non sono validi.");
	long long total, cap = (long long)f.offset + PAGES_AHEAD * PAGE_SIZE + 1;
	if (bo_cases_count(r->db, r->a, &scope, &f, cap, &total) < 0 ||
	    bo_cases_list(r->db, r->a, &scope, &f, &cases) < 0 ||
	    bo_categories(r->db, r->a, &scope, &cats) < 0 ||
	    bo_offices(r->db, r->a, &scope, &offices) < 0 ||
	    bo_operators(r->db, r->a, &scope, 0, &ops) < 0)
		return 503;
	ops_view_rows(r, "Cases", &cases);
	view_rows(r, "Choices.Categories", &cats);
	view_rows(r, "Choices.Offices", &offices);
	view_rows(r, "Choices.Operators", &ops);
	view_filter(r, &f, total, cap, page);
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
