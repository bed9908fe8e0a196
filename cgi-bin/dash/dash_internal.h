/* dash_internal.h - what the dashboard's files share: numbers in Italian,
 * CSV cells, the appointments' figures (dash_booking.c) and the answer cache
 * (dash_cache.c). */
#ifndef DASH_DASH_INTERNAL_H
#define DASH_DASH_INTERNAL_H

struct buf;
struct req;

/* "12,5": one decimal, with a comma. */
const char *dash_decimal(struct req *r, double v);
/* RFC 4180: quoted when it holds a comma, a quote or a line break; a cell
 * that a spreadsheet would read as a formula starts with an apostrophe;
 * LAST ends the line. */
void dash_csv_cell(struct buf *b, const char *v, int last);

/* dash_booking.c: Booking.N.* of the page, the appointments with a slot from
 * FROM to TO (OFFICE: a slug, or "" for all) per office and service:
 * utilisation (confirmed appointments over the office's seats in the period:
 * its slots on open days times its desks, by the settings in force on each
 * day: desk_past), no-show rate (over those whose slot began), median lead
 * time (booking to slot, appointments booked ahead only: a walk-in has none),
 * and a total row per office. 0 or -1. */
int dash_booking(struct req *r, const char *from, const char *to, const char *office);
struct dash_csv;
/* The same as a CSV file into OUT (dash_cache.c's): 0 or -1. */
int dash_booking_csv(struct req *r, const char *from, const char *to, const char *office,
		     struct dash_csv *out);

/* dash_cache.c: the page's data ANSWER sets (its status; it sets the long
 * at UNTIL to the minute, cal_parse_minute's, its figures end: LONG_MAX for
 * none), from the worker's cache or computed and kept; the page's body,
 * rendered from BODY_TPL out of that data alone, bound to the fragment
 * FRAGMENT, which the frame writes with fragment("FRAGMENT") (core/tpl.h). */
typedef int dash_page_fn(struct req *r, void *until);
int dash_page_cached(struct req *r, dash_page_fn *answer, const char *body_tpl,
		     const char *fragment);
/* The minute the appointments' figures from FROM to TO next change by the
 * clock alone (LONG_MAX: never; LONG_MIN: the database failed). */
long dash_until(struct req *r, const char *from, const char *to);

/* A CSV answer: the file, its Content-Disposition, its Link ("": none), the
 * export's audit detail ("": none) and the minute it ends (as UNTIL above). */
struct dash_csv {
	struct buf *body;
	const char *disposition, *link, *audit;
	long until;
};
typedef int dash_csv_fn(struct req *r, struct dash_csv *out);
/* OUT as ANSWER makes it (its status), from the cache or computed and kept,
 * its body gzip-compressed as kept (also with the cache off);
 * ANSWER reads only the cases filed from day FROM to TO and their ratings,
 * or with FROM NULL whatever the dashboard's page reads. */
int dash_csv_cached(struct req *r, const char *from, const char *to, dash_csv_fn *answer,
		    struct dash_csv *out);

#endif
