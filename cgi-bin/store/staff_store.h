/* staff_store.h - back-office accounts (their sessions: session_store.h). Returns 0, or -1
 * after logging. */
#ifndef STORE_STAFF_STORE_H
#define STORE_STAFF_STORE_H

#include "core/db.h"

/* Rows: id, username, display_name, role, password_hash, totp_secret,
 * totp_last_step, failed_attempts, locked (1 while locked_until is ahead),
 * active. */
int staff_by_username(struct db *db, struct arena *a, const char *username, struct db_rows *out);
/* A failed login: count it; from the LIMIT-th on, lock for LOCK_SECONDS,
 * doubled by each further failure (the count resets only on a good login). */
int staff_login_failed(struct db *db, long long staff_id, int limit, int lock_seconds);
/* A good login: reset the counters and remember the TOTP step used. */
int staff_login_ok(struct db *db, long long staff_id, long long totp_step);

/* Rows: office_id (the offices an operator works for). */
int staff_offices(struct db *db, struct arena *a, long long staff_id, struct db_rows *out);

/* For the staff-add tool. */
int staff_insert(struct db *db, const char *username, const char *display_name, const char *email,
		 const char *role, const char *password_hash, const char *totp_secret, long long *id);
int staff_office_add(struct db *db, long long staff_id, const char *office_slug);

#endif
