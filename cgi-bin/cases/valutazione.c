/* valutazione.c - POST /valutazione: the clarity rating every portal page ends
 * with ("Quanto sono chiare le informazioni su questa pagina?"). Anonymous: it
 * needs no session and keeps no personal data. With JavaScript the form sends
 * stars, follow-up answer and text at once; without, the stars alone bring
 * the follow-up question of their side (1-3 stars: what was hard, 4-5: what
 * was liked) on a page of its own, whose form sends the rest. At most
 * Rating.PerHour ratings per client and hour. */
#include "cases.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/query.h"
#include "core/req.h"
#include "core/view.h"
#include "store/rating_store.h"

#define PAGE_MAX 255
#define COMMENT_MAX 200

/* A path of this site: "/..." but not "//host", printable, not too long. */
static bool page_ok(const char *p)
{
	return p && p[0] == '/' && p[1] != '/' && strlen(p) <= PAGE_MAX && text_one_line(p);
}

/* Is ANSWER one of the follow-up answers of the side of STARS? */
static bool answer_ok(struct req *r, int stars, const char *answer)
{
	HDF *list = hdf_get_obj(r->app->config, stars > 3 ? "Site.Rating.Positive"
							  : "Site.Rating.Negative");
	for (HDF *h = list ? hdf_obj_child(list) : NULL; h; h = hdf_obj_next(h))
		if (strcmp(hdf_obj_value(h), answer) == 0)
			return true;
	return false;
}

/* The rating of the form, or 0 when the form is not one. */
static int read_rating(struct req *r, struct rating *rt)
{
	const char *stars = req_form(r, "voto"), *answer = req_form(r, "risposta");
	const char *comment = req_form(r, "commento");
	memset(rt, 0, sizeof(*rt));
	rt->page = req_form(r, "pagina");
	if (!page_ok(rt->page) || !stars || strlen(stars) != 1 || stars[0] < '1' || stars[0] > '5')
		return 0;
	rt->rating = stars[0] - '0';
	if (answer && *answer) {
		if (!answer_ok(r, rt->rating, answer))
			return 0;
		rt->answer = answer;
	}
	if (comment && *comment) {
		if (utf8_chars(comment) > COMMENT_MAX || !text_one_line(comment))
			return 0;
		rt->comment = comment;
	}
	return rt->rating;
}

static int page(struct req *r, const struct rating *rt, const char *step, int status)
{
	req_set(r, "Rating.step", step);
	req_set(r, "Rating.page", rt->page);
	req_set_int(r, "Rating.stars", rt->rating);
	req_set_int(r, "Rating.positive", rt->rating > 3);
	view_page(r, "valutazione", "Valuta questa pagina", NULL);
	r->tpl = "valutazione.cs";
	r->cache_control = "no-store";
	return status;
}

int page_valutazione(struct req *r)
{
	struct rating rt;
	if (!read_rating(r, &rt))
		return req_error(r, 400, "La valutazione non è valida: torna alla pagina e riprova.");
	const char *done = req_form(r, "seguito");
	if (!done || strcmp(done, "1") != 0)
		return page(r, &rt, "seguito", 200);   /* without JavaScript: the follow-up */
	const char *client = req_env(r, "REMOTE_ADDR");
	int limited;
	if (rating_record(r->db, &rt, client ? client : "", app_conf_int(r->app, "Rating.PerHour", 20),
			  &limited) < 0)
		return 503;
	if (limited)
		return page(r, &rt, "troppe", 429);
	return page(r, &rt, "grazie", 200);
}
