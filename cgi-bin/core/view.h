/* view.h - turning store results into the page HDF: rows into lists, long
 * text into blocks (paragraphs and bulleted lists, see templates/README.md),
 * SQL dates into Italian ones. */
#ifndef CORE_VIEW_H
#define CORE_VIEW_H

#include <ClearSilver.h>
#include <stddef.h>

struct req;
struct db_rows;

/* PREFIX.N.<column> = cell, for every row. */
void view_rows(struct req *r, const char *prefix, const struct db_rows *rows);
/* The same under NODE: each cell set by its column's plain name. */
void view_cells(HDF *node, const struct db_rows *rows, size_t row);
/* Only NAMES[K] = the cell of column COLS[K] (view_col's; -1: none), K < N:
 * a list whose rows carry more than its template reads builds fewer nodes. */
void view_cells_at(HDF *node, const struct db_rows *rows, size_t row, const char *const *names,
		   const int *cols, size_t n);
/* Row I of the list LIST (the node "LIST.I", made if absent). */
HDF *view_list_row(HDF *list, size_t i);
/* PREFIX.<column> = cell of row ROW. */
void view_row(struct req *r, const char *prefix, const struct db_rows *rows, size_t row);
/* Long text: blocks separated by blank lines; a block whose lines all start
 * with "- " becomes PREFIX.N.items.M, any other block PREFIX.N.text. */
void view_text(struct req *r, const char *prefix, const char *text);
/* Long text written by the editors in Markdown: NAME = TEXT when it has more
 * than blanks (unset otherwise), for the template's markdown(NAME). */
void view_markdown(struct req *r, const char *name, const char *text);
/* "2026-03-04 10:00:00" -> "04/03/2026" (arena); other input unchanged. */
const char *view_date(struct req *r, const char *sql_datetime);
/* Column index by name, or -1. */
int view_col(const struct db_rows *rows, const char *name);

/* The page frame every template reads: Page.Section, Page.Title, Page.Canonical. */
void view_page(struct req *r, const char *section, const char *title, const char *canonical);
/* Append one breadcrumb item (URL NULL for the current page). */
void view_crumb(struct req *r, const char *label, const char *url);

#endif
