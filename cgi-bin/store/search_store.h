/* search_store.h - full-text search over search_docs (MariaDB FULLTEXT on
 * stemmed words) and the writes that keep search_docs in step with the
 * catalogue. MATCH takes an InnoDB boolean-mode query built by the caller
 * from stems only, so no user text reaches the operator syntax. */
#ifndef STORE_SEARCH_STORE_H
#define STORE_SEARCH_STORE_H

#include "core/db.h"

/* The query twice, built from the same stems: EXACT ("cart ident") scores, PREFIX
 * ("+cart* +ident*", or without "+" for any term) selects and adds a little score. */
struct search_terms {
	const char *exact, *prefix;
};

/* topic: slug or "" (it keeps services, news and FAQ of that topic). Only documents within the
 * cut-off of the best score are kept: few, so the caller counts them by kind and filters by kind
 * itself (one full-text query a search). Rows: kind, slug, title, summary, score; grouped by
 * kind, the kind of the best result first, best first in each kind. */
int search_docs_find(struct db *db, struct arena *a, const struct search_terms *t,
		     const char *topic, struct db_rows *out);

/* Rows: kind, id, title, body: the text of every published item to index. */
int search_sources(struct db *db, struct arena *a, struct db_rows *out);
/* The same row (0 rows when it is not published) of item ID of KIND. */
int search_source(struct db *db, struct arena *a, const char *kind, const char *id,
		  struct db_rows *out);
int search_docs_clear(struct db *db);
int search_docs_put(struct db *db, const char *kind, const char *ref_id, const char *title_stems,
		    const char *body_stems);

#endif
