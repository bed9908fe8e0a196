/* case_store.h - cases ("pratiche") as the citizen sees them: categories,
 * drafts, filing (one transaction: status, yearly protocol number, routing,
 * due date, first timeline event, acknowledgement e-mail), the timeline,
 * attachments, withdrawal. Every query on a case names the citizen too, so a
 * case of someone else is simply not found.
 *
 * Each business operation is one function owning its transaction: it begins,
 * locks the case row it checks (SELECT ... FOR UPDATE), checks the status and
 * the attachment counts under that lock, writes, commits, and on any failure
 * rolls back. Callers never begin or commit. Rows come back as structs filled
 * by column name. Functions return 0 (or a CASE_* refusal), or -1 after
 * logging. */
#ifndef STORE_CASE_STORE_H
#define STORE_CASE_STORE_H

#include <stddef.h>

struct arena;
struct db;
struct db_rows;

#define CASE_MAX_PHOTOS 3
#define CASE_MAX_DOCS 3

/* Why an operation wrote nothing (besides -1, a database failure). */
enum case_refusal {
	CASE_NOT_DRAFT = 1,     /* filed (or gone) meanwhile: a draft no more */
	CASE_TOO_MANY_PHOTOS,   /* more than CASE_MAX_PHOTOS with those already stored */
	CASE_TOO_MANY_DOCS,     /* more than CASE_MAX_DOCS with those already stored */
	CASE_NOT_OPEN,          /* closed, rejected, withdrawn (or a draft): no message */
	CASE_NOT_RECEIVED,      /* no longer "received": it cannot be withdrawn */
};

/* A case as its citizen sees it (case_by_code). */
struct case_row {
	long long id;
	const char *code, *case_type, *status, *category_slug, *category_name, *title,
		*description, *address, *latitude, *longitude, *office_name, *protocol,
		*submitted_at, *due_date, *outcome, *service_title, *updated_at, *contact_email,
		*area_slug, *area_name;
};

struct case_category {
	long long id;
	const char *slug, *case_type, *name, *description, *office_name;
	int max_days;
};

struct case_area {
	const char *slug, *name;
};

struct case_event {
	const char *at, *kind, *status, *author, *author_name, *body;
};

/* An attachment as listed (no bytes). */
struct case_file {
	long long id, bytes;
	const char *kind, *filename, *content_type, *sha256;
	int width, height;
};

/* One of a citizen's cases in the personal area. */
struct case_summary {
	const char *code, *case_type, *status, *title, *category_name, *protocol, *submitted_at,
		*due_date, *updated_at;
};

/* One line of the citizen's timeline: a case event or a login. */
struct history_item {
	const char *at, *what, *code, *case_type, *author, *detail;
};

/* Active categories of CASE_TYPE, in display order. */
int case_category_list(struct db *db, struct arena *a, const char *case_type,
		       struct case_category **out, size_t *n);
/* The active category SLUG: 1 found, 0 none, -1. */
int case_category_get(struct db *db, struct arena *a, const char *slug, struct case_category *out);
/* The areas a case may be placed in (possibly none). */
int case_area_list(struct db *db, struct arena *a, struct case_area **out, size_t *n);
/* The same as rows: slug, name (the back office's reader). */
int case_areas(struct db *db, struct arena *a, struct db_rows *out);

/* A new draft; on a repeated IDEM key the existing draft's code is returned. */
int case_draft_new(struct db *db, struct arena *a, long long citizen_id, const char *case_type,
		   const char *code, const char *idem, const char *service_slug,
		   const char *email, const char *phone, const char **code_out);

/* The case CODE of CITIZEN_ID (0: of nobody, a guest's): 1 found, 0 none
 * (someone else's is none), -1. */
int case_by_code(struct db *db, struct arena *a, const char *code, long long citizen_id,
		 struct case_row *out);

struct case_fields {
	const char *category_slug, *area_slug, *title, *description, *address, *latitude, *longitude;
};

struct attachment {
	const char *kind;              /* photo, document */
	const char *filename, *content_type, *sha256;
	const void *data;
	size_t len;
	const void *thumb;
	size_t thumb_len;
	int width, height;
};

/* Save a draft's fields with new files, all or nothing: 0, CASE_NOT_DRAFT,
 * CASE_TOO_MANY_PHOTOS, CASE_TOO_MANY_DOCS (counting what is stored), -1. */
int case_draft_save(struct db *db, struct arena *a, long long case_id, long long citizen_id,
		    const struct case_fields *f, const struct attachment *files, size_t nfiles);

/* A case's attachments (no bytes), in order. */
int case_file_list(struct db *db, struct arena *a, long long case_id, struct case_file **out,
		   size_t *n);
/* The same as rows: id, kind, filename, content_type, bytes, width, height,
 * sha256 (the back office's reader). */
int case_attachments(struct db *db, struct arena *a, long long case_id, struct db_rows *out);

/* The bytes of attachment ATT_ID (its thumbnail when THUMB) of the case CODE
 * of CITIZEN_ID: 1 found, 0 none, -1. */
struct attachment_data {
	const void *data;
	size_t len;
	const char *content_type, *sha256, *filename;
};
int case_attachment_data(struct db *db, struct arena *a, const char *code, long long citizen_id,
			 long long att_id, int thumb, struct attachment_data *out);

/* File a draft. *FILED 0 when it was not a complete draft any more (double
 * submit). MAIL_* is the acknowledgement e-mail (recipient may be "": none). */
struct case_filing {
	long long case_id, citizen_id;   /* citizen_id 0: an anonymous case registered by staff */
	const char *mail_to, *mail_subject, *mail_body;
};
int case_submit(struct db *db, const struct case_filing *f, int *filed);
/* The same inside the caller's transaction (staff registering a case in one). */
int case_file_in_tx(struct db *db, const struct case_filing *f, int *filed);

/* The public events of a case, oldest first. */
int case_event_list(struct db *db, struct arena *a, long long case_id, struct case_event **out,
		    size_t *n);

/* After inserting a case event (the connection's last insert), in its
 * transaction: a staff status change or message since filing is the case's
 * first response when it has none yet (cases.first_response_at), a
 * 'reopened' status marks the case reopened. The stores write these; no
 * trigger does (sql/210). */
int case_event_flags(struct db *db);

/* A citizen's message with its documents (the caller bounds how many) on an
 * open case of CITIZEN_ID: 0, CASE_NOT_OPEN, -1. */
struct case_message {
	long long case_id, citizen_id;
	const char *author_name, *body;
	const struct attachment *files;
	size_t nfiles;
};
int case_message_add(struct db *db, struct arena *a, const struct case_message *m);

/* Withdraw a case still "received" (with F's e-mail, recipient may be ""):
 * 0, CASE_NOT_RECEIVED (then *STATUS is the status it has), -1. */
int case_withdraw(struct db *db, struct arena *a, const struct case_filing *f,
		  const char *reason, const char **status);

/* A citizen's cases, drafts included, newest first. */
int cases_of_citizen(struct db *db, struct arena *a, long long citizen_id,
		     struct case_summary **out, size_t *n);
/* One timeline of the citizen's interactions (newest first, at most 100). */
int citizen_history(struct db *db, struct arena *a, long long citizen_id, const char *fiscal_code,
		    struct history_item **out, size_t *n);
int citizen_contacts_save(struct db *db, long long citizen_id, const char *email,
			  const char *phone);

#endif
