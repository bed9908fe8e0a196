/* svg_chart.c - see svg_chart.h. */
#include "svg_chart.h"

#include <math.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"

#define TICKS 4

long svg_axis_step(long max)
{
	static const long mult[] = { 1, 2, 5 };
	if (max < 1)
		max = 1;
	long need = max / TICKS + (max % TICKS != 0);   /* step * TICKS >= max */
	for (long p = 1;; p *= 10)   /* ends by 5e18 at the latest: no overflow */
		for (size_t i = 0; i < sizeof mult / sizeof *mult; i++)
			if (mult[i] * p >= need)
				return mult[i] * p;
}

/* Coordinates with one decimal at most: "120", "60.5". */
static const char *num(struct req *r, double v)
{
	double t = round(v * 10) / 10;
	if (t == floor(t))
		return arena_printf(r->a, "%.0f", t);
	return arena_printf(r->a, "%.1f", t);
}

static void set(struct req *r, const char *prefix, const char *name, const char *value)
{
	req_set(r, arena_printf(r->a, "%s.%s", prefix, name), value);
}

static void setn(struct req *r, const char *prefix, const char *name, double v)
{
	set(r, prefix, name, num(r, v));
}

/* A pair of coordinates (or a position and a size). */
static void pair(struct req *r, const char *prefix, const char *na, double a, const char *nb,
		 double b)
{
	setn(r, prefix, na, a);
	setn(r, prefix, nb, b);
}

static size_t codepoints(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* S cut to MAX code points, the last one an ellipsis when it was longer. */
static const char *clip(struct req *r, const char *s, size_t max)
{
	if (codepoints(s) <= max)
		return s;
	size_t n = 0, i = 0;
	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == max - 1)
			break;
	return arena_printf(r->a, "%.*s…", (int)i, s);
}

/* The byte offset of the last space of S at a code point position <= MAX,
 * 0 when there is none. */
static size_t last_space(const char *s, size_t max)
{
	size_t n = 0, cut = 0;
	for (size_t i = 0; s[i] && n <= max; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		if (s[i] == ' ')
			cut = i;
		n++;
	}
	return cut;
}

/* A label of horizontal bars on at most two lines of MAX code points, cut
 * at spaces: the first ends at the last space that fits, the second takes
 * the rest, ending with "…" after its last whole word when it is longer (a
 * word longer than a line is cut). LINE2 is "" when one line holds it. */
static const char *wrap(struct req *r, const char *s, size_t max, const char **line2)
{
	*line2 = "";
	if (codepoints(s) <= max)
		return s;
	size_t cut = last_space(s, max);
	if (!cut)
		return clip(r, s, max);
	const char *rest = s + cut + 1;
	size_t end = codepoints(rest) > max ? last_space(rest, max - 1) : 0;
	*line2 = end ? arena_printf(r->a, "%.*s…", (int)end, rest) : clip(r, rest, max);
	return arena_printf(r->a, "%.*s", (int)cut, s);
}

/* The value axis from ORIGIN (value 0) over LENGTH units, growing right
 * (DIR 1, hbars) or up (DIR -1: SVG's y grows downwards); returns the top
 * of the scale. */
static long axis(struct req *r, const char *p, long max, double origin, double length, int dir)
{
	long step = svg_axis_step(max);
	long top = max < 1 ? step : (max + step - 1) / step * step;
	for (long v = 0, i = 0; v <= top; v += step, i++) {
		const char *t = arena_printf(r->a, "%s.Ticks.%ld", p, i);
		setn(r, t, "pos", origin + dir * (double)v * length / (double)top);
		set(r, t, "label", arena_printf(r->a, "%ld", v));
	}
	return top;
}

static const char *item(struct req *r, const char *p, size_t i, const struct svg_datum *d,
			const char *label)
{
	const char *it = arena_printf(r->a, "%s.Items.%zu", p, i);
	set(r, it, "label", label);
	set(r, it, "full", d->full ? d->full : d->label);
	set(r, it, "value", arena_printf(r->a, "%ld", d->value));
	return it;
}

static long max_value(const struct svg_datum *d, size_t n)
{
	long m = 0;
	for (size_t i = 0; i < n; i++)
		if (d[i].value > m)
			m = d[i].value;
	return m;
}

/* One row per item: the label right-aligned before the plot, the bar, the
 * value after its end. Texts sit on their baseline: +4 centres 12px text on
 * the middle of a row. */
static void hbars(struct req *r, const char *p, const struct svg_datum *d, size_t n)
{
	double x0 = SVG_H_LABELS, x1 = SVG_WIDTH - SVG_H_RIGHT, y0 = SVG_H_TOP;
	double y1 = y0 + (double)n * SVG_H_ROW;
	pair(r, p, "x0", x0, "x1", x1);
	pair(r, p, "y0", y0, "y1", y1);
	setn(r, p, "height", y1 + SVG_H_AXIS);
	setn(r, p, "tick_at", y1 + 18);
	long top = axis(r, p, max_value(d, n), x0, x1 - x0, 1);
	for (size_t i = 0; i < n; i++) {
		const char *line2;
		const char *it = item(r, p, i, &d[i], wrap(r, d[i].label, SVG_H_LABEL_CHARS, &line2));
		double row = y0 + (double)i * SVG_H_ROW;
		set(r, it, "label2", line2);
		double w = (double)d[i].value * (x1 - x0) / (double)top;
		pair(r, it, "x", x0, "y", row + (SVG_H_ROW - SVG_H_BAR) / 2.0);
		pair(r, it, "w", w, "h", SVG_H_BAR);
		pair(r, it, "cx", x0 + w, "cy", row + SVG_H_ROW / 2.0);
		pair(r, it, "lx", x0 - 8, "ly", row + SVG_H_ROW / 2.0 + 4);
		pair(r, it, "vx", x0 + w + 6, "vy", row + SVG_H_ROW / 2.0 + 4);
		set(r, it, "show_label", "1");
		set(r, it, "show_value", "1");
	}
}

/* Every K-th label, K such that the longest one fits in K slots. */
static size_t label_every(const struct svg_datum *d, size_t n, double slot)
{
	size_t longest = 0;
	for (size_t i = 0; i < n; i++)
		if (codepoints(d[i].label) > longest)
			longest = codepoints(d[i].label);
	size_t k = (size_t)ceil(((double)longest * SVG_V_CHAR + SVG_V_GAP) / slot);
	return k ? k : 1;
}

/* Columns and line share the layout: one slot per item, the point (or the
 * top of the column) at the middle of its slot. */
static void vertical(struct req *r, const char *p, const struct svg_datum *d, size_t n)
{
	double x0 = SVG_V_LEFT, x1 = SVG_WIDTH - SVG_V_RIGHT, y0 = SVG_V_TOP;
	double y1 = y0 + SVG_V_PLOT, slot = n ? (x1 - x0) / (double)n : x1 - x0;
	pair(r, p, "x0", x0, "x1", x1);
	pair(r, p, "y0", y0, "y1", y1);
	setn(r, p, "height", SVG_V_HEIGHT);
	setn(r, p, "tick_at", x0 - 6);
	long top = axis(r, p, max_value(d, n), y1, SVG_V_PLOT, -1);
	size_t every = label_every(d, n, slot);
	double w = fmin(slot * 0.6, 56);
	for (size_t i = 0; i < n; i++) {
		const char *it = item(r, p, i, &d[i], d[i].label);
		double h = (double)d[i].value * SVG_V_PLOT / (double)top;
		double cx = x0 + slot * ((double)i + 0.5);
		pair(r, it, "x", cx - w / 2, "y", y1 - h);
		pair(r, it, "w", w, "h", h);
		pair(r, it, "cx", cx, "cy", y1 - h);
		pair(r, it, "lx", cx, "ly", y1 + 18);
		pair(r, it, "vx", cx, "vy", y1 - h - 8);
		set(r, it, "show_label", i % every == 0 ? "1" : "0");
		double room = (double)strlen(arena_printf(r->a, "%ld", d[i].value)) * SVG_V_CHAR;
		set(r, it, "show_value", slot >= room + SVG_V_GAP ? "1" : "0");
	}
}

void svg_chart(struct req *r, const char *prefix, enum svg_kind kind, const struct svg_datum *d,
	       size_t n)
{
	static const char *const kinds[] = { "hbars", "columns", "line" };
	set(r, prefix, "kind", kinds[kind]);
	setn(r, prefix, "width", SVG_WIDTH);
	if (kind == SVG_HBARS)
		hbars(r, prefix, d, n);
	else
		vertical(r, prefix, d, n);
}
