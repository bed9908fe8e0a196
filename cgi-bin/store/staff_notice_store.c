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
#define COLS_D(detail) "SET STATEMENT optimizer_switch = 'exists_to_in=off' FOR " \
	"SELECT t.id AS staff_id, t.email, t.display_name, c.id AS case_id, " \
	"c.code, c.title, o.name AS office_name, IFNULL(c.due_date, '') AS due_date, " \
	detail " AS detail, "
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
 * case is open again, its assignee (or office) hears it with the reason. */
static int reopened(struct db *db, struct arena *a, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS_D("e.body") "e.id AS ref " EVENTS
		"JOIN staff t ON " HEARS " WHERE e.kind = 'status' AND e.status = 'reopened' "
		"AND e.author = 'citizen' AND" RECENT("e.at") "AND" WANTS("reopened")
		UNSENT("reopened", "e.id") LIMITED;
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

/* Not while suspended: the due date then is only the latest possible one. */
static int due_soon(struct db *db, struct arena *a, int days, int limit, struct db_rows *rows)
{
	static const char sql[] = COLS "TO_DAYS(c.due_date) AS ref FROM cases c "
		"JOIN offices o ON o.id = c.office_id JOIN staff t ON " HEARS " WHERE " OPEN_CASE
		" AND c.suspended_at IS NULL AND c.due_date BETWEEN CURDATE() AND "
		"CURDATE() + INTERVAL ? DAY AND" WANTS("due_soon")
		UNSENT("due_soon", "TO_DAYS(c.due_date)") LIMITED;
	return db_query(db, a, rows, sql, "iiii", TO_ASSIGNEE, TO_ASSIGNEE, days, limit);
}

/* REF: the due date and the threshold, so each threshold fires once per due
 * date; a case already past the next threshold (UNTIL days, 0: none) is that
 * one's, so a case found late escalates once, at its level. */
static int overdue(struct db *db, struct arena *a, int days, int until, enum notice_level level,
		   int limit, struct db_rows *rows)
{
	static const char sql[] = COLS "TO_DAYS(c.due_date) * 1000 + ? AS ref FROM cases c "
		"JOIN offices o ON o.id = c.office_id JOIN staff t ON " HEARS " WHERE " OPEN_CASE
		" AND c.due_date <= CURDATE() - INTERVAL ? DAY "
		"AND (? = 0 OR c.due_date > CURDATE() - INTERVAL ? DAY) AND" WANTS("overdue")
		UNSENT("overdue", "TO_DAYS(c.due_date) * 1000 + ?") LIMITED;
	return db_query(db, a, rows, sql, "iiiiiiii", days, (int)level, (int)level, days, until,
			until, days, limit);
}

int notices_due(struct db *db, struct arena *a, enum notice_kind k, int days, int until,
		enum notice_level level, int limit, struct notice_row **out, size_t *n)
{
	struct db_rows rows;
	int rc = k == NOTICE_NEW_CASE ? new_cases(db, a, limit, &rows)
		 : k == NOTICE_ASSIGNED ? assigned(db, a, limit, &rows)
		 : k == NOTICE_REPLIED  ? replied(db, a, limit, &rows)
		 : k == NOTICE_DUE_SOON ? due_soon(db, a, days, limit, &rows)
		 : k == NOTICE_OVERDUE  ? overdue(db, a, days, until, level, limit, &rows)
		 : k == NOTICE_REOPENED ? reopened(db, a, limit, &rows)
		 : k == NOTICE_VERDICT  ? verdicts(db, a, limit, &rows)
					: -1;
	return reader_list(rc, a, &rows, &notice_row_reader, out, n);
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
