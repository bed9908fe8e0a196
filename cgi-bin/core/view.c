/* view.c - see view.h. */
#include "view.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "req.h"

void view_cells(HDF *node, const struct db_rows *rows, size_t row)
{
	for (size_t c = 0; c < rows->ncols; c++)
		req_node_set(node, rows->cols[c], rows->cells[row * rows->ncols + c]);
}

void view_cells_at(HDF *node, const struct db_rows *rows, size_t row, const char *const *names,
		   const int *cols, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (cols[k] >= 0)
			req_node_set(node, names[k], rows->cells[row * rows->ncols + (size_t)cols[k]]);
}

void view_row(struct req *r, const char *prefix, const struct db_rows *rows, size_t row)
{
	view_cells(req_node(r, prefix), rows, row);
}

HDF *view_list_row(HDF *list, size_t i)
{
	char n[24];
	HDF *node;
	snprintf(n, sizeof n, "%zu", i);
	if (hdf_get_node(list, n, &node))
		abort();   /* out of memory, as req_set */
	return node;
}

void view_rows(struct req *r, const char *prefix, const struct db_rows *rows)
{
	if (!rows->nrows)
		return;
	HDF *list = req_node(r, prefix);
	for (size_t i = 0; i < rows->nrows; i++)
		view_cells(view_list_row(list, i), rows, i);
}

int view_col(const struct db_rows *rows, const char *name)
{
	for (size_t c = 0; c < rows->ncols; c++)
		if (strcmp(rows->cols[c], name) == 0)
			return (int)c;
	return -1;
}

static bool is_item(const char *line, size_t len)
{
	return (len >= 2 && line[0] == '-' && line[1] == ' ') || (len == 1 && line[0] == '-');
}

/* Emit one block [s, e): a list when every non-empty line is an item. */
static void emit_block(struct req *r, const char *prefix, int n, const char *s, const char *e)
{
	bool list = true;
	int filled = 0;    /* items with text: a lone "-" is no list */
	for (const char *p = s; p < e;) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		const char *le = nl ? nl : e;
		if (le > p && !is_item(p, (size_t)(le - p)))
			list = false;
		filled += le - p > 2;
		p = le + 1;
	}
	if (!list || !filled) {
		req_set(r, arena_printf(r->a, "%s.%d.text", prefix, n), arena_strndup(r->a, s,
										    (size_t)(e - s)));
		return;
	}
	int m = 0;
	for (const char *p = s; p < e;) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		const char *le = nl ? nl : e;
		if (le - p > 2)
			req_set(r, arena_printf(r->a, "%s.%d.items.%d", prefix, n, m++),
				arena_strndup(r->a, p + 2, (size_t)(le - p - 2)));
		p = le + 1;
	}
}

/* Without CRs, so that blocks split on "\n\n" and lines on "\n" only. */
static const char *strip_cr(struct req *r, const char *text)
{
	if (!strchr(text, '\r'))
		return text;
	char *out = arena_strdup(r->a, text), *o = out;
	for (const char *p = text; *p; p++)
		if (*p != '\r')
			*o++ = *p;
	*o = '\0';
	return out;
}

void view_text(struct req *r, const char *prefix, const char *text)
{
	if (!text)
		return;
	text = strip_cr(r, text);
	int n = 0;
	const char *p = text, *end = text + strlen(text);
	while (p < end) {
		while (p < end && (*p == '\n' || *p == ' '))
			p++;
		if (p >= end)
			break;
		const char *e = strstr(p, "\n\n");
		if (!e)
			e = end;
		const char *t = e;
		while (t > p && (t[-1] == ' ' || t[-1] == '\n'))
			t--;
		emit_block(r, prefix, n++, p, t);
		p = e;
	}
}

void view_markdown(struct req *r, const char *name, const char *text)
{
	if (text && text[strspn(text, " \t\r\n")])
		req_set(r, name, text);
}

const char *view_date(struct req *r, const char *d)
{
	if (!d || strlen(d) < 10 || d[4] != '-' || d[7] != '-')
		return d ? d : "";
	return arena_printf(r->a, "%.2s/%.2s/%.4s", d + 8, d + 5, d);
}

void view_page(struct req *r, const char *section, const char *title, const char *canonical)
{
	req_set(r, "Page.Section", section);
	req_set(r, "Page.Title", title);
	req_set(r, "Page.Canonical", canonical);
}

void view_crumb(struct req *r, const char *label, const char *url)
{
	HDF *trail = hdf_get_obj(r->hdf, "Breadcrumb");
	int n = 0;
	for (HDF *c = trail ? hdf_obj_child(trail) : NULL; c; c = hdf_obj_next(c))
		n++;
	req_set(r, arena_printf(r->a, "Breadcrumb.%d.label", n), label);
	if (url)
		req_set(r, arena_printf(r->a, "Breadcrumb.%d.url", n), url);
}
