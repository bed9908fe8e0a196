/* rating_store.c - see rating_store.h. */
#include "rating_store.h"

#include <stdlib.h>

#include "core/arena.h"
#include "core/db.h"

/* This hour's count for CLIENT, after adding one: *N. */
static int count_client(struct db *db, const char *client, long long *n)
{
	static const char salt[] =
		"INSERT IGNORE INTO rating_salts (day, salt) VALUES (CURDATE(), RANDOM_BYTES(32))";
	/* LAST_INSERT_ID(expr) hands the updated count back; a new row counts 1 */
	static const char bump[] =
		"INSERT INTO rating_limits (client_key, hour, n) "
		"SELECT SHA2(CONCAT(HEX(s.salt), ?), 256), "
		"FROM_UNIXTIME(UNIX_TIMESTAMP() DIV 3600 * 3600), 1 "
		"FROM rating_salts s WHERE s.day = CURDATE() "
		"ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)";
	if (db_exec(db, salt, "") < 0 || db_exec(db, bump, "s", client) < 0)
		return -1;
	*n = (long long)db_insert_id(db);
	if (*n == 0)
		*n = 1;
	return 0;
}

int rating_record(struct db *db, const struct rating *r, const char *client, int per_hour,
		  int *limited)
{
	static const char sql[] =
		"INSERT INTO page_ratings (page, rating, answer, comment, created_at) "
		"VALUES (?, ?, ?, ?, NOW(3))";
	long long n;
	*limited = 0;
	if (db_begin(db) < 0)
		return -1;
	if (count_client(db, client, &n) < 0)
		goto fail;
	if (n > per_hour) {
		*limited = 1;     /* the attempt is counted, the rating is not kept */
		return db_commit(db);
	}
	if (db_exec(db, sql, "siss", r->page, r->rating, r->answer, r->comment) < 0)
		goto fail;
	return db_commit(db);
fail:
	db_rollback(db);
	return -1;
}

int rating_pages(struct db *db, struct arena *a, struct rating_page **out, size_t *n)
{
	static const char sql[] =
		"SELECT page, COUNT(*) AS count, AVG(rating) AS mean, SUM(rating <= 3) AS low "
		"FROM page_ratings GROUP BY page ORDER BY mean, count DESC LIMIT 500";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "") < 0)
		return -1;
	*out = arena_calloc(a, rows.nrows + 1, sizeof(**out));
	*n = rows.nrows;
	for (size_t i = 0; i < rows.nrows; i++)
		(*out)[i] = (struct rating_page){
			.page = db_get(&rows, i, "page"), .count = (long)db_get_ll(&rows, i, "count"),
			.mean = strtod(db_get(&rows, i, "mean"), NULL),
			.low = (long)db_get_ll(&rows, i, "low"),
		};
	return 0;
}

int rating_answers(struct db *db, struct arena *a, const char *page, struct rating_answer **out,
		   size_t *n)
{
	static const char sql[] =
		"SELECT answer, COUNT(*) AS count FROM page_ratings "
		"WHERE page = ? AND answer IS NOT NULL GROUP BY answer ORDER BY count DESC, answer";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "s", page) < 0)
		return -1;
	*out = arena_calloc(a, rows.nrows + 1, sizeof(**out));
	*n = rows.nrows;
	for (size_t i = 0; i < rows.nrows; i++)
		(*out)[i] = (struct rating_answer){
			.answer = db_get(&rows, i, "answer"),
			.count = (long)db_get_ll(&rows, i, "count"),
		};
	return 0;
}

int rating_comments(struct db *db, struct arena *a, const char *page, int limit,
		    struct rating_comment **out, size_t *n)
{
	static const char sql[] =
		"SELECT created_at, rating, answer, comment FROM page_ratings "
		"WHERE page = ? AND comment IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "si", page, limit) < 0)
		return -1;
	*out = arena_calloc(a, rows.nrows + 1, sizeof(**out));
	*n = rows.nrows;
	for (size_t i = 0; i < rows.nrows; i++)
		(*out)[i] = (struct rating_comment){
			.at = db_get(&rows, i, "created_at"), .rating = db_get_int(&rows, i, "rating"),
			.answer = db_get(&rows, i, "answer"), .comment = db_get(&rows, i, "comment"),
		};
	return 0;
}
