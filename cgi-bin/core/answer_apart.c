/* answer_apart.c - see answer_apart.h. */
#include "answer_apart.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "req.h"

/* Each node under NODE (named PREFIX, NULL: the root) that has a value. */
static void flatten(struct req *r, struct buf *out, HDF *node, const char *prefix)
{
	for (HDF *c = hdf_obj_child(node); c; c = hdf_obj_next(c)) {
		const char *name = prefix ? arena_printf(r->a, "%s.%s", prefix, hdf_obj_name(c))
					  : hdf_obj_name(c);
		const char *value = hdf_obj_value(c);
		if (value) {
			buf_append(out, name, strlen(name) + 1);
			buf_append(out, value, strlen(value) + 1);
		}
		flatten(r, out, c, name);
	}
}

/* A node's values follow one another (flatten's order): each is set under
 * its parent's node, found once, not walked to from the root again. */
void answer_restore(struct req *r, const char *p, size_t len)
{
	HDF *parent = NULL;
	const char *parent_name = "";
	size_t parent_len = 0;
	for (const char *end = p + len; p < end;) {
		const char *name = p, *dot = strrchr(name, '.');
		p += strlen(p) + 1;
		size_t n = dot ? (size_t)(dot - name) : 0;
		if (parent && dot && n == parent_len && memcmp(name, parent_name, n) == 0) {
			if (hdf_set_value(parent, dot + 1, p))
				abort();
		} else {
			req_set(r, name, p);
			parent_name = name;
			parent_len = n;
			parent = dot ? hdf_get_obj(r->hdf, arena_printf(r->a, "%.*s", (int)n, name)) : NULL;
		}
		p += strlen(p) + 1;
	}
}

int answer_apart(struct req *r, answer_apart_fn *fn, void *arg, struct buf *out)
{
	HDF *page = r->hdf, *own = NULL;
	if (hdf_init(&own))
		abort();
	r->hdf = own;
	int status = fn(r, arg);
	r->hdf = page;
	flatten(r, out, own, NULL);
	hdf_destroy(&own);
	if (out->len)
		answer_restore(r, out->p, out->len);
	return status;
}
