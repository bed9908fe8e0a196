/* content_revisions.c - the revisions of a service: the list, one revision
 * with what changed since the one before it (or since ?con=N), field by
 * field as a line diff (longest common subsequence), and its restore as a
 * new draft. */
#include "content.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content_service.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"

int bo_servizio_revisions(struct req *r)
{
	struct svc c;
	struct db_rows revs;
	int st = svc_load(&c, r, false);
	if (st)
		return st;
	if (content_revisions(r->db, r->a, c.id, &revs) < 0)
		return 503;
	bool live = atoi(svc_live(&c, "published"));
	for (size_t i = 0; i < revs.nrows; i++) {
		const char *base = arena_printf(r->a, "Revisions.%zu", i);
		static const char *const shown[] = { "id", "at", "state", "author" };
		for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
			req_set(r, arena_printf(r->a, "%s.%s", base, shown[k]),
				db_get(&revs, i, shown[k]));
		if (live && strcmp(db_get(&revs, i, "state"), "published") == 0) {
			req_set_int(r, arena_printf(r->a, "%s.live", base), 1);
			live = false;   /* the newest published one is on the portal */
		}
	}
	svc_page(&c, "Revisioni", "admin/revisioni.cs");
	return 200;
}

/* ---- the diff ---- */

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

/* Diff.Fields.N for each field whose text differs from OLD to NEW. */
static void diff_forms(struct req *r, const struct form *old, const struct form *new)
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

/* Revision route argument 1 of C into F; its row in ROW: 0 or a status. */
static int load_revision(struct svc *c, struct form *f, struct db_rows *row)
{
	long long rev = form_route_id(c->r, 1, false);
	if (rev < 0)
		return 404;
	if (content_revision(c->r->db, c->r->a, c->id, rev, row) < 0)
		return 503;
	if (row->nrows != 1)
		return req_error(c->r, 404, "La revisione non esiste.");
	svc_form(c, f);
	return svc_snapshot(c, f, db_get(row, 0, "snapshot")) < 0 ? 500 : 0;
}

/* GET /admin/servizi/:id/revisioni/:rev[?con=N]: what REV changed since the
 * revision before it, or since revision N. */
int bo_servizio_revision(struct req *r)
{
	struct svc c;
	struct form old;
	struct db_rows row, other;
	int st = svc_load(&c, r, false);
	if (st || (st = load_revision(&c, &c.f, &row)))
		return st;
	long long with = form_param_id(r, "con");
	if (req_param(r, "con") && with < 0)
		return req_error(r, 400, "La revisione da confrontare non è valida.");
	if ((with >= 0 ? content_revision(r->db, r->a, c.id, with, &other)
		       : content_revision_before(r->db, r->a, c.id, db_get_ll(&row, 0, "id"),
						 &other)) < 0)
		return 503;
	if (with >= 0 && other.nrows != 1)
		return req_error(r, 404, "La revisione da confrontare non esiste.");
	svc_form(&c, &old);
	if (other.nrows) {
		if (svc_snapshot(&c, &old, db_get(&other, 0, "snapshot")) < 0)
			return 500;
		view_row(r, "Compare", &other, 0);
	}
	view_row(r, "Revision", &row, 0);
	diff_forms(r, &old, &c.f);
	svc_page(&c, arena_printf(r->a, "Revisione %s", db_get(&row, 0, "id")),
		 "admin/revisioni_diff.cs");
	return 200;
}

/* POST /admin/servizi/:id/revisioni/:rev: a new draft with REV's content
 * (azione=ripristina), published at once with azione=pubblica. */
int bo_servizio_restore(struct req *r)
{
	struct svc c;
	struct db_rows row;
	int st = svc_load(&c, r, false);
	if (st || (st = load_revision(&c, &c.f, &row)))
		return st;
	const char *action = req_form(r, "azione");
	return svc_store(&c, action && strcmp(action, "pubblica") == 0, "service-restore",
			 "ripristinato");
}
