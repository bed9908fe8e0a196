/* catalogue.c - what the catalogue pages share: slug validation, the row of
 * a detail page, and the generation their cached copies are checked against. */
#include "pages.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/page_files.h"
#include "core/req.h"
#include "store/catalogue_store.h"

int page_slug_ok(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '-'))
			return 0;
	return n > 0 && n <= 120;
}

/* The generation this worker read last, with the live directory of the page
 * files it saw just before, and until when (monotonic) the day stays the same. */
static struct {
	char live[64];
	unsigned long long gen;
	struct timespec until;
} memo;

static bool memo_holds(const char *live)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return live && strcmp(live, memo.live) == 0 &&
	       (now.tv_sec < memo.until.tv_sec ||
		(now.tv_sec == memo.until.tv_sec && now.tv_nsec < memo.until.tv_nsec));
}

/* Every change of the catalogue made through the back office moves the live
 * directory before its editor gets an answer (admin/public_pages.c; by hand in
 * SQL: conf/ctl.sh pages-flush), so while live names the directory seen at the
 * last read, and the database's day has not ended, the generation read then
 * still holds: a readlink instead of a query per request. The live name is
 * read before the database, as for the page files: a flush in between only
 * makes the next request read again. */
int page_catalogue_generation(struct req *r, unsigned long long *gen)
{
	const char *live = page_files_live(r->a, app_conf(r->app, "PageFiles.Dir", NULL));
	if (memo_holds(live)) {
		*gen = memo.gen;
		return 0;
	}
	long secs_left;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (catalogue_generation_until(r->db, r->a, gen, &secs_left) != 0)
		return -1;
	memo.live[0] = '\0';
	if (live && strlen(live) < sizeof memo.live && secs_left > 1) {
		snprintf(memo.live, sizeof memo.live, "%s", live);
		memo.gen = *gen;
		memo.until.tv_sec = now.tv_sec + secs_left - 1;   /* NOW() drops its fraction */
		memo.until.tv_nsec = now.tv_nsec;
	}
	return 0;
}

/* The generation's low six digits are the database's TO_DAYS(CURDATE())
 * (store/catalogue_store.c); day 719528 is 1970-01-01. nginx looks for the
 * files of its own day: around midnight a clock ahead of the other only costs
 * misses, never a page of the other day. */
void page_catalogue_day(unsigned long long gen, char day[11])
{
	time_t t = ((time_t)(gen % 1000000ULL) - 719528) * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(day, 11, "%Y-%m-%d", &tm);
}

int page_detail_row(struct req *r, page_fetch_fn fetch, struct db_rows *out, const char *missing)
{
	const char *slug = req_arg(r, 0);
	if (!page_slug_ok(slug))
		return req_error(r, 404, missing);
	if (fetch(r->db, r->a, slug, out) < 0)
		return 503;
	return out->nrows ? 0 : req_error(r, 404, missing);
}

void page_fields(struct req *r, const char *prefix, const struct db_rows *rows,
		 const char *const *fields)
{
	for (; *fields; fields++)
		req_set(r, arena_printf(r->a, "%s.%s", prefix, *fields), db_get(rows, 0, *fields));
}
