/* staff_notice_store.h - the e-mails staff get about cases: which ones are
 * due (one query per kind, each leaving out what was sent already and what
 * the recipient does not want), sending one exactly once (staff_notices and
 * the outbox row in one transaction, safe with several notifiers), and each
 * staff member's choices. Returns 0, or -1 after logging. */
#ifndef STORE_STAFF_NOTICE_STORE_H
#define STORE_STAFF_NOTICE_STORE_H

#include "core/db.h"

enum notice_kind {
	NOTICE_NEW_CASE,       /* a case filed to one of your offices (the last day's) */
	NOTICE_ASSIGNED,       /* a case assigned to you by someone else */
	NOTICE_REPLIED,        /* the citizen wrote on a case of yours */
	NOTICE_DUE_SOON,       /* due within N days */
	NOTICE_OVERDUE,        /* past due by a threshold: the escalation */
	NOTICE_DIGEST,         /* the day's summary */
	NOTICE_REOPENED,       /* the citizen answered "non risolto": the case is back */
	NOTICE_VERDICT,        /* the citizen's "risolto" or rating of a closed case */
	NOTICE_NKINDS
};
/* The key (SQL, HDF, the form) of K: "new_case" ... */
const char *notice_key(enum notice_kind k);

/* Who hears about a case: its assignee (its office's operators while nobody
 * holds it), every operator of its office, or those and the managers. */
enum notice_level { TO_ASSIGNEE, TO_OFFICE, TO_MANAGERS };

/* One notice to send. */
struct notice_row {
	long long staff_id, case_id, ref;
	const char *email, *display_name, *code, *title, *office_name, *due_date;
	const char *detail;   /* reopened: the citizen's reason; verdict: "risolto", "4 su 5: ..." */
};
/* The notices of kind K (an event's: new case, assigned, replied, reopened,
 * verdict) due now, into *OUT (N of them); the new-case notice goes to the
 * whole office. At most LIMIT of them, the earliest due dates first: the
 * rest stay due. */
int notices_due(struct db *db, struct arena *a, enum notice_kind k, int limit,
		struct notice_row **out, size_t *n);

/* The due dates a scan of a threshold reads (NOTICE_DUE_SOON: DAYS before
 * the due date; NOTICE_OVERDUE: DAYS past it, unless UNTIL days (the next
 * threshold; 0: none) have passed too), dates and times as MariaDB writes
 * them. The watermark (sql/350) is kept per notice, DAYS, UNTIL and LEVEL. */
struct notice_window {
	enum notice_kind kind;
	int days, until;
	enum notice_level level;
	const char *covered;      /* due dates up to this one had their notice */
	const char *since;        /* changes from this time on are read again */
	const char *upto, *floor; /* the due dates in the threshold today */
	const char *next_since;   /* CHANGES_SINCE once this scan is through */
};
int notice_window_read(struct db *db, struct arena *a, enum notice_kind k, int days, int until,
		       enum notice_level level, struct notice_window *w);
/* The notices of W due now: the open cases due after its watermark that
 * crossed the threshold, and those of the cases and staff changed since;
 * at most LIMIT, the earliest due dates first. */
int notices_crossed(struct db *db, struct arena *a, const struct notice_window *w, int limit,
		    struct notice_row **out, size_t *n);
/* W's watermark moved to COVERED less BACK days (never backwards) and to
 * SINCE, once every notice up to there is queued. */
int notice_window_advance(struct db *db, const struct notice_window *w, const char *covered,
			  int back, const char *since);

/* The day's summary of each staff member who wants one and has open cases in
 * scope (their offices; managers every office), not yet sent today. */
struct digest_row {
	long long staff_id, ref;     /* REF: today (TO_DAYS), the digest's key */
	const char *email, *display_name;
	int open_cases, mine, overdue, due_soon, waiting;
};
int notices_digests(struct db *db, struct arena *a, int days, struct digest_row **out, size_t *n);
/* Up to 20 open cases of STAFF_ID's scope due within DAYS (or past), soonest first. */
int notices_digest_cases(struct db *db, struct arena *a, long long staff_id, int days,
			 struct notice_row **out, size_t *n);

/* Send it once: the notice (STAFF_ID, CASE_ID (0: none), K, REF) and its
 * e-mail, in one transaction. 1 sent now, 0 sent before, -1. */
int notice_send(struct db *db, const struct notice_row *r, enum notice_kind k,
		const char *subject, const char *body);

/* STAFF_ID's choices: WANTED[k] 1 or 0 (no row: 1). */
int notice_prefs(struct db *db, struct arena *a, long long staff_id, int wanted[NOTICE_NKINDS]);
int notice_prefs_save(struct db *db, long long staff_id, const int wanted[NOTICE_NKINDS]);

#endif
