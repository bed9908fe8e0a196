/* dash_store.h - the managers' dashboard: counts, medians and lists over the
 * cases a filter selects. Drafts never count. "Open" is received, in_charge,
 * in_progress or waiting_citizen; "closed" is closed or rejected (withdrawn
 * cases are neither); "overdue" is open past its due date. Every function
 * returns 0, or -1 after logging. */
#ifndef STORE_DASH_STORE_H
#define STORE_DASH_STORE_H

#include "core/db.h"

struct dash_filter {
	const char *from, *to;   /* YYYY-MM-DD on submitted_at, both days included */
	const char *office;      /* office slug, or "" for all */
	const char *category;    /* category slug, or "" for all */
	const char *channel;     /* web, telefono, sportello, email, social, or "" */
};

/* One row: total, open, closed, withdrawn, overdue, reopened (cases with a
 * 'reopened' status event), ever_closed (closed now, or reopened since). */
int dash_totals(struct db *db, struct arena *a, const struct dash_filter *f, struct db_rows *out);
/* One group of a breakdown: its key (a slug, or YYYY-MM for a month), its
 * name ("" when the store has none to give) and its cases. SHRT is the
 * page's (a chart's short label), NULL from the store. */
struct dash_group {
	const char *key, *name, *shrt;
	long total, open, closed;
};
struct dash_groups {
	size_t n;
	struct dash_group *g;
};
/* The breakdowns by office, by category and by channel, from one read:
 * rows dim, grp (the office's or category's id, 0 for none; the channel),
 * name ("" for none; for a channel too), total (= cases), open, closed,
 * ever_closed (closed now, or reopened since), reopened, ratings (1-5),
 * reopen_rate (percent of ever_closed, one decimal; NULL for none),
 * mean_rating (two decimals; NULL for none); the groups with cases, most
 * cases first. */
struct dash_breakdowns {
	struct db_rows office, category, channel;
};
int dash_breakdowns(struct db *db, struct arena *a, const struct dash_filter *f,
		    struct dash_breakdowns *out);
/* The groups of a breakdown's rows (key: grp). */
struct dash_groups dash_groups_of(struct arena *a, const struct db_rows *rows);
/* By month (key: YYYY-MM; no name): the months with cases, in order. */
int dash_by_month(struct db *db, struct arena *a, const struct dash_filter *f,
		  struct dash_groups *out);
/* A median read from a histogram (sql/200's dash_bucket()): the lower
 * median (the ceil(n/2)-th duration) lies from LOWER seconds included to
 * UPPER excluded, buckets of 5 minutes under an hour, of an hour under two
 * days, of a day under 30 days, of a week under a year, of 30 days beyond.
 * N durations (0: no median). */
struct dash_median {
	long n, lower, upper;
};
/* From filing to the first staff event (a status change or a message
 * written by staff), over the cases that have one. */
int dash_median_first_response(struct db *db, struct arena *a, const struct dash_filter *f,
			       struct dash_median *out);
/* From filing to closing, over the closed (or rejected) cases: the
 * histogram (one read for dash_median_closure and both dash_voice), then
 * its median. */
int dash_closure(struct db *db, struct arena *a, const struct dash_filter *f, struct db_rows *out);
struct dash_median dash_median_closure(const struct db_rows *closure);
/* Rows: code, protocol, case_type, title, category, office, due_date (YYYY-MM-DD),
 * days_late: the overdue cases, the longest overdue first, at most LIMIT. */
int dash_overdue(struct db *db, struct arena *a, const struct dash_filter *f, int limit,
		 struct db_rows *out);
/* Rows: code, protocol, case_type, title, category_id, office_id (NULL:
 * none; their names from dash_names), channel, status, submitted (as
 * stored: YYYY-MM-DD HH:MM:SS[.fff]), due (YYYY-MM-DD or NULL), closed (the
 * time as stored, NULL while open), overdue (1 or 0), id: newest first,
 * after the case of cursor AFTER (NULL: from the newest), at most LIMIT. */
int dash_cases(struct db *db, struct arena *a, const struct dash_filter *f, const char *after,
	       int limit, struct db_rows *out);
/* Rows: kind ("category" or "office"), id, name: every category and office. */
int dash_names(struct db *db, struct arena *a, struct db_rows *out);
/* The cursor of the rows after the dash_cases row of SUBMITTED and ID. */
const char *dash_cursor_of(struct arena *a, const char *submitted, const char *id);
/* Whether S is a cursor of dash_cases (where the next rows begin, after
 * that case, keyset order). */
int dash_cursor_ok(const char *s);
/* The citizen's voice: of each row of VOICE (a breakdown by office when
 * BY_OFFICE, else by category), the median from filing to closing of its
 * closed cases, from CLOSURE (dash_closure's of the same filter). */
struct dash_median *dash_voice_medians(struct arena *a, const struct db_rows *voice,
					int by_office, const struct db_rows *closure);
/* Rows: slug, name: every category, inactive ones too (old cases use them). */
int dash_categories(struct db *db, struct arena *a, struct db_rows *out);

#endif
