/* newsroom_store.h - what the editors write of the Modello Comuni's types:
 * Novità and Vivere il Comune (sql/030: news, notizie, comunicati, avvisi,
 * with their topics; events and places) and the Amministrazione's people,
 * documents, areas and enti (sql/020, sql/130; roles and files are not
 * edited here). Every function returns 0, or -1 after logging (db_errno()
 * 1062: a slug already used). The catalogue triggers bump the portal's
 * generation on every write, so a change shows at the next request.
 *
 * Values go in and out in the order of the columns named below (the save
 * functions: *ID 0 inserts and sets *ID, else updates); "" for an optional
 * reference (office_id, place_id, area_id, person_id) or date
 * (protocol_date) stores NULL. */
#ifndef STORE_NEWSROOM_STORE_H
#define STORE_NEWSROOM_STORE_H

#include "core/db.h"

/* slug, news_type, title, summary, body, image, image_alt, image_caption,
 * office_id, featured, published, published_at ("YYYY-MM-DD HH:MM"); the
 * row also has id and topics ("1,3" or NULL). */
#define NEWS_NCOLS 12
int newsroom_news(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_news_save(struct db *db, long long *id, const char *const v[NEWS_NCOLS]);
/* The item's topics become exactly those of TOPICS ("1,3"). */
int newsroom_news_topics(struct db *db, long long id, const char *topics);

/* slug, title, summary, description, start_at, end_at (both "YYYY-MM-DD
 * HH:MM"), place_id, cost, audience, image, image_alt, featured, published. */
#define EVENT_NCOLS 13
int newsroom_event(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_event_save(struct db *db, long long *id, const char *const v[EVENT_NCOLS]);

/* slug, place_type, name, summary, description, address, hours, phone,
 * email, website, services, image, image_alt, featured, published. */
#define PLACE_NCOLS 15
int newsroom_place(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_place_save(struct db *db, long long *id, const char *const v[PLACE_NCOLS]);
/* Every place for the events' form: id, name. */
int newsroom_place_options(struct db *db, struct arena *a, struct db_rows *out);

/* slug, given_name, family_name, kind, summary, biography, competences,
 * email, phone, published. By family name. */
#define PERSON_NCOLS 10
int newsroom_person(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_person_save(struct db *db, long long *id, const char *const v[PERSON_NCOLS]);
/* Every person for the documents' form: id, name. */
int newsroom_person_options(struct db *db, struct arena *a, struct db_rows *out);

/* slug, title, doc_type, summary, description, protocol, protocol_date,
 * published_on (both "YYYY-MM-DD"), licence, office_id, area_id, person_id,
 * published. */
#define DOCUMENT_NCOLS 13
int newsroom_document(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_document_save(struct db *db, long long *id, const char *const v[DOCUMENT_NCOLS]);
/* Every administrative area for the documents' form: id, name. */
int newsroom_area_options(struct db *db, struct arena *a, struct db_rows *out);

/* slug, name, summary, description, address, phone, email, position,
 * published. */
#define AREA_NCOLS 9
int newsroom_area(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_area_save(struct db *db, long long *id, const char *const v[AREA_NCOLS]);

/* slug, name, kind, summary, description, share, address, website, email,
 * published. */
#define ENTITY_NCOLS 10
int newsroom_entity(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_entity_save(struct db *db, long long *id, const char *const v[ENTITY_NCOLS]);

/* The 15 service categories of the model (sql/040): only the summary is
 * edited (the name is the model's, the set fixed: no insert). */
#define CATEGORY_NCOLS 1
int newsroom_category(struct db *db, struct arena *a, long long id, struct db_rows *out);
int newsroom_category_save(struct db *db, long long *id, const char *const v[CATEGORY_NCOLS]);

/* The PDF files of a document (document_files; read with doc_files() of
 * store/document_store.h): LEN bytes of DATA, already checked by content,
 * stored as FILENAME after the document's last file; a file of document
 * DOC_ID removed (kept for the revisions that list it: sql/230). 1 done, 0
 * no such document or file, -1. */
int newsroom_document_file_add(struct db *db, long long doc_id, const char *label,
			       const char *filename, const void *data, size_t len);
int newsroom_document_file_delete(struct db *db, long long doc_id, long long file_id);

/* A news item's attachments (news_attachments, sql/130): rows id, label,
 * filename, bytes; a PDF added after the last (checked by content, DATA kept
 * as the row's data, FILENAME its name), one removed (kept, as a document's
 * file). 1 done, 0 no such news item or file, -1. */
int newsroom_news_files(struct db *db, struct arena *a, const char *news_id,
			struct db_rows *out);
int newsroom_news_file_add(struct db *db, long long news_id, const char *label,
			   const char *filename, const void *data, size_t len);
int newsroom_news_file_delete(struct db *db, long long news_id, long long file_id);

/* A person's roles and mandates (person_roles): rows id, title, organ,
 * delegations, starts, ends (dd/mm/yyyy or NULL), office_name, area_name;
 * one added after the last (values title, organ, delegations, office_id,
 * area_id, starts_on, ends_on; "" for none of the optional ones), one
 * removed (kept, as a file). 1 done, 0 no such person or role, -1 (db_errno() 1452: no such
 * office or area). */
#define ROLE_NCOLS 7
int newsroom_person_roles(struct db *db, struct arena *a, long long person_id,
			  struct db_rows *out);
int newsroom_person_role_add(struct db *db, long long person_id,
			     const char *const v[ROLE_NCOLS]);
int newsroom_person_role_delete(struct db *db, long long person_id, long long role_id);

#endif
