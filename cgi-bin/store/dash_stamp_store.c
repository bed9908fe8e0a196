/* dash_stamp_store.c - see dash_stamp_store.h. */
#include "dash_stamp_store.h"

#include "core/db.h"
#include "store/reader.h"

READER(dash_stamp, LL(dash_stamp, dash), LL(dash_stamp, booking), LL(dash_stamp, lists),
       LL(dash_stamp, catalogue), TEXT(dash_stamp, today), TEXT(dash_stamp, now));

int dash_stamp_read(struct db *db, struct arena *a, struct dash_stamp *out)
{
	static const char q[] =
		"SELECT d.generation AS dash, b.generation AS booking, l.generation AS lists, "
		"c.generation AS catalogue, DATE_FORMAT(CURDATE(), '%Y-%m-%d') AS today, "
		"DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') AS now FROM dash_state d "
		"JOIN booking_state b ON b.id = 1 JOIN choice_lists_state l ON l.id = 1 "
		"JOIN catalogue_state c ON c.id = 1 WHERE d.id = 1";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, ""), &rows, &dash_stamp_reader, out);
}

int dash_stamp_read_months(struct db *db, struct arena *a, const char *from, const char *to,
			   struct dash_stamp *out)
{
	static const char q[] =
		"SELECT (SELECT COALESCE(SUM(m.generation), 0) FROM dash_month_state m "
		"WHERE m.month >= DATE_FORMAT(?, '%Y-%m-01') AND m.month <= ?) AS dash, 0 AS booking, "
		"l.generation AS lists, c.generation AS catalogue, "
		"DATE_FORMAT(CURDATE(), '%Y-%m-%d') AS today, "
		"DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') AS now FROM choice_lists_state l "
		"JOIN catalogue_state c ON c.id = 1 WHERE l.id = 1";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "ss", from, to), &rows, &dash_stamp_reader,
			  out);
}

int dash_next_slot(struct db *db, struct arena *a, const char *from, const char *to,
		   const char **at)
{
	static const char q[] =
		"SELECT DATE_FORMAT(MIN(b.start_at), '%Y-%m-%d %H:%i:%s') AS at FROM bookings b "
		"WHERE b.start_at > NOW() AND b.start_at >= ? AND b.start_at < ? + INTERVAL 1 DAY "
		"AND b.status = 'confirmed'";
	struct db_rows rows;
	if (db_query(db, a, &rows, q, "ss", from, to) < 0)
		return -1;
	*at = rows.nrows ? db_get_opt(&rows, 0, "at") : NULL;
	return *at != NULL;
}
