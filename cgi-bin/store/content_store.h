/* content_store.h - what the editors write: services (the live row the portal
 * shows, and its revisions, sql/009), topics, offices and FAQ, and the
 * search_docs rows of the items they change. Every function returns 0, or
 * -1 after logging (db_errno() 1062: a slug already used).
 *
 * Values go in and out in the order of the columns named below; for a
 * service they are also the keys of a revision's snapshot. */
#ifndef STORE_CONTENT_STORE_H
#define STORE_CONTENT_STORE_H

#include "core/db.h"

/* slug, title, status, status_reason, summary, for_citizens, for_businesses,
 * audience, description, how_to, requirements, outputs, times, costs,
 * online_url, online_label, in_person, booking, conditions, office_id,
 * category_id, contacts */
#define SERVICE_NCOLS 22

/* Rows: id, slug, title, status, published, drafts (revisions saved after
 * the last published one), by title. */
int content_services(struct db *db, struct arena *a, struct db_rows *out);
/* Rows: id, the SERVICE_NCOLS columns, published, topics ("1,3" or NULL). */
int content_service(struct db *db, struct arena *a, long long id, struct db_rows *out);
int content_service_slug_used(struct db *db, struct arena *a, const char *slug, long long id,
			      int *used);
/* A new service, not published (published = 0). */
int content_service_insert(struct db *db, const char *const v[SERVICE_NCOLS], long long *id);
/* The live row becomes V, published. */
int content_service_publish(struct db *db, long long id, const char *const v[SERVICE_NCOLS]);
int content_service_unpublish(struct db *db, long long id);
/* The service's topics become exactly those of TOPICS ("1,3"). */
int content_service_topics(struct db *db, long long id, const char *topics);

/* Revisions, newest first. Rows: id, at (dd/mm/yyyy hh:mm), state, author
 * (display name, "" for the content before the first edit), snapshot. */
int content_revisions(struct db *db, struct arena *a, long long service_id, struct db_rows *out);
int content_revision(struct db *db, struct arena *a, long long service_id, long long rev,
		     struct db_rows *out);
int content_revision_latest(struct db *db, struct arena *a, long long service_id,
			    struct db_rows *out);
/* The revision saved just before REV. */
int content_revision_before(struct db *db, struct arena *a, long long service_id, long long rev,
			    struct db_rows *out);
/* STAFF_ID 0: none (the content found before the first edit). */
int content_revision_add(struct db *db, long long service_id, long long staff_id,
			 const char *state, const char *snapshot, long long *id);
int content_revision_published(struct db *db, long long rev);

/* Revisions of the crud engine's items (sql/070), keyed by KIND and REF_ID,
 * newest first. Rows: id, at (dd/mm/yyyy hh:mm), author (display name),
 * snapshot, members (the ids of the rows under the item then, as
 * store/revision_members_store.h; NULL: the kind has none, or older). */
int content_kind_revisions(struct db *db, struct arena *a, const char *kind, long long ref_id,
			   struct db_rows *out);
int content_kind_revision(struct db *db, struct arena *a, const char *kind, long long ref_id,
			  long long rev, struct db_rows *out);
/* The revision of KIND REF_ID saved just before REV (no row: REV is the first). */
int content_kind_revision_before(struct db *db, struct arena *a, const char *kind,
				 long long ref_id, long long rev, struct db_rows *out);
int content_kind_revision_add(struct db *db, const char *kind, long long ref_id,
			      long long staff_id, const char *snapshot);

/* The service categories of the model (sql/040), for the form: id, name. */
int content_categories(struct db *db, struct arena *a, struct db_rows *out);

/* Topics: slug, name, summary, position. Rows of the list: id, slug, name. */
#define TOPIC_NCOLS 4
int content_topics(struct db *db, struct arena *a, struct db_rows *out);
int content_topic(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* *ID 0: insert (and set *ID); else update. */
int content_topic_save(struct db *db, long long *id, const char *const v[TOPIC_NCOLS]);

/* Offices: slug, name, summary, description, manager, address,
 * opening_hours, phone, email, pec. Rows of the list: id, slug, name. */
#define OFFICE_NCOLS 10
int content_offices(struct db *db, struct arena *a, struct db_rows *out);
int content_office(struct db *db, struct arena *a, long long id, struct db_rows *out);
int content_office_save(struct db *db, long long *id, const char *const v[OFFICE_NCOLS]);

/* FAQ: slug, topic_id, question, answer, position. Rows of the list: id,
 * slug, question, topic (its name), by topic. */
#define FAQ_NCOLS 5
int content_faqs(struct db *db, struct arena *a, struct db_rows *out);
int content_faq(struct db *db, struct arena *a, long long id, struct db_rows *out);
int content_faq_save(struct db *db, long long *id, const char *const v[FAQ_NCOLS]);

/* Run WORK(CTX) in one transaction: committed when it returns 0, rolled
 * back otherwise. 0, 1 when a slug was already used (db_errno 1062; nothing
 * written), -1. The editors' changes that touch several tables (a service,
 * its revision, its topics, its search row) go through here. */
int content_transaction(struct db *db, int (*work)(void *ctx), void *ctx);

/* Save an item with SAVE (one of the *_save above or of setup_store.h: *ID
 * 0 inserts and sets *ID) and, when AFTER is not NULL, run AFTER(CTX, *ID)
 * (the search index) in the same transaction. 0, 1 when a slug is already
 * used (nothing saved), -1. */
int content_item_save(struct db *db, int (*save)(struct db *db, long long *id, const char *const *v),
		      long long *id, const char *const *v, int (*after)(void *ctx, long long id),
		      void *ctx);

/* The text to index (rows: kind, id, title, body, as search_sources) of the
 * published service SERVICE, every service and FAQ of TOPIC, the FAQ FAQ
 * and the office OFFICE (0: none). */
int content_search_sources(struct db *db, struct arena *a, long long service, long long topic,
			   long long faq, long long office, struct db_rows *out);
int content_search_drop(struct db *db, const char *kind, long long id);

#endif
