/* form_diff.c - see form_diff.h. */
#include "form_diff.h"

#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"

/* A word or the blank between two words: a diff of these reads as the text
 * itself, with only the words that changed marked. */
struct tok {
	const char *p;
	size_t len;
};

static bool blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

static size_t split(struct arena *a, const char *s, struct tok **out)
{
	size_t n = 0, len = strlen(s);
	struct tok *v = arena_calloc(a, len + 1, sizeof *v);
	for (const char *p = s; *p;) {
		const char *q = p;
		bool b = blank(*p);
		while (*q && blank(*q) == b)
			q++;
		v[n].p = p;
		v[n++].len = (size_t)(q - p);
		p = q;
	}
	*out = v;
	return n;
}

static bool same(const struct tok *x, const struct tok *y)
{
	return x->len == y->len && memcmp(x->p, y->p, x->len) == 0;
}

/* The parts of one field: runs of tokens with one op, merged as they come. */
struct diff_out {
	struct req *r;
	const char *base;
	int n;
	const char *op;                 /* of the run being gathered; NULL: none */
	const char *start;
	size_t len;
};

static void flush(struct diff_out *d)
{
	struct req *r = d->r;
	if (!d->op)
		return;
	req_set(r, arena_printf(r->a, "%s.Parts.%d.op", d->base, d->n), d->op);
	req_set(r, arena_printf(r->a, "%s.Parts.%d.text", d->base, d->n++),
		arena_strndup(r->a, d->start, d->len));
	d->op = NULL;
}

/* Tokens of one text are contiguous, so a run is a pointer and a length. */
static void emit(struct diff_out *d, const char *op, const struct tok *t)
{
	if (d->op && strcmp(d->op, op) == 0 && d->start + d->len == t->p) {
		d->len += t->len;
		return;
	}
	flush(d);
	d->op = op;
	d->start = t->p;
	d->len = t->len;
}

#define DIFF_MAX_CELLS (1u << 20)

/* BASE.Parts.N.{op: same|del|add, text}: OLD turned into NEW, word by word. */
static void diff(struct req *r, const char *base, const char *old, const char *new)
{
	struct tok *x, *y;
	size_t n = split(r->a, old, &x), m = split(r->a, new, &y), pre = 0, suf = 0;
	struct diff_out d = { .r = r, .base = base };
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
	flush(&d);
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
