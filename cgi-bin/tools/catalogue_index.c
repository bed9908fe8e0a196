/* catalogue_index.c - rebuilds search_docs from the catalogue: every
 * published service, FAQ and office, news item, event, place, person and
 * document, stemmed as the portal stems queries.
 * Run by `make run` after loading content and by the back office after a
 * publish. Usage: catalogue-index SOCKET USER PASSWORD_FILE DATABASE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/db.h"
#include "core/log.h"
#include "core/secret.h"
#include "core/stem.h"
#include "store/search_store.h"

int main(int argc, char **argv)
{
	log_init("catalogue-index");
	if (argc != 5) {
		fprintf(stderr, "usage: %s SOCKET USER PASSWORD_FILE DATABASE\n", argv[0]);
		return 2;
	}
	char *password_db = secret_read(argv[3]);
	struct db_config cfg = { .socket = argv[1], .user = argv[2], .password = password_db,
				 .database = argv[4] };
	struct db *db = db_open(&cfg);
	struct arena *a = arena_new();
	struct stemmer *st = stem_new();
	struct db_rows src;
	int rc = 1;
	if (search_sources(db, a, &src) < 0 || db_begin(db) < 0)
		goto out;
	if (search_docs_clear(db) < 0)
		goto fail;
	for (size_t i = 0; i < src.nrows; i++) {
		const char *title = stem_text(st, a, db_get(&src, i, "title"), 0);
		const char *body = stem_text(st, a, db_get(&src, i, "body") ? db_get(&src, i, "body") : "", 0);
		if (search_docs_put(db, db_get(&src, i, "kind"), db_get(&src, i, "id"), title,
				    body) < 0)
			goto fail;
	}
	if (db_commit(db) < 0)
		goto fail;
	printf("indexed %zu documents\n", src.nrows);
	rc = 0;
	goto out;
fail:
	db_rollback(db);
out:
	stem_free(st);
	arena_free(a);
	db_close(db);
	free(password_db);
	return rc;
}
