/* dash_answer_store.c - see dash_answer_store.h. A key is its SHA-256 in
 * the table, and the first 48 hex digits of it after "dash_answers:" as the
 * lock's name (MariaDB's names hold 64 characters). */
#include "dash_answer_store.h"

#include "core/db.h"

#define KEY "UNHEX(SHA2(?, 256))"
#define LOCK "CONCAT('dash_answers:', LEFT(SHA2(?, 256), 48))"

int dash_answer_lock(struct db *db, struct arena *a, const char *key, int seconds)
{
	static const char sql[] = "SELECT GET_LOCK(" LOCK ", ?) AS got";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "si", key, seconds) < 0 || rows.nrows != 1)
		return -1;
	return db_get_int(&rows, 0, "got") == 1;
}

void dash_answer_unlock(struct db *db, const char *key)
{
	static const char sql[] = "DO RELEASE_LOCK(" LOCK ")";
	db_exec(db, sql, "s", key);
}

/* The answer of a query's ROWS (its status RC): 1 and *OUT, 0 none, -1. */
static int answer_of(int rc, const struct db_rows *rows, struct dash_answer *out)
{
	if (rc < 0)
		return -1;
	if (rows->nrows != 1)
		return 0;
	*out = (struct dash_answer){ db_get(rows, 0, "body"), db_get_len(rows, 0, "body"),
				     db_get_ll(rows, 0, "until_at") };
	return 1;
}

int dash_answer_get(struct db *db, struct arena *a, const char *key, unsigned long long gen,
		    long long now, struct dash_answer *out)
{
	static const char sql[] = "SELECT body, until_at FROM dash_answers "
				  "WHERE k = " KEY " AND generation = ? AND until_at > ?";
	struct db_rows rows;
	return answer_of(db_query(db, a, &rows, sql, "sLL", key, (long long)gen, now), &rows, out);
}

int dash_answer_get_before(struct db *db, struct arena *a, const char *key,
			   unsigned long long gen, long long held, long long now,
			   struct dash_answer *out)
{
	static const char sql[] = "SELECT IF(generation = ?, '', body) AS body, until_at, "
				  "generation = ? AS held FROM dash_answers "
				  "WHERE k = " KEY " AND generation < ? AND until_at > ? "
				  "ORDER BY generation DESC LIMIT 1";
	struct db_rows rows;
	int found = answer_of(db_query(db, a, &rows, sql, "LLsLL", held, held, key, (long long)gen,
				       now), &rows, out);
	return found == 1 && db_get_int(&rows, 0, "held") ? 2 : found;
}

int dash_answer_put(struct db *db, const char *key, unsigned long long gen,
		    const struct dash_answer *answer)
{
	/* a version is put once; a worker that failed to take the lock may
	 * compute it again, with the same body */
	static const char put[] =
		"INSERT INTO dash_answers (k, generation, until_at, body) "
		"VALUES (" KEY ", ?, ?, ?) ON DUPLICATE KEY UPDATE until_at = VALUES(until_at)";
	static const char older[] = "DELETE FROM dash_answers WHERE k = " KEY " AND generation < ?";
	if (db_exec(db, put, "sLLb", key, (long long)gen, answer->until, answer->body, answer->len) < 0)
		return -1;
	return db_exec(db, older, "sL", key, (long long)gen);
}

int dash_answer_forget(struct db *db, struct arena *a, long long now)
{
	/* chosen by the narrow columns, then deleted by key: a DELETE that scans
	 * reads each row's body */
	static const char stale[] =
		"SELECT HEX(k) AS k, generation FROM dash_answers WHERE until_at <= ?";
	static const char drop[] =
		"DELETE FROM dash_answers WHERE k = UNHEX(?) AND generation = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, stale, "L", now) < 0)
		return -1;
	for (size_t i = 0; i < rows.nrows; i++)
		if (db_exec(db, drop, "sL", db_get(&rows, i, "k"), db_get_ll(&rows, i, "generation")) < 0)
			return -1;
	return 0;
}
