/* rating_store.h - the clarity ratings of the public pages (table
 * page_ratings, sql/050) and the per-client hourly limit that bounds them.
 * Returns 0, or -1 after logging. */
#ifndef STORE_RATING_STORE_H
#define STORE_RATING_STORE_H

#include <stddef.h>

struct arena;
struct db;

struct rating {
	const char *page;       /* the page's path, e.g. "/servizi/carta-identita-elettronica" */
	int rating;             /* 1 to 5 */
	const char *answer;     /* the follow-up answer, or NULL */
	const char *comment;    /* the free text, or NULL */
};

/* Store R unless CLIENT (the remote address: only a hash of it salted with
 * the day's salt is kept, for a day) has sent PER_HOUR ratings this hour
 * already: then *LIMITED is 1 and nothing is stored. The count is taken
 * under the row lock of the upsert, so parallel requests cannot pass it. */
int rating_record(struct db *db, const struct rating *r, const char *client, int per_hour,
		  int *limited);

/* Per page, least clear first: the count, the mean ("3.4") and the share
 * of 1-3 stars in percent. */
struct rating_page {
	const char *page, *mean;
	long long count, low_pct;
};
int rating_pages(struct db *db, struct arena *a, struct rating_page **out, size_t *n);

/* How many chose each follow-up answer on PAGE. */
struct rating_answer {
	const char *answer;
	long long count;
};
int rating_answers(struct db *db, struct arena *a, const char *page, struct rating_answer **out,
		   size_t *n);

struct rating_comment {
	const char *created_at, *comment, *answer;
	int rating;
};
/* The latest free texts of PAGE, newest first (at most LIMIT). */
int rating_comments(struct db *db, struct arena *a, const char *page, int limit,
		    struct rating_comment **out, size_t *n);

#endif
