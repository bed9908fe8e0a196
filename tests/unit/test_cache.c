/* test_cache.c - the page cache: hits within a generation, emptied by a new
 * generation, bounded in bytes and entries (oldest first), replacing a key,
 * entries that end at an instant. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/cache.h"

static void put(struct cache *c, const char *key, unsigned long long gen, const char *body)
{
	struct cache_page p = { body, strlen(body), "\"tag\"", "text/html" };
	cache_put(c, key, gen, &p);
}

static void test_hit_and_copy(void **state)
{
	(void)state;
	struct cache *c = cache_new(1 << 20, 16);
	char body[] = "<p>pagina</p>";
	put(c, "/servizi?", 7, body);
	body[1] = 'X';   /* the cache owns a copy */
	const struct cache_page *p = cache_get(c, "/servizi?", 7);
	assert_non_null(p);
	assert_int_equal(p->len, strlen("<p>pagina</p>"));
	assert_memory_equal(p->body, "<p>pagina</p>", p->len);
	assert_string_equal(p->etag, "\"tag\"");
	assert_string_equal(p->content_type, "text/html");
	assert_null(cache_get(c, "/servizi?pagina=2", 7));
	cache_free(c);
}

static void test_new_generation_empties(void **state)
{
	(void)state;
	struct cache *c = cache_new(1 << 20, 16);
	put(c, "/a?", 1, "a");
	put(c, "/b?", 1, "b");
	assert_null(cache_get(c, "/a?", 2));      /* the catalogue moved on */
	assert_null(cache_get(c, "/b?", 2));
	assert_int_equal(cache_bytes(c), 0);
	put(c, "/a?", 2, "a2");
	assert_memory_equal(cache_get(c, "/a?", 2)->body, "a2", 2);
	cache_free(c);
}

static void test_entry_bound_evicts_oldest(void **state)
{
	(void)state;
	struct cache *c = cache_new(1 << 20, 3);
	put(c, "/1?", 1, "1");
	put(c, "/2?", 1, "2");
	put(c, "/3?", 1, "3");
	put(c, "/4?", 1, "4");
	assert_null(cache_get(c, "/1?", 1));
	assert_non_null(cache_get(c, "/2?", 1));
	assert_non_null(cache_get(c, "/4?", 1));
	cache_free(c);
}

static void test_byte_bound(void **state)
{
	(void)state;
	char big[3000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	struct cache *c = cache_new(16384, 1000);
	for (int i = 0; i < 50; i++) {
		char key[16];
		snprintf(key, sizeof key, "/p%d?", i);
		put(c, key, 1, big);
		assert_true(cache_bytes(c) <= 16384);
	}
	assert_non_null(cache_get(c, "/p49?", 1));
	assert_null(cache_get(c, "/p0?", 1));
	char huge[6000];   /* more than a quarter of the cache: not kept */
	memset(huge, 'y', sizeof huge - 1);
	huge[sizeof huge - 1] = '\0';
	put(c, "/huge?", 1, huge);
	assert_null(cache_get(c, "/huge?", 1));
	assert_non_null(cache_get(c, "/p49?", 1));
	cache_free(c);
}

static void test_replace_key(void **state)
{
	(void)state;
	struct cache *c = cache_new(1 << 20, 16);
	put(c, "/a?", 1, "old");
	size_t before = cache_bytes(c);
	put(c, "/a?", 1, "new");
	assert_int_equal(cache_bytes(c), before);
	assert_memory_equal(cache_get(c, "/a?", 1)->body, "new", 3);
	cache_free(c);
}

static void test_until(void **state)
{
	(void)state;
	struct cache *c = cache_new(1 << 20, 16);
	struct cache_page p = { "mese", 4, "", "", 1000 };
	cache_put(c, "/cal?a", 1, &p);
	put(c, "/cal?b", 1, "sempre");
	assert_non_null(cache_get_at(c, "/cal?a", 1, 999));
	assert_null(cache_get_at(c, "/cal?a", 1, 1000));       /* ends at its instant */
	assert_null(cache_get_at(c, "/cal?a", 1, 999));        /* and is gone */
	assert_non_null(cache_get_at(c, "/cal?b", 1, 1L << 40));   /* no end */
	assert_null(cache_get_at(c, "/cal?b", 2, 0));          /* a new generation still empties */
	assert_int_equal(cache_bytes(c), 0);
	cache_free(c);
}

/* A keyed cache: each key's generation its own. Another key's generation,
 * older or newer, empties nothing; a lookup under another generation misses
 * but leaves the entry for cache_get_any; a put replaces the key's entry. */
static void test_keyed(void **state)
{
	(void)state;
	struct cache *c = cache_new_keyed(1 << 20, 16);
	unsigned long long gen = 0;
	put(c, "page?", 100, "pagina");
	put(c, "csv 2026-01", 7, "gennaio");
	assert_memory_equal(cache_get(c, "page?", 100)->body, "pagina", 6);
	assert_memory_equal(cache_get(c, "csv 2026-01", 7)->body, "gennaio", 7);
	assert_null(cache_get(c, "page?", 101));                 /* written since: a miss */
	assert_memory_equal(cache_get_any(c, "page?", 0, &gen)->body, "pagina", 6);
	assert_int_equal(gen, 100);
	assert_null(cache_get_any(c, "page?x", 0, &gen));
	put(c, "page?", 101, "pagina nuova");
	assert_null(cache_get(c, "page?", 100));
	assert_memory_equal(cache_get(c, "page?", 101)->body, "pagina nuova", 12);
	assert_non_null(cache_get(c, "csv 2026-01", 7));          /* untouched */
	struct cache_page p = { "fino", 4, "", "", 50 };
	cache_put(c, "csv 2026-01", 8, &p);
	assert_non_null(cache_get_any(c, "csv 2026-01", 49, &gen));
	assert_int_equal(gen, 8);
	assert_null(cache_get_any(c, "csv 2026-01", 50, &gen));   /* ended, and dropped */
	assert_null(cache_get_at(c, "csv 2026-01", 8, 0));
	cache_free(c);
	/* a cache that is not keyed has no entry of another generation to give */
	c = cache_new(1 << 20, 16);
	put(c, "/a?", 1, "x");
	assert_null(cache_get_any(c, "/a?", 0, &gen));
	cache_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hit_and_copy),
		cmocka_unit_test(test_new_generation_empties),
		cmocka_unit_test(test_entry_bound_evicts_oldest),
		cmocka_unit_test(test_byte_bound),
		cmocka_unit_test(test_replace_key),
		cmocka_unit_test(test_until),
		cmocka_unit_test(test_keyed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
