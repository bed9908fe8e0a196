/* bo_case_store.h - cases as the back office works them: the queue, a case
 * with its whole timeline (internal notes too), the changes operators make,
 * cases registered on behalf of a citizen, the citizen's 360° view.
 *
 * Every query that reads or locks a case takes a bo_scope: an operator's
 * scope is the offices they work for (staff_offices), checked in the WHERE,
 * so a case of another office is simply not found; managers and admins see
 * every case. Returns 0, or -1 after logging. */
#ifndef STORE_BO_CASE_STORE_H
#define STORE_BO_CASE_STORE_H

#include "core/db.h"

struct bo_scope {
	long long staff_id;
	int all;                   /* 1: every office */
};

struct bo_filter {
	const char *status;        /* "": the open ones; "tutte"; or one status */
	const char *category;      /* slug, or "": the page's; the store binds the id */
	const char *office;        /* slug, or "": the same */
	long long category_id;     /* the slug's id; 0: any; -1: no such one (none) */
	long long office_id;       /* the same for the office */
	const char *channel;       /* web, telefono..., or "" */
	int overdue;               /* open and past due_date */
	long long operator_id;     /* 0: anyone's */
	long long citizen_id;      /* 0: anyone's */
	const char *sort;          /* "" newest first, "meno-recenti", "scadenza", "aggiornate" */
	/* Only the cases after the one whose key in SORT's order (submitted_at,
	 * due_date or updated_at as the list gives it, "" for no due date) and
	 * id are these; NULL: from the first. */
	const char *after;
	long long after_id;
	int limit, offset;
	long long count_cap;       /* count the matches (after the key) up to this many; 0: none */
};

/* Rows: n (the count, the same on every row: how many cases the filter
 * selects after its key, up to F->count_cap), code, title, status, channel,
 * case_type, category_name, office_name, operator_name, person (citizen or
 * contact name), protocol, submitted_at, due_date, updated_at, overdue (1/0),
 * key_at and key_id (the row's key for a next page's filter.after and
 * after_id). Drafts never appear. */
int bo_cases_list(struct db *db, struct arena *a, const struct bo_scope *s,
		  const struct bo_filter *f, struct db_rows *out);
/* Is F's list in the order of due dates (its key a date, or "" for none)?
 * "scadenza"; and the overdue cases "most recent first", which means the
 * most recently due: newest filed first would read every newer open case
 * not yet late (months of a big city's cases) to find 50 late ones. */
int bo_queue_by_due(const struct bo_filter *f);
/* *N: the count alone, as bo_cases_list's n (for a page with no rows). */
int bo_cases_count(struct db *db, struct arena *a, const struct bo_scope *s,
		   const struct bo_filter *f, long long *n);

/* A case as the back office reads it, typed (filled by column name). Ids 0
 * for SQL NULL; text "" for SQL NULL. */
struct bo_case_row {
	long long id, category_id, office_id, operator_id, citizen_id;
	const char *code, *status, *title, *protocol, *category_name, *office_name, *operator_name,
		*citizen_name, *contact_name, *contact_email, *due_date, *waiting_since,
		*outcome, *outcome_kind, *description;
};

/* One case by code, in scope: 1 found (C filled; ROWS, when not NULL, keeps
 * every column for the page: id, code, case_type, status, channel, title,
 * description, address, latitude, longitude, category_id, category_slug,
 * category_name, area_name, service_title, office_id, office_name,
 * operator_id, operator_name, citizen_id, fiscal_code, citizen_name,
 * citizen_email, citizen_phone, contact_name, contact_email, contact_phone,
 * protocol, submitted_at, due_date, waiting_since, outcome, outcome_kind,
 * closed_at, updated_at), 0 not found, -1. */
int bo_case_get(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		struct bo_case_row *c, struct db_rows *rows);
/* Rows: at, kind, status, author, author_name, body, public (all events). */
int bo_case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out);
/* The attachment ATT_ID of case CODE in scope (the thumbnail when THUMB):
 * 1 found, 0 not, -1. */
struct bo_attachment {
	const void *data;
	unsigned long len;
	const char *content_type, *filename;
};
int bo_case_attachment(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		       long long att_id, int thumb, struct bo_attachment *out);

/* ---- what operators do: one transaction per business operation ----
 *
 * Each function below locks the case row (SELECT ... FOR UPDATE, in the
 * actor's scope), checks its status inside the transaction, writes the case,
 * the timeline events, the e-mail to the citizen (outbox) and the audit row,
 * and commits; anything wrong rolls it all back. Two operators acting on the
 * same case are serialised by the lock: the second one finds the case as the
 * first left it. *C receives the case as it was found (before the change).
 * The caller supplies the words that are not the store's through hooks,
 * called inside the transaction. */

/* What an action may change; cells as text, NULL for SQL NULL. Entering
 * waiting_citizen starts the wait, any other status ends it; closed and
 * rejected set closed_at. */
struct bo_state {
	const char *status, *office_id, *operator_id, *category_id, *due_date, *outcome,
		*outcome_kind;
};

/* The e-mail an action sends to the case's contact (none when it has no
 * address): about STATUS (a status change) or WHAT, with TEXT (may be NULL). */
struct bo_mail {
	const char *status, *what, *text;
};

struct bo_actor {
	long long staff_id;
	const char *name;              /* the author on the timeline */
	struct bo_scope scope;
	void *ctx;
	/* The action's TEXT with its placeholders filled from C. */
	const char *(*expand)(void *ctx, const struct bo_case_row *c, const char *text);
	/* The e-mail's body (and *SUBJECT) of M about C. */
	const char *(*mail)(void *ctx, const struct bo_case_row *c, const struct bo_mail *m,
			    const char **subject);
	/* The audit row of ACTION on C; TEXT: the action's text or NULL. 0 or -1. */
	int (*audit)(void *ctx, const char *action, const struct bo_case_row *c,
		     const struct bo_state *before, const struct bo_state *after, const char *text);
};

/* The result of an action, besides 0 (done) and -1 (database error). */
enum bo_refusal {
	BO_NOT_FOUND = 1,          /* no such case in the actor's scope */
	BO_WRONG_STATUS,           /* not possible in the case's status (as the lock found it) */
	BO_HELD,                   /* taken in charge by another operator (C->operator_name) */
	BO_INVALID,                /* the operator, office or category given does not fit */
};

enum bo_action {
	BO_TAKE, BO_ASSIGN, BO_START, BO_TRANSFER, BO_RECLASSIFY, BO_ASK, BO_RESUME, BO_REPLY,
	BO_NOTE, BO_CLOSE, BO_REOPEN, BO_NACTIONS
};
/* Does a case in STATUS allow action A? */
int bo_case_allows(enum bo_action a, const char *status);

/* Take in charge: the actor holds it (received becomes in_charge); BO_HELD
 * when another operator holds it. */
int bo_case_take(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		 struct bo_case_row *c);
/* To OPERATOR_ID, an active operator of the case's office. */
int bo_case_assign(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   long long operator_id, struct bo_case_row *c);
/* in_charge becomes in_progress. */
int bo_case_start(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  struct bo_case_row *c);
/* To another office (nobody holds it then), with REASON: told to the
 * citizen on the timeline and by e-mail, as a reclassification is. */
int bo_case_transfer(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		     long long office_id, const char *reason, struct bo_case_row *c);
/* To another active category (slug), with REASON; routed by its rules (the
 * area's route, else the category's office) to another office when they
 * say so (nobody holds it then). */
int bo_case_reclassify(struct db *db, struct arena *a, const struct bo_actor *who,
		       const char *code, const char *category_slug, const char *reason,
		       struct bo_case_row *c);
/* Ask the citizen: the first request suspends the legal clock (at most 30
 * days) until they answer (case_message_add resumes it) or the operator resumes. */
int bo_case_ask(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		const char *question, struct bo_case_row *c);
/* Back to in_progress; the clock recomputes the due date (case_clock_store.h). */
int bo_case_resume(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   struct bo_case_row *c);
/* A public message to the citizen. */
int bo_case_reply(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  const char *text, struct bo_case_row *c);
/* An internal note (never shown to the citizen). */
int bo_case_note(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		 const char *text, struct bo_case_row *c);
/* Closed (rejected when OUTCOME_KIND is "respinta"), with the outcome and
 * its label OUTCOME_LABEL. */
int bo_case_close(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		  const char *outcome_kind, const char *outcome_label, const char *text,
		  struct bo_case_row *c);
/* Back to in_progress; the internal 'reopened' event is what the
 * dashboard's reopen rate counts. */
int bo_case_reopen(struct db *db, struct arena *a, const struct bo_actor *who, const char *code,
		   const char *reason, struct bo_case_row *c);

/* The choices of the forms (a scope with .all for every one). Rows: id, slug,
 * name: the offices in scope. */
int bo_offices(struct db *db, struct arena *a, const struct bo_scope *s, struct db_rows *out);
/* Rows: id, slug, name, case_type: active categories routed to offices in scope. */
int bo_categories(struct db *db, struct arena *a, const struct bo_scope *s, struct db_rows *out);
/* Rows: id, display_name: active operators of OFFICE_ID (0: of any office in scope). */
int bo_operators(struct db *db, struct arena *a, const struct bo_scope *s, long long office_id,
		 struct db_rows *out);
/* Rows: slug, title, body (active, for every office or for OFFICE_ID). */
int bo_response_templates(struct db *db, struct arena *a, long long office_id, struct db_rows *out);
/* Rows: kind ('category' or 'office'), slug, id: every category and office,
 * active or not (what a filter's slug names). */
int bo_filter_slugs(struct db *db, struct arena *a, struct db_rows *out);

/* A case received by phone, at the counter, by e-mail or on social media,
 * filed like a citizen's (case_submit: protocol, routing, due date,
 * acknowledgement e-mail). CITIZEN_ID 0: an anonymous person reached through
 * the contact. IDEM makes a resubmitted form file nothing more; *CODE_OUT is
 * the case's code (the first one's, on a resubmission). */
struct bo_registration {
	const char *code, *idem, *channel, *category_slug, *area_slug, *title, *description,
		*address, *contact_name, *contact_email, *contact_phone;
	long long citizen_id;
	const char *mail_subject, *mail_body;
};
int bo_case_register(struct db *db, struct arena *a, const struct bo_registration *g,
		     const char **code_out);

/* Rows: id, fiscal_code, name, family_name, email, mobile_phone, last_login_at. */
int bo_citizen(struct db *db, struct arena *a, const char *fiscal_code, struct db_rows *out);
/* Rows: at, code, kind, status, author, author_name, body, public: every
 * event of the citizen's cases in scope, newest first. */
int bo_citizen_events(struct db *db, struct arena *a, const struct bo_scope *s,
		      long long citizen_id, struct db_rows *out);
/* Rows: channel, cases (the citizen's cases in scope, by channel). */
int bo_citizen_channels(struct db *db, struct arena *a, const struct bo_scope *s,
			long long citizen_id, struct db_rows *out);

#endif
