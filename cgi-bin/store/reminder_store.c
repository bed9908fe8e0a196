/* reminder_store.c - see reminder_store.h. */
#include "reminder_store.h"

#include "core/arena.h"
#include "core/db.h"
#include "store/outbox_store.h"
#include "store/reader.h"

READER(reminder_row, LL(reminder_row, id), TEXT(reminder_row, start_at), TEXT(reminder_row, end_at),
       TEXT(reminder_row, day),
       TEXT(reminder_row, time), TEXT(reminder_row, code), TEXT(reminder_row, name),
       TEXT(reminder_row, email), TEXT(reminder_row, office_name),
       TEXT(reminder_row, office_address), TEXT(reminder_row, service_title),
       TEXT(reminder_row, requirements), TEXT(reminder_row, reason));

int reminder_due(struct db *db, struct arena *a, int limit, struct reminder_row **out, size_t *n)
{
	/* The bookings first, through the bookings_reminder index (status, start_at,
	 * reminded_at), in its order, then their office and service by key: with the
	 * few offices read whole into a join buffer instead, the sort went to a
	 * temporary table on disk (the requirements' TEXT; see search_store.c). */
	static const char q[] =
		"SELECT b.id, DATE_FORMAT(b.start_at, '%Y-%m-%d %H:%i:%s') AS start_at, "
		"DATE_FORMAT(b.end_at, '%Y-%m-%d %H:%i:%s') AS end_at, "
		"DATE_FORMAT(b.start_at, '%d/%m/%Y') AS day, DATE_FORMAT(b.start_at, '%H:%i') AS time, "
		"b.code, b.name, b.email, o.name AS office_name, o.address AS office_address, "
		"s.title AS service_title, s.requirements, b.reason FROM bookings b "
		"STRAIGHT_JOIN offices o FORCE INDEX (PRIMARY) ON o.id = b.office_id "
		"STRAIGHT_JOIN services s FORCE INDEX (PRIMARY) ON s.id = b.service_id "
		"WHERE b.status = 'confirmed' AND b.start_at >= CURDATE() + INTERVAL 1 DAY "
		"AND b.start_at < CURDATE() + INTERVAL 2 DAY AND b.reminded_at IS NULL "
		"AND b.email <> '' ORDER BY b.start_at, b.id LIMIT ?";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "i", limit), a, &rows, &reminder_row_reader,
			   out, n);
}

int reminder_queue(struct db *db, long long id, const char *start_at,
		   const struct reminder_mail *m)
{
	static const char mark[] =
		"UPDATE bookings SET reminded_at = NOW(), reminder_hash = ? WHERE id = ? "
		"AND start_at = ? AND status = 'confirmed' AND reminded_at IS NULL";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, mark, "sLs", m->token_hash, id, start_at) < 0)
		goto fail;
	if (db_affected_rows(db) != 1) {
		db_rollback(db);
		return 0;
	}
	if (outbox_enqueue_file(db, m->to, m->subject, m->body, 0, m->ics) < 0)
		goto fail;
	return db_commit(db) < 0 ? -1 : 1;
fail:
	db_rollback(db);
	return -1;
}
