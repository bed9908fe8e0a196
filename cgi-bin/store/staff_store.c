/* staff_store.c - see staff_store.h. */
#include "staff_store.h"

int staff_by_username(struct db *db, struct arena *a, const char *username, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, username, display_name, role, password_hash, totp_secret, totp_last_step, "
		"failed_attempts, COALESCE(locked_until > NOW(3), 0) AS locked, active "
		"FROM staff WHERE username = ?";
	return db_query(db, a, out, sql, "s", username);
}

int staff_login_failed(struct db *db, long long staff_id, int limit, int lock_seconds)
{
	static const char sql[] =
		/* single-table UPDATE assigns left to right: failed_attempts is already the new count */
		"UPDATE staff SET failed_attempts = failed_attempts + 1, "
		/* backoff: each failure past the limit doubles the lock (capped at 64x) */
		"locked_until = IF(failed_attempts >= ?, NOW(3) + INTERVAL "
		"(? * POW(2, LEAST(failed_attempts - ?, 6))) SECOND, locked_until) "
		"WHERE id = ?";
	return db_exec(db, sql, "iiiL", limit, lock_seconds, limit, staff_id);
}

int staff_login_ok(struct db *db, long long staff_id, long long totp_step)
{
	static const char sql[] = "UPDATE staff SET failed_attempts = 0, locked_until = NULL, "
				  "totp_last_step = ? WHERE id = ?";
	return db_exec(db, sql, "LL", totp_step, staff_id);
}

int staff_offices(struct db *db, struct arena *a, long long staff_id, struct db_rows *out)
{
	static const char sql[] = "SELECT office_id FROM staff_offices WHERE staff_id = ?";
	return db_query(db, a, out, sql, "L", staff_id);
}

int staff_insert(struct db *db, const char *username, const char *display_name, const char *email,
		 const char *role, const char *password_hash, const char *totp_secret, long long *id)
{
	static const char sql[] =
		"INSERT INTO staff (username, display_name, email, role, password_hash, totp_secret, "
		"created_at) VALUES (?, ?, ?, ?, ?, ?, NOW(3))";
	if (db_exec(db, sql, "ssssss", username, display_name, email, role, password_hash,
		    totp_secret) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int staff_office_add(struct db *db, long long staff_id, const char *office_slug)
{
	static const char sql[] = "INSERT INTO staff_offices (staff_id, office_id) "
				  "SELECT ?, id FROM offices WHERE slug = ?";
	return db_exec(db, sql, "Ls", staff_id, office_slug);
}
