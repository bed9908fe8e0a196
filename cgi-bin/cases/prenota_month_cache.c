/* prenota_month_cache.c - the booking calendar's answer cache, one per worker.
 * A month's calendar costs five queries and the computing of every slot; the
 * same month is asked by every citizen who books there. Kept: the data the
 * answer put in the page (Booking.*, Calendar.*, Slots.*; never the visitor's
 * token, nor the frame, which stays per request), under the query string and
 * the catalogue's generation, for the bookings' generation (sql/220: bumped
 * in the transaction of every write that changes a calendar, whoever makes
 * it), until the minute the clock alone changes it (prenota_month_page). The
 * generations are read before the answer is computed, so an entry is never
 * older than its stamp: a booking made meanwhile only costs a miss. */
#include "cases.h"
#include "prenota.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/cache.h"
#include "core/calendar.h"
#include "core/log.h"
#include "core/req.h"
#include "store/booking_stamp_store.h"

static struct cache *answers(void)
{
	static struct cache *c;   /* the worker's, for its whole life */
	if (!c)
		c = cache_new(2 << 20, 512);
	return c;
}

static bool copy_tree(HDF *dst, HDF *src, const char *name)
{
	HDF *node = hdf_get_obj(src, name);
	NEOERR *err = node ? hdf_copy(dst, name, node) : STATUS_OK;
	bool ok = err == STATUS_OK;
	nerr_ignore(&err);
	return ok;
}

/* What ANSWER set, as HDF text, without the visitor's token. */
static char *answer_text(struct req *r)
{
	HDF *h = NULL;
	char *text = NULL;
	NEOERR *err = hdf_init(&h);
	if (!err && copy_tree(h, r->hdf, "Booking") && copy_tree(h, r->hdf, "Calendar") &&
	    copy_tree(h, r->hdf, "Slots")) {
		err = hdf_remove_tree(h, "Booking.csrf");
		if (!err)
			err = hdf_write_string(h, &text);
	}
	if (err) {
		nerr_ignore(&err);
		free(text);
		text = NULL;
	}
	hdf_destroy(&h);
	return text;
}

static void keep(struct req *r, const char *key, unsigned long long gen, long until)
{
	char *text = answer_text(r);
	if (!text) {
		log_error("booking calendar: cannot keep the answer");
		return;
	}
	struct cache_page p = { text, strlen(text), "", "", until };
	cache_put(answers(), key, gen, &p);
	free(text);
}

int prenota_month_cached(struct req *r, prenota_answer_fn answer)
{
	struct booking_stamp s;
	if (booking_stamp_read(r->db, r->a, &s) != 1)
		return 503;
	const char *qs = req_env(r, "QUERY_STRING");
	const char *key = arena_printf(r->a, "%lld?%s", s.catalogue, qs ? qs : "");
	const struct cache_page *hit =
		cache_get_at(answers(), key, (unsigned long long)s.booking, cal_parse_minute(s.now));
	if (hit) {
		NEOERR *err = hdf_read_string(r->hdf, hit->body);   /* Booking.csrf stays the frame's */
		int status = err ? 500 : 200;
		nerr_ignore(&err);
		return status;
	}
	long until = LONG_MAX;
	int status = answer(r, &until);
	if (status == 200 && until > cal_parse_minute(s.now))
		keep(r, key, (unsigned long long)s.booking, until);
	return status;
}
