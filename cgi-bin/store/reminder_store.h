/* reminder_store.h - the reminders of the day before an appointment
 * (sql/100_booking_move.sql): which confirmed bookings of tomorrow have not
 * been reminded yet, and queueing a reminder exactly once. Several notifiers
 * may run the job at once: the conditional UPDATE of bookings.reminded_at in
 * the transaction that queues the e-mail lets only one of them queue it. */
#ifndef STORE_REMINDER_STORE_H
#define STORE_REMINDER_STORE_H

#include <stddef.h>

struct arena;
struct db;
struct outbox_file;

struct reminder_row {
	long long id;
	const char *start_at;                 /* as listed: the reminder is for this time */
	const char *end_at;
	const char *day, *time;               /* "15/12/2026", "09:20" */
	const char *code, *name, *email;
	const char *office_name, *office_address, *service_title, *requirements, *reason;
};

/* Up to LIMIT confirmed bookings of tomorrow (the database's date) with an
 * e-mail address and no reminder yet, earliest first. */
int reminder_due(struct db *db, struct arena *a, int limit, struct reminder_row **out, size_t *n);

/* A reminder: TOKEN_HASH, the SHA-256 of the token of its links (the
 * booking's reminder_hash); ICS attached (NULL: none). */
struct reminder_mail {
	const char *token_hash, *to, *subject, *body;
	const struct outbox_file *ics;
};
/* In one transaction: mark booking ID reminded with M's token, if it still
 * is confirmed at START_AT and not reminded, and queue M. 1 queued, 0 not
 * (another notifier did, or the booking changed since it was listed), -1. */
int reminder_queue(struct db *db, long long id, const char *start_at,
		   const struct reminder_mail *m);

#endif
