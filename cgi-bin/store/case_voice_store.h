/* case_voice_store.h - the citizen's voice at closure: the one-click link of
 * the closing e-mail, the answer "risolto" / "non risolto" (which, within the
 * window, reopens the case to the same office), the 1-5 rating, and the
 * median time to close of each category shown at filing. A closure is named
 * by the case's closed_at; the unique keys of sql/120_citizen_voice.sql keep
 * one answer and one rating per closure. Returns 0 (or a VOICE_* refusal),
 * 1/0 for lookups, -1 after logging. */
#ifndef STORE_CASE_VOICE_STORE_H
#define STORE_CASE_VOICE_STORE_H

#include <stddef.h>

struct arena;
struct db;
struct db_rows;

enum voice_refusal {
	VOICE_NOT_CLOSED = 1,   /* not closed, or closed again since (another closure) */
	VOICE_DONE,             /* this closure was answered (rated) already */
	VOICE_LATE,             /* "non risolto" after the window */
};

/* A closed case as the answer's page shows it. answered: -1 not yet, 0 not
 * resolved, 1 resolved; rated: the rating given (0: none); in_window: a
 * "non risolto" would still reopen it. */
struct voice_case {
	long long id;
	const char *code, *title, *status, *outcome, *office_name, *closed_at;
	int in_window, answered, rated;
};

/* The closure the link TOKEN was made for, still the case's: 1, 0, -1. */
int voice_by_token(struct db *db, struct arena *a, const char *token, int window_days,
		   struct voice_case *out);
/* The current closure of case CASE_ID (1; 0 when it is not closed), -1. */
int voice_by_case(struct db *db, struct arena *a, long long case_id, int window_days,
		  struct voice_case *out);

/* A new link for the current closure of CASE_ID, inside the caller's
 * transaction (the one that closes it): *TOKEN, or -1. */
int voice_link_new(struct db *db, struct arena *a, long long case_id, const char **token);

/* The citizen's answer on closure CLOSED_AT of CASE_ID. Not resolved within
 * WINDOW_DAYS: the case goes back to its office (in_progress, or received
 * when nobody holds it) with REASON on the timeline, and the office's
 * address receives MAIL_*. 0, VOICE_NOT_CLOSED, VOICE_DONE, VOICE_LATE, -1. */
struct voice_answer {
	long long case_id;
	const char *closed_at;
	int resolved, window_days;
	const char *author_name, *event_body, *mail_subject, *mail_body;
};
int voice_answer(struct db *db, struct arena *a, const struct voice_answer *v);

/* RATING (1-5) with COMMENT ("" none) on closure CLOSED_AT of CASE_ID:
 * 0, VOICE_NOT_CLOSED, VOICE_DONE, -1. */
int voice_rate(struct db *db, long long case_id, const char *closed_at, int rating,
	       const char *comment);

/* Each closure of CASE_ID the citizen answered or rated, the latest first:
 * closed_on ("dd/mm/yyyy"), resolved (1, 0, or -1: no answer), reason,
 * rating (0: none), comment. */
int voice_history(struct db *db, struct arena *a, long long case_id, struct db_rows *out);

/* The median days to close of the categories with cases closed in the last
 * 12 months, from the summary table, recomputed first when older than
 * MAX_AGE seconds. */
struct close_time {
	long long category_id;
	const char *median_days;
	int cases;
};
int voice_close_times(struct db *db, struct arena *a, int max_age, struct close_time **out,
		      size_t *n);

#endif
