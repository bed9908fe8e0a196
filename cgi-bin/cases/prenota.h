/* prenota.h - appointment booking inside the cases program (issue 10): the
 * flow /prenota (service and office) -> /prenota/calendario (a day and a free
 * slot from the month's availability) -> the hold -> /prenota/{id}/dati
 * (reason, details, applicant) -> /prenota/{id}/riepilogo -> the confirmation
 * (at once with a session, else after the e-mail link) -> /prenota/{code}
 * (the appointment, its .ics, the cancel and move buttons) ->
 * /prenota/{code}/sposta (a new slot, same office and service). {id} is the
 * hold's unguessable id, {code} the booking code with its token ?t= or the
 * session of the citizen who booked it. */
#ifndef CASES_PRENOTA_H
#define CASES_PRENOTA_H

#include <stdbool.h>
#include <stddef.h>

#include "core/calendar.h"

struct req;
struct booking_office;
struct booking_hours;
struct booking_closure;
struct booking_taken;

/* An office's availability between two days (prenota_cal.c). */
struct avail {
	const struct booking_office *o;
	struct booking_hours *hours;
	size_t nhours;
	struct booking_closure *closures;
	size_t nclosures;
	struct booking_taken *taken;
	size_t ntaken;
	const char *patron;
	long now;                                   /* minutes */
};
enum slot_state { SLOT_FREE, SLOT_FULL, SLOT_PAST, SLOT_BEYOND, SLOT_CLOSED, SLOT_OUTSIDE };
/* Why the office is closed on DAY (holiday, closure, no hours), or NULL. */
const char *avail_closed(const struct avail *av, long day);
/* The state of a slot starting at minute T. */
enum slot_state avail_slot(const struct avail *av, long t);
/* The slot starts of DAY in order, into OUT (at most MAX): their count. */
size_t avail_day_slots(const struct avail *av, long day, long *out, size_t max);
/* Up to MAX free slots nearest to T (from FROM_DAY to TO_DAY), in time order. */
size_t avail_nearest(const struct avail *av, long t, long from_day, long to_day, long *out,
		     size_t max);
/* The first minute after now at which a slot from day FROM to day TO changes
 * state with the clock alone (a cut-off passed, midnight). */
long avail_until(const struct avail *av, long from, long to);

/* prenota_view.c: dates in words and the HDF of the flow */
const char *prenota_when(struct req *r, long t);       /* "martedì 15 dicembre 2026, ore 9:20" */
/* The anonymous CSRF defence: the "prenota" cookie (made on the flow's first
 * pages) must equal the form's csrf field. prenota_csrf() puts it in the
 * page (Booking.csrf), making the cookie if missing. */
void prenota_csrf(struct req *r);
bool prenota_csrf_ok(struct req *r);
/* 403: the form came without the flow's token. */
int prenota_csrf_refused(struct req *r);

/* prenota.c: what the steps share. The page frame (title, breadcrumb,
 * template, the CSRF cookie). */
void prenota_frame(struct req *r, const char *title, const char *tpl);
struct booking_service;
/* The service SVC and the office OFF that delivers it (Booking.* set): 0, or
 * the status of the error page. */
int prenota_load_pair(struct req *r, const char *svc, const char *off,
		      struct booking_service *s, struct booking_office *o);
/* prenota_avail.c (also linked by the counter, desk/): the hours and closures
 * of O from day FROM to day TO into AV, with TAKEN its live bookings too. 0 or -1. */
int prenota_avail_load(struct req *r, const struct booking_office *o, long from, long to,
		       int taken, struct avail *av);
const char *prenota_sql_time(struct req *r, long t);   /* "2026-12-15 09:20:00" */
/* Slots.N.{value,time,when}: the free slots of DAY; their count. */
size_t prenota_day_view(struct req *r, const struct avail *av, long day);
/* The slot of the form's field inizio ("YYYY-MM-DD HH:MM") into *T, checked
 * against O's calendar: 0, or the status of the page that says why (a full
 * slot is left to the store's verdict). */
int prenota_slot_asked(struct req *r, const struct booking_office *o, long *t);
/* 409: the slot T was just taken; Slots.N the nearest free ones. */
int prenota_taken_page(struct req *r, const struct booking_office *o, long t);
/* prenota_mese.c: Calendar.* of the month of ?mese= and the free slots of
 * ?giorno= for O: 200, or the status of the error page. With UNTIL, also the
 * first minute at which that answer stops holding by the clock alone (a hold
 * expiring, a cut-off passed, midnight). */
int prenota_month_page(struct req *r, const struct booking_office *o, long *until);
/* prenota_month_cache.c: ANSWER (a page's Booking.*, Calendar.*, Slots.* and its
 * status, with the minute it holds until) from the worker's answer cache while the
 * bookings and the catalogue have not changed and that minute has not come. */
typedef int (*prenota_answer_fn)(struct req *r, long *until);
int prenota_month_cached(struct req *r, prenota_answer_fn answer);
struct booking_row;
struct booking_key;
struct booking_mail;
/* prenota_dati.c: Booking.* of a booking. */
void prenota_view(struct req *r, const struct booking_row *b);
/* prenota_app.c: the e-mail of B (NEWS its first sentence), its links with
 * TOKEN, its .ics attached. */
const char *prenota_mail_body(struct req *r, const struct booking_row *b, const char *token,
			      const char *news);
void prenota_mail(struct req *r, const struct booking_row *b, const char *token,
		  const char *subject, const char *news, struct booking_mail *m);
/* The booking of the URL's code for the token ?t= (form field t of a POST)
 * or the signed-in citizen who booked it: 0 with *KEY and *TOKEN (NULL when
 * by session), or the status (404). */
int prenota_load_booking(struct req *r, struct booking_row *b, struct booking_key *key,
			 const char **token);
/* "/prenota/{code}?t=TOKEN&WHAT=1". */
const char *prenota_back(struct req *r, const char *code, const char *token, const char *what);

#endif
