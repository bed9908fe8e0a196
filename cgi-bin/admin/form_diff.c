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

/* One step of the edit script: a token kept, deleted or added. A blank kept
 * between two changes is shown in both (BOTH): "in giornata" -> "entro tre
 * giorni" reads as one deletion and one addition, not four. */
enum step_op { SAME, DEL, ADD, BOTH };

struct step {
	enum step_op op;
	struct tok t;
};

static void mark_blanks(struct step *s, size_t k)
{
	for (size_t i = 1; i + 1 < k; i++)
		if (s[i].op == SAME && blank(*s[i].t.p) && s[i - 1].op != SAME &&
		    (s[i + 1].op == DEL || s[i + 1].op == ADD))
			s[i].op = BOTH;
}

/* The text of the steps [FROM, TO) whose op is A or B. */
static const char *join(struct arena *a, const struct step *s, size_t from, size_t to,
			enum step_op x, enum step_op y)
{
	size_t len = 0;
	for (size_t i = from; i < to; i++)
		len += s[i].op == x || s[i].op == y ? s[i].t.len : 0;
	char *out = arena_alloc(a, len + 1), *o = out;
	for (size_t i = from; i < to; i++)
		if (s[i].op == x || s[i].op == y) {
			memcpy(o, s[i].t.p, s[i].t.len);
			o += s[i].t.len;
		}
	*o = '\0';
	return out;
}

static void part(struct req *r, const char *base, int *n, const char *op, const char *text)
{
	if (!*text)
		return;
	req_set(r, arena_printf(r->a, "%s.Parts.%d.op", base, *n), op);
	req_set(r, arena_printf(r->a, "%s.Parts.%d.text", base, (*n)++), text);
}

/* BASE.Parts.N: each run of kept tokens, and each run of changes as its
 * deleted text then its added text. */
static void show_steps(struct req *r, const char *base, struct step *s, size_t k)
{
	int n = 0;
	mark_blanks(s, k);
	for (size_t i = 0; i < k;) {
		size_t j = i;
		bool same = s[i].op == SAME;
		while (j < k && (s[j].op == SAME) == same)
			j++;
		if (same) {
			part(r, base, &n, "same", join(r->a, s, i, j, SAME, SAME));
		} else {
			part(r, base, &n, "del", join(r->a, s, i, j, DEL, BOTH));
			part(r, base, &n, "add", join(r->a, s, i, j, ADD, BOTH));
		}
		i = j;
	}
}

#define DIFF_MAX_CELLS (1u << 20)

/* BASE.Parts.N.{op: same|del|add, text}: OLD turned into NEW, word by word. */
static void diff(struct req *r, const char *base, const char *old, const char *new)
{
	struct tok *x, *y;
	size_t n = split(r->a, old, &x), m = split(r->a, new, &y), pre = 0, suf = 0, k = 0;
	struct step *s = arena_calloc(r->a, n + m + 1, sizeof *s);
#define STEP(o, tok) (s[k++] = (struct step){ (o), (tok) })
	while (pre < n && pre < m && same(&x[pre], &y[pre]))
		STEP(SAME, x[pre++]);
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
			STEP(SAME, x[i++]);
			j++;
		} else if (AT(i + 1, j) >= AT(i, j + 1)) {
			STEP(DEL, x[i++]);
		} else {
			STEP(ADD, y[j++]);
		}
	}
#undef AT
	while (i < N)   /* too long to compare: all of the old, then all of the new */
		STEP(DEL, x[i++]);
	while (j < M)
		STEP(ADD, y[j++]);
	for (size_t t = N; t < N + suf; t++)
		STEP(SAME, x[t]);
#undef STEP
	show_steps(r, base, s, k);
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
