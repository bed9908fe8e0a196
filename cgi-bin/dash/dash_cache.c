/* dash_cache.c - the dashboard's answer cache, one per worker of the admin
 * program. A dashboard costs some twenty statements over the summaries and
 * the rendering of thousands of numbers; its answer is the same for every
 * manager asking the same period and filters, and changes only when its
 * sources do. Kept: the page's data (not its frame: the name, the CSRF
 * token), and the CSV files' bytes with their headers, under the query
 * string and the day (the overdue figures, the default period), for the sum
 * of the generations of its sources (sql/300: the cases, the ratings, the
 * attendance; sql/220, 290, 003: the bookings, the lists, the services; each
 * only grows, so their sum moves whenever one does), until the next
 * appointment starts (it then counts among those past). The generations are
 * read before the answer is computed, so an entry is never older than its
 * stamp: a write made meanwhile only costs a miss. DASH_CACHE=0 in the
 * program's environment turns it off, for measuring what a miss costs. */
#include "dash_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/answer_apart.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/cache.h"
#include "core/calendar.h"
#include "core/req.h"
#include "store/dash_stamp_store.h"

static struct cache *answers(void)
{
	static struct cache *c;   /* the worker's, for its whole life */
	static int off = -1;
	if (off < 0) {
		const char *e = getenv("DASH_CACHE");
		off = e && strcmp(e, "0") == 0;
	}
	if (!c && !off)
		c = cache_new(32 << 20, 256);
	return c;
}

/* KIND's key and generation in *KEY and *GEN; the minute of the database's
 * clock in *NOW. 0 or -1. */
static int stamp(struct req *r, const char *kind, const char **key, unsigned long long *gen,
		 long *now)
{
	struct dash_stamp s;
	if (dash_stamp_read(r->db, r->a, &s) != 1)
		return -1;
	time_t t = time(NULL);   /* the default period's end is the program's day */
	struct tm tm;
	localtime_r(&t, &tm);
	const char *qs = req_env(r, "QUERY_STRING");
	*key = arena_printf(r->a, "%s %s %04d-%02d-%02d?%s", kind, s.today, tm.tm_year + 1900,
			    tm.tm_mon + 1, tm.tm_mday, qs ? qs : "");
	*gen = (unsigned long long)(s.dash + s.booking + s.lists + s.catalogue);
	*now = cal_parse_minute(s.now);
	return 0;
}

long dash_until(struct req *r, const char *from, const char *to)
{
	const char *at;
	int got = dash_next_slot(r->db, r->a, from, to, &at);
	return got < 0 ? LONG_MIN : got ? cal_parse_minute(at) : LONG_MAX;
}

int dash_page_cached(struct req *r, dash_page_fn *answer)
{
	const char *key;
	unsigned long long gen;
	long now, until = LONG_MAX;
	if (stamp(r, "page", &key, &gen, &now) < 0)
		return 503;
	struct cache *c = answers();
	const struct cache_page *hit = c ? cache_get_at(c, key, gen, now) : NULL;
	if (hit) {
		answer_restore(r, hit->body, hit->len);
		return 200;
	}
	struct buf kept = { 0 };
	int status = answer_apart(r, answer, &until, &kept);
	if (c && status == 200 && until > now) {
		struct cache_page p = { kept.p ? kept.p : "", kept.len, "", "", until };
		cache_put(c, key, gen, &p);
	}
	buf_fini(&kept);
	return status;
}

/* A CSV entry: the disposition, the Link ("" for none) and the audit's
 * detail, each ending with a NUL, then the file. */
static void csv_restore(const struct cache_page *p, struct dash_csv *out)
{
	const char *s = p->body;
	out->disposition = s;
	out->link = s += strlen(s) + 1;
	out->audit = s += strlen(s) + 1;
	s += strlen(s) + 1;
	buf_reset(out->body);
	buf_append(out->body, s, p->len - (size_t)(s - p->body));
}

static void csv_keep(struct cache *c, const char *key, unsigned long long gen,
		     const struct dash_csv *out)
{
	struct buf kept = { 0 };
	buf_append(&kept, out->disposition, strlen(out->disposition) + 1);
	buf_append(&kept, out->link, strlen(out->link) + 1);
	buf_append(&kept, out->audit, strlen(out->audit) + 1);
	buf_append(&kept, out->body->p ? out->body->p : "", out->body->len);
	struct cache_page p = { kept.p, kept.len, "", "", 0 };
	cache_put(c, key, gen, &p);
	buf_fini(&kept);
}

int dash_csv_cached(struct req *r, dash_csv_fn *answer, struct dash_csv *out)
{
	const char *key;
	unsigned long long gen;
	long now;
	if (stamp(r, "csv", &key, &gen, &now) < 0)
		return 503;
	struct cache *c = answers();
	const struct cache_page *hit = c ? cache_get_at(c, key, gen, now) : NULL;
	if (hit) {
		csv_restore(hit, out);
		return 200;
	}
	int status = answer(r, out);
	if (c && status == 200)
		csv_keep(c, key, gen, out);
	return status;
}
