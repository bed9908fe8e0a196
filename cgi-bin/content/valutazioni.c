/* valutazioni.c - GET /admin/valutazioni: what citizens said of the clarity
 * of each page (the rating at the end of every portal page): per page the
 * count, the mean and the share of 1-3 stars, least clear first; with
 * ?pagina=PATH the follow-up answers of that page and its latest comments.
 * Editors (and administrators). */
#include "content.h"

#include <string.h>

#include "admin/admin.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/rating_store.h"

#define COMMENTS_MAX 50

static int one_page(struct req *r, const char *page)
{
	struct rating_answer *ans;
	struct rating_comment *com;
	size_t na, nc;
	if (rating_answers(r->db, r->a, page, &ans, &na) < 0 ||
	    rating_comments(r->db, r->a, page, COMMENTS_MAX, &com, &nc) < 0)
		return 503;
	req_set(r, "Ratings.page", page);
	for (size_t i = 0; i < na; i++) {
		req_setf(r, "Ratings.Answers.%zu.answer=%s", i, ans[i].answer);
		req_setf(r, "Ratings.Answers.%zu.count=%lld", i, ans[i].count);
	}
	for (size_t i = 0; i < nc; i++) {
		const char *p = arena_printf(r->a, "Ratings.Comments.%zu", i);
		req_set(r, arena_printf(r->a, "%s.when", p), view_date(r, com[i].created_at));
		req_set_int(r, arena_printf(r->a, "%s.stars", p), com[i].rating);
		req_set(r, arena_printf(r->a, "%s.answer", p), com[i].answer ? com[i].answer : "");
		req_set(r, arena_printf(r->a, "%s.comment", p), com[i].comment);
	}
	return 0;
}

int bo_valutazioni(struct req *r)
{
	struct rating_page *pages;
	size_t n;
	if (rating_pages(r->db, r->a, &pages, &n) < 0)
		return 503;
	for (size_t i = 0; i < n; i++) {
		const char *p = arena_printf(r->a, "Ratings.Pages.%zu", i);
		req_set(r, arena_printf(r->a, "%s.page", p), pages[i].page);
		req_set_int(r, arena_printf(r->a, "%s.count", p), (long)pages[i].count);
		req_set(r, arena_printf(r->a, "%s.mean", p), pages[i].mean);
		req_set_int(r, arena_printf(r->a, "%s.low_pct", p), (long)pages[i].low_pct);
	}
	const char *page = req_param(r, "pagina");
	int st = page && *page ? one_page(r, page) : 0;
	if (st)
		return st;
	admin_frame(r, "Valutazioni delle pagine", "/admin/valutazioni", NULL, NULL,
		    "admin/valutazioni.cs");
	return 200;
}
