/* prenota_month_cache.c - the booking calendar's answer cache, one per worker.
 * A month's calendar costs five queries and the computing of every slot; the
 * same month is asked by every citizen who books there. Kept: the data the
 * answer put in the page (Booking.*, Calendar.*, Slots.* as name and value
 * pairs; never the visitor's token, nor the frame, which stays per request), under the query string and
 * the catalogue's generation, for the bookings' generation (sql/220: bumped
 * in the transaction of every write that changes a calendar, whoever makes
 * it), until the minute the clock alone changes it (prenota_month_page). The
 * generations are read before the answer is computed, so an entry is never
 * older than its stamp: a booking made meanwhile only costs a miss. */
#include "cases.h"
#include "prenota.h"

#include <limits.h>
#include <string.h>

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

/* NAME\0VALUE\0 for each node under NODE (named PREFIX) that has a value, but
 * the visitor's token: exact for any value, which HDF's own text is not (it
 * trims a value's spaces). */
static void flatten(struct req *r, struct buf *out, HDF *node, const char *prefix)
{
	for (HDF *c = hdf_obj_child(node); c; c = hdf_obj_next(c)) {
		const char *name = arena_printf(r->a, "%s.%s", prefix, hdf_obj_name(c));
		const char *value = hdf_obj_value(c);
		if (value && strcmp(name, "Booking.csrf") != 0) {
			buf_append(out, name, strlen(name) + 1);
			buf_append(out, value, strlen(value) + 1);
		}
		flatten(r, out, c, name);
	}
}

static void keep(struct req *r, const char *key, unsigned long long gen, long until)
{
	static const char *const trees[] = { "Booking", "Calendar", "Slots" };
	struct buf text = { 0 };
	for (size_t i = 0; i < sizeof trees / sizeof *trees; i++) {
		HDF *node = hdf_get_obj(r->hdf, trees[i]);
		if (node)
			flatten(r, &text, node, trees[i]);
	}
	struct cache_page p = { text.p ? text.p : "", text.len, "", "", until };
	cache_put(answers(), key, gen, &p);
	buf_fini(&text);
}

static void restore(struct req *r, const struct cache_page *hit)
{
	for (const char *p = hit->body, *end = hit->body + hit->len; p < end;) {
		const char *name = p;
		p += strlen(p) + 1;
		req_set(r, name, p);
		p += strlen(p) + 1;
	}
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
		restore(r, hit);   /* Booking.csrf stays the frame's */
		return 200;
	}
	long until = LONG_MAX;
	int status = answer(r, &until);
	if (status == 200 && until > cal_parse_minute(s.now))
		keep(r, key, (unsigned long long)s.booking, until);
	return status;
}
