/* outbox_store.c - see outbox_store.h. */
#include "outbox_store.h"

static int enqueue(struct db *db, const char *recipient, const char *subject, const char *body,
		   long long case_id, const struct outbox_file *file, int internal)
{
	static const char sql[] =
		"INSERT INTO outbox (created_at, recipient, subject, body, case_id, internal, "
		"next_attempt_at, attachment_name, attachment_type, attachment) "
		"VALUES (NOW(3), ?, ?, ?, NULLIF(?, 0), ?, NOW(3), ?, ?, ?)";
	return db_exec(db, sql, "sssLisss", recipient, subject, body, case_id, internal,
		       file ? file->name : NULL, file ? file->type : NULL, file ? file->data : NULL);
}

int outbox_enqueue_file(struct db *db, const char *recipient, const char *subject,
			const char *body, long long case_id, const struct outbox_file *file)
{
	return enqueue(db, recipient, subject, body, case_id, file, 0);
}

int outbox_enqueue_internal(struct db *db, const char *recipient, const char *subject,
			    const char *body, long long case_id)
{
	return enqueue(db, recipient, subject, body, case_id, NULL, 1);
}

int outbox_enqueue(struct db *db, const char *recipient, const char *subject, const char *body,
		   long long case_id)
{
	return outbox_enqueue_file(db, recipient, subject, body, case_id, NULL);
}

int outbox_due(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	/* the outbox_due index (sent_at, next_attempt_at) finds the due rows;
	 * the citizens' go first (135_outbox_internal.sql) */
	static const char sql[] =
		"SELECT id, message_key, recipient, subject, body, attempts, attachment_name, "
		"attachment_type, attachment FROM outbox "
		"WHERE sent_at IS NULL AND next_attempt_at <= NOW(3) ORDER BY internal, id LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

static int lease(int seconds)
{
	return seconds > 0 ? seconds : 1;
}

int outbox_claim(struct db *db, long long id, int attempts, const char *token, int lease_seconds,
		 int *claimed)
{
	/* The row lock serialises concurrent claims; the loser re-reads the row,
	 * sees next_attempt_at in the future (or another attempt count) and
	 * changes nothing. */
	static const char sql[] =
		"UPDATE outbox SET next_attempt_at = NOW(3) + INTERVAL ? SECOND, "
		"attempts = LEAST(attempts + 1, 65535), claim_token = ? "
		"WHERE id = ? AND attempts = ? AND sent_at IS NULL AND next_attempt_at <= NOW(3)";
	*claimed = 0;
	if (db_exec(db, sql, "isLi", lease(lease_seconds), token, id, attempts) < 0)
		return -1;
	*claimed = db_affected_rows(db) == 1;
	return 0;
}

int outbox_renew(struct db *db, long long id, const char *token, int lease_seconds, int *held)
{
	/* affected rows count changed rows only: the lease always moves on, as
	 * NOW(3) does, so a held claim reads 1 */
	static const char sql[] =
		"UPDATE outbox SET next_attempt_at = NOW(3) + INTERVAL ? SECOND "
		"WHERE id = ? AND claim_token = ? AND sent_at IS NULL";
	*held = 0;
	if (db_exec(db, sql, "iLs", lease(lease_seconds), id, token) < 0)
		return -1;
	*held = db_affected_rows(db) == 1;
	return 0;
}

int outbox_sent(struct db *db, long long id)
{
	static const char sql[] =
		"UPDATE outbox SET sent_at = NOW(3), last_error = '', claim_token = '' "
		"WHERE id = ? AND sent_at IS NULL";
	return db_exec(db, sql, "L", id);
}

int outbox_failed(struct db *db, long long id, const char *token, const char *error,
		  int next_delay_seconds)
{
	static const char sql[] =
		"UPDATE outbox SET last_error = LEFT(?, 300), claim_token = '', "
		"next_attempt_at = NOW(3) + INTERVAL ? SECOND "
		"WHERE id = ? AND claim_token = ? AND sent_at IS NULL";
	return db_exec(db, sql, "siLs", error ? error : "", next_delay_seconds, id, token);
}
