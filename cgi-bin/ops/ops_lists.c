/* ops_lists.c - the lists the back office's forms choose from (categories,
 * offices, operators, response templates, the filters' slugs), kept by each
 * worker between requests: they change a few times a year, and read anew
 * they cost a statement each on every queue and case page. Exact: the memo
 * belongs to one generation of choice_lists_state (sql/290: bumped by
 * triggers on every table the lists read, whoever writes), which the staff
 * session's own statement reads; a request that brings another one empties
 * it. The generation is read before the lists, so an entry is never older
 * than its stamp: a change committed meanwhile costs one miss more. */
#include "ops_internal.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "session/staff_sess.h"
#include "store/bo_case_store.h"

/* Scopes x kinds a worker meets between two changes; past it, it starts over. */
#define MAX_ENTRIES 256

struct entry {
	enum ops_list kind;
	struct bo_scope scope;
	long long office_id;
	struct db_rows rows;
};

static struct {
	struct arena *a;           /* the entries' rows, for the worker's life */
	unsigned long long gen;
	size_t n;
	struct entry e[MAX_ENTRIES];
} memo;

static int fetch(struct req *r, const struct entry *e, struct db_rows *out)
{
	switch (e->kind) {
	case OPS_CATEGORIES:
		return bo_categories(r->db, memo.a, &e->scope, out);
	case OPS_OFFICES:
		return bo_offices(r->db, memo.a, &e->scope, out);
	case OPS_OPERATORS:
		return bo_operators(r->db, memo.a, &e->scope, e->office_id, out);
	case OPS_TEMPLATES:
		return bo_response_templates(r->db, memo.a, e->office_id, out);
	case OPS_SLUGS:
		return bo_filter_slugs(r->db, memo.a, out);
	}
	return -1;
}

/* The key: what the list depends on, and nothing else (every scope that
 * sees all offices is one). */
static struct entry key_of(enum ops_list kind, const struct bo_scope *s, long long office_id)
{
	int scoped = kind == OPS_CATEGORIES || kind == OPS_OFFICES || kind == OPS_OPERATORS;
	struct entry k = { .kind = kind, .scope = { .all = 1 } };
	if (scoped && !s->all)
		k.scope = *s;
	if (kind == OPS_OPERATORS || kind == OPS_TEMPLATES)
		k.office_id = office_id;
	return k;
}

int ops_list(struct req *r, enum ops_list kind, const struct bo_scope *s, long long office_id,
	     struct db_rows *out)
{
	struct entry k = key_of(kind, s, office_id);
	if (!memo.a)
		memo.a = arena_new();
	if (memo.gen != r->staff->lists_gen || memo.n == MAX_ENTRIES) {
		arena_reset(memo.a);
		memo.n = 0;
		memo.gen = r->staff->lists_gen;
	}
	for (size_t i = 0; i < memo.n; i++) {
		const struct entry *e = &memo.e[i];
		if (e->kind == k.kind && e->scope.all == k.scope.all &&
		    e->scope.staff_id == k.scope.staff_id && e->office_id == k.office_id) {
			*out = e->rows;
			return 0;
		}
	}
	if (fetch(r, &k, &k.rows) < 0)
		return -1;
	memo.e[memo.n++] = k;
	*out = k.rows;
	return 0;
}

long long ops_slug_id(struct req *r, const char *kind, const char *slug)
{
	struct db_rows slugs;
	if (!*slug)
		return 0;
	if (ops_list(r, OPS_SLUGS, NULL, 0, &slugs) < 0)
		return -2;
	for (size_t i = 0; i < slugs.nrows; i++)
		if (strcmp(db_get(&slugs, i, "kind"), kind) == 0 &&
		    strcmp(db_get(&slugs, i, "slug"), slug) == 0)
			return db_get_ll(&slugs, i, "id");
	return -1;
}
