/* rating_store.c - see rating_store.h. */
#include "rating_store.h"

#include "core/db.h"
#include "store/reader.h"

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

READER(rating_page, TEXT(rating_page, page), TEXT(rating_page, mean), LL(rating_page, count),
       LL(rating_page, low_pct));

int rating_pages(struct db *db, struct arena *a, struct rating_page **out, size_t *n)
{
	static const char sql[] =
		"SELECT page, COUNT(*) AS count, FORMAT(AVG(rating), 1, 'en_US') AS mean, "
		"ROUND(100 * SUM(rating <= 3) / COUNT(*)) AS low_pct "
		"FROM page_ratings GROUP BY page ORDER BY AVG(rating), count DESC LIMIT 500";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, ""), a, &rows, &rating_page_reader, out, n);
}

READER(rating_answer, TEXT(rating_answer, answer), LL(rating_answer, count));

int rating_answers(struct db *db, struct arena *a, const char *page, struct rating_answer **out,
		   size_t *n)
{
	static const char sql[] =
		"SELECT answer, COUNT(*) AS count FROM page_ratings "
		"WHERE page = ? AND answer IS NOT NULL GROUP BY answer ORDER BY count DESC, answer";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "s", page), a, &rows, &rating_answer_reader,
			   out, n);
}

READER(rating_comment, TEXT(rating_comment, created_at), TEXT(rating_comment, comment),
       TEXT(rating_comment, answer), INT(rating_comment, rating));

int rating_comments(struct db *db, struct arena *a, const char *page, int limit,
		    struct rating_comment **out, size_t *n)
{
	static const char sql[] =
		"SELECT created_at, rating, answer, comment FROM page_ratings "
		"WHERE page = ? AND comment IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ?";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "si", page, limit), a, &rows,
			   &rating_comment_reader, out, n);
}
