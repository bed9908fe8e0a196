/* dash_internal.h - what the dashboard's files share: numbers in Italian,
 * CSV cells, and the appointments' figures (dash_booking.c). */
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
/* The same as the CSV answer: the status. */
int dash_booking_csv(struct req *r, const char *from, const char *to, const char *office);

#endif
