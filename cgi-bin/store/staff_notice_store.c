/* staff_notice_store.c - the staff's e-mails about cases: what is due, sent
 * once, and who wants what (sql/110_legal_clock.sql). */
#include "staff_notice_store.h"

#include <string.h>

#include "core/arena.h"
#include "outbox_store.h"
#include "reader.h"

static const char *const keys[NOTICE_NKINDS] = {
	[NOTICE_NEW_CASE] = "new_case", [NOTICE_ASSIGNED] = "assigned",
	[NOTICE_REPLIED] = "replied", [NOTICE_DUE_SOON] = "due_soon",
	[NOTICE_OVERDUE] = "overdue", [NOTICE_DIGEST] = "digest",
	[NOTICE_REOPENED] = "reopened", [NOTICE_VERDICT] = "verdict",
};

const char *notice_key(enum notice_kind k)
{
	return k < NOTICE_NKINDS ? keys[k] : "";
}

#define OPEN_CASE "c.status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen')"
/* Staff member t wants notice K (no row: yes). */
#define WANTS(k) " t.active AND NOT EXISTS (SELECT 1 FROM staff_notice_prefs p " \
	"WHERE p.staff_id = t.id AND p.notice = '" k "' AND NOT p.wanted) "
/* Notice K about case c with REF not sent to t yet. */
#define UNSENT(k, ref) " AND NOT EXISTS (SELECT 1 FROM staff_notices n WHERE n.staff_id = t.id " \
	"AND n.case_id = c.id AND n.notice = '" k "' AND n.ref = " ref ") "
/* Staff member t hears about case c at level ? (given twice): enum notice_level. */
#define HEARS "((t.role = 'operator' AND EXISTS (SELECT 1 FROM staff_offices so " \
	"WHERE so.staff_id = t.id AND so.office_id = c.office_id) " \
	"AND (? >= 1 OR c.operator_id IS NULL OR c.operator_id = t.id)) " \
	"OR (t.role = 'manager' AND ? >= 2))"
/* Notices already sent (UNSENT) pile up over the years: each candidate is
 * looked up by its key, not every notice of a kind read into a temporary
 * table first, which MariaDB's EXISTS-to-IN rewriting picks while the table
 * is small (issue 12). */
#define NO_EXISTS_TO_IN "SET STATEMENT optimizer_switch = 'exists_to_in=off' FOR "
#define FIELDS "SELECT t.id AS staff_id, t.email, t.display_name, c.id AS case_id, " \
	"c.code, c.title, o.name AS office_name, IFNULL(c.due_date, '') AS due_date, "
#define COLS_D(detail) NO_EXISTS_TO_IN FIELDS detail " AS detail, "
#define COLS COLS_D("''")
/* At most ? rows: a scan's share of Notices.MaxPerScan; the oldest due first. */
#define LIMITED " ORDER BY c.due_date, c.id, t.id LIMIT ?"
/* Events older than a day are history, not news (a first scan sends no backlog). */
#define RECENT(at) " " at " >= NOW(3) - INTERVAL 1 DAY "
/* The events of the last day, read first and by their time (sql/340): from
 * the cases' side a scan would read every case's events (issue 12). */
#define EVENTS "FROM case_events e FORCE INDEX (case_events_recent) STRAIGHT_JOIN cases c " \
	"ON c.id = e.case_id JOIN offices o ON o.id = c.office_id "

READER(notice_row, LL(notice_row, staff_id), LL(notice_row, case_id), LL(notice_row, ref),
       TEXT(notice_row, email), TEXT(notice_row, display_name), TEXT(notice_row, code),
       TEXT(notice_row, title), TEXT(notice_row, office_name), TEXT(notice_row, due_date),
       TEXT(notice_row, detail));

static int new_cases(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS "e.id AS ref " EVENTS
		"JOIN staff t ON " HEARS " WHERE e.kind = 'status' AND e.status = 'received' "
		"AND e.author = 'system' AND" RECENT("e.at") "AND " OPEN_CASE " AND"
		WANTS("new_case") UNSENT("new_case", "e.id") LIMITED;
	return db_query(db, a, rows, sql, "iii", TO_OFFICE, TO_OFFICE, limit);
}

/* By someone else: taking a case yourself tells you nothing new. */
static int assigned(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS "l.id AS ref FROM audit_log l FORCE INDEX (audit_action_at) "
		"JOIN cases c ON c.code = l.object_id JOIN offices o ON o.id = c.office_id "
		"JOIN staff t ON t.id = JSON_VALUE(l.after_value, '$.operator_id') "
		"WHERE l.object_type = 'case' AND l.action = 'case-assegna' AND" RECENT("l.at")
		"AND l.staff_id <> t.id AND " OPEN_CASE " AND" WANTS("assigned")
		UNSENT("assigned", "l.id") LIMITED;
	return db_query(db, a, rows, sql, "i", limit);
}

static int replied(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS "e.id AS ref " EVENTS
		"JOIN staff t ON " HEARS " WHERE e.kind = 'message' AND e.author = 'citizen' AND"
		RECENT("e.at") "AND " OPEN_CASE " AND" WANTS("replied") UNSENT("replied", "e.id") LIMITED;
	return db_query(db, a, rows, sql, "iii", TO_ASSIGNEE, TO_ASSIGNEE, limit);
}

/* The internal event of voice_answer()'s reopening (case_voice_store.c): the
 * case is open again, its assignee (or office) hears it with the reason. The
 * reason (TEXT) is joined by key to the rows kept: sorted with them, it put the
 * sort's temporary table on disk (see search_store.c). */
static int reopened(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = NO_EXISTS_TO_IN "SELECT k.*, b.body AS detail FROM ("
		FIELDS "e.id AS ref " EVENTS
		"JOIN staff t ON " HEARS " WHERE e.kind = 'status' AND e.status = 'reopened' "
		"AND e.author = 'citizen' AND" RECENT("e.at") "AND" WANTS("reopened")
		UNSENT("reopened", "e.id") LIMITED ") k "
		"STRAIGHT_JOIN case_events b FORCE INDEX (PRIMARY) ON b.id = k.ref "
		"ORDER BY k.due_date, k.case_id, k.staff_id";
	return db_query(db, a, rows, sql, "iii", TO_ASSIGNEE, TO_ASSIGNEE, limit);
}

/* A "risolto" and a rating of a closed case, to whoever handled it (its
 * office while nobody did). REF: the verdict's id x 2, the rating's x 2 + 1. */
static int verdicts(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS_D("x.detail") "x.ref FROM ("
		"SELECT v.case_id, v.id * 2 AS ref, 'risolto' AS detail FROM case_verdicts v "
		"WHERE v.resolved AND" RECENT("v.created_at") "UNION ALL "
		"SELECT r.case_id, r.id * 2 + 1, CONCAT(r.rating, ' su 5', "
		"IF(r.comment = '', '', CONCAT(': ', r.comment))) FROM case_ratings r WHERE"
		RECENT("r.created_at") ") x JOIN cases c ON c.id = x.case_id "
		"JOIN offices o ON o.id = c.office_id JOIN staff t ON " HEARS " WHERE"
		WANTS("verdict") UNSENT("verdict", "x.ref") LIMITED;
	return db_query(db, a, rows, sql, "iii", TO_ASSIGNEE, TO_ASSIGNEE, limit);
}

int notices_due(struct db *db, struct arena *a, enum notice_kind k, int limit,
		struct notice_row **out, size_t *n)
{
	struct db_rows rows;
	int rc = k == NOTICE_NEW_CASE ? new_cases(db, a, limit, &rows)
		 : k == NOTICE_ASSIGNED ? assigned(db, a, limit, &rows)
		 : k == NOTICE_REPLIED  ? replied(db, a, limit, &rows)
		 : k == NOTICE_REOPENED ? reopened(db, a, limit, &rows)
		 : k == NOTICE_VERDICT  ? verdicts(db, a, limit, &rows)
					: -1;
	return reader_list(rc, a, &rows, &notice_row_reader, out, n);
}

/* The window's changes are read again for two minutes after a scan: a write
 * stamps its change when it runs and commits a moment later, so one the
 * scan's read did not see yet is still read by the next one. */
READER(notice_window, TEXT(notice_window, covered), TEXT(notice_window, since),
       TEXT(notice_window, upto), TEXT(notice_window, floor), TEXT(notice_window, next_since));

int notice_window_read(struct db *db, struct arena *a, enum notice_kind k, int days, int until,
		       enum notice_level level, struct notice_window *w)
{
	static const char sql[] =
		"SELECT IFNULL(MAX(w.due_covered), '1000-01-01') AS covered, "
		"IFNULL(MAX(w.changes_since), '1000-01-01 00:00:00') AS since, "
		"CURDATE() + INTERVAL ? DAY AS upto, "
		"IF(?, CURDATE() + INTERVAL ? DAY, '1000-01-01') AS floor, "
		"NOW(3) - INTERVAL 2 MINUTE AS next_since FROM notice_watermarks w "
		"WHERE w.notice = ? AND w.days = ? AND w.until_days = ? AND w.level = ?";
	/* due soon: from today to DAYS ahead; overdue: DAYS ago back to the
	 * day after UNTIL days ago */
	int soon = k == NOTICE_DUE_SOON;
	struct db_rows rows;
	*w = (struct notice_window){ .kind = k, .days = days, .until = soon ? 0 : until,
				     .level = level };
	int rc = db_query(db, a, &rows, sql, "iiisiii", soon ? days : -days, soon || until > 0,
			  soon ? 0 : 1 - until, notice_key(k), days, w->until, (int)level);
	return reader_one(rc, &rows, &notice_window_reader, w) == 1 ? 0 : -1;
}

/* REF: the due date (due soon), and the threshold (overdue): each fires once
 * per due date, a new due date is a new notice. */
#define REF "TO_DAYS(c.due_date) * ? + ?"
/* The candidates, as (case, staff member) pairs: the open cases due since
 * the watermark that crossed the threshold (sql/150's cases_open_due), the
 * cases changed since (sql/350), and the cases in the threshold of staff
 * changed since (an office joined: its operators' cases; a manager: all). */
#define PAIRS "FROM (SELECT c.id AS case_id, t.id AS staff_id " \
	"FROM cases c FORCE INDEX (cases_open_due) JOIN staff t ON " HEARS \
	" WHERE c.is_open = 1 AND c.due_date > ? AND c.due_date BETWEEN ? AND ? " \
	"UNION SELECT c.id, t.id FROM notice_case_changes x JOIN cases c ON c.id = x.case_id " \
	"JOIN staff t ON " HEARS " WHERE x.at >= ? AND c.due_date BETWEEN ? AND ? " \
	"UNION SELECT c.id, s.staff_id FROM notice_staff_changes s JOIN staff_offices so " \
	"ON so.staff_id = s.staff_id JOIN cases c FORCE INDEX (cases_open_office_due) " \
	"ON c.is_open = 1 AND c.office_id = so.office_id AND c.due_date BETWEEN ? AND ? " \
	"WHERE s.at >= ? UNION SELECT c.id, t.id FROM notice_staff_changes s JOIN staff t " \
	"ON t.id = s.staff_id AND t.role = 'manager' JOIN cases c FORCE INDEX (cases_open_due) " \
	"ON c.is_open = 1 AND c.due_date BETWEEN ? AND ? WHERE s.at >= ?) p " \
	"STRAIGHT_JOIN cases c ON c.id = p.case_id STRAIGHT_JOIN staff t ON t.id = p.staff_id " \
	"JOIN offices o ON o.id = c.office_id "
#define CROSSED(k, extra) COLS REF " AS ref " PAIRS "WHERE " OPEN_CASE extra " AND " HEARS \
	" AND" WANTS(k) UNSENT(k, REF) LIMITED

int notices_crossed(struct db *db, struct arena *a, const struct notice_window *w, int limit,
		    struct notice_row **out, size_t *n)
{
	/* not while suspended: the due date then is only the latest possible one */
	static const char soon[] = CROSSED("due_soon", " AND c.suspended_at IS NULL");
	static const char late[] = CROSSED("overdue", "");
	int lv = (int)w->level, mul = w->kind == NOTICE_DUE_SOON ? 1 : 1000;
	int add = w->kind == NOTICE_DUE_SOON ? 0 : w->days;
#define TYPES "ii" "iisss" "iisss" "sss" "sss" "ii" "ii" "i"
#define ARGS mul, add, lv, lv, w->covered, w->floor, w->upto, lv, lv, w->since, w->floor, \
	w->upto, w->floor, w->upto, w->since, w->floor, w->upto, w->since, lv, lv, mul, add, limit
	struct db_rows rows;
	int rc = w->kind == NOTICE_DUE_SOON ? db_query(db, a, &rows, soon, TYPES, ARGS)
					    : db_query(db, a, &rows, late, TYPES, ARGS);
#undef TYPES
#undef ARGS
	return reader_list(rc, a, &rows, &notice_row_reader, out, n);
}

int notice_window_advance(struct db *db, const struct notice_window *w, const char *covered,
			  int back, const char *since)
{
	static const char sql[] =
		"INSERT INTO notice_watermarks (notice, days, until_days, level, due_covered, "
		"changes_since) VALUES (?, ?, ?, ?, ? - INTERVAL ? DAY, ?) ON DUPLICATE KEY UPDATE "
		"due_covered = GREATEST(due_covered, VALUES(due_covered)), "
		"changes_since = GREATEST(changes_since, VALUES(changes_since))";
	return db_exec(db, sql, "siiisis", notice_key(w->kind), w->days, w->until, (int)w->level,
		       covered, back, since) < 0 ? -1 : 0;
}

/* Case c is in staff member t's scope. */
#define SCOPE "(t.role = 'manager' OR EXISTS (SELECT 1 FROM staff_offices so " \
	"WHERE so.staff_id = t.id AND so.office_id = c.office_id))"

READER(digest_row, LL(digest_row, staff_id), LL(digest_row, ref), TEXT(digest_row, email),
       TEXT(digest_row, display_name), INT(digest_row, open_cases), INT(digest_row, mine),
       INT(digest_row, overdue), INT(digest_row, due_soon), INT(digest_row, waiting));

/* The open cases counted once, by office and assignee (g), then summed over
 * each staff member's offices (s: every office for a manager): counting
 * them once per member of staff read the open cases hundreds of times. */
int notices_digests(struct db *db, struct arena *a, int days, struct digest_row **out, size_t *n)
{
	static const char sql[] =
		"SELECT t.id AS staff_id, TO_DAYS(CURDATE()) AS ref, t.email, t.display_name, "
		"SUM(g.n) AS open_cases, SUM(IF(g.operator_id = t.id, g.n, 0)) AS mine, "
		"SUM(g.overdue) AS overdue, SUM(g.due_soon) AS due_soon, SUM(g.waiting) AS waiting "
		"FROM staff t JOIN (SELECT so.staff_id, so.office_id FROM staff_offices so "
		"UNION SELECT m.id, f.id FROM staff m JOIN offices f WHERE m.role = 'manager') s "
		"ON s.staff_id = t.id JOIN (SELECT c.office_id, c.operator_id, COUNT(*) AS n, "
		"SUM(c.due_date < CURDATE()) AS overdue, "
		"SUM(c.due_date BETWEEN CURDATE() AND CURDATE() + INTERVAL ? DAY) AS due_soon, "
		"SUM(c.status = 'waiting_citizen') AS waiting FROM cases c WHERE " OPEN_CASE
		" GROUP BY c.office_id, c.operator_id) g ON g.office_id = s.office_id "
		"WHERE t.role IN ('operator', 'manager') AND" WANTS("digest")
		"AND NOT EXISTS (SELECT 1 FROM staff_notices n WHERE n.staff_id = t.id "
		"AND n.case_id = 0 AND n.notice = 'digest' AND n.ref = TO_DAYS(CURDATE())) "
		"GROUP BY t.id ORDER BY t.id";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "i", days), a, &rows, &digest_row_reader,
			   out, n);
}

/* The open cases in due order (sql/330's index), up to the twentieth in
 * scope: by the due date alone it read every closed case of five years. */
int notices_digest_cases(struct db *db, struct arena *a, long long staff_id, int days,
			 struct notice_row **out, size_t *n)
{
	static const char sql[] = COLS "0 AS ref FROM staff t JOIN cases c FORCE INDEX (cases_open_due) "
		"ON " SCOPE " JOIN offices o ON o.id = c.office_id WHERE t.id = ? AND c.is_open "
		"AND c.due_date <= CURDATE() + INTERVAL ? DAY ORDER BY c.due_date, c.id LIMIT 20";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, sql, "Li", staff_id, days), a, &rows,
			   &notice_row_reader, out, n);
}

int notice_send(struct db *db, const struct notice_row *r, enum notice_kind k,
		const char *subject, const char *body)
{
	static const char sql[] =
		"INSERT IGNORE INTO staff_notices (staff_id, case_id, notice, ref, sent_at) "
		"VALUES (?, ?, ?, ?, NOW(3))";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, sql, "LLsL", r->staff_id, r->case_id, notice_key(k), r->ref) < 0)
		goto fail;
	if (db_affected_rows(db) == 0) {   /* another notifier sent it */
		db_rollback(db);
		return 0;
	}
	if (outbox_enqueue_internal(db, r->email, subject, body, r->case_id) < 0 || db_commit(db) < 0)
		goto fail;
	return 1;
fail:
	db_rollback(db);
	return -1;
}

int notice_prefs(struct db *db, struct arena *a, long long staff_id, int wanted[NOTICE_NKINDS])
{
	static const char sql[] =
		"SELECT notice, wanted FROM staff_notice_prefs WHERE staff_id = ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "L", staff_id) < 0)
		return -1;
	for (int k = 0; k < NOTICE_NKINDS; k++)
		wanted[k] = 1;
	for (size_t i = 0; i < rows.nrows; i++)
		for (int k = 0; k < NOTICE_NKINDS; k++)
			if (strcmp(db_get(&rows, i, "notice"), keys[k]) == 0)
				wanted[k] = db_get_int(&rows, i, "wanted");
	return 0;
}

int notice_prefs_save(struct db *db, long long staff_id, const int wanted[NOTICE_NKINDS])
{
	static const char sql[] =
		"INSERT INTO staff_notice_prefs (staff_id, notice, wanted) VALUES (?, ?, ?) "
		"ON DUPLICATE KEY UPDATE wanted = VALUES(wanted)";
	if (db_begin(db) < 0)
		return -1;
	for (int k = 0; k < NOTICE_NKINDS; k++)
		if (db_exec(db, sql, "Lsi", staff_id, keys[k], wanted[k] ? 1 : 0) < 0) {
			db_rollback(db);
			return -1;
		}
	return db_commit(db);
}
