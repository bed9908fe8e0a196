/* prenota_month_cache.c - the booking calendar's answer cache, one per worker.
 * A month's calendar costs five queries and the computing of every slot; the
 * same month is asked by every citizen who books there. Kept: the data the
 * answer put in the page, as name and value pairs (made on a dataset of its
 * own: never the frame's nor the visitor's), under the query string and the
 * catalogue's generation, for the bookings' generation (sql/220: bumped
 * in the transaction of every write that changes a calendar, whoever makes
 * it), until the minute the clock alone changes it (prenota_month_page). The
 * generations are read before the answer is computed, so an entry is never
 * older than its stamp: a booking made meanwhile only costs a miss. */
#include "cases.h"
#include "prenota.h"

#include <limits.h>

#include "core/answer_apart.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/cache.h"
#include "core/calendar.h"
#include "core/req.h"
#include "store/booking_stamp_store.h"

static struct cache *answers(void)
{
	static struct cache *c;   /* the worker's, for its whole life */
	if (!c)
		c = cache_new(2 << 20, 512);
	return c;
}

struct month_answer {
	prenota_answer_fn answer;
	long *until;
};

static int month_answer(struct req *r, void *arg)
{
	struct month_answer *m = arg;
	return m->answer(r, m->until);
}

int prenota_month_cached(struct req *r, prenota_answer_fn answer)
{
	struct booking_stamp s;
	if (booking_stamp_read(r->db, r->a, &s) != 1)
		return 503;
	const char *qs = req_env(r, "QUERY_STRING");
	const char *key = arena_printf(r->a, "%lld?%s", s.catalogue, qs ? qs : "");
	long now = cal_parse_minute(s.now), until = LONG_MAX;
	const struct cache_page *hit =
		cache_get_at(answers(), key, (unsigned long long)s.booking, now);
	if (hit) {
		answer_restore(r, hit->body, hit->len);
		return 200;
	}
	struct buf kept = { 0 };
	int status = answer_apart(r, month_answer, &(struct month_answer){ answer, &until }, &kept);
	if (status == 200 && until > now) {
		struct cache_page p = { kept.p ? kept.p : "", kept.len, "", "", until };
		cache_put(answers(), key, (unsigned long long)s.booking, &p);
	}
	buf_fini(&kept);
	return status;
}
