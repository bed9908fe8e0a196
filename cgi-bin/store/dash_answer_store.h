/* dash_answer_store.h - the dashboard's answers that the admin program's
 * workers share (sql/310_dash_answers.sql), under the key of a worker's
 * cache (dash_cache.c) and the generation sum read before each was
 * computed, and the lock by which one worker computes an answer while the
 * others asking it take the version before it, or wait for it when there is
 * none (dash_cache.c). Return -1 after logging on a database error. */
#ifndef STORE_DASH_ANSWER_STORE_H
#define STORE_DASH_ANSWER_STORE_H

#include <stddef.h>

struct arena;
struct db;

struct dash_answer {
	const char *body;
	size_t len;
	long long until;   /* the minute from which it no longer holds */
};

/* Waits up to SECONDS (0: not at all) for KEY's lock: 1 taken, 0 timed out. */
int dash_answer_lock(struct db *db, struct arena *a, const char *key, int seconds);
/* Releases KEY's lock taken by dash_answer_lock. */
void dash_answer_unlock(struct db *db, const char *key);
/* KEY's answer under generation GEN that still holds at minute NOW: 1 and
 * *OUT (in A), or 0. */
int dash_answer_get(struct db *db, struct arena *a, const char *key, unsigned long long gen,
		    long long now, struct dash_answer *out);
/* KEY's newest answer under a generation older than GEN that still holds at
 * minute NOW: 1 and *OUT (in A), 2 when it is under generation HELD (the
 * caller's own copy: its body is not read; -1 for none held), or 0. */
int dash_answer_get_before(struct db *db, struct arena *a, const char *key,
			   unsigned long long gen, long long held, long long now,
			   struct dash_answer *out);
/* Keeps ANSWER as KEY's under GEN and deletes KEY's older generations. */
int dash_answer_put(struct db *db, const char *key, unsigned long long gen,
		    const struct dash_answer *answer);
/* Deletes every answer that no longer holds at minute NOW (a key's older
 * generations go when its newer one is put). */
int dash_answer_forget(struct db *db, struct arena *a, long long now);

#endif
