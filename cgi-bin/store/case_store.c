/* case_store.c - see case_store.h. */
#include "case_store.h"

#include <stdlib.h>

#include "store/outbox_store.h"

int case_categories(struct db *db, struct arena *a, const char *case_type, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.slug, c.name, c.description, o.name AS office_name, c.max_days "
		"FROM case_categories c JOIN offices o ON o.id = c.office_id "
		"WHERE c.active AND c.case_type = ? ORDER BY c.position, c.name";
	return db_query(db, a, out, sql, "s", case_type);
}

int case_areas(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name FROM areas ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

int case_category(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.id, c.case_type, c.name, o.name AS office_name, c.max_days "
		"FROM case_categories c JOIN offices o ON o.id = c.office_id "
		"WHERE c.active AND c.slug = ?";
	return db_query(db, a, out, sql, "s", slug);
}

int case_draft_new(struct db *db, struct arena *a, long long citizen_id, const char *case_type,
		   const char *code, const char *idem, const char *service_slug,
		   const char *email, const char *phone, const char **code_out)
{
	static const char sql[] =
		"INSERT INTO cases (code, citizen_id, case_type, service_id, status, description, "
		"contact_email, contact_phone, idempotency_key, privacy_at, created_at, updated_at) "
		"VALUES (?, ?, ?, (SELECT id FROM services WHERE slug = ?), 'draft', '', ?, ?, ?, "
		"NOW(3), NOW(3), NOW(3))";
	static const char again[] =
		"SELECT code FROM cases WHERE idempotency_key = ? AND citizen_id = ?";
	*code_out = code;
	if (db_exec(db, sql, "sLsssss", code, citizen_id, case_type, service_slug, email, phone,
		    idem) == 0)
		return 0;
	if (db_errno(db) != 1062)
		return -1;
	struct db_rows rows;   /* the same form sent twice: the draft it made */
	if (db_query(db, a, &rows, again, "sL", idem, citizen_id) < 0 || rows.nrows != 1)
		return -1;
	*code_out = db_cell(&rows, 0, 0);
	return 0;
}

int case_by_code(struct db *db, struct arena *a, const char *code, long long citizen_id,
		 struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.id, c.code, c.case_type, c.status, k.slug AS category_slug, "
		"k.name AS category_name, c.title, c.description, c.address, c.latitude, c.longitude, "
		"o.name AS office_name, IF(c.protocol_number IS NULL, '', "
		"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol, "
		"c.submitted_at, c.due_date, c.outcome, s.title AS service_title, c.updated_at, "
		"c.contact_email, z.slug AS area_slug, z.name AS area_name "
		"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id "
		"LEFT JOIN areas z ON z.id = c.area_id "
		"LEFT JOIN offices o ON o.id = c.office_id LEFT JOIN services s ON s.id = c.service_id "
		"WHERE c.code = ? AND c.citizen_id = ?";
	return db_query(db, a, out, sql, "sL", code, citizen_id);
}

int case_draft_save(struct db *db, long long case_id, long long citizen_id,
		    const struct case_fields *f, int *updated)
{
	static const char sql[] =
		"UPDATE cases SET category_id = (SELECT id FROM case_categories WHERE slug = ?), "
		"area_id = (SELECT id FROM areas WHERE slug = ?), "
		"title = ?, description = ?, address = ?, latitude = NULLIF(?, ''), "
		"longitude = NULLIF(?, ''), updated_at = NOW(3) "
		"WHERE id = ? AND citizen_id = ? AND status = 'draft'";
	if (db_exec(db, sql, "sssssssLL", f->category_slug, f->area_slug, f->title, f->description,
		    f->address, f->latitude, f->longitude, case_id, citizen_id) < 0)
		return -1;
	*updated = db_affected_rows(db) > 0;
	return 0;
}

int case_attachment_add(struct db *db, long long case_id, long long event_id,
			const struct attachment *t)
{
	static const char sql[] =
		"INSERT INTO case_attachments (case_id, event_id, kind, filename, content_type, bytes, "
		"width, height, sha256, data, thumbnail, created_at) "
		"VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, NOW(3))";
	return db_exec(db, sql, "LLsssLiisbb", case_id, event_id, t->kind, t->filename,
		       t->content_type, (long long)t->len, t->width, t->height, t->sha256, t->data,
		       t->len, t->thumb, t->thumb_len);
}

int case_attachments(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, kind, filename, content_type, bytes, width, height, sha256 "
		"FROM case_attachments WHERE case_id = ? ORDER BY id";
	return db_query(db, a, out, sql, "L", case_id);
}

int case_attachment_count(struct db *db, struct arena *a, long long case_id, const char *kind,
			  int *count)
{
	static const char sql[] =
		"SELECT COUNT(*) FROM case_attachments WHERE case_id = ? AND kind = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "Ls", case_id, kind) < 0)
		return -1;
	*count = atoi(db_cell(&rows, 0, 0));
	return 0;
}

int case_attachment_delete(struct db *db, long long case_id, long long att_id)
{
	static const char sql[] = "DELETE FROM case_attachments WHERE case_id = ? AND id = ?";
	return db_exec(db, sql, "LL", case_id, att_id);
}

int case_attachment_data(struct db *db, struct arena *a, const char *code, long long citizen_id,
			 long long att_id, int thumb, struct db_rows *out)
{
	static const char sql[] =
		"SELECT IF(? AND t.thumbnail IS NOT NULL, t.thumbnail, t.data), "
		"IF(? AND t.thumbnail IS NOT NULL, 'image/jpeg', t.content_type), t.sha256, t.filename "
		"FROM case_attachments t JOIN cases c ON c.id = t.case_id "
		"WHERE c.code = ? AND c.citizen_id = ? AND t.id = ?";
	return db_query(db, a, out, sql, "iisLL", thumb, thumb, code, citizen_id, att_id);
}

/* The protocol number: the year's counter row stays locked until commit, so
 * concurrent filings queue and no number is skipped or reused. UPDATE first
 * (an exclusive lock at once; INSERT IGNORE first would take a shared lock
 * and deadlock two filings); the row is made only by a year's first filing. */
static int next_protocol(struct db *db, long long *number)
{
	static const char bump[] =
		"UPDATE protocol_counters SET last_number = LAST_INSERT_ID(last_number + 1) "
		"WHERE year = YEAR(NOW())";
	static const char first[] =
		"INSERT IGNORE INTO protocol_counters (year, last_number) VALUES (YEAR(NOW()), 0)";
	if (db_exec(db, bump, "") < 0)
		return -1;
	if (db_affected_rows(db) == 0 && (db_exec(db, first, "") < 0 || db_exec(db, bump, "") < 0))
		return -1;
	*number = (long long)db_insert_id(db);   /* LAST_INSERT_ID(expr) of the UPDATE */
	return *number > 0 ? 0 : -1;
}

static int submit_once(struct db *db, const struct case_filing *f, int *filed);

/* The end of a change the citizen is told about: the e-mail goes in the
 * outbox in the same transaction, then commit. */
static int mail_and_commit(struct db *db, const struct case_filing *f)
{
	if (f->mail_to && *f->mail_to &&
	    outbox_enqueue(db, f->mail_to, f->mail_subject, f->mail_body, f->case_id) < 0)
		return -1;
	return db_commit(db);
}

/* A deadlock (1213) or lock timeout (1205) rolls the whole filing back:
 * nothing was kept, so it is simply filed again. */
int case_submit(struct db *db, const struct case_filing *f, int *filed)
{
	for (int attempt = 0;; attempt++) {
		int rc = submit_once(db, f, filed);
		unsigned err = db_errno(db);
		if (rc == 0 || attempt == 3 || (err != 1213 && err != 1205))
			return rc;
	}
}

static int submit_once(struct db *db, const struct case_filing *f, int *filed)
{
	static const char claim[] =
		"UPDATE cases c JOIN case_categories k ON k.id = c.category_id "
		"SET c.status = 'received', c.office_id = COALESCE((SELECT r.office_id FROM case_routes r "
		"WHERE r.category_id = c.category_id AND r.area_id = c.area_id), k.office_id), "
		"c.submitted_at = NOW(3), "
		"c.due_date = CURDATE() + INTERVAL k.max_days DAY, c.updated_at = NOW(3) "
		"WHERE c.id = ? AND c.citizen_id <=> NULLIF(?, 0) AND c.status = 'draft'";
	static const char number[] =
		"UPDATE cases SET protocol_year = YEAR(submitted_at), protocol_number = ? WHERE id = ?";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"VALUES (?, NOW(3), 'status', 'received', 'system', 'Pratica ricevuta e protocollata.')";
	*filed = 0;
	long long n;
	if (db_begin(db) < 0 || db_exec(db, claim, "LL", f->case_id, f->citizen_id) < 0)
		goto fail;
	if (db_affected_rows(db) == 0) {   /* filed already: nothing to do */
		db_rollback(db);
		return 0;
	}
	if (next_protocol(db, &n) < 0 || db_exec(db, number, "LL", n, f->case_id) < 0 ||
	    db_exec(db, event, "L", f->case_id) < 0)
		goto fail;
	if (mail_and_commit(db, f) < 0)
		goto fail;
	*filed = 1;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

int case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT at, kind, status, author, author_name, body FROM case_events "
		"WHERE case_id = ? AND public ORDER BY at, id";
	return db_query(db, a, out, sql, "L", case_id);
}

int case_message_add(struct db *db, long long case_id, const char *author_name,
		     const char *body, long long *event_id)
{
	static const char sql[] =
		"INSERT INTO case_events (case_id, at, kind, author, author_name, body) "
		"VALUES (?, NOW(3), 'message', 'citizen', ?, ?)";
	static const char touch[] = "UPDATE cases SET updated_at = NOW(3) WHERE id = ?";
	if (db_exec(db, sql, "Lss", case_id, author_name, body) < 0)
		return -1;
	*event_id = (long long)db_insert_id(db);
	return db_exec(db, touch, "L", case_id);
}

int case_withdraw(struct db *db, const struct case_filing *f, const char *reason, int *done)
{
	static const char sql[] =
		"UPDATE cases SET status = 'withdrawn', closed_at = NOW(3), updated_at = NOW(3) "
		"WHERE id = ? AND citizen_id = ? AND status = 'received'";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"VALUES (?, NOW(3), 'status', 'withdrawn', 'citizen', ?)";
	*done = 0;
	if (db_begin(db) < 0 || db_exec(db, sql, "LL", f->case_id, f->citizen_id) < 0)
		goto fail;
	if (db_affected_rows(db) == 0) {
		db_rollback(db);
		return 0;
	}
	if (db_exec(db, event, "Ls", f->case_id, reason) < 0)
		goto fail;
	if (mail_and_commit(db, f) < 0)
		goto fail;
	*done = 1;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

int cases_of_citizen(struct db *db, struct arena *a, long long citizen_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.code, c.case_type, c.status, c.title, k.name AS category_name, "
		"IF(c.protocol_number IS NULL, '', "
		"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol, "
		"c.submitted_at, c.due_date, c.updated_at "
		"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id "
		"WHERE c.citizen_id = ? ORDER BY c.updated_at DESC";
	return db_query(db, a, out, sql, "L", citizen_id);
}

int citizen_history(struct db *db, struct arena *a, long long citizen_id, const char *fiscal_code,
		    struct db_rows *out)
{
	static const char sql[] =
		"SELECT e.at, e.kind AS what, c.code, IF(e.kind = 'status', e.status, "
		"LEFT(e.body, 200)) AS detail "
		"FROM case_events e JOIN cases c ON c.id = e.case_id "
		"WHERE c.citizen_id = ? AND e.public "
		"UNION ALL SELECT l.at, 'login', '', l.federation FROM auth_log l "
		"WHERE l.fiscal_code = ? AND l.event = 'login' "
		"ORDER BY 1 DESC LIMIT 100";
	return db_query(db, a, out, sql, "Ls", citizen_id, fiscal_code);
}

int citizen_contacts_save(struct db *db, long long citizen_id, const char *email,
			  const char *phone)
{
	static const char sql[] = "UPDATE citizens SET email = ?, mobile_phone = ? WHERE id = ?";
	return db_exec(db, sql, "ssL", email, phone, citizen_id);
}
