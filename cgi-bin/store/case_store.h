/* case_store.h - cases ("pratiche") as the citizen sees them: categories,
 * drafts, filing (one transaction: status, yearly protocol number, routing,
 * due date, first timeline event, acknowledgement e-mail), the timeline,
 * attachments, withdrawal. Every query on a case names the citizen too, so a
 * case of someone else is simply not found. Returns 0, or -1 after logging. */
#ifndef STORE_CASE_STORE_H
#define STORE_CASE_STORE_H

#include <stddef.h>

#include "core/db.h"

/* Rows: slug, name, description, office_name, max_days (active, by position). */
int case_categories(struct db *db, struct arena *a, const char *case_type, struct db_rows *out);
/* Rows: id, case_type, name, office_name, max_days. */
int case_category(struct db *db, struct arena *a, const char *slug, struct db_rows *out);

/* A new draft; on a repeated IDEM key the existing draft's code is returned. */
int case_draft_new(struct db *db, struct arena *a, long long citizen_id, const char *case_type,
		   const char *code, const char *idem, const char *service_slug,
		   const char *email, const char *phone, const char **code_out);

/* Rows: id, code, case_type, status, category_slug, category_name, title,
 * description, address, latitude, longitude, office_name, protocol,
 * submitted_at, due_date, outcome, service_title, updated_at, contact_email,
 * area_slug, area_name. */
int case_by_code(struct db *db, struct arena *a, const char *code, long long citizen_id,
		 struct db_rows *out);
struct case_fields {
	const char *category_slug, *area_slug, *title, *description, *address, *latitude, *longitude;
};
/* Rows: slug, name (the areas a case may be placed in, possibly none). */
int case_areas(struct db *db, struct arena *a, struct db_rows *out);
/* Save a draft's fields; *UPDATED 0 when the case is no longer a draft. */
int case_draft_save(struct db *db, long long case_id, long long citizen_id,
		    const struct case_fields *f, int *updated);

struct attachment {
	const char *kind;              /* photo, document */
	const char *filename, *content_type, *sha256;
	const void *data;
	size_t len;
	const void *thumb;
	size_t thumb_len;
	int width, height;
};
int case_attachment_add(struct db *db, long long case_id, long long event_id,
			const struct attachment *att);
/* Rows: id, kind, filename, content_type, bytes, width, height, sha256. */
int case_attachments(struct db *db, struct arena *a, long long case_id, struct db_rows *out);
int case_attachment_count(struct db *db, struct arena *a, long long case_id, const char *kind,
			  int *count);
int case_attachment_delete(struct db *db, long long case_id, long long att_id);
/* Rows: data (BLOB), content_type, sha256, filename — THUMB for the thumbnail. */
int case_attachment_data(struct db *db, struct arena *a, const char *code, long long citizen_id,
			 long long att_id, int thumb, struct db_rows *out);

/* File a draft. *FILED 0 when it was not a draft any more (double submit).
 * MAIL_* is the acknowledgement e-mail (recipient may be "": none). */
struct case_filing {
	long long case_id, citizen_id;   /* citizen_id 0: an anonymous case registered by staff */
	const char *mail_to, *mail_subject, *mail_body;
};
int case_submit(struct db *db, const struct case_filing *f, int *filed);

/* Rows: at, kind, status, author, author_name, body (public events only). */
int case_events(struct db *db, struct arena *a, long long case_id, struct db_rows *out);
/* A citizen's message on an open case (with an e-mail copy in the outbox). */
int case_message_add(struct db *db, long long case_id, const char *author_name,
		     const char *body, long long *event_id);
/* Withdraw a case not yet taken in charge (with F's e-mail, recipient may
 * be ""); *DONE 0 if it no longer can be. */
int case_withdraw(struct db *db, const struct case_filing *f, const char *reason, int *done);

/* Rows: code, case_type, status, title, category_name, protocol, submitted_at,
 * due_date, updated_at (drafts included, newest first). */
int cases_of_citizen(struct db *db, struct arena *a, long long citizen_id, struct db_rows *out);
/* Rows: at, what, code, detail: one timeline of the citizen's interactions. */
int citizen_history(struct db *db, struct arena *a, long long citizen_id, const char *fiscal_code,
		    struct db_rows *out);
int citizen_contacts_save(struct db *db, long long citizen_id, const char *email,
			  const char *phone);

#endif
