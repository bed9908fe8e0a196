/* reader.c - see reader.h. */
#include "reader.h"

#include <string.h>

#include "core/arena.h"
#include "core/db.h"

/* Row I of ROWS into ITEM, a struct that RD reads. */
void reader_fill(const struct db_rows *rows, size_t i, const struct reader *rd, void *item)
{
	for (const struct col *c = rd->cols; c < rd->cols + rd->ncols; c++) {
		char *field = (char *)item + c->off;
		if (c->type == COL_TEXT)
			*(const char **)(void *)field = db_get(rows, i, c->name);
		else if (c->type == COL_LL)
			*(long long *)(void *)field = db_get_ll(rows, i, c->name);
		else
			*(int *)(void *)field = db_get_int(rows, i, c->name);
	}
}

/* After the query that returned RC and filled ROWS: its rows as structs into
 * *LIST (a T ** for the T that RD reads), their count into *N. */
int reader_list(int rc, struct arena *a, const struct db_rows *rows, const struct reader *rd,
		void *list, size_t *n)
{
	if (rc < 0)
		return -1;
	char *v = arena_calloc(a, rows->nrows ? rows->nrows : 1, rd->size);
	for (size_t i = 0; i < rows->nrows; i++)
		reader_fill(rows, i, rd, v + i * rd->size);
	memcpy(list, &v, sizeof v);
	*n = rows->nrows;
	return 0;
}

/* The same for a query of one row into *ONE: 1, 0 (no row), -1. */
int reader_one(int rc, const struct db_rows *rows, const struct reader *rd, void *one)
{
	if (rc < 0)
		return -1;
	if (rows->nrows != 1)
		return 0;
	reader_fill(rows, 0, rd, one);
	return 1;
}
