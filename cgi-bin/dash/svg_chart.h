/* svg_chart.h - the layout of the dashboard's charts, as numbers in the HDF.
 *
 * C computes every coordinate; the template (templates/admin/cruscotto_macros.cs)
 * draws the <svg> elements from them, so no markup is built here and every
 * text (labels, values) reaches the page through var: escaping. Values are
 * counts (non-negative integers); coordinates are in the units of the
 * chart's viewBox, which CSS scales to the width of its column.
 *
 * Under PREFIX:
 *   kind                 "hbars", "columns" or "line"
 *   width, height        the viewBox
 *   x0, y0, x1, y1       the plot area (y1 is the baseline of columns and line)
 *   Ticks.N.{pos,label}  value axis, 0 to the top of the scale: pos is an x
 *                        for hbars, a y for columns and line
 *   Items.N.{label,label2 (hbars: a second line, or ""),full,value,
 *            x,y,w,h (the bar), cx,cy (the point or the middle of the top
 *            of the column), lx,ly (the label), vx,vy (the value),
 *            show_label, show_value}
 * Horizontal bars grow with the number of rows; the vertical kinds have a
 * fixed height and thin out their labels when the points are many.
 */
#ifndef DASH_SVG_CHART_H
#define DASH_SVG_CHART_H

#include <stddef.h>

struct req;

enum svg_kind { SVG_HBARS, SVG_COLUMNS, SVG_LINE };

struct svg_datum {
	const char *label;   /* on the axis (clipped to fit) */
	const char *full;    /* in the description and the tooltip; NULL: the label */
	long value;
};

#define SVG_WIDTH 640
/* horizontal bars: a label column, then one row per item */
#define SVG_H_LABELS 210     /* the plot starts here */
#define SVG_H_RIGHT 50       /* room for the value after the longest bar */
#define SVG_H_TOP 8
#define SVG_H_ROW 28
#define SVG_H_BAR 18
#define SVG_H_AXIS 28        /* tick labels under the rows */
#define SVG_H_LABEL_CHARS 30 /* per line: longer labels wrap on two, then "…" */
/* columns and line: a fixed plot */
#define SVG_V_HEIGHT 264
#define SVG_V_LEFT 48
#define SVG_V_RIGHT 16
#define SVG_V_TOP 24
#define SVG_V_PLOT 200       /* y1 = SVG_V_TOP + SVG_V_PLOT */
#define SVG_V_CHAR 6         /* the width of a character at 12px, about */
#define SVG_V_GAP 6          /* between two labels */

/* The step of the value axis: 1, 2 or 5 times a power of ten, the smallest
 * that covers MAX in at most 4 intervals (MAX 0 counts as 1). The top of
 * the scale is the first multiple of the step not below MAX. */
long svg_axis_step(long max);

void svg_chart(struct req *r, const char *prefix, enum svg_kind kind, const struct svg_datum *d,
	       size_t n);

#endif
