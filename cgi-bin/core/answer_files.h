/* answer_files.h - the portal's cached answers shared between its workers as
 * files, for its quick lane. The quick lane's workers hold the connections
 * nginx keeps (core/fcgi_conns.h) and answer only what is already computed:
 * their own cache, else a file here; a miss goes back to nginx for the other
 * workers, which compute it and leave it here. A fixed number of files, one
 * per hash of the answer's key: a key may push another out, never be taken
 * for it (each file names its key and generation); written whole under
 * another name and renamed, so a reader sees one answer or the one before. */
#ifndef CORE_ANSWER_FILES_H
#define CORE_ANSWER_FILES_H

#include "arena.h"
#include "cache.h"

/* P as the answer to KEY at generation GEN, in DIR. 0, or -1 (nothing kept). */
int answer_file_put(const char *dir, const char *key, unsigned long long gen,
		    const struct cache_page *p);

/* The answer DIR holds for KEY at GEN into *OUT, its bytes in A: 1, or 0 when
 * none (another key's, another generation's, unreadable). */
int answer_file_get(const char *dir, struct arena *a, const char *key, unsigned long long gen,
		    struct cache_page *out);

#endif
