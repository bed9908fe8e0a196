/* case_clock_store.c - the legal clock of a case: its facts on the case row
 * (sql/110_legal_clock.sql) and the one computation of its due date. */
#include "case_clock_store.h"

#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/calendar.h"
#include "core/log.h"
#include "outbox_store.h"
#include "reader.h"

long clock_due_day(long started, int term_days, int suspended)
{
	return cal_working_from(started + term_days + suspended, NULL);
}

int clock_suspension_days(long from, long to)
{
	long d = to - from;
	return d < 0 ? 0 : d > CLOCK_MAX_SUSPENSION ? CLOCK_MAX_SUSPENSION : (int)d;
}

static const char *day_text(struct arena *a, long day)
{
	int y, m, d;
	cal_civil(day, &y, &m, &d);
	return arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

/* "YYYY-MM-DD" as the citizen reads it. */
static const char *day_it(struct arena *a, const char *iso)
{
	return strlen(iso) >= 10 ? arena_printf(a, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso) : "";
}

struct facts {
	const char *clock_started, *suspended_at, *answer_by;
	int term_days, suspended_days;
};
READER(facts, TEXT(facts, clock_started), TEXT(facts, suspended_at), TEXT(facts, answer_by),
       INT(facts, term_days), INT(facts, suspended_days));

/* The due date from the facts, written on the case: a suspension in course
 * counts whole (to answer_by), since that is when the term resumes at the
 * latest; the reply that ends it earlier recomputes. *DUE "" without a clock. */
static int recompute(struct db *db, struct arena *a, long long case_id, const char **due)
{
	static const char sql[] =
		"SELECT IFNULL(clock_started, '') AS clock_started, "
		"IFNULL(suspended_at, '') AS suspended_at, IFNULL(answer_by, '') AS answer_by, "
		"IFNULL(term_days, 0) AS term_days, suspended_days FROM cases WHERE id = ?";
	static const char save[] = "UPDATE cases SET due_date = ? WHERE id = ?";
	struct db_rows rows;
	struct facts f;
	*due = "";
	int rc = reader_one(db_query(db, a, &rows, sql, "L", case_id), &rows, &facts_reader, &f);
	long started = rc == 1 ? cal_parse_day(f.clock_started) : -1;
	if (started < 0)
		return rc < 0 ? -1 : 0;
	int suspended = f.suspended_days;
	if (*f.suspended_at)
		suspended += clock_suspension_days(cal_parse_day(f.suspended_at),
						   cal_parse_day(f.answer_by));
	*due = day_text(a, clock_due_day(started, f.term_days, suspended));
	return db_exec(db, save, "sL", *due, case_id);
}

int case_clock_start(struct db *db, long long case_id)
{
	static const char sql[] =
		"UPDATE cases c JOIN case_categories k ON k.id = c.category_id "
		"SET c.clock_started = CURDATE(), c.term_days = k.max_days, "
		"c.term_runs = COALESCE(k.term_runs, k.case_type <> 'segnalazione'), "
		"c.suspended_at = NULL, c.answer_by = NULL, c.suspended_days = 0, c.suspensions = 0 "
		"WHERE c.id = ?";
	struct arena *a = arena_new();   /* filing runs without a request's arena */
	const char *due;
	int rc = db_exec(db, sql, "L", case_id);
	if (rc == 0)
		rc = recompute(db, a, case_id, &due);
	arena_free(a);
	return rc;
}

int case_clock_reclassify(struct db *db, struct arena *a, long long case_id,
			  long long category_id, int *term_days, const char **due)
{
	static const char sql[] =
		"UPDATE cases c JOIN case_categories k ON k.id = ? "
		"SET c.term_days = IF(c.substitute_at IS NULL, k.max_days, CEIL(k.max_days / 2)), "
		"c.term_runs = COALESCE(k.term_runs, k.case_type <> 'segnalazione') "
		"WHERE c.id = ? AND c.clock_started IS NOT NULL";
	static const char term[] = "SELECT term_days FROM cases WHERE id = ?";
	struct db_rows rows;
	*due = "";
	if (db_exec(db, sql, "LL", category_id, case_id) < 0)
		return -1;
	if (db_affected_rows(db) == 0)   /* no clock, or the same term */
		return 0;
	if (recompute(db, a, case_id, due) < 0 || db_query(db, a, &rows, term, "L", case_id) < 0 ||
	    rows.nrows != 1)
		return -1;
	*term_days = db_get_int(&rows, 0, "term_days");
	return 1;
}

int case_clock_suspend(struct db *db, struct arena *a, long long case_id, int *suspended,
		       const char **answer_by, const char **due)
{
	/* SET runs left to right: suspensions is read before it changes */
	static const char sql[] =
		"UPDATE cases SET resume_status = status, "
		"suspended_at = IF(suspensions = 0 AND clock_started IS NOT NULL, CURDATE(), NULL), "
		"answer_by = IF(suspended_at IS NULL, answer_by, CURDATE() + INTERVAL ? DAY), "
		"suspensions = suspensions + (suspended_at IS NOT NULL) WHERE id = ?";
	static const char read[] =
		"SELECT IFNULL(answer_by, '') AS answer_by, suspended_at IS NOT NULL AS suspended "
		"FROM cases WHERE id = ?";
	struct db_rows rows;
	if (db_exec(db, sql, "iL", CLOCK_MAX_SUSPENSION, case_id) < 0 ||
	    db_query(db, a, &rows, read, "L", case_id) < 0 || rows.nrows != 1)
		return -1;
	*suspended = db_get_int(&rows, 0, "suspended");
	*answer_by = *suspended ? db_get(&rows, 0, "answer_by") : "";
	return recompute(db, a, case_id, due);
}

int case_clock_resume(struct db *db, struct arena *a, long long case_id, const char **due)
{
	static const char sql[] =
		"UPDATE cases SET suspended_days = suspended_days + "
		"LEAST(?, DATEDIFF(CURDATE(), suspended_at)), suspended_at = NULL "
		"WHERE id = ? AND suspended_at IS NOT NULL";
	if (db_exec(db, sql, "iL", CLOCK_MAX_SUSPENSION, case_id) < 0)
		return -1;
	return recompute(db, a, case_id, due);
}

int case_clock_answered(struct db *db, struct arena *a, long long case_id, const char **due)
{
	static const char back[] =
		"UPDATE cases SET status = COALESCE(resume_status, 'in_progress'), "
		"resume_status = NULL, waiting_since = NULL, updated_at = NOW(3) WHERE id = ?";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"SELECT id, NOW(3), 'status', status, 'system', ? FROM cases WHERE id = ?";
	if (case_clock_resume(db, a, case_id, due) < 0 || db_exec(db, back, "L", case_id) < 0)
		return -1;
	const char *body = **due ? arena_printf(a, "Risposta ricevuta: la lavorazione riprende e il "
						"termine riprende a decorrere. Scadenza: %s.",
						day_it(a, *due))
				 : "Risposta ricevuta: la lavorazione riprende.";
	return db_exec(db, event, "sL", body, case_id);
}

READER(case_clock, TEXT(case_clock, clock_started), TEXT(case_clock, due_date),
       TEXT(case_clock, suspended_at), TEXT(case_clock, answer_by),
       TEXT(case_clock, substitute_at), INT(case_clock, term_days), INT(case_clock, term_runs),
       INT(case_clock, suspended_days), INT(case_clock, suspensions), INT(case_clock, running),
       INT(case_clock, suspended), INT(case_clock, days_left), INT(case_clock, overdue));

int case_clock_get(struct db *db, struct arena *a, long long case_id, struct case_clock *out)
{
	static const char sql[] =
		"SELECT clock_started, IFNULL(due_date, '') AS due_date, "
		"IFNULL(suspended_at, '') AS suspended_at, IFNULL(answer_by, '') AS answer_by, "
		"IFNULL(substitute_at, '') AS substitute_at, term_days, term_runs, suspended_days, "
		"suspensions, open AND NOT paused AS running, open AND paused AS suspended, "
		"IF(open, DATEDIFF(due_date, CURDATE()), 0) AS days_left, "
		"open AND due_date < CURDATE() AS overdue FROM (SELECT c.*, "
		"c.status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen') AS open, "
		"IFNULL(c.suspended_at IS NOT NULL AND CURDATE() < c.answer_by, 0) AS paused "
		"FROM cases c WHERE c.id = ? AND c.clock_started IS NOT NULL) x";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, sql, "L", case_id), &rows, &case_clock_reader, out);
}

struct held {
	long long id, office_id;
	int open, term_runs, overdue, asked;
};
READER(held, LL(held, id), LL(held, office_id), INT(held, open), INT(held, term_runs),
       INT(held, overdue), INT(held, asked));

/* The refusal of a request on case H, or 0. */
static int substitute_refusal(const struct held *h)
{
	if (!h->open)
		return CLOCK_NOT_OPEN;
	if (!h->term_runs)
		return CLOCK_NO_TERM;
	if (h->asked)
		return CLOCK_ALREADY;
	return h->overdue ? 0 : CLOCK_NOT_YET;
}

/* The case moves and its term starts again, half as long (rounded up). */
static int substitute_move(struct db *db, struct arena *a, const struct held *h,
			   const struct substitute_request *q, const char **due)
{
	static const char move[] =
		"UPDATE cases c JOIN offices o ON o.slug = ? SET c.substitute_at = NOW(3), "
		"c.substitute_office_id = c.office_id, c.office_id = o.id, c.operator_id = NULL, "
		"c.clock_started = CURDATE(), c.term_days = CEIL(c.term_days / 2), "
		"c.suspended_at = NULL, c.suspended_days = 0, c.updated_at = NOW(3) WHERE c.id = ?";
	static const char event[] =
		"INSERT INTO case_events (case_id, at, kind, status, author, body) "
		"VALUES (?, NOW(3), 'routing', '', 'citizen', ?)";
	if (db_exec(db, move, "sL", q->office_slug, h->id) < 0)
		return -1;
	if (db_affected_rows(db) != 1)
		return CLOCK_NO_OFFICE;
	if (recompute(db, a, h->id, due) < 0)
		return -1;
	const char *body = arena_printf(a, "Chiesto l'intervento del titolare del potere sostitutivo "
					"(%s): nuovo termine entro il %s.", q->official,
					day_it(a, *due));
	if (db_exec(db, event, "Ls", h->id, body) < 0)
		return -1;
	if (q->citizen_to && *q->citizen_to &&
	    outbox_enqueue(db, q->citizen_to, q->citizen_subject,
			   arena_printf(a, "%s%s%s", q->citizen_head, day_it(a, *due),
					q->citizen_tail), h->id) < 0)
		return -1;
	if (!q->mail_to || !*q->mail_to)
		return 0;
	return outbox_enqueue(db, q->mail_to, q->mail_subject,
			      arena_printf(a, "%s\nNuovo termine: %s.\n", q->mail_body,
					   day_it(a, *due)), h->id);
}

int case_clock_substitute(struct db *db, struct arena *a, const struct substitute_request *q,
			  const char **due)
{
	static const char lock[] =
		"SELECT id, IFNULL(office_id, 0) AS office_id, "
		"status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen') AS open, "
		"term_runs, IFNULL(due_date < CURDATE(), 0) AS overdue, "
		"substitute_at IS NOT NULL AS asked FROM cases "
		"WHERE code = ? AND citizen_id = ? FOR UPDATE";
	struct db_rows rows;
	struct held h;
	*due = "";
	if (db_begin(db) < 0)
		return -1;
	int rc = reader_one(db_query(db, a, &rows, lock, "sL", q->code, q->citizen_id), &rows,
			    &held_reader, &h);
	rc = rc < 0 ? -1 : rc == 0 ? CLOCK_NOT_FOUND : substitute_refusal(&h);
	if (rc == 0)
		rc = substitute_move(db, a, &h, q, due);
	if (rc == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return rc ? rc : -1;
}

int case_clock_substitutes(struct db *db, struct arena *a, const char *from, const char *to,
			   struct db_rows *out)
{
	static const char sql[] =
		"SELECT o.slug, o.name, COUNT(*) AS requests FROM cases c "
		"JOIN offices o ON o.id = c.substitute_office_id "
		"WHERE c.substitute_at >= CAST(? AS DATE) "
		"AND c.substitute_at < CAST(? AS DATE) + INTERVAL 1 DAY "
		"GROUP BY o.id ORDER BY requests DESC, o.name";
	return db_query(db, a, out, sql, "ss", from, to);
}
