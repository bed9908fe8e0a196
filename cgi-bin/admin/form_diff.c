/* form_diff.c - see form_diff.h. */
#include "form_diff.h"

#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"

struct line {
	const char *p;
	size_t len;
};

static size_t split(struct arena *a, const char *s, struct line **out)
{
	size_t n = 0;
	for (const char *p = s; *p; p++)
		n += *p == '\n';
	struct line *v = arena_calloc(a, n + 1, sizeof *v);
	n = 0;
	for (const char *p = s; *s && p;) {
		const char *nl = strchr(p, '\n');
		v[n].p = p;
		v[n++].len = nl ? (size_t)(nl - p) : strlen(p);
		p = nl ? nl + 1 : NULL;
	}
	*out = v;
	return n;
}

static bool same(const struct line *x, const struct line *y)
{
	return x->len == y->len && memcmp(x->p, y->p, x->len) == 0;
}

struct diff_out {
	struct req *r;
	const char *base;
	int n;
};

static void emit(struct diff_out *d, const char *op, const struct line *l)
{
	struct req *r = d->r;
	req_set(r, arena_printf(r->a, "%s.Lines.%d.op", d->base, d->n), op);
	req_set(r, arena_printf(r->a, "%s.Lines.%d.text", d->base, d->n++),
		arena_strndup(r->a, l->p, l->len));
}

#define DIFF_MAX_CELLS (1u << 20)

/* BASE.Lines.N.{op: same|del|add, text}: OLD turned into NEW. */
static void diff(struct req *r, const char *base, const char *old, const char *new)
{
	struct line *x, *y;
	size_t n = split(r->a, old, &x), m = split(r->a, new, &y), pre = 0, suf = 0;
	struct diff_out d = { r, base, 0 };
	while (pre < n && pre < m && same(&x[pre], &y[pre]))
		emit(&d, "same", &x[pre++]);
	while (suf < n - pre && suf < m - pre && same(&x[n - 1 - suf], &y[m - 1 - suf]))
		suf++;
	size_t N = n - pre - suf, M = m - pre - suf, i = 0, j = 0;
	x += pre;
	y += pre;
	/* L[i][j]: the longest common subsequence of x[i..N) and y[j..M) */
	uint32_t *L = (N + 1) * (M + 1) <= DIFF_MAX_CELLS
			      ? arena_calloc(r->a, (N + 1) * (M + 1), sizeof *L) : NULL;
#define AT(i, j) L[(i) * (M + 1) + (j)]
	for (size_t a = N; L && a-- > 0;)
		for (size_t b = M; b-- > 0;)
			AT(a, b) = same(&x[a], &y[b]) ? AT(a + 1, b + 1) + 1
			      : AT(a + 1, b) >= AT(a, b + 1) ? AT(a + 1, b) : AT(a, b + 1);
	while (L && i < N && j < M) {
		if (same(&x[i], &y[j])) {
			emit(&d, "same", &x[i++]);
			j++;
		} else if (AT(i + 1, j) >= AT(i, j + 1)) {
			emit(&d, "del", &x[i++]);
		} else {
			emit(&d, "add", &y[j++]);
		}
	}
#undef AT
	while (i < N)   /* too long to compare: all of the old, then all of the new */
		emit(&d, "del", &x[i++]);
	while (j < M)
		emit(&d, "add", &y[j++]);
	for (size_t k = N; k < N + suf; k++)
		emit(&d, "same", &x[k]);
}

void form_diff(struct req *r, const struct form *old, const struct form *new)
{
	int n = 0;
	for (size_t i = 0; i < new->n; i++) {
		const char *a = form_display(old, i), *b = form_display(new, i);
		if (strcmp(a, b) == 0)
			continue;
		const char *base = arena_printf(r->a, "Diff.Fields.%d", n++);
		req_set(r, arena_printf(r->a, "%s.label", base), new->fields[i].label);
		diff(r, base, a, b);
	}
	req_set_int(r, "Diff.changed", n);
}
