/* reader.h - typed rows for the store modules: a struct is read from a row
 * by a table naming, for each of its fields, the column of the same name
 * (db_get aborts on a name the SELECT does not have) and its type. */
#ifndef STORE_READER_H
#define STORE_READER_H

#include <stddef.h>

struct arena;
struct db_rows;

enum col_type { COL_TEXT, COL_LL, COL_INT };
struct col {
	const char *name;
	size_t off;
	enum col_type type;
};
struct reader {
	const struct col *cols;
	size_t ncols, size;
};
#define TEXT(s, f) { #f, offsetof(struct s, f), COL_TEXT }
#define LL(s, f) { #f, offsetof(struct s, f), COL_LL }
#define INT(s, f) { #f, offsetof(struct s, f), COL_INT }
#define READER(s, ...)                                                                      \
	static const struct col s##_cols[] = { __VA_ARGS__ };                               \
	static const struct reader s##_reader = { s##_cols, sizeof s##_cols / sizeof *s##_cols, \
						  sizeof(struct s) }

/* Row I of ROWS into ITEM, a struct that RD reads. */
void reader_fill(const struct db_rows *rows, size_t i, const struct reader *rd, void *item);
/* After the query that returned RC and filled ROWS: its rows as structs into
 * *LIST (a T ** for the T that RD reads), their count into *N. 0 or -1. */
int reader_list(int rc, struct arena *a, const struct db_rows *rows, const struct reader *rd,
		void *list, size_t *n);
/* The same for a query of one row into *ONE: 1, 0 (no row), -1. */
int reader_one(int rc, const struct db_rows *rows, const struct reader *rd, void *one);

#endif
