/* case_voice_store.c - see case_voice_store.h. */
#include "case_voice_store.h"

#include <string.h>

#include "core/arena.h"
#include "core/db.h"
#include "core/token.h"
#include "store/case_store.h"
#include "store/outbox_store.h"
#include "store/reader.h"

/* ---------------------------------------------------- the closure's page */

#define VOICE_COLUMNS(window_days_param) \
	"SELECT c.id, c.code, c.title, c.status, c.outcome, COALESCE(o.name, '') AS office_name, " \
	"c.closed_at, (c.closed_at >= NOW(3) - INTERVAL " window_days_param " DAY) AS in_window, " \
	"COALESCE((SELECT v.resolved FROM case_verdicts v WHERE v.case_id = c.id " \
	"AND v.closed_at = c.closed_at), -1) AS answered, " \
	"COALESCE((SELECT r.rating FROM case_ratings r WHERE r.case_id = c.id " \
	"AND r.closed_at = c.closed_at), 0) AS rated " \
	"FROM cases c LEFT JOIN offices o ON o.id = c.office_id "

READER(voice_case, LL(voice_case, id), TEXT(voice_case, code), TEXT(voice_case, title),
       TEXT(voice_case, status), TEXT(voice_case, outcome), TEXT(voice_case, office_name),
       TEXT(voice_case, closed_at), INT(voice_case, in_window), INT(voice_case, answered),
       INT(voice_case, rated));

int voice_by_token(struct db *db, struct arena *a, const char *token, int window_days,
		   struct voice_case *out)
{
	static const char sql[] = VOICE_COLUMNS("?")
		"JOIN case_voice_links l ON l.case_id = c.id AND l.closed_at = c.closed_at "
		"WHERE l.token_hash = ? AND c.status IN ('closed', 'rejected')";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "is", window_days,
				   token_sha256_hex(a, token)),
			  &rows, &voice_case_reader, out);
}

int voice_by_case(struct db *db, struct arena *a, long long case_id, int window_days,
		  struct voice_case *out)
{
	static const char sql[] = VOICE_COLUMNS("?")
		"WHERE c.id = ? AND c.status IN ('closed', 'rejected') AND c.closed_at IS NOT NULL";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "iL", window_days, case_id), &rows,
			  &voice_case_reader, out);
}

int voice_link_new(struct db *db, struct arena *a, long long case_id, const char **token)
{
	static const char sql[] =
		"INSERT INTO case_voice_links (token_hash, case_id, closed_at, created_at) "
		"SELECT ?, id, closed_at, NOW(3) FROM cases WHERE id = ? AND closed_at IS NOT NULL";
	const char *t = token_hex(a, 32);   /* a route argument: [a-z0-9] only */
	if (db_exec(db, sql, "sL", token_sha256_hex(a, t), case_id) < 0)
		return -1;
	*token = t;
	return 0;
}

/* ------------------------------------------------------------ the answer */

/* The case locked, if closure CLOSED_AT (NULL: the current one) is its. */
struct locked {
	const char *closed_at, *office_email;
	int in_window;
};
READER(locked, TEXT(locked, closed_at), TEXT(locked, office_email), INT(locked, in_window));

static int lock_closure(struct db *db, struct arena *a, const struct voice_answer *v,
			struct locked *out)
{
	static const char lock[] = "SELECT id FROM cases WHERE id = ? FOR UPDATE";
	static const char sql[] =
		"SELECT c.closed_at, COALESCE(o.email, '') AS office_email, "
		"(c.closed_at >= NOW(3) - INTERVAL ? DAY) AS in_window "
		"FROM cases c LEFT JOIN offices o ON o.id = c.office_id "
		"WHERE c.id = ? AND c.status IN ('closed', 'rejected') AND c.closed_at IS NOT NULL "
		"AND (? IS NULL OR c.closed_at = ?)";
	struct db_rows rows;
	if (db_query(db, a, &rows, lock, "L", v->case_id) < 0)
		return -1;
	return reader_one(db_query(db, a, &rows, sql, "iLss", v->window_days, v->case_id,
				   v->closed_at, v->closed_at),
			  &rows, &locked_reader, out);
}

/* Back to the office that closed it; the internal 'reopened' event is what
 * the dashboard's reopen rate counts (it flags the case reopened), the public
 * one tells the citizen. */
static int reopen(struct db *db, const struct voice_answer *v, const char *office_email)
{
	static const char back[] =
		"UPDATE cases SET status = IF(operator_id IS NULL, 'received', 'in_progress'), "
		"outcome = '', outcome_kind = NULL, closed_at = NULL, updated_at = NOW(3) WHERE id = ?";
	static const char internal[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public) "
		"VALUES (?, NOW(3), 'status', 'reopened', 'citizen', ?, ?, 0)";
	static const char told[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public) "
		"SELECT id, NOW(3), 'status', status, 'citizen', ?, ?, 1 FROM cases WHERE id = ?";
	if (db_exec(db, back, "L", v->case_id) < 0 ||
	    db_exec(db, internal, "Lss", v->case_id, v->author_name, v->event_body) < 0 ||
	    case_event_flags(db) < 0 ||
	    db_exec(db, told, "ssL", v->author_name, v->event_body, v->case_id) < 0)
		return -1;
	if (*office_email &&
	    outbox_enqueue(db, office_email, v->mail_subject, v->mail_body, v->case_id) < 0)
		return -1;
	return 0;
}

static int answer_locked(struct db *db, struct arena *a, const struct voice_answer *v)
{
	static const char verdict[] =
		"INSERT INTO case_verdicts (case_id, closed_at, resolved, reason, created_at) "
		"VALUES (?, ?, ?, ?, NOW(3))";
	static const char confirmed[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public) "
		"VALUES (?, NOW(3), 'message', '', 'citizen', ?, ?, 1)";
	struct locked l;
	int found = lock_closure(db, a, v, &l);
	if (found <= 0)
		return found < 0 ? -1 : VOICE_NOT_CLOSED;
	if (!v->resolved && !l.in_window)
		return VOICE_LATE;
	if (db_exec(db, verdict, "Lsis", v->case_id, l.closed_at, v->resolved,
		    v->resolved ? "" : v->event_body) < 0)
		return db_errno(db) == 1062 ? VOICE_DONE : -1;
	if (v->resolved)
		return db_exec(db, confirmed, "Lss", v->case_id, v->author_name, v->event_body);
	return reopen(db, v, l.office_email);
}

int voice_answer(struct db *db, struct arena *a, const struct voice_answer *v)
{
	if (db_begin(db) < 0)
		return -1;
	int rc = answer_locked(db, a, v);
	if (rc == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return rc ? rc : -1;
}

/* ------------------------------------------------------------ the rating */

/* One statement: the closure is checked by the SELECT, the once by the key. */
int voice_rate(struct db *db, long long case_id, const char *closed_at, int rating,
	       const char *comment)
{
	static const char sql[] =
		"INSERT INTO case_ratings (case_id, closed_at, rating, comment, created_at) "
		"SELECT id, closed_at, ?, ?, NOW(3) "
		"FROM cases WHERE id = ? AND status IN ('closed', 'rejected') "
		"AND closed_at IS NOT NULL AND (? IS NULL OR closed_at = ?)";
	if (db_exec(db, sql, "isLss", rating, comment, case_id, closed_at, closed_at) < 0)
		return db_errno(db) == 1062 ? VOICE_DONE : -1;
	return db_affected_rows(db) ? 0 : VOICE_NOT_CLOSED;
}

/* ------------------------------------------- median time to close, by category */

/* Row 0 of the summary says when it was computed, even with no closed case. */
static int refresh_close_times(struct db *db)
{
	static const char clear[] = "DELETE FROM category_close_times";
	static const char fill[] =
		"INSERT INTO category_close_times (category_id, median_days, cases, computed_at) "
		"SELECT 0, 0, 0, NOW(3) UNION ALL "
		"SELECT DISTINCT category_id, ROUND(MEDIAN(d) OVER (PARTITION BY category_id), 1), "
		"COUNT(*) OVER (PARTITION BY category_id), NOW(3) FROM ("
		"SELECT category_id, TIMESTAMPDIFF(SECOND, submitted_at, closed_at) / 86400 AS d "
		"FROM cases WHERE closed_at >= NOW(3) - INTERVAL 12 MONTH AND category_id IS NOT NULL "
		"AND submitted_at IS NOT NULL AND status IN ('closed', 'rejected')) t";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, clear, "") == 0 && db_exec(db, fill, "") == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return -1;
}

READER(close_time, LL(close_time, category_id), TEXT(close_time, median_days),
       INT(close_time, cases));

int voice_close_times(struct db *db, struct arena *a, int max_age, struct close_time **out,
		      size_t *n)
{
	static const char fresh[] =
		"SELECT COUNT(*) AS n FROM category_close_times WHERE category_id = 0 "
		"AND computed_at > NOW(3) - INTERVAL ? SECOND";
	static const char list[] =
		"SELECT category_id, median_days, cases FROM category_close_times "
		"WHERE category_id <> 0";
	struct db_rows rows;
	if (db_query(db, a, &rows, fresh, "i", max_age) < 0)
		return -1;
	/* a failed refresh (a concurrent one won) leaves the last summary to show */
	if (db_get_ll(&rows, 0, "n") == 0)
		refresh_close_times(db);
	return reader_list(db_query(db, a, &rows, list, ""), a, &rows, &close_time_reader, out, n);
}

int voice_history(struct db *db, struct arena *a, long long case_id, struct db_rows *out)
{
	static const char q[] =
		"SELECT DATE_FORMAT(k.closed_at, '%d/%m/%Y') AS closed_on, "
		"IFNULL(v.resolved, -1) AS resolved, IFNULL(v.reason, '') AS reason, "
		"IFNULL(r.rating, 0) AS rating, IFNULL(r.comment, '') AS comment FROM ("
		"SELECT closed_at FROM case_verdicts WHERE case_id = ? UNION "
		"SELECT closed_at FROM case_ratings WHERE case_id = ?) k "
		"LEFT JOIN case_verdicts v ON v.case_id = ? AND v.closed_at = k.closed_at "
		"LEFT JOIN case_ratings r ON r.case_id = ? AND r.closed_at = k.closed_at "
		"ORDER BY k.closed_at DESC";
	return db_query(db, a, out, q, "LLLL", case_id, case_id, case_id, case_id);
}
