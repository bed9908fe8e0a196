/* case_store.c - see case_store.h. */
#include "case_store.h"

#include <stddef.h>
#include <string.h>

#include "core/arena.h"
#include "core/db.h"
#include "store/case_clock_store.h"
#include "store/outbox_store.h"
#include "store/reader.h"
#include "vocab/case_vocab.h"

/* ---------------------------------------------------------- categories */

#define CATEGORY_COLUMNS \
	"SELECT c.id, c.slug, c.case_type, c.name, c.description, o.name AS office_name, " \
	"c.max_days FROM case_categories c JOIN offices o ON o.id = c.office_id "

READER(case_category, LL(case_category, id), TEXT(case_category, slug),
       TEXT(case_category, case_type), TEXT(case_category, name),
       TEXT(case_category, description), TEXT(case_category, office_name),
       INT(case_category, max_days));

int case_category_list(struct db *db, struct arena *a, const char *case_type,
		       struct case_category **out, size_t *n)
{
	static const char sql[] = CATEGORY_COLUMNS
		"WHERE c.active AND c.case_type = ? ORDER BY c.position, c.name";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "s", case_type), a, &rows,
		       &case_category_reader, out, n);
}

int case_category_get(struct db *db, struct arena *a, const char *slug, struct case_category *out)
{
	static const char sql[] = CATEGORY_COLUMNS "WHERE c.active AND c.slug = ?";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "s", slug), &rows, &case_category_reader, out);
}

int case_areas(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name FROM areas ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

READER(case_area, TEXT(case_area, slug), TEXT(case_area, name));

int case_area_list(struct db *db, struct arena *a, struct case_area **out, size_t *n)
{
	struct db_rows rows;
	return reader_list(case_areas(db, a, &rows), a, &rows,
		       &case_area_reader, out, n);
}

/* -------------------------------------------------------------- drafts */

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
	*code_out = db_get(&rows, 0, "code");
	return 0;
}

READER(case_row, LL(case_row, id), TEXT(case_row, code), TEXT(case_row, case_type),
       TEXT(case_row, status), TEXT(case_row, category_slug), TEXT(case_row, category_name),
       TEXT(case_row, title), TEXT(case_row, description), TEXT(case_row, address),
       TEXT(case_row, latitude), TEXT(case_row, longitude), TEXT(case_row, office_name),
       TEXT(case_row, protocol), TEXT(case_row, submitted_at), TEXT(case_row, due_date),
       TEXT(case_row, outcome), TEXT(case_row, service_title), TEXT(case_row, updated_at),
       TEXT(case_row, contact_email), TEXT(case_row, area_slug), TEXT(case_row, area_name));

int case_by_code(struct db *db, struct arena *a, const char *code, long long citizen_id,
		 struct case_row *out)
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
		"WHERE c.code = ? AND c.citizen_id <=> NULLIF(?, 0)";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "sL", code, citizen_id), &rows, &case_row_reader,
		      out);
}

/* ------------------------------------------------------- transactions */

/* Inside a transaction: lock case CASE_ID of CITIZEN_ID (0: no citizen) and
 * read its status into *STATUS (NULL when there is no such case). */
static int lock_case(struct db *db, struct arena *a, long long case_id, long long citizen_id,
		     const char **status)
{
	static const char sql[] =
		"SELECT status FROM cases WHERE id = ? AND citizen_id <=> NULLIF(?, 0) FOR UPDATE";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "LL", case_id, citizen_id) < 0)
		return -1;
	*status = rows.nrows == 1 ? db_get(&rows, 0, "status") : NULL;
	return 0;
}

/* The end of an operation that wrote nothing: REFUSAL (or -1) after the rollback. */
static int refuse(struct db *db, int refusal)
{
	db_rollback(db);
	return refusal;
}

/* Would NEW attachments of each kind (besides those of the locked case)
 * exceed the limits? 0, a CASE_TOO_MANY_* refusal, or -1. */
static int over_limits(struct db *db, struct arena *a, long long case_id,
		       const struct attachment *files, size_t nfiles)
{
	static const char sql[] =
		"SELECT COALESCE(SUM(kind = 'photo'), 0) AS photos, "
		"COALESCE(SUM(kind = 'document'), 0) AS documents "
		"FROM case_attachments WHERE case_id = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "L", case_id) < 0)
		return -1;
	long long photos = db_get_ll(&rows, 0, "photos"), docs = db_get_ll(&rows, 0, "documents");
	for (size_t i = 0; i < nfiles; i++) {
		if (strcmp(files[i].kind, "photo") == 0)
			photos++;
		else
			docs++;
	}
	if (photos > CASE_MAX_PHOTOS)
		return CASE_TOO_MANY_PHOTOS;
	return docs > CASE_MAX_DOCS ? CASE_TOO_MANY_DOCS : 0;
}

static int attachment_add(struct db *db, long long case_id, long long event_id,
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

/* Under the lock: the files, tied to EVENT_ID (0: none). */
static int attach_each(struct db *db, long long case_id, long long event_id,
		       const struct attachment *files, size_t nfiles)
{
	for (size_t i = 0; i < nfiles; i++)
		if (attachment_add(db, case_id, event_id, &files[i]) < 0)
			return -1;
	return 0;
}

int case_draft_save(struct db *db, struct arena *a, long long case_id, long long citizen_id,
		    const struct case_fields *f, const struct attachment *files, size_t nfiles)
{
	static const char sql[] =
		"UPDATE cases SET category_id = (SELECT id FROM case_categories WHERE slug = ?), "
		"area_id = (SELECT id FROM areas WHERE slug = ?), "
		"title = ?, description = ?, address = ?, latitude = NULLIF(?, ''), "
		"longitude = NULLIF(?, ''), updated_at = NOW(3) "
		"WHERE id = ? AND citizen_id = ? AND status = 'draft'";
	const char *status;
	int rc = db_begin(db);
	if (rc == 0)
		rc = lock_case(db, a, case_id, citizen_id, &status);
	if (rc == 0 && (!status || strcmp(status, "draft")))
		rc = CASE_NOT_DRAFT;
	if (rc == 0)
		rc = db_exec(db, sql, "sssssssLL", f->category_slug, f->area_slug, f->title,
			     f->description, f->address, f->latitude, f->longitude, case_id, citizen_id);
	if (rc == 0)
		rc = over_limits(db, a, case_id, files, nfiles);
	if (rc == 0)
		rc = attach_each(db, case_id, 0, files, nfiles);
	if (rc == 0)
		rc = db_commit(db);
	return rc ? refuse(db, rc) : 0;
}

/* -------------------------------------------------------- attachments */

int case_attachments(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, kind, filename, content_type, bytes, width, height, sha256 "
		"FROM case_attachments WHERE case_id = ? ORDER BY id";
	return db_query(db, a, out, sql, "L", case_id);
}

READER(case_file, LL(case_file, id), TEXT(case_file, kind), TEXT(case_file, filename),
       TEXT(case_file, content_type), LL(case_file, bytes), INT(case_file, width),
       INT(case_file, height), TEXT(case_file, sha256));

int case_file_list(struct db *db, struct arena *a, long long case_id, struct case_file **out,
		   size_t *n)
{
	struct db_rows rows;
	return reader_list(case_attachments(db, a, case_id, &rows), a, &rows,
		       &case_file_reader, out, n);
}

int case_attachment_data(struct db *db, struct arena *a, const char *code, long long citizen_id,
			 long long att_id, int thumb, struct attachment_data *out)
{
	static const char sql[] =
		"SELECT IF(? AND t.thumbnail IS NOT NULL, t.thumbnail, t.data) AS data, "
		"IF(? AND t.thumbnail IS NOT NULL, 'image/jpeg', t.content_type) AS content_type, "
		"t.sha256, t.filename "
		"FROM case_attachments t JOIN cases c ON c.id = t.case_id "
		"WHERE c.code = ? AND c.citizen_id = ? AND t.id = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "iisLL", thumb, thumb, code, citizen_id, att_id) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	out->data = db_get(&rows, 0, "data");
	out->len = db_get_len(&rows, 0, "data");
	out->content_type = db_get(&rows, 0, "content_type");
	out->sha256 = db_get(&rows, 0, "sha256");
	out->filename = db_get(&rows, 0, "filename");
	return 1;
}

/* ------------------------------------------------------------- filing */

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

/* Filing, inside the caller's transaction: the claim's UPDATE locks the
 * case, and its WHERE checks that it is a draft with a category (the
 * foreign key makes a set one exist) and a title. One table, not a join with
 * case_categories: MariaDB 10.11 checks the invoker's SELECT right on the
 * tables of the routines that cases' triggers call (the dashboard's
 * summaries) for a prepared multi-table UPDATE with a subquery in its SET. */
int case_file_in_tx(struct db *db, const struct case_filing *f, int *filed)
{
	static const char claim[] =
		"UPDATE cases c SET c.status = 'received', c.office_id = COALESCE("
		"(SELECT r.office_id FROM case_routes r "
		"WHERE r.category_id = c.category_id AND r.area_id = c.area_id), "
		"(SELECT k.office_id FROM case_categories k WHERE k.id = c.category_id)), "
		"c.submitted_at = NOW(3), c.updated_at = NOW(3) "
		"WHERE c.id = ? AND c.citizen_id <=> NULLIF(?, 0) AND c.status = 'draft' "
		"AND c.category_id IS NOT NULL AND c.title <> ''";
	static const char number[] =
		"UPDATE cases SET protocol_year = YEAR(submitted_at), protocol_number = ? WHERE id = ?";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"VALUES (?, NOW(3), 'status', 'received', 'system', 'Pratica ricevuta e protocollata.')";
	*filed = 0;
	long long n;
	if (db_exec(db, claim, "LL", f->case_id, f->citizen_id) < 0)
		return -1;
	if (db_affected_rows(db) == 0)   /* filed already, or incomplete: nothing to do */
		return 0;
	if (next_protocol(db, &n) < 0 || db_exec(db, number, "LL", n, f->case_id) < 0 ||
	    db_exec(db, event, "L", f->case_id) < 0 || case_clock_start(db, f->case_id) < 0)
		return -1;
	if (f->mail_to && *f->mail_to &&
	    outbox_enqueue(db, f->mail_to, f->mail_subject, f->mail_body, f->case_id) < 0)
		return -1;
	*filed = 1;
	return 0;
}

static int submit_once(struct db *db, const struct case_filing *f, int *filed)
{
	if (db_begin(db) < 0)
		return -1;
	int rc = case_file_in_tx(db, f, filed);
	if (rc < 0 || !*filed)
		return refuse(db, rc);
	return db_commit(db);
}

/* ----------------------------------------------- timeline, messages */

READER(case_event, TEXT(case_event, at), TEXT(case_event, kind), TEXT(case_event, status),
       TEXT(case_event, author), TEXT(case_event, author_name), TEXT(case_event, body));

int case_event_list(struct db *db, struct arena *a, long long case_id, struct case_event **out,
		    size_t *n)
{
	static const char sql[] =
		"SELECT at, kind, status, author, author_name, body FROM case_events "
		"WHERE case_id = ? AND public ORDER BY at, id";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "L", case_id), a, &rows,
		       &case_event_reader, out, n);
}

int case_event_flags(struct db *db)
{
	static const char sql[] =
		"UPDATE cases c JOIN case_events e ON e.id = LAST_INSERT_ID() AND e.case_id = c.id "
		"SET c.first_response_at = IF(e.author = 'staff' AND e.kind IN ('status', 'message') "
		"AND e.at >= c.submitted_at AND (c.first_response_at IS NULL "
		"OR c.first_response_at > e.at), e.at, c.first_response_at), "
		"c.reopened = c.reopened OR e.kind = 'status' AND e.status = 'reopened'";
	return db_exec(db, sql, "");
}

int case_message_add(struct db *db, struct arena *a, const struct case_message *m)
{
	static const char sql[] =
		"INSERT INTO case_events (case_id, at, kind, author, author_name, body) "
		"VALUES (?, NOW(3), 'message', 'citizen', ?, ?)";
	static const char touch[] = "UPDATE cases SET updated_at = NOW(3) WHERE id = ?";
	const char *status;
	int rc = db_begin(db);
	if (rc == 0)
		rc = lock_case(db, a, m->case_id, m->citizen_id, &status);
	if (rc == 0 && !case_status_open(status))
		rc = CASE_NOT_OPEN;
	if (rc == 0)
		rc = db_exec(db, sql, "Lss", m->case_id, m->author_name, m->body);
	long long event_id = rc == 0 ? (long long)db_insert_id(db) : 0;
	if (rc == 0)
		rc = attach_each(db, m->case_id, event_id, m->files, m->nfiles);
	if (rc == 0)
		rc = db_exec(db, touch, "L", m->case_id);
	const char *due;   /* the reply resumes a case waiting for it, at once */
	if (rc == 0 && strcmp(status, "waiting_citizen") == 0)
		rc = case_clock_answered(db, a, m->case_id, &due);
	if (rc == 0)
		rc = db_commit(db);
	return rc ? refuse(db, rc) : 0;
}

int case_withdraw(struct db *db, struct arena *a, const struct case_filing *f,
		  const char *reason, const char **status)
{
	static const char sql[] =
		"UPDATE cases SET status = 'withdrawn', closed_at = NOW(3), updated_at = NOW(3) "
		"WHERE id = ?";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"VALUES (?, NOW(3), 'status', 'withdrawn', 'citizen', ?)";
	int rc = db_begin(db);
	if (rc == 0)
		rc = lock_case(db, a, f->case_id, f->citizen_id, status);
	if (rc == 0 && (!*status || strcmp(*status, "received")))
		rc = CASE_NOT_RECEIVED;
	if (rc == 0)
		rc = db_exec(db, sql, "L", f->case_id);
	if (rc == 0)
		rc = db_exec(db, event, "Ls", f->case_id, reason);
	if (rc == 0)
		rc = mail_and_commit(db, f);
	return rc ? refuse(db, rc) : 0;
}

/* ------------------------------------------------------ personal area */

READER(case_summary, TEXT(case_summary, code), TEXT(case_summary, case_type),
       TEXT(case_summary, status), TEXT(case_summary, title), TEXT(case_summary, category_name),
       TEXT(case_summary, protocol), TEXT(case_summary, submitted_at),
       TEXT(case_summary, due_date), TEXT(case_summary, updated_at));

int cases_of_citizen(struct db *db, struct arena *a, long long citizen_id,
		     struct case_summary **out, size_t *n)
{
	static const char sql[] =
		"SELECT c.code, c.case_type, c.status, c.title, k.name AS category_name, "
		"IF(c.protocol_number IS NULL, '', "
		"CONCAT(c.protocol_year, '/', LPAD(c.protocol_number, 7, '0'))) AS protocol, "
		"c.submitted_at, c.due_date, c.updated_at "
		"FROM cases c LEFT JOIN case_categories k ON k.id = c.category_id "
		"WHERE c.citizen_id = ? ORDER BY c.updated_at DESC";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "L", citizen_id), a, &rows,
		       &case_summary_reader, out, n);
}

READER(history_item, TEXT(history_item, at), TEXT(history_item, what),
       TEXT(history_item, code), TEXT(history_item, case_type), TEXT(history_item, author),
       TEXT(history_item, detail));

int citizen_history(struct db *db, struct arena *a, long long citizen_id, const char *fiscal_code,
		    struct history_item **out, size_t *n)
{
	static const char sql[] =
		"SELECT e.at, e.kind AS what, c.code, c.case_type, e.author, IF(e.kind = 'status', e.status, "
		"LEFT(e.body, 200)) AS detail "
		"FROM case_events e JOIN cases c ON c.id = e.case_id "
		"WHERE c.citizen_id = ? AND e.public "
		"UNION ALL SELECT l.at, 'login', '', '', 'citizen', l.federation FROM auth_log l "
		"WHERE l.fiscal_code = ? AND l.event = 'login' "
		"ORDER BY 1 DESC LIMIT 100";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "Ls", citizen_id, fiscal_code), a, &rows,
		       &history_item_reader, out, n);
}

int citizen_contacts_save(struct db *db, long long citizen_id, const char *email,
			  const char *phone)
{
	static const char sql[] = "UPDATE citizens SET email = ?, mobile_phone = ? WHERE id = ?";
	return db_exec(db, sql, "ssL", email, phone, citizen_id);
}
