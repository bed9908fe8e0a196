/* catalogue.c - what the catalogue pages share: slug validation, the row of
 * a detail page, and the generation their cached copies are checked against. */
#include "pages.h"

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "core/arena.h"
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

int page_catalogue_generation(struct req *r, unsigned long long *gen)
{
	return catalogue_generation(r->db, r->a, gen);
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
