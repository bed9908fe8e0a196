/* document_store.h - read queries on the Comune's published documents
 * ("Documenti e dati") and their files (PDF). Every function returns 0 or
 * -1 (logged) and fills OUT with text cells named after the template fields;
 * dates come back as dd/mm/yyyy. */
#ifndef STORE_DOCUMENT_STORE_H
#define STORE_DOCUMENT_STORE_H

#include "core/db.h"

/* The document types in use: doc_type, count. */
int doc_types(struct db *db, struct arena *a, struct db_rows *out);
/* Published documents, newest first, of type TYPE ("" for every type):
 * slug, title, doc_type, summary, published. */
int doc_list(struct db *db, struct arena *a, const char *type, struct db_rows *out);
/* One published document: id, slug, title, doc_type, summary, description,
 * protocol, protocol_date, published, licence, updated_at, office_slug,
 * office_name, area_slug, area_name, person_slug, person_name. */
int doc_get(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The same row of document ID, published or not (the editors' preview). */
int doc_get_preview(struct db *db, struct arena *a, long long id, struct db_rows *out);
/* A document's files (not removed): id, label, filename, bytes. */
int doc_files(struct db *db, struct arena *a, const char *doc_id, struct db_rows *out);
/* One file of a published document (0 or 1 row): data, content_type, filename. */
int doc_file_data(struct db *db, struct arena *a, const char *slug, long long file_id,
		  struct db_rows *out);
/* The same of document DOC_ID, published or not (the editors' preview). */
int doc_file_data_preview(struct db *db, struct arena *a, const char *doc_id, long long file_id,
			  struct db_rows *out);
/* The published documents of an office, an area or a person (NULL for the
 * ones not asked): slug, title, doc_type, published. */
int doc_related(struct db *db, struct arena *a, const char *office_id, const char *area_id,
		const char *person_id, struct db_rows *out);

#endif
