/* outbox_store.c - see outbox_store.h. */
#include "outbox_store.h"

int outbox_enqueue(struct db *db, const char *recipient, const char *subject, const char *body,
		   long long case_id)
{
	static const char sql[] =
		"INSERT INTO outbox (created_at, recipient, subject, body, case_id, next_attempt_at) "
		"VALUES (NOW(3), ?, ?, ?, NULLIF(?, 0), NOW(3))";
	return db_exec(db, sql, "sssL", recipient, subject, body, case_id);
}

int outbox_due(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	/* the outbox_due index (sent_at, next_attempt_at) finds the due rows */
	static const char sql[] =
		"SELECT id, recipient, subject, body, attempts FROM outbox "
		"WHERE sent_at IS NULL AND next_attempt_at <= NOW(3) ORDER BY id LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

int outbox_claim(struct db *db, long long id, int lease_seconds, int *claimed)
{
	/* The row lock serialises concurrent claims; the loser re-reads the row,
	 * sees next_attempt_at in the future and changes nothing. */
	static const char sql[] =
		"UPDATE outbox SET next_attempt_at = NOW(3) + INTERVAL ? SECOND "
		"WHERE id = ? AND sent_at IS NULL AND next_attempt_at <= NOW(3)";
	*claimed = 0;
	if (db_exec(db, sql, "iL", lease_seconds > 0 ? lease_seconds : 1, id) < 0)
		return -1;
	*claimed = db_affected_rows(db) == 1;
	return 0;
}

int outbox_sent(struct db *db, long long id)
{
	static const char sql[] =
		"UPDATE outbox SET sent_at = NOW(3), last_error = '' WHERE id = ? AND sent_at IS NULL";
	return db_exec(db, sql, "L", id);
}

int outbox_failed(struct db *db, long long id, const char *error, int next_delay_seconds)
{
	static const char sql[] =
		"UPDATE outbox SET attempts = LEAST(attempts + 1, 65535), last_error = LEFT(?, 300), "
		"next_attempt_at = NOW(3) + INTERVAL ? SECOND WHERE id = ? AND sent_at IS NULL";
	return db_exec(db, sql, "siL", error ? error : "", next_delay_seconds, id);
}
