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
 * appointment starts (it then counts among those past); the appointments'
 * CSV is kept the same way. The cases' CSVs read only
 * the cases filed in their period and those cases' ratings: theirs are the
 * generations of the period's filing months (sql/361) with the lists' and the
 * services', so a write to today's cases leaves an older month's CSV kept,
 * until the key's day ends. The generations are
 * read before the answer is computed, so an entry is never older than its
 * stamp: a write made meanwhile only costs a miss. A worker that misses
 * looks in the answers the workers share (sql/310, 370) before computing,
 * under the key's lock, and leaves its answer there: the others asking the
 * same key meanwhile take the version before it (or wait, when there is
 * none) instead of computing it too, so a write costs each dashboard one
 * computation, not one a worker, and no one waits for it but its asker.
 * A worker keeps the page's body rendered (the frame alone is rendered per
 * request) and the CSVs as shared, each under its own key's generation.
 * DASH_CACHE=0 in the program's environment turns both off, for measuring
 * what a miss costs. */
#include "dash_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/answer_apart.h"
#include "core/app.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/cache.h"
#include "core/calendar.h"
#include "core/gzip.h"
#include "core/req.h"
#include "core/tpl.h"
#include "store/dash_answer_store.h"
#include "store/dash_stamp_store.h"

#define LOCK_WAIT 10   /* s: longer than any computation, shorter than nginx's patience */

static struct cache *answers(void)
{
	static struct cache *c;   /* the worker's, for its whole life */
	static int off = -1;
	if (off < 0) {
		const char *e = getenv("DASH_CACHE");
		off = e && strcmp(e, "0") == 0;
	}
	if (!c && !off)
		c = cache_new_keyed(32 << 20, 256);
	return c;
}

/* What an answer is kept under: its key, the generation sum of its sources
 * (comparable with the same key's only: sums of the whole dashboard's or of
 * filing months', sql/361) and the database's minute. */
struct stamp {
	const char *key;
	unsigned long long gen;
	long now, day_end;   /* day_end: the next midnight, when the key's day ends */
};

/* KIND's stamp into *OUT: of the whole dashboard, or with FROM (and TO) of
 * the filing months from FROM to TO. 0 or -1. */
static int stamp(struct req *r, const char *kind, const char *from, const char *to,
		 struct stamp *out)
{
	struct dash_stamp s;
	int got = from ? dash_stamp_read_months(r->db, r->a, from, to, &s)
		       : dash_stamp_read(r->db, r->a, &s);
	if (got != 1)
		return -1;
	time_t t = time(NULL);   /* the default period's end is the program's day */
	struct tm tm;
	localtime_r(&t, &tm);
	const char *qs = req_env(r, "QUERY_STRING");
	*out = (struct stamp){
		arena_printf(r->a, "%s %s %04d-%02d-%02d?%s", kind, s.today, tm.tm_year + 1900,
			     tm.tm_mon + 1, tm.tm_mday, qs ? qs : ""),
		(unsigned long long)(s.dash + s.booking + s.lists + s.catalogue),
		cal_parse_minute(s.now), (cal_parse_day(s.today) + 1) * 1440,
	};
	return 0;
}

long dash_until(struct req *r, const char *from, const char *to)
{
	const char *at;
	int got = dash_next_slot(r->db, r->a, from, to, &at);
	return got < 0 ? LONG_MIN : got ? cal_parse_minute(at) : LONG_MAX;
}

/* How one kind of answer is computed into its kept form and restored. */
struct kind {
	/* The answer into R (or ARG), its kept form into KEPT, and until when it holds. */
	int (*compute)(struct req *r, void *arg, struct buf *kept, long *until);
	void (*restore)(struct req *r, void *arg, const char *body, size_t len);
	/* What this worker keeps of the answer now in R (or ARG), into OUT, when
	 * that is not the kept form (NULL: it is), and the answer from what this
	 * worker keeps (RESTORE when it keeps the kept form). */
	int (*local)(struct req *r, void *arg, struct buf *out);
	void (*serve)(struct req *r, void *arg, const char *body, size_t len);
	void *arg;
};

/* The answer now in R (or ARG) served, and what this worker keeps of it
 * (the kept form GOT, or its own form of it into MINE). 0 or -1. */
static int serve_local(struct req *r, const struct kind *k, struct dash_answer *got,
		       struct buf *mine)
{
	if (!k->local)
		return 0;
	if (k->local(r, k->arg, mine) < 0)
		return -1;
	char *body = arena_alloc(r->a, mine->len + 1);
	memcpy(body, mine->p ? mine->p : "", mine->len);
	got->body = body;
	got->len = mine->len;
	k->serve(r, k->arg, got->body, got->len);
	return 0;
}

/* This worker's answer of a key under a generation before the stamp's. */
struct held {
	const struct cache_page *page;   /* NULL: none */
	unsigned long long gen;
};

/* KEY's answer among the shared ones into *GOT: 1 (*STALE when it is the
 * version before S's), 2 when that version before is HELD's (served from
 * it: its body is not read), 0 when there is none and this worker is to
 * compute it (*LOCKED 1 when under the key's lock), -1 when the database
 * failed. A shared answer is read without the lock (its generation makes it
 * exact). When another worker holds the lock, computing S's version, the
 * version before it is served at once (older by one computation, as HTTP's
 * stale-while-revalidate): after a write the workers asking a dashboard or a
 * CSV meanwhile do not all wait for it. With none to serve (a key new today),
 * they wait for the lock, and whoever gets it after the answer was put reads
 * it and lets the lock go at once, so they read it side by side. */
static int lookup(struct req *r, const struct stamp *s, const struct held *held,
		  struct dash_answer *got, int *locked, int *stale)
{
	int found = dash_answer_get(r->db, r->a, s->key, s->gen, s->now, got);
	if (found != 0)
		return found;
	*locked = dash_answer_lock(r->db, r->a, s->key, 0);
	if (*locked == 0) {
		found = dash_answer_get_before(r->db, r->a, s->key, s->gen,
					       held->page ? (long long)held->gen : -1, s->now, got);
		*stale = found > 0;
		if (found != 0)
			return found;
		*locked = dash_answer_lock(r->db, r->a, s->key, LOCK_WAIT);
	}
	found = *locked < 0 ? -1 : dash_answer_get(r->db, r->a, s->key, s->gen, s->now, got);
	if (found == 1 && *locked == 1) {
		dash_answer_unlock(r->db, s->key);
		*locked = 0;
	}
	return found;
}

/* The answer from the workers' shared ones, or computed and kept there; kept
 * in this worker's cache C too (not the version before: C holds exact ones).
 * Every answer ends with its key's day at the latest (the key holds the
 * day): the rows of the keys of past days then go. */
static int shared(struct req *r, struct cache *c, const struct stamp *s, const struct held *held,
		  const struct kind *k)
{
	struct dash_answer got;
	int locked = 0, stale = 0, found = lookup(r, s, held, &got, &locked, &stale);
	if (found == 2) {   /* the version before, as this worker keeps it */
		k->serve(r, k->arg, held->page->body, held->page->len);
		return 200;
	}
	int status = 200, put = 0;
	struct buf kept = { 0 }, mine = { 0 };
	if (found == 1) {
		k->restore(r, k->arg, got.body, got.len);
	} else {
		long until = LONG_MAX;
		status = k->compute(r, k->arg, &kept, &until);
		got = (struct dash_answer){ kept.p ? kept.p : "", kept.len,
					    until < s->day_end ? until : s->day_end };
		put = found == 0;   /* not when the lock or the read failed */
	}
	struct dash_answer local = got;
	if (status == 200 && serve_local(r, k, &local, &mine) < 0)
		status = 500;
	int keep = status == 200 && got.until > s->now && !stale;
	if (keep)
		cache_put(c, s->key, s->gen,
			  &(struct cache_page){ local.body, local.len, "", "", got.until });
	put = keep && put && dash_answer_put(r->db, s->key, s->gen, &got) == 0;
	if (locked == 1)
		dash_answer_unlock(r->db, s->key);
	if (put)   /* after the lock: the workers waiting for the answer need not wait for this */
		dash_answer_forget(r->db, r->a, s->now);
	buf_fini(&kept);
	buf_fini(&mine);
	return status;
}

/* KIND's answer (of the filing months from FROM to TO, or with FROM NULL of
 * the whole dashboard): from this worker's cache, the shared ones, or
 * computed. The cache is keyed (core/cache.h): the generations of the whole
 * dashboard and of filing months are not comparable, and a key's version
 * before stays at hand for the time another worker computes the new one. */
static int cached(struct req *r, const char *kind, const char *from, const char *to,
		  const struct kind *k)
{
	struct stamp s;
	long until;
	if (stamp(r, kind, from, to, &s) < 0)
		return 503;
	struct cache *c = answers();
	struct held held = { NULL, 0 };
	if (c)
		held.page = cache_get_any(c, s.key, s.now, &held.gen);
	if (held.page && held.gen == s.gen) {
		k->serve(r, k->arg, held.page->body, held.page->len);
		return 200;
	}
	if (held.page && held.gen > s.gen)
		held.page = NULL;   /* a sum only grows: not a version before */
	if (c)
		return shared(r, c, &s, &held, k);
	struct buf kept = { 0 }, mine = { 0 };
	int status = k->compute(r, k->arg, &kept, &until);
	struct dash_answer got;
	if (status == 200 && serve_local(r, k, &got, &mine) < 0)
		status = 500;
	buf_fini(&kept);
	buf_fini(&mine);
	return status;
}

struct page_arg {
	dash_page_fn *answer;
	const char *body_tpl, *fragment;
};

static int page_compute(struct req *r, void *arg, struct buf *kept, long *until)
{
	return answer_apart(r, ((struct page_arg *)arg)->answer, until, kept);
}

static void page_restore(struct req *r, void *arg, const char *body, size_t len)
{
	(void)arg;
	answer_restore(r, body, len);
}

/* A worker keeps the page's body rendered: restoring the answer's few
 * thousand nodes and rendering them was most of a kept dashboard's cost
 * (3.3-3.7 ms of CPU a request at 12.5 million cases), the frame alone is
 * a fraction of it. */
static int page_local(struct req *r, void *arg, struct buf *out)
{
	return app_render_piece(r, ((struct page_arg *)arg)->body_tpl, out);
}

static void page_serve(struct req *r, void *arg, const char *body, size_t len)
{
	(void)r;
	tpl_fragment(((struct page_arg *)arg)->fragment, body, len);
}

int dash_page_cached(struct req *r, dash_page_fn *answer, const char *body_tpl,
		     const char *fragment)
{
	struct page_arg arg = { answer, body_tpl, fragment };
	return cached(r, "page", NULL, NULL,
		      &(struct kind){ page_compute, page_restore, page_local, page_serve, &arg });
}

/* A CSV: its answer function and where the answer goes. */
struct csv_arg {
	dash_csv_fn *answer;
	struct dash_csv *out;
};

/* A kept CSV: the disposition, the Link ("" for none) and the audit's
 * detail, each ending with a NUL, then the file gzip-compressed: compressed
 * once, it is served many times (and shared) at a ninth of its size. */
static void csv_restore(struct req *r, void *arg, const char *body, size_t len)
{
	struct dash_csv *out = ((struct csv_arg *)arg)->out;
	const char *s = body;
	(void)r;
	out->disposition = s;
	out->link = s += strlen(s) + 1;
	out->audit = s += strlen(s) + 1;
	s += strlen(s) + 1;
	buf_reset(out->body);
	buf_append(out->body, s, len - (size_t)(s - body));
}

static int csv_compute(struct req *r, void *arg, struct buf *kept, long *until)
{
	const struct csv_arg *c = arg;
	struct dash_csv *out = c->out;
	int status = c->answer(r, out);
	if (status != 200)
		return status;
	buf_append(kept, out->disposition, strlen(out->disposition) + 1);
	buf_append(kept, out->link, strlen(out->link) + 1);
	buf_append(kept, out->audit, strlen(out->audit) + 1);
	size_t file = kept->len;
	if (gzip_append(kept, out->body->p ? out->body->p : "", out->body->len, 1) < 0)
		return 503;
	buf_reset(out->body);   /* served as kept */
	buf_append(out->body, kept->p + file, kept->len - file);
	*until = out->until;
	return 200;
}

int dash_csv_cached(struct req *r, const char *from, const char *to, dash_csv_fn *answer,
		    struct dash_csv *out)
{
	struct csv_arg arg = { answer, out };
	return cached(r, "csv", from, to,
		      &(struct kind){ csv_compute, csv_restore, NULL, csv_restore, &arg });
}
