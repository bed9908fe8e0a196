/* cache.h - a worker's cache of rendered pages, exact by construction: every
 * entry belongs to one generation of the data it was rendered from (for the
 * portal, the catalogue's generation counter), and a lookup under a newer
 * generation empties the cache. An entry may also end at an instant of the
 * clock its data depends on (a hold that expires, a slot that passes the
 * cut-off). Bounded in bytes and entries; the oldest entries go first.
 * A keyed cache (cache_new_keyed) keeps a generation per entry instead,
 * for data whose generations are comparable within one key only: a lookup
 * under another generation misses without emptying anything, and the entry
 * of a generation before stays readable (cache_get_any) until replaced. */
#ifndef CORE_CACHE_H
#define CORE_CACHE_H

#include <stddef.h>

struct cache;

struct cache_page {
	const char *body;
	size_t len;
	const char *etag;          /* quoted */
	const char *content_type;
	long long until;           /* the first instant it no longer holds; 0: none */
};

struct cache *cache_new(size_t max_bytes, size_t max_entries);
struct cache *cache_new_keyed(size_t max_bytes, size_t max_entries);
void cache_free(struct cache *c);
/* The page stored under KEY for generation GEN, or NULL. */
const struct cache_page *cache_get(struct cache *c, const char *key, unsigned long long gen);
/* The same for an entry with an end: NULL (and the entry dropped) from NOW >= its until,
 * in whatever unit its writer chose. */
const struct cache_page *cache_get_at(struct cache *c, const char *key, unsigned long long gen,
				      long long now);
/* A keyed cache's entry under KEY whatever its generation (*GEN), or NULL
 * (and the entry dropped from NOW >= its until, as cache_get_at). */
const struct cache_page *cache_get_any(struct cache *c, const char *key, long long now,
				       unsigned long long *gen);
void cache_put(struct cache *c, const char *key, unsigned long long gen, const struct cache_page *p);
size_t cache_bytes(const struct cache *c);

#endif
