/* case_clock_store.h - the legal clock of a case (L. 241/1990, art. 2): the
 * term starts when the case is filed and lasts the category's max_days
 * (calendar days); a request for information suspends it once, for at most
 * 30 days (c. 7), and the citizen's reply resumes it at once; the due date is
 * the term's last day moved to the next working day when it is a Sunday or a
 * holiday (core/calendar.c); past it, the citizen may ask the substitute
 * official (c. 9-bis), who gets a new term of half the original. Whether the
 * term is a legal one is the category's term_runs (requests and complaints;
 * a simple report only has a service target, counted the same way).
 *
 * The facts live on the case (sql/110_legal_clock.sql) and the due date is
 * computed here only, so the citizen's page, the back office, the notifier
 * and the dashboard read the same clock. Functions marked "in the caller's
 * transaction" expect the case row locked. Return 0, or -1 after logging. */
#ifndef STORE_CASE_CLOCK_STORE_H
#define STORE_CASE_CLOCK_STORE_H

#include "core/db.h"

#define CLOCK_MAX_SUSPENSION 30   /* days, art. 2 c. 7 */

/* Pure: the due day of a term of TERM_DAYS from STARTED with SUSPENDED days
 * of suspension (days from 1970-01-01), on a working day. */
long clock_due_day(long started, int term_days, int suspended);
/* Pure: the days a suspension from FROM to TO counts (0 ... 30). */
int clock_suspension_days(long from, long to);

/* The clock as both sides show it; dates "YYYY-MM-DD" or "" (none). */
struct case_clock {
	const char *clock_started, *due_date, *suspended_at, *answer_by, *substitute_at;
	int term_days, term_runs, suspended_days, suspensions;
	int running;      /* open, started and not suspended today */
	int suspended;    /* suspended today (the citizen has until answer_by) */
	int days_left;    /* to the due date (negative: past it), while open */
	int overdue;      /* open and past the due date */
};
/* CASE_ID's clock: 1 (filled), 0 (no clock: a draft or no term), -1. */
int case_clock_get(struct db *db, struct arena *a, long long case_id, struct case_clock *out);

/* Filing, in the caller's transaction: the term of the case's category
 * starts today. */
int case_clock_start(struct db *db, long long case_id);

/* The office asks the citizen, in the caller's transaction, before the
 * status changes: the case's status is kept to resume to; the first request
 * suspends the term (*SUSPENDED 1, *ANSWER_BY its end), a later one does not
 * (*SUSPENDED 0). *DUE: the due date now (the latest, while suspended). */
int case_clock_suspend(struct db *db, struct arena *a, long long case_id, int *suspended,
		       const char **answer_by, const char **due);
/* The suspension ends today (counted up to 30 days), in the caller's
 * transaction; *DUE: the recomputed due date ("" without a clock). */
int case_clock_resume(struct db *db, struct arena *a, long long case_id, const char **due);
/* The citizen answered a case waiting for them, in the caller's transaction:
 * the clock resumes and the case goes back to the status it had, with an
 * event on the timeline. *DUE as above. */
int case_clock_answered(struct db *db, struct arena *a, long long case_id, const char **due);

/* Case CASE_ID now of category CATEGORY_ID, inside the caller's transaction:
 * the term becomes that category's (half of it after a request to the
 * substitute official), counted from the same start, the due date
 * recomputed: 1 (*TERM_DAYS, *DUE), 0 when nothing changed (the same term,
 * or no clock), -1. */
int case_clock_reclassify(struct db *db, struct arena *a, long long case_id,
			  long long category_id, int *term_days, const char **due);

/* The citizen asks for the substitute official on case CODE of CITIZEN_ID:
 * the case goes to OFFICE_SLUG (nobody holds it), the term starts again with
 * half the original (*DUE), an event on the timeline naming OFFICIAL,
 * MAIL_BODY with the new due date to MAIL_TO, and the citizen told what
 * happens next and the new due date. 0, or one of these, or -1. */
enum clock_refusal {
	CLOCK_NOT_FOUND = 1,      /* no such case of this citizen */
	CLOCK_NOT_OPEN,           /* closed, rejected, withdrawn */
	CLOCK_NO_TERM,            /* the category's term is not a legal one */
	CLOCK_NOT_YET,            /* the term has not passed yet */
	CLOCK_ALREADY,            /* asked already */
	CLOCK_NO_OFFICE,          /* OFFICE_SLUG is no office (configuration) */
};
struct substitute_request {
	const char *code, *office_slug, *official, *mail_to, *mail_subject, *mail_body;
	long long citizen_id;
	/* the citizen's e-mail (CITIZEN_TO "": none): CITIZEN_HEAD, the new due
	 * date, CITIZEN_TAIL */
	const char *citizen_to, *citizen_subject, *citizen_head, *citizen_tail;
};
int case_clock_substitute(struct db *db, struct arena *a, const struct substitute_request *q,
			  const char **due);

/* For the dashboard: rows slug, name, requests: the requests to the
 * substitute official made from FROM to TO (YYYY-MM-DD, both included), by
 * the office each case was in when its term passed. */
int case_clock_substitutes(struct db *db, struct arena *a, const char *from, const char *to,
			   struct db_rows *out);

#endif
