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
	const char *category;      /* slug, or "" */
	const char *office;        /* slug, or "" */
	const char *channel;       /* web, telefono..., or "" */
	int overdue;               /* past due_date and the clock running */
	long long operator_id;     /* 0: anyone's */
	long long citizen_id;      /* 0: anyone's */
	const char *sort;          /* "" newest first, "meno-recenti", "scadenza", "aggiornate" */
	int limit, offset;
};

/* Rows: code, title, status, channel, case_type, category_name, office_name,
 * operator_name, person (citizen or contact name), protocol, submitted_at,
 * due_date, updated_at, overdue (1/0), answered (1: the citizen wrote while
 * the case waited for them). Drafts never appear. */
int bo_cases_list(struct db *db, struct arena *a, const struct bo_scope *s,
		  const struct bo_filter *f, struct db_rows *out);
int bo_cases_count(struct db *db, struct arena *a, const struct bo_scope *s,
		   const struct bo_filter *f, long long *n);

/* One case by code; with LOCK (inside a transaction) its row stays locked
 * until the end of it, for a change. Rows: id, code, case_type, status, channel, title, description,
 * address, latitude, longitude, category_id, category_slug, category_name,
 * area_name, service_title, office_id, office_name, operator_id,
 * operator_name, citizen_id, fiscal_code, citizen_name, citizen_email,
 * citizen_phone, contact_name, contact_email, contact_phone, protocol,
 * submitted_at, due_date, waiting_since, resume_due (due_date moved by the
 * wait so far, NULL when not waiting), outcome, outcome_kind, closed_at,
 * updated_at. */
int bo_case_get(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		int lock, struct db_rows *out);
/* Rows: at, kind, status, author, author_name, body, public (all events). */
int bo_case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out);
/* Rows: data (BLOB), content_type, filename (the thumbnail when THUMB). */
int bo_case_attachment(struct db *db, struct arena *a, const struct bo_scope *s, const char *code,
		       long long att_id, int thumb, struct db_rows *out);

/* What an action may change; cells as text, NULL for SQL NULL. Entering
 * waiting_citizen starts the wait, any other status ends it; closed and
 * rejected set closed_at. */
struct bo_state {
	const char *status, *office_id, *operator_id, *category_id, *due_date, *outcome,
		*outcome_kind;
};
int bo_case_save(struct db *db, long long case_id, const struct bo_state *st);
/* A timeline event written by staff (kind status, message, note, routing). */
int bo_case_event(struct db *db, long long case_id, const char *kind, const char *status,
		  const char *author_name, const char *body, int public);

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
/* Rows: id, name. */
int bo_office_by_id(struct db *db, struct arena *a, long long office_id, struct db_rows *out);
int bo_category_by_slug(struct db *db, struct arena *a, const char *slug, struct db_rows *out);

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
