/* cache.c - see cache.h. A chained hash table over a FIFO list. */
#include "cache.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 1024

struct entry {
	struct entry *hnext;           /* bucket chain */
	struct entry *older, *newer;   /* FIFO list */
	uint64_t hash;
	unsigned long long gen;        /* a keyed cache's */
	char *key;
	size_t bytes;
	struct cache_page page;
};

struct cache {
	struct entry *buckets[NBUCKETS];
	struct entry *oldest, *newest;
	unsigned long long gen;        /* a cache's that is not keyed */
	int keyed;
	size_t bytes, max_bytes, entries, max_entries;
};

static uint64_t hash_key(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static char *dup(const void *p, size_t n)
{
	char *d = malloc(n + 1);
	if (!d) {
		fputs("cache: out of memory\n", stderr);
		abort();
	}
	memcpy(d, p, n);
	d[n] = '\0';
	return d;
}

struct cache *cache_new(size_t max_bytes, size_t max_entries)
{
	struct cache *c = calloc(1, sizeof(*c));
	if (!c)
		abort();
	c->max_bytes = max_bytes;
	c->max_entries = max_entries;
	return c;
}

struct cache *cache_new_keyed(size_t max_bytes, size_t max_entries)
{
	struct cache *c = cache_new(max_bytes, max_entries);
	c->keyed = 1;
	return c;
}

static void unlink_entry(struct cache *c, struct entry *e)
{
	struct entry **pp = &c->buckets[e->hash % NBUCKETS];
	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	if (e->older)
		e->older->newer = e->newer;
	else
		c->oldest = e->newer;
	if (e->newer)
		e->newer->older = e->older;
	else
		c->newest = e->older;
	c->bytes -= e->bytes;
	c->entries--;
	free(e->key);
	free((char *)e->page.body);
	free((char *)e->page.etag);
	free((char *)e->page.content_type);
	free(e);
}

static void clear(struct cache *c)
{
	while (c->oldest)
		unlink_entry(c, c->oldest);
}

void cache_free(struct cache *c)
{
	if (!c)
		return;
	clear(c);
	free(c);
}

static struct entry *find(struct cache *c, const char *key, uint64_t h)
{
	for (struct entry *e = c->buckets[h % NBUCKETS]; e; e = e->hnext)
		if (e->hash == h && strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

/* KEY's entry, NULL (and dropped) when it ended at NOW. */
static struct entry *find_at(struct cache *c, const char *key, long long now)
{
	struct entry *e = find(c, key, hash_key(key));
	if (e && e->page.until && now >= e->page.until) {
		unlink_entry(c, e);
		return NULL;
	}
	return e;
}

const struct cache_page *cache_get_at(struct cache *c, const char *key, unsigned long long gen,
				      long long now)
{
	if (!c->keyed && gen != c->gen) {
		clear(c);
		c->gen = gen;
		return NULL;
	}
	struct entry *e = find_at(c, key, now);
	return e && (!c->keyed || e->gen == gen) ? &e->page : NULL;
}

const struct cache_page *cache_get_any(struct cache *c, const char *key, long long now,
				       unsigned long long *gen)
{
	struct entry *e = c->keyed ? find_at(c, key, now) : NULL;
	if (e)
		*gen = e->gen;
	return e ? &e->page : NULL;
}

const struct cache_page *cache_get(struct cache *c, const char *key, unsigned long long gen)
{
	return cache_get_at(c, key, gen, LLONG_MIN);
}

void cache_put(struct cache *c, const char *key, unsigned long long gen, const struct cache_page *p)
{
	if (!c->keyed && gen != c->gen) {
		clear(c);
		c->gen = gen;
	}
	size_t klen = strlen(key), bytes = sizeof(struct entry) + klen + p->len;
	if (bytes > c->max_bytes / 4)
		return;   /* one page must not flush the rest */
	uint64_t h = hash_key(key);
	struct entry *old = find(c, key, h);
	if (old)
		unlink_entry(c, old);
	while (c->oldest && (c->bytes + bytes > c->max_bytes || c->entries >= c->max_entries))
		unlink_entry(c, c->oldest);
	struct entry *e = calloc(1, sizeof(*e));
	if (!e)
		abort();
	e->hash = h;
	e->gen = gen;
	e->key = dup(key, klen);
	e->bytes = bytes;
	e->page.body = dup(p->body, p->len);
	e->page.len = p->len;
	e->page.etag = dup(p->etag, strlen(p->etag));
	e->page.content_type = dup(p->content_type, strlen(p->content_type));
	e->page.until = p->until;
	e->hnext = c->buckets[h % NBUCKETS];
	c->buckets[h % NBUCKETS] = e;
	e->older = c->newest;
	if (c->newest)
		c->newest->newer = e;
	else
		c->oldest = e;
	c->newest = e;
	c->bytes += bytes;
	c->entries++;
}

size_t cache_bytes(const struct cache *c)
{
	return c->bytes;
}
