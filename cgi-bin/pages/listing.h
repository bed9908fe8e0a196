/* listing.h - what the Novità and Vivere il Comune pages share: Italian
 * dates, the "pagina" and date parameters, the pager, lines of text. */
#ifndef PAGES_LISTING_H
#define PAGES_LISTING_H

#include <stdbool.h>

struct req;

#define LISTING_PAGE_SIZE 9

/* "2026-03-04 10:05:00" -> "4 marzo 2026"; other input unchanged (arena). */
const char *listing_date_long(struct req *r, const char *sql_datetime);
/* "2026-03-04 10:05:00" -> "10:05" (arena); "" when malformed. */
const char *listing_time(struct req *r, const char *sql_datetime);
/* Italian name of month M (1-12), lower case. */
const char *listing_month_name(int m);
/* Is S a real calendar date "YYYY-MM-DD" (years 1900-2999)? */
bool listing_date_ok(const char *s);
/* The "pagina" parameter into PAGE (1 when absent): 0, or the 400 to answer
 * when it is not a number from 1 to 9999. */
int listing_page(struct req *r, long *page);
/* The number of pages of TOTAL items (at least 1) into PAGES: 0, or the 404
 * to answer when PAGE is past the last. */
int listing_pages(struct req *r, long total, long page, long *pages);
/* Pager.{page,pages,prev_url,next_url}, Pager.Links.N.{num,url,current}; the
 * links are BASE (a path with its filters as a query, maybe without '?')
 * with "pagina=N" added for pages after the first. */
void listing_pager(struct req *r, const char *base, long page, long pages);
/* NAME.N = each non-blank line of TEXT. */
void listing_lines(struct req *r, const char *name, const char *text);

/* eventi.c: PREFIX.N.<event card columns> (live_store.h) plus day, month,
 * when (the date range in words), start_iso. */
struct db_rows;
void listing_event_cards(struct req *r, const char *prefix, const struct db_rows *rows);

#endif
