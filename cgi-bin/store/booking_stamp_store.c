/* booking_stamp_store.c - see booking_stamp_store.h. */
#include "booking_stamp_store.h"

#include "core/db.h"
#include "store/reader.h"

READER(booking_stamp, LL(booking_stamp, booking), LL(booking_stamp, catalogue),
       TEXT(booking_stamp, now));

int booking_stamp_read(struct db *db, struct arena *a, struct booking_stamp *out)
{
	static const char q[] =
		"SELECT b.generation AS booking, c.generation AS catalogue, "
		"DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') AS now "
		"FROM booking_state b JOIN catalogue_state c ON c.id = 1 WHERE b.id = 1";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, ""), &rows, &booking_stamp_reader, out);
}

int booking_next_expiry(struct db *db, struct arena *a, long long office_id, const char *from,
			const char *to, const char **at)
{
	static const char q[] =
		"SELECT DATE_FORMAT(MIN(b.hold_expires), '%Y-%m-%d %H:%i:%s') AS at FROM bookings b "
		"WHERE b.office_id = ? AND b.start_at >= ? AND b.start_at < ? AND b.status = 'held' "
		"AND b.hold_expires > NOW()";
	struct db_rows rows;
	if (db_query(db, a, &rows, q, "Lss", office_id, from, to) < 0)
		return -1;
	*at = rows.nrows ? db_get_opt(&rows, 0, "at") : NULL;
	return *at != NULL;
}
