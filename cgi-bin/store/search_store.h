/* search_store.h - full-text search over search_docs (MariaDB FULLTEXT on
 * stemmed words) and the writes that keep search_docs in step with the
 * catalogue. MATCH takes an InnoDB boolean-mode query built by the caller
 * from stems only, so no user text reaches the operator syntax. */
#ifndef STORE_SEARCH_STORE_H
#define STORE_SEARCH_STORE_H

#include "core/db.h"

/* kind: "service", "faq", "office", "news", "event", "place", "person", "document" or ""
 * (all); topic: slug or "" (it keeps services, news and FAQ of that topic).
 * Rows: kind, slug, title, summary, best first. */
int search_docs_find(struct db *db, struct arena *a, const char *match, const char *kind,
		     const char *topic, int limit, struct db_rows *out);
/* Rows: kind, count (topic filter applied, kind filter not). */
int search_docs_count(struct db *db, struct arena *a, const char *match, const char *topic,
		      struct db_rows *out);

/* Rows: kind, id, title, body: the text of every published item to index. */
int search_sources(struct db *db, struct arena *a, struct db_rows *out);
/* The same row (0 rows when it is not published) of item ID of KIND. */
int search_source(struct db *db, struct arena *a, const char *kind, const char *id,
		  struct db_rows *out);
int search_docs_clear(struct db *db);
int search_docs_put(struct db *db, const char *kind, const char *ref_id, const char *title_stems,
		    const char *body_stems);

#endif
