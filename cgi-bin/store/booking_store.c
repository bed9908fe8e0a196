/* booking_store.c - see booking_store.h. */
#include "booking_store.h"

#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/db.h"
#include "store/outbox_store.h"
#include "store/reader.h"

/* A live booking of a slot: confirmed, or held and not expired. */
#define LIVE "(b.status = 'confirmed' OR (b.status = 'held' AND b.hold_expires > NOW()))"
/* The booking of a code, for whoever holds the token of its latest e-mail
 * (the confirmation's or move's, or the reminder's) or owns it. */
#define KEY \
	"b.code = ? AND (? IN (b.cancel_hash, b.reminder_hash) OR b.citizen_id = NULLIF(?, 0))"
/* Still ahead of the office's cut-off: it may be cancelled or moved. */
#define BEFORE_CUTOFF "b.start_at > NOW() + INTERVAL k.cutoff_hours HOUR"

/* ------------------------------------------------------------ settings */

READER(booking_service, LL(booking_service, id), TEXT(booking_service, slug),
       TEXT(booking_service, title), TEXT(booking_service, requirements));

#define SERVICE_COLUMNS "SELECT s.id, s.slug, s.title, s.requirements FROM services s "

int booking_service_by_slug(struct db *db, struct arena *a, const char *slug,
			    struct booking_service *out)
{
	static const char q[] = SERVICE_COLUMNS
		"WHERE s.slug = ? AND s.published = 1 AND s.status = 'active' AND EXISTS "
		"(SELECT 1 FROM booking_services x WHERE x.service_id = s.id)";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "s", slug), &rows, &booking_service_reader, out);
}

int booking_service_list(struct db *db, struct arena *a, struct booking_service **out, size_t *n)
{
	/* Not as a semi-join: its plan sorts after joining, in a temporary table that the
	 * requirements' TEXT puts on disk (see search_store.c for why none may). */
	static const char q[] = "SET STATEMENT optimizer_switch = 'semijoin=off' FOR "
		SERVICE_COLUMNS "WHERE s.published = 1 AND s.status = 'active' AND EXISTS "
		"(SELECT 1 FROM booking_services x WHERE x.service_id = s.id) ORDER BY s.title";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, ""), a, &rows, &booking_service_reader, out, n);
}

READER(booking_office, LL(booking_office, id), TEXT(booking_office, slug),
       TEXT(booking_office, name), TEXT(booking_office, address),
       INT(booking_office, slot_minutes), INT(booking_office, desks),
       INT(booking_office, horizon_days), INT(booking_office, cutoff_hours),
       TEXT(booking_office, now));

const struct reader *const booking_office_rd = &booking_office_reader;

#define OFFICE_COLUMNS BOOKING_OFFICE_SELECT "JOIN booking_services x ON x.office_id = k.office_id "

int booking_office_list(struct db *db, struct arena *a, long long service_id,
			struct booking_office **out, size_t *n)
{
	static const char q[] = OFFICE_COLUMNS "WHERE x.service_id = ? ORDER BY o.name";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", service_id), a, &rows,
			   &booking_office_reader, out, n);
}

int booking_office_for(struct db *db, struct arena *a, const char *slug, long long service_id,
		       struct booking_office *out)
{
	static const char q[] = OFFICE_COLUMNS "WHERE o.slug = ? AND x.service_id = ?";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "sL", slug, service_id), &rows,
			  &booking_office_reader, out);
}

READER(booking_hours, INT(booking_hours, weekday), TEXT(booking_hours, opens),
       TEXT(booking_hours, closes));

int booking_hours_list(struct db *db, struct arena *a, long long office_id,
		       struct booking_hours **out, size_t *n)
{
	static const char q[] =
		"SELECT weekday, TIME_FORMAT(opens, '%H:%i:%s') AS opens, "
		"TIME_FORMAT(closes, '%H:%i:%s') AS closes FROM booking_hours "
		"WHERE office_id = ? ORDER BY weekday, opens";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", office_id), a, &rows,
			   &booking_hours_reader, out, n);
}

READER(booking_closure, TEXT(booking_closure, day), TEXT(booking_closure, reason));
const struct reader *const booking_closure_rd = &booking_closure_reader;

int booking_closure_list(struct db *db, struct arena *a, long long office_id, const char *from,
			 const char *to, struct booking_closure **out, size_t *n)
{
	static const char q[] =
		"SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day, reason FROM booking_closures "
		"WHERE (office_id = ? OR office_id IS NULL) AND day BETWEEN ? AND ? ORDER BY day";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "Lss", office_id, from, to), a, &rows,
			   &booking_closure_reader, out, n);
}

READER(booking_taken, TEXT(booking_taken, start_at), INT(booking_taken, n));

int booking_taken_list(struct db *db, struct arena *a, long long office_id, const char *from,
		       const char *to, struct booking_taken **out, size_t *n)
{
	static const char q[] =
		"SELECT DATE_FORMAT(b.start_at, '%Y-%m-%d %H:%i:%s') AS start_at, COUNT(*) AS n "
		"FROM bookings b WHERE b.office_id = ? AND b.start_at >= ? AND b.start_at < ? AND "
		LIVE " GROUP BY b.start_at ORDER BY b.start_at";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "Lss", office_id, from, to), a, &rows,
			   &booking_taken_reader, out, n);
}

/* ---------------------------------------------------------------- hold */

/* Under the slot's lock: may START still be booked, and is a desk free? The
 * count is a plain read: its snapshot is taken here, after the lock, so no
 * plain read may come before this in the transaction. */
static int hold_check(struct db *db, const struct booking_hold *h,
		      enum booking_hold_result *result)
{
	static const char lock[] =
		"SELECT s.office_id FROM booking_slots s WHERE s.office_id = ? AND s.start_at = ? "
		"FOR UPDATE";
	static const char check[] =
		"SELECT k.desks, IF(?, DATE(?) = CURDATE() AND ? + INTERVAL k.slot_minutes MINUTE > NOW(), "
		"? >= NOW() + INTERVAL k.cutoff_hours HOUR AND "
		"? < CURDATE() + INTERVAL k.horizon_days + 1 DAY) AS in_time, "
		"EXISTS (SELECT 1 FROM booking_services x WHERE x.office_id = k.office_id "
		"AND x.service_id = ?) AS offered, " BOOKING_SLOT_OPEN("p.at") " AS open, "
		"(SELECT COUNT(*) FROM bookings b WHERE b.office_id = k.office_id AND b.start_at = ? "
		"AND " LIVE ") AS live FROM booking_offices k JOIN (SELECT CAST(? AS DATETIME) AS at) p "
		"WHERE k.office_id = ? "
		"LOCK IN SHARE MODE";   /* an office's new settings wait for the holds in flight */
	struct db_rows rows;
	struct arena *a = arena_new();
	int rc = -1;
	if (db_query(db, a, &rows, lock, "Ls", h->office_id, h->start_at) < 0 ||
	    db_query(db, a, &rows, check, "issssLssL", h->walk_in, h->start_at, h->start_at,
		     h->start_at, h->start_at, h->service_id, h->start_at, h->start_at,
		     h->office_id) < 0)
		goto out;
	rc = 0;
	if (rows.nrows != 1 || !db_get_int(&rows, 0, "offered"))
		*result = HOLD_NOT_OFFERED;
	else if (!db_get_int(&rows, 0, "in_time"))
		*result = HOLD_TOO_LATE;
	else if (!db_get_int(&rows, 0, "open"))
		*result = HOLD_CLOSED;
	else if (db_get_int(&rows, 0, "live") >= db_get_int(&rows, 0, "desks"))
		*result = HOLD_FULL;
	else
		*result = HOLD_OK;
out:
	arena_free(a);
	return rc;
}

static int hold_once(struct db *db, const struct booking_hold *h,
		     enum booking_hold_result *result)
{
	static const char slot[] =
		"INSERT IGNORE INTO booking_slots (office_id, start_at) VALUES (?, ?)";
	static const char insert[] =
		"INSERT INTO bookings (code, flow_hash, office_id, service_id, start_at, end_at, "
		"status, confirmed_at, walk_in, hold_expires, citizen_id, name, email, phone, reason) "
		"VALUES (?, ?, ?, ?, ?, ? + INTERVAL ? MINUTE, IF(?, 'confirmed', 'held'), "
		"IF(?, NOW(), NULL), ?, NOW() + INTERVAL ? MINUTE, NULLIF(?, 0), ?, ?, ?, ?)";
	/* the lock row exists before the transaction locks it (its own autocommit) */
	if (db_exec(db, slot, "Ls", h->office_id, h->start_at) < 0 || db_begin(db) < 0)
		return -1;
	if (hold_check(db, h, result) < 0)
		goto fail;
	if (*result != HOLD_OK) {
		db_rollback(db);
		return 0;
	}
	if (db_exec(db, insert, "ssLLssiiiiiLssss", h->code, h->flow_hash, h->office_id,
		    h->service_id, h->start_at, h->start_at, h->minutes, h->walk_in, h->walk_in,
		    h->walk_in, h->hold_minutes, h->citizen_id, h->name, h->email, h->phone,
		    h->reason ? h->reason : "") < 0)
		goto fail;
	return db_commit(db);
fail:
	db_rollback(db);
	return -1;
}

/* After a transaction's RC: is it worth another go (a deadlock or a lock
 * wait timeout, at most 3 retries)? */
static bool retry(struct db *db, int rc, int attempt)
{
	unsigned err = db_errno(db);
	return rc < 0 && attempt < 3 && (err == 1213 || err == 1205);
}

int booking_hold(struct db *db, const struct booking_hold *h, enum booking_hold_result *result)
{
	int rc;
	for (int attempt = 0; retry(db, rc = hold_once(db, h, result), attempt); attempt++)
		;
	return rc;
}

/* ------------------------------------------------------------ bookings */

READER(booking_row, LL(booking_row, id), LL(booking_row, citizen_id), TEXT(booking_row, code),
       TEXT(booking_row, status), TEXT(booking_row, start_at), TEXT(booking_row, end_at),
       TEXT(booking_row, hold_expires), TEXT(booking_row, created_at), TEXT(booking_row, name),
       TEXT(booking_row, email), TEXT(booking_row, phone), TEXT(booking_row, reason),
       TEXT(booking_row, details), TEXT(booking_row, office_slug), TEXT(booking_row, office_name),
       TEXT(booking_row, office_address), TEXT(booking_row, service_slug),
       TEXT(booking_row, service_title), TEXT(booking_row, service_requirements),
       INT(booking_row, expired), INT(booking_row, past), INT(booking_row, verify_sent),
       INT(booking_row, cancellable));

#define BOOKING_COLUMNS                                                                     \
	"SELECT b.id, b.citizen_id, b.code, b.status, "                                    \
	"DATE_FORMAT(b.start_at, '%Y-%m-%d %H:%i:%s') AS start_at, "                          \
	"DATE_FORMAT(b.end_at, '%Y-%m-%d %H:%i:%s') AS end_at, "                              \
	"DATE_FORMAT(b.hold_expires, '%Y-%m-%d %H:%i:%s') AS hold_expires, "                  \
	"DATE_FORMAT(b.created_at, '%Y%m%dT%H%i%sZ') AS created_at, b.name, b.email, "        \
	"b.phone, b.reason, b.details, o.slug AS office_slug, o.name AS office_name, "        \
	"o.address AS office_address, s.slug AS service_slug, s.title AS service_title, "     \
	"s.requirements AS service_requirements, "                                            \
	"(b.status = 'held' AND b.hold_expires <= NOW()) AS expired, "                        \
	"(b.start_at <= NOW()) AS past, (b.verify_hash IS NOT NULL) AS verify_sent, "         \
	"(" BEFORE_CUTOFF ") AS cancellable "                                                \
	"FROM bookings b JOIN offices o ON o.id = b.office_id JOIN services s ON s.id = b.service_id " \
	"JOIN booking_offices k ON k.office_id = b.office_id "

int booking_by_flow(struct db *db, struct arena *a, const char *flow_hash, struct booking_row *out)
{
	static const char q[] = BOOKING_COLUMNS "WHERE b.flow_hash = ?";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "s", flow_hash), &rows, &booking_row_reader, out);
}

int booking_by_code(struct db *db, struct arena *a, const struct booking_key *key,
		    struct booking_row *out)
{
	static const char q[] = BOOKING_COLUMNS "WHERE " KEY;
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "ssL", key->code, key->cancel_hash,
				   key->citizen_id), &rows, &booking_row_reader, out);
}

int booking_citizen_list(struct db *db, struct arena *a, long long citizen_id,
			 struct booking_row **out, size_t *n)
{
	static const char q[] = BOOKING_COLUMNS
		"WHERE b.citizen_id = ? AND b.status IN ('confirmed', 'cancelled') "
		"ORDER BY b.start_at DESC LIMIT 50";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", citizen_id), a, &rows,
			   &booking_row_reader, out, n);
}

int booking_details_save(struct db *db, const struct booking_details *d)
{
	static const char q[] =
		"UPDATE bookings SET reason = ?, details = ?, name = ?, email = ?, phone = ?, "
		"verify_hash = NULL WHERE flow_hash = ? AND status = 'held' AND hold_expires > NOW()";
	if (db_exec(db, q, "ssssss", d->reason, d->details, d->name, d->email, d->phone,
		    d->flow_hash) < 0)
		return -1;
	/* the same values again count no affected row: tell by the hold itself */
	static const char live[] =
		"SELECT id FROM bookings WHERE flow_hash = ? AND status = 'held' AND hold_expires > NOW()";
	struct db_rows rows;
	struct arena *a = arena_new();
	int rc = db_query(db, a, &rows, live, "s", d->flow_hash);
	rc = rc < 0 ? -1 : rows.nrows == 1;
	arena_free(a);
	return rc;
}

/* ---------------------------------------------------------- confirming */

/* MAIL into the outbox, with its calendar file if it has one. */
static int queue(struct db *db, const struct booking_mail *mail)
{
	struct outbox_file f = { .name = mail->file_name, .type = BOOKING_ICS_TYPE,
				 .data = mail->ics };
	return outbox_enqueue_file(db, mail->to, mail->subject, mail->body, 0,
				   mail->ics ? &f : NULL);
}

/* The hold of FLOW_HASH (and VERIFY_HASH), locked: what confirming it would be. */
static int confirm_check(struct db *db, const char *flow_hash, const char *verify_hash,
			 enum booking_confirm_result *result)
{
	static const char q[] =
		"SELECT b.status, (b.hold_expires <= NOW()) AS expired, "
		"(? IS NULL OR b.verify_hash <=> ?) AS link_ok "
		"FROM bookings b WHERE b.flow_hash = ? FOR UPDATE";
	struct db_rows rows;
	struct arena *a = arena_new();
	int rc = db_query(db, a, &rows, q, "sss", verify_hash, verify_hash, flow_hash);
	if (rc == 0) {
		const char *st = rows.nrows == 1 ? db_get(&rows, 0, "status") : NULL;
		if (!st || !db_get_int(&rows, 0, "link_ok"))
			*result = st && strcmp(st, "confirmed") == 0 ? CONFIRM_USED : CONFIRM_NONE;
		else if (strcmp(st, "held"))
			*result = strcmp(st, "confirmed") == 0 ? CONFIRM_USED : CONFIRM_NONE;
		else
			*result = db_get_int(&rows, 0, "expired") ? CONFIRM_EXPIRED : CONFIRM_OK;
	}
	arena_free(a);
	return rc;
}

int booking_confirm(struct db *db, const char *flow_hash, const char *verify_hash,
		    const char *cancel_hash, long long citizen_id, const struct booking_mail *mail,
		    enum booking_confirm_result *result)
{
	static const char q[] =
		"UPDATE bookings SET status = 'confirmed', confirmed_at = NOW(), verify_hash = NULL, "
		"cancel_hash = ?, citizen_id = COALESCE(NULLIF(?, 0), citizen_id) "
		"WHERE flow_hash = ? AND status = 'held'";
	if (db_begin(db) < 0)
		return -1;
	if (confirm_check(db, flow_hash, verify_hash, result) < 0)
		goto fail;
	if (*result != CONFIRM_OK) {
		db_rollback(db);
		return 0;
	}
	if (db_exec(db, q, "sLs", cancel_hash, citizen_id, flow_hash) < 0)
		goto fail;
	if (mail->to && *mail->to && queue(db, mail) < 0)
		goto fail;
	return db_commit(db);
fail:
	db_rollback(db);
	return -1;
}

int booking_verify_request(struct db *db, const char *flow_hash, const char *verify_hash,
			   const struct booking_mail *mail)
{
	static const char q[] =
		"UPDATE bookings SET verify_hash = ? WHERE flow_hash = ? AND status = 'held' "
		"AND hold_expires > NOW() AND email <> ''";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, q, "ss", verify_hash, flow_hash) < 0)
		goto fail;
	if (db_affected_rows(db) != 1) {
		db_rollback(db);
		return 0;
	}
	if (outbox_enqueue(db, mail->to, mail->subject, mail->body, 0) < 0)
		goto fail;
	return db_commit(db) < 0 ? -1 : 1;
fail:
	db_rollback(db);
	return -1;
}

int booking_cancel(struct db *db, const struct booking_key *key)
{
	static const char q[] =
		"UPDATE bookings b JOIN booking_offices k ON k.office_id = b.office_id "
		"SET b.status = 'cancelled', b.cancelled_at = NOW() "
		"WHERE " KEY " AND b.status = 'confirmed' AND " BEFORE_CUTOFF;
	if (db_exec(db, q, "ssL", key->code, key->cancel_hash, key->citizen_id) < 0)
		return -1;
	return db_affected_rows(db) == 1;
}

/* ---------------------------------------------------------------- move */

/* The booking of M's key, locked, if it may still be moved (within its
 * office and service): its id, 0 (no: cancelled, past the cut-off, or not
 * the key's), or -1. */
static long long move_lock(struct db *db, const struct booking_move *m)
{
	static const char lock[] =
		"SELECT b.id FROM bookings b WHERE " KEY " AND b.office_id = ? AND b.service_id = ? "
		"AND b.status = 'confirmed' FOR UPDATE";
	/* The office's cut-off under a shared lock: FOR UPDATE would queue every
	 * move of the office on its row. Not a plain read: that would fix the
	 * transaction's snapshot before hold_check() takes the slot's lock, and
	 * its count would miss a move committed meanwhile (a double booking). */
	static const char in_time[] =
		"SELECT b.id FROM bookings b JOIN booking_offices k ON k.office_id = b.office_id "
		"WHERE b.id = ? AND " BEFORE_CUTOFF " LOCK IN SHARE MODE";
	struct db_rows rows;
	struct arena *a = arena_new();
	long long id = db_query(db, a, &rows, lock, "ssLLL", m->key.code, m->key.cancel_hash,
				m->key.citizen_id, m->to.office_id, m->to.service_id);
	if (id == 0 && rows.nrows == 1)
		id = db_query(db, a, &rows, in_time, "L", db_get_ll(&rows, 0, "id"));
	if (id == 0)
		id = rows.nrows == 1 ? db_get_ll(&rows, 0, "id") : 0;
	arena_free(a);
	return id;
}

static int move_once(struct db *db, const struct booking_move *m, enum booking_hold_result *result)
{
	static const char slot[] =
		"INSERT IGNORE INTO booking_slots (office_id, start_at) VALUES (?, ?)";
	static const char move[] =
		"UPDATE bookings SET start_at = ?, end_at = ? + INTERVAL ? MINUTE, cancel_hash = ?, "
		"reminded_at = NULL, reminder_hash = NULL, moved_at = NOW() WHERE id = ?";
	if (db_exec(db, slot, "Ls", m->to.office_id, m->to.start_at) < 0 || db_begin(db) < 0)
		return -1;
	long long id = move_lock(db, m);
	if (id <= 0) {
		db_rollback(db);
		return (int)id;
	}
	if (hold_check(db, &m->to, result) < 0)
		goto fail;
	if (*result != HOLD_OK) {
		db_rollback(db);
		return 1;
	}
	if (db_exec(db, move, "ssisL", m->to.start_at, m->to.start_at, m->to.minutes,
		    m->cancel_hash, id) < 0 || queue(db, m->mail) < 0)
		goto fail;
	return db_commit(db) < 0 ? -1 : 1;
fail:
	db_rollback(db);
	return -1;
}

int booking_move(struct db *db, const struct booking_move *m, enum booking_hold_result *result)
{
	int rc;
	for (int attempt = 0; retry(db, rc = move_once(db, m, result), attempt); attempt++)
		;
	return rc;
}
