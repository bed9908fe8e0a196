/* desk.h - the counter of appointment booking in the back office (issue 10):
 * the day's appointments per desk with check-in and walk-ins (sportello.c),
 * the office's settings (orari.c); the managers' figures are on the
 * dashboard (dash/dash_booking.c). Operators work their offices (staff_offices); admins
 * every office; managers read. */
#ifndef DESK_DESK_H
#define DESK_DESK_H

struct req;
struct booking_office;
struct avail;

int bo_sportello_list(struct req *r);       /* GET  /admin/sportello */
int bo_sportello_day(struct req *r);        /* GET  /admin/sportello/:office?giorno=&stampa= */
int bo_sportello_checkin(struct req *r);    /* POST /admin/sportello/:office/presenze */
int bo_sportello_walkin(struct req *r);     /* POST /admin/sportello/:office/accesso */
int bo_sportello_settings(struct req *r);   /* GET  /admin/sportello/:office/impostazioni */
int bo_sportello_save(struct req *r);       /* POST /admin/sportello/:office/impostazioni */

/* sportello.c: the office of the URL in the staff member's scope (Desk.office_*
 * set): 0, or the status (404: none, or not theirs; 503). */
int desk_load_office(struct req *r, struct booking_office *o);

#endif
