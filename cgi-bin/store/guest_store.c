/* guest_store.c - see guest_store.h. */
#include "guest_store.h"

#include "core/arena.h"
#include "core/db.h"
#include "core/token.h"
#include "store/case_store.h"
#include "store/outbox_store.h"
#include "store/reader.h"

/* This hour's attempts for KEY ("ip:..." or "mail:..."), this one counted: *N. */
static int count_attempt(struct db *db, struct arena *a, const char *key, long long *n)
{
	/* LAST_INSERT_ID(expr) hands the updated count back; a new row counts 1 */
	static const char bump[] =
		"INSERT INTO guest_limits (client_key, hour, n) "
		"VALUES (?, FROM_UNIXTIME(UNIX_TIMESTAMP() DIV 3600 * 3600), 1) "
		"ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)";
	if (db_exec(db, bump, "s", token_sha256_hex(a, key)) < 0)
		return -1;
	*n = (long long)db_insert_id(db);
	*n += *n == 0;
	return 0;
}

/* Both limits counted: 1 over either, 0 under both, -1. */
static int over_limits(struct db *db, struct arena *a, const struct guest_report *g)
{
	long long by_client, by_email;
	if (count_attempt(db, a, arena_printf(a, "ip:%s", g->client), &by_client) < 0 ||
	    count_attempt(db, a, arena_printf(a, "mail:%s", g->email), &by_email) < 0)
		return -1;
	return by_client > g->per_hour_client || by_email > g->per_hour_email;
}

static int draft_new(struct db *db, struct arena *a, const struct guest_report *g)
{
	static const char draft[] =
		"INSERT INTO cases (code, citizen_id, case_type, category_id, area_id, channel, status, "
		"title, description, address, contact_name, contact_email, privacy_at, created_at, "
		"updated_at) SELECT ?, NULL, k.case_type, k.id, "
		"(SELECT id FROM areas WHERE slug = ?), 'web', 'draft', ?, ?, ?, ?, ?, NOW(3), "
		"NOW(3), NOW(3) FROM case_categories k WHERE k.slug = ? AND k.active";
	static const char report[] =
		"INSERT INTO guest_reports (token_hash, case_id, email, created_at, expires_at) "
		"VALUES (?, ?, ?, NOW(3), NOW(3) + INTERVAL 1 DAY)";
	const struct case_fields *f = g->f;
	if (db_exec(db, draft, "ssssssss", g->code, f->area_slug, f->title, f->description,
		    f->address, g->name, g->email, f->category_slug) < 0 ||
	    db_affected_rows(db) != 1)
		return -1;
	long long id = (long long)db_insert_id(db);
	if (db_exec(db, report, "sLs", token_sha256_hex(a, g->token), id, g->email) < 0)
		return -1;
	return outbox_enqueue(db, g->email, g->mail_subject, g->mail_body, id);
}

int guest_report_new(struct db *db, struct arena *a, const struct guest_report *g)
{
	if (db_begin(db) < 0)
		return -1;
	int over = over_limits(db, a, g);
	if (over == 1)   /* the attempts stay counted */
		return db_commit(db) == 0 ? GUEST_LIMITED : -1;
	if (over == 0 && draft_new(db, a, g) == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return -1;
}

READER(guest_case, TEXT(guest_case, code), INT(guest_case, confirmed));

int guest_by_token(struct db *db, struct arena *a, const char *token, struct guest_case *out)
{
	static const char sql[] =
		"SELECT c.code, g.confirmed_at IS NOT NULL AS confirmed FROM guest_reports g "
		"JOIN cases c ON c.id = g.case_id WHERE g.token_hash = ? "
		"AND (g.confirmed_at IS NOT NULL OR g.expires_at > NOW(3))";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "s", token_sha256_hex(a, token)), &rows,
			  &guest_case_reader, out);
}

static int confirm_locked(struct db *db, struct arena *a, const char *token,
			  struct case_filing *f)
{
	static const char lock[] =
		"SELECT case_id, confirmed_at IS NOT NULL AS confirmed FROM guest_reports "
		"WHERE token_hash = ? AND (confirmed_at IS NOT NULL OR expires_at > NOW(3)) FOR UPDATE";
	static const char done[] = "UPDATE guest_reports SET confirmed_at = NOW(3) WHERE case_id = ?";
	struct db_rows rows;
	int filed;
	if (db_query(db, a, &rows, lock, "s", token_sha256_hex(a, token)) < 0)
		return -1;
	if (rows.nrows != 1)
		return GUEST_GONE;
	if (db_get_int(&rows, 0, "confirmed"))
		return 0;   /* a second click: filed already */
	f->case_id = db_get_ll(&rows, 0, "case_id");
	if (case_file_in_tx(db, f, &filed) < 0 || !filed)
		return -1;
	return db_exec(db, done, "L", f->case_id);
}

int guest_confirm(struct db *db, struct arena *a, const char *token, const char *mail_subject,
		  const char *mail_body)
{
	static const char to[] =
		"SELECT email FROM guest_reports WHERE token_hash = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, to, "s", token_sha256_hex(a, token)) < 0)
		return -1;
	struct case_filing f = {
		.citizen_id = 0, .mail_to = rows.nrows ? db_get(&rows, 0, "email") : "",
		.mail_subject = mail_subject, .mail_body = mail_body,
	};
	if (db_begin(db) < 0)
		return -1;
	int rc = confirm_locked(db, a, token, &f);
	if (rc == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return rc ? rc : -1;
}

/* ------------------------------------------------ joining a citizen's history */

int guest_unclaimed(struct db *db, struct arena *a, const char *email, long long *n)
{
	static const char sql[] =
		"SELECT COUNT(*) AS n FROM guest_reports WHERE email = ? "
		"AND confirmed_at IS NOT NULL AND claimed_at IS NULL";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "s", email) < 0)
		return -1;
	*n = db_get_ll(&rows, 0, "n");
	return 0;
}

int guest_claim_new(struct db *db, struct arena *a, const char *token, long long citizen_id,
		    const char *email, const char *mail_subject, const char *mail_body)
{
	static const char sql[] =
		"INSERT INTO guest_claims (token_hash, citizen_id, email, expires_at) "
		"VALUES (?, ?, ?, NOW(3) + INTERVAL 1 DAY)";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, sql, "sLs", token_sha256_hex(a, token), citizen_id, email) == 0 &&
	    outbox_enqueue(db, email, mail_subject, mail_body, 0) == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return -1;
}

int guest_claim_get(struct db *db, struct arena *a, const char *token, long long citizen_id,
		    const char **email)
{
	static const char sql[] =
		"SELECT email FROM guest_claims WHERE token_hash = ? AND citizen_id = ? "
		"AND expires_at > NOW(3)";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "sL", token_sha256_hex(a, token), citizen_id) < 0)
		return -1;
	*email = rows.nrows ? db_get(&rows, 0, "email") : NULL;
	return rows.nrows == 1;
}

int guest_claim(struct db *db, struct arena *a, const char *token, long long citizen_id,
		long long *n)
{
	static const char join[] =
		"UPDATE cases c JOIN guest_reports g ON g.case_id = c.id "
		"JOIN guest_claims k ON k.email = g.email "
		"SET c.citizen_id = k.citizen_id, g.claimed_at = NOW(3), c.updated_at = NOW(3) "
		"WHERE k.token_hash = ? AND k.citizen_id = ? AND k.expires_at > NOW(3) "
		"AND g.confirmed_at IS NOT NULL AND g.claimed_at IS NULL";
	static const char spend[] = "DELETE FROM guest_claims WHERE token_hash = ? AND citizen_id = ?";
	const char *h = token_sha256_hex(a, token), *email;
	if (db_begin(db) < 0)
		return -1;
	int found = guest_claim_get(db, a, token, citizen_id, &email);
	if (found == 1 && db_exec(db, join, "sL", h, citizen_id) == 0) {
		*n = (long long)db_affected_rows(db) / 2;   /* a case and its report per join */
		if (db_exec(db, spend, "sL", h, citizen_id) == 0 && db_commit(db) == 0)
			return 0;
	}
	db_rollback(db);
	return found == 0 ? GUEST_GONE : -1;
}
