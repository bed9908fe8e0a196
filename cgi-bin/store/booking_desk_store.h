/* booking_desk_store.h - appointment booking as the counter works it
 * (sql/090_booking_desk.sql): the offices a member of staff runs, the day's
 * appointments with their desk, check-in (arrived, no-show, done), the
 * office's settings saved together with the cancellation (and e-mail) of
 * the appointments new settings leave out, and the managers' figures.
 *
 * Scope: an operator works the offices of staff_offices, checked in the
 * WHERE (another office is simply not found); ALL: managers and admins.
 * Walk-ins go through booking_hold() (booking_store.h), the citizens' locked
 * path. Returns 0 or 1 (found, done), or -1 after logging. */
#ifndef STORE_BOOKING_DESK_STORE_H
#define STORE_BOOKING_DESK_STORE_H

#include <stddef.h>

#include "store/booking_store.h"

struct arena;
struct db;

/* The office SLUG if it takes appointments and STAFF_ID works there (or ALL). */
int desk_office(struct db *db, struct arena *a, const char *slug, long long staff_id, int all,
		struct booking_office *out);
/* Every such office, by name. */
int desk_offices(struct db *db, struct arena *a, long long staff_id, int all,
		 struct booking_office **out, size_t *n);

/* A confirmed appointment. desk: its place among those of its slot, by
 * confirmation order (1 to the office's desks when nothing is over capacity). */
struct desk_row {
	long long id, service_id;
	const char *code, *start_at, *name, *email, *phone, *reason;
	const char *service_slug, *service_title;
	const char *attendance, *attendance_at, *attendance_by;   /* "HH:MM", staff name: "" if none */
	int desk, walk_in;
};
/* The confirmed appointments of OFFICE_ID on DAY (YYYY-MM-DD), by time and desk. */
int desk_day(struct db *db, struct arena *a, long long office_id, const char *day,
	     struct desk_row **out, size_t *n);
/* Those with a slot after SINCE ("YYYY-MM-DD HH:MM:SS"). */
int desk_future(struct db *db, struct arena *a, long long office_id, const char *since,
		struct desk_row **out, size_t *n);

/* Check-in: the appointment CODE of OFFICE_ID goes to ATTENDANCE ("arrived"
 * from expected or no-show, "no_show" from expected once the slot began,
 * "done" from arrived; never for a later day), recorded with the time and
 * STAFF_ID: 1, or 0 when that change is not allowed. */
int desk_attendance(struct db *db, long long office_id, const char *code,
		    const char *attendance, long long staff_id);

/* A service, and whether OFFICE_ID delivers it (desk_services: every published one). */
struct desk_service {
	long long id;
	const char *slug, *title;
	int offered;
};
int desk_services(struct db *db, struct arena *a, long long office_id,
		  struct desk_service **out, size_t *n);
/* The offices with confirmed appointments of SERVICE_ID still to come, with
 * how many (before a service is retired: they must be cancelled and their
 * citizens told first, from each office's settings). */
struct desk_booked {
	const char *office_slug, *office_name;
	int n;
};
int desk_service_booked(struct db *db, struct arena *a, long long service_id,
			struct desk_booked **out, size_t *n);
/* The office's own closures from today on (not those of every office). */
int desk_closures(struct db *db, struct arena *a, long long office_id,
		  struct booking_closure **out, size_t *n);

/* An appointment the new settings leave out: cancelled with REASON, MAIL to the citizen. */
struct desk_cancel {
	long long id;
	const char *reason;
	struct booking_mail mail;
};
struct desk_settings {
	long long office_id;
	int slot_minutes, desks, horizon_days, cutoff_hours;
	const struct booking_hours *hours;
	size_t nhours;
	const long long *services;
	size_t nservices;
	const struct booking_closure *closures;   /* from today on; earlier ones stay */
	size_t nclosures;
	const struct desk_cancel *cancel;
	size_t ncancel;
	/* what CANCEL was chosen from: desk_future(SINCE), its count and the sum of its ids */
	const char *since;
	long long seen_n, seen_ids;
};
/* In one transaction, under the lock of the office's row (holds take it
 * shared): if the confirmed appointments after S->since are still those
 * seen, the settings it replaces kept as those in force until yesterday
 * (the first change of a day; desk_past), the settings, hours, services and
 * closures of the office replaced, the live holds outside the new hours, on
 * a closure or for a service no longer delivered expired, the appointments
 * of CANCEL cancelled and their e-mails queued: 1 and *CANCELLED; 0 (nothing
 * saved) when they changed meanwhile. */
int desk_settings_save(struct db *db, const struct desk_settings *s, size_t *cancelled);

/* The settings OFFICE_ID had in force before a change, for the periods that
 * meet FROM..TO (YYYY-MM-DD), earliest first; days after the last one are
 * the current settings'. */
struct desk_past {
	long long id;
	const char *valid_from, *valid_to;   /* "YYYY-MM-DD"; valid_from "": from the start */
	int slot_minutes, desks;
	struct booking_hours *hours;
	size_t nhours;
};
int desk_past(struct db *db, struct arena *a, long long office_id, const char *from,
	      const char *to, struct desk_past **out, size_t *n);

/* The managers' figures of confirmed appointments with a slot from FROM to
 * TO (YYYY-MM-DD, both included), per office and service (OFFICE: a slug, or
 * "" for all): booked, past (slot begun), no_show, and the median time from
 * booking to slot of those booked ahead (walk-ins excluded). */
struct desk_stat {
	long long office_id;
	const char *office_slug, *office_name, *service_slug, *service_title;
	int booked, past, no_show;
	const char *lead_median;          /* minutes, of the service; NULL: none booked ahead */
	const char *office_lead_median;   /* minutes, of the office's services together */
};
int desk_stats(struct db *db, struct arena *a, const char *from, const char *to,
	       const char *office, struct desk_stat **out, size_t *n);

#endif
