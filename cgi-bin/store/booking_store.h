/* booking_store.h - appointment booking (sql/080_booking.sql and
 * 100_booking_move.sql): the offices' booking settings, hours and closures,
 * the live bookings per slot, and the bookings' life: held (15 minutes,
 * counting against the desks), confirmed, moved, cancelled. Capacity is checked in booking_hold() under the lock of the
 * slot's row in booking_slots (SELECT ... FOR UPDATE), so two holds of the
 * last seat are serialised and the second sees the first. An expired hold
 * stops counting at once: nothing needs to sweep it. Tokens are stored as
 * their SHA-256 (the caller hashes). All return 0 or 1 (found), or -1 after
 * logging. */
#ifndef STORE_BOOKING_STORE_H
#define STORE_BOOKING_STORE_H

#include <stddef.h>

struct arena;
struct db;

/* An office that takes appointments, with the database's clock. */
struct booking_office {
	long long id;
	const char *slug, *name, *address;
	int slot_minutes, desks, horizon_days, cutoff_hours;
	const char *now;                 /* NOW(), "YYYY-MM-DD HH:MM:SS" */
};
struct booking_hours { int weekday; const char *opens, *closes; };   /* 1 Monday; "HH:MM:SS" */
struct booking_closure { const char *day, *reason; };             /* "YYYY-MM-DD" */
struct booking_taken { const char *start_at; int n; };             /* live bookings of a slot */
struct booking_service {
	long long id;
	const char *slug, *title, *requirements;
};

/* A booking with its office and service. expired: a hold past its time;
 * cancellable: before the office's cut-off. */
struct booking_row {
	long long id, citizen_id;
	const char *code, *status, *start_at, *end_at, *hold_expires, *created_at;
	const char *name, *email, *phone, *reason, *details;
	const char *office_slug, *office_name, *office_address;
	const char *service_slug, *service_title, *service_requirements;
	int expired, past, verify_sent, cancellable;
};

/* The columns of struct booking_office (k: booking_offices, o: offices), and
 * the readers of it and of struct booking_closure, for the stores that select
 * them with other filters (booking_desk_store.c). */
#define BOOKING_OFFICE_SELECT                                                             \
	"SELECT o.id, o.slug, o.name, o.address, k.slot_minutes, k.desks, k.horizon_days, " \
	"k.cutoff_hours, DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') AS now "                   \
	"FROM booking_offices k JOIN offices o ON o.id = k.office_id "
struct reader;
extern const struct reader *const booking_office_rd, *const booking_closure_rd;

int booking_service_by_slug(struct db *db, struct arena *a, const char *slug,
			    struct booking_service *out);
/* Services some office takes appointments for, by title. */
int booking_service_list(struct db *db, struct arena *a, struct booking_service **out, size_t *n);
/* The offices that take appointments for SERVICE_ID, by name. */
int booking_office_list(struct db *db, struct arena *a, long long service_id,
			struct booking_office **out, size_t *n);
/* The office SLUG if it takes appointments for SERVICE_ID: 1, 0 (no or not that service). */
int booking_office_for(struct db *db, struct arena *a, const char *slug, long long service_id,
		       struct booking_office *out);
int booking_hours_list(struct db *db, struct arena *a, long long office_id,
		       struct booking_hours **out, size_t *n);
/* Closures of the office (or of every office) between FROM and TO (dates). */
int booking_closure_list(struct db *db, struct arena *a, long long office_id, const char *from,
			 const char *to, struct booking_closure **out, size_t *n);
/* Slots with live bookings between FROM and TO (datetimes), and how many. */
int booking_taken_list(struct db *db, struct arena *a, long long office_id, const char *from,
		       const char *to, struct booking_taken **out, size_t *n);

/* SQL: the slot starting at AT (a DATETIME expression) is one of office k's
 * (booking_offices k) by its hours and slot length, on a day it is not closed:
 * the rule of prenota_cal.c (cal_day_slots), which holidays complete. Both the
 * hold (under the office's shared lock) and a settings save (under its
 * exclusive lock) ask it of the database, so a hold in flight during a change
 * of hours cannot land outside the new ones. */
#define BOOKING_SLOT_OPEN(at)                                                               \
	"(EXISTS (SELECT 1 FROM booking_hours hr WHERE hr.office_id = k.office_id "          \
	"AND hr.weekday = WEEKDAY(" at ") + 1 AND TIME(" at ") >= hr.opens "                  \
	"AND TIME_TO_SEC(TIME(" at ")) + 60 * k.slot_minutes <= TIME_TO_SEC(hr.closes) "      \
	"AND MOD(TIME_TO_SEC(TIME(" at ")) - TIME_TO_SEC(hr.opens), 60 * k.slot_minutes) = 0) " \
	"AND NOT EXISTS (SELECT 1 FROM booking_closures cl WHERE cl.day = DATE(" at ") "      \
	"AND (cl.office_id = k.office_id OR cl.office_id IS NULL)))"

enum booking_hold_result { HOLD_OK, HOLD_FULL, HOLD_TOO_LATE, HOLD_NOT_OFFERED, HOLD_CLOSED };
struct booking_hold {
	long long office_id, service_id, citizen_id;   /* citizen_id 0: none */
	const char *start_at;     /* a slot start the caller checked against holidays */
	int minutes;              /* its length */
	int hold_minutes;
	const char *code, *flow_hash;
	const char *name, *email, *phone;              /* prefilled from the session, or "" */
	/* a citizen at the counter, booked by staff: confirmed at once, for a
	 * slot of today not yet over (no cut-off, no horizon); REASON may be NULL */
	int walk_in;
	const char *reason;
};
/* In one transaction: lock the slot's row, check the slot is still ahead of
 * the cut-off and within the horizon (a walk-in: today, not over), within the
 * office's hours and not on a closure (else HOLD_CLOSED: they changed since
 * the caller looked) and the service delivered there, count its live bookings against the desks,
 * insert the hold (a walk-in: the confirmed booking). *RESULT says which. */
int booking_hold(struct db *db, const struct booking_hold *h, enum booking_hold_result *result);

/* Who may see, cancel and move booking CODE: whoever has the token of its
 * e-mails (CANCEL_HASH, its SHA-256; NULL: none) or the citizen who booked
 * it signed in (CITIZEN_ID; 0: none). */
struct booking_key { const char *code, *cancel_hash; long long citizen_id; };

/* The booking of the flow whose id hashes to FLOW_HASH; of KEY. */
int booking_by_flow(struct db *db, struct arena *a, const char *flow_hash, struct booking_row *out);
int booking_by_code(struct db *db, struct arena *a, const struct booking_key *key,
		    struct booking_row *out);

/* The reason, details and applicant of a live hold: 1, 0 (gone or expired). */
struct booking_details {
	const char *flow_hash, *reason, *details, *name, *email, *phone;
};
int booking_details_save(struct db *db, const struct booking_details *d);

/* The e-mail of a confirmation or a move (TO empty: none), with the
 * appointment's .ics attached when ICS is not NULL. */
#define BOOKING_ICS_TYPE "text/calendar; charset=UTF-8; method=PUBLISH"
struct booking_mail { const char *to, *subject, *body, *ics, *file_name; };

enum booking_confirm_result { CONFIRM_OK, CONFIRM_USED, CONFIRM_EXPIRED, CONFIRM_NONE };
/* In one transaction: lock the hold of FLOW_HASH (and VERIFY_HASH when not
 * NULL: the e-mail link), check it is held and not expired, confirm it with
 * CANCEL_HASH and CITIZEN_ID (0: none), queue MAIL. */
int booking_confirm(struct db *db, const char *flow_hash, const char *verify_hash,
		    const char *cancel_hash, long long citizen_id, const struct booking_mail *mail,
		    enum booking_confirm_result *result);
/* In one transaction: a live hold gets VERIFY_HASH, MAIL (the link) is queued. 1, 0 (gone). */
int booking_verify_request(struct db *db, const char *flow_hash, const char *verify_hash,
			   const struct booking_mail *mail);
/* Cancel the confirmed booking of KEY up to the office's cut-off before it:
 * 1, 0 (nothing to cancel, or too late). */
int booking_cancel(struct db *db, const struct booking_key *key);

/* Move the confirmed booking of KEY, still ahead of its cut-off, to the slot
 * TO (same office and service; TO's code, flow and applicant unused), in
 * one transaction: the booking's row is locked, then the new slot's row as
 * booking_hold() locks it, its desks counted; the booking takes the new time
 * (the old slot is free at once), a new CANCEL_HASH (the token of MAIL's
 * links) and no reminder yet; MAIL is queued. 1 with *RESULT (HOLD_OK: moved;
 * else nothing changed, the old time kept), 0 (not movable: cancelled, past
 * the cut-off, or not KEY's). */
struct booking_move {
	struct booking_key key;
	struct booking_hold to;
	const char *cancel_hash;
	const struct booking_mail *mail;
};
int booking_move(struct db *db, const struct booking_move *m, enum booking_hold_result *result);
/* The citizen's confirmed bookings, latest slot first. */
int booking_citizen_list(struct db *db, struct arena *a, long long citizen_id,
			 struct booking_row **out, size_t *n);

#endif
