/* booking_desk_store.c - see booking_desk_store.h. */
#include "booking_desk_store.h"

#include "core/arena.h"
#include "core/db.h"
#include "store/outbox_store.h"
#include "store/reader.h"

/* ------------------------------------------------------------- offices */

#define OFFICE_COLUMNS                                                                   \
	BOOKING_OFFICE_SELECT                                                               \
	"WHERE (? OR k.office_id IN (SELECT so.office_id FROM staff_offices so "            \
	"WHERE so.staff_id = ?)) "

int desk_office(struct db *db, struct arena *a, const char *slug, long long staff_id, int all,
		struct booking_office *out)
{
	static const char q[] = OFFICE_COLUMNS "AND o.slug = ?";
	struct db_rows rows;
	return reader_one(db_query(db, a, &rows, q, "iLs", all, staff_id, slug), &rows,
			  booking_office_rd, out);
}

int desk_offices(struct db *db, struct arena *a, long long staff_id, int all,
		 struct booking_office **out, size_t *n)
{
	static const char q[] = OFFICE_COLUMNS "ORDER BY o.name";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "iL", all, staff_id), a, &rows,
			   booking_office_rd, out, n);
}

/* --------------------------------------------------------- appointments */

READER(desk_row, LL(desk_row, id), LL(desk_row, service_id), TEXT(desk_row, code),
       TEXT(desk_row, start_at), TEXT(desk_row, name), TEXT(desk_row, email), TEXT(desk_row, phone),
       TEXT(desk_row, reason), TEXT(desk_row, service_slug), TEXT(desk_row, service_title),
       TEXT(desk_row, attendance), TEXT(desk_row, attendance_at), TEXT(desk_row, attendance_by),
       INT(desk_row, desk), INT(desk_row, walk_in));

#define DESK_COLUMNS                                                                         \
	"SELECT b.id, b.service_id, b.code, "                                                  \
	"DATE_FORMAT(b.start_at, '%Y-%m-%d %H:%i:%s') AS start_at, "                           \
	"b.name, b.email, b.phone, b.reason, s.slug AS service_slug, s.title AS service_title, " \
	"b.attendance, COALESCE(DATE_FORMAT(b.attendance_at, '%H:%i'), '') AS attendance_at, "  \
	"COALESCE(t.display_name, '') AS attendance_by, ROW_NUMBER() OVER "                    \
	"(PARTITION BY b.start_at ORDER BY b.confirmed_at, b.id) AS desk, "                    \
	"b.walk_in AS walk_in FROM bookings b "                                    \
	"JOIN services s ON s.id = b.service_id LEFT JOIN staff t ON t.id = b.attendance_by "   \
	"WHERE b.office_id = ? AND b.status = 'confirmed' "

int desk_day(struct db *db, struct arena *a, long long office_id, const char *day,
	     struct desk_row **out, size_t *n)
{
	static const char q[] = DESK_COLUMNS
		"AND b.start_at >= ? AND b.start_at < ? + INTERVAL 1 DAY ORDER BY b.start_at, desk";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "Lss", office_id, day, day), a, &rows,
			   &desk_row_reader, out, n);
}

/* Every confirmed appointment of a slot that has not begun is ranked, the
 * slot's earlier ones included: a slot over capacity keeps its first. */
int desk_future(struct db *db, struct arena *a, long long office_id, const char *since,
		struct desk_row **out, size_t *n)
{
	static const char q[] = DESK_COLUMNS "AND b.start_at > ? ORDER BY b.start_at, desk";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "Ls", office_id, since), a, &rows,
			   &desk_row_reader, out, n);
}

int desk_attendance(struct db *db, long long office_id, const char *code,
		    const char *attendance, long long staff_id)
{
	static const char change[] =
		"UPDATE bookings SET attendance = ?, attendance_at = NOW(), attendance_by = ? "
		"WHERE code = ? AND office_id = ? AND status = 'confirmed' "
		"AND start_at < CURDATE() + INTERVAL 1 DAY AND ("
		"(? = 'arrived' AND attendance IN ('expected', 'no_show')) OR "
		"(? = 'no_show' AND attendance = 'expected' AND start_at <= NOW()) OR "
		"(? = 'done' AND attendance = 'arrived'))";
	static const char log[] =
		"INSERT INTO booking_attendance (booking_id, attendance, staff_id) "
		"SELECT id, attendance, attendance_by FROM bookings WHERE code = ?";
	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, change, "sLsLsss", attendance, staff_id, code, office_id, attendance,
		    attendance, attendance) < 0)
		goto fail;
	if (db_affected_rows(db) != 1) {
		db_rollback(db);
		return 0;
	}
	if (db_exec(db, log, "s", code) < 0)
		goto fail;
	return db_commit(db) < 0 ? -1 : 1;
fail:
	db_rollback(db);
	return -1;
}

/* ------------------------------------------------------------- settings */

READER(desk_service, LL(desk_service, id), TEXT(desk_service, slug), TEXT(desk_service, title),
       INT(desk_service, offered));

int desk_services(struct db *db, struct arena *a, long long office_id,
		  struct desk_service **out, size_t *n)
{
	static const char q[] =
		"SELECT s.id, s.slug, s.title, EXISTS (SELECT 1 FROM booking_services x "
		"WHERE x.office_id = ? AND x.service_id = s.id) AS offered "
		"FROM services s WHERE s.published = 1 AND s.status = 'active' ORDER BY s.title";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", office_id), a, &rows,
			   &desk_service_reader, out, n);
}

READER(desk_booked, TEXT(desk_booked, office_slug), TEXT(desk_booked, office_name),
       INT(desk_booked, n));

int desk_service_booked(struct db *db, struct arena *a, long long service_id,
			struct desk_booked **out, size_t *n)
{
	static const char q[] =
		"SELECT o.slug AS office_slug, o.name AS office_name, COUNT(*) AS n FROM bookings b "
		"JOIN offices o ON o.id = b.office_id WHERE b.service_id = ? "
		"AND b.status = 'confirmed' AND b.start_at > NOW() GROUP BY o.id ORDER BY o.name";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", service_id), a, &rows,
			   &desk_booked_reader, out, n);
}

int desk_closures(struct db *db, struct arena *a, long long office_id,
		  struct booking_closure **out, size_t *n)
{
	static const char q[] =
		"SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day, reason FROM booking_closures "
		"WHERE office_id = ? AND day >= CURDATE() ORDER BY day";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "L", office_id), a, &rows,
			   booking_closure_rd, out, n);
}

/* Lock the office's row, then: are the confirmed appointments after
 * S->since those the caller chose from? 1, 0, -1. */
static int settings_lock(struct db *db, const struct desk_settings *s)
{
	static const char lock[] =
		"SELECT office_id FROM booking_offices WHERE office_id = ? FOR UPDATE";
	static const char seen[] =
		"SELECT COUNT(*) AS n, COALESCE(SUM(id), 0) AS ids FROM bookings "
		"WHERE office_id = ? AND status = 'confirmed' AND start_at > ?";
	struct db_rows rows;
	struct arena *a = arena_new();
	int rc = -1;
	if (db_query(db, a, &rows, lock, "L", s->office_id) == 0 &&
	    db_query(db, a, &rows, seen, "Ls", s->office_id, s->since) == 0)
		rc = db_get_ll(&rows, 0, "n") == s->seen_n && db_get_ll(&rows, 0, "ids") == s->seen_ids;
	arena_free(a);
	return rc;
}

static int settings_row(struct db *db, const struct desk_settings *s)
{
	static const char q[] =
		"UPDATE booking_offices SET slot_minutes = ?, desks = ?, horizon_days = ?, "
		"cutoff_hours = ? WHERE office_id = ?";
	return db_exec(db, q, "iiiiL", s->slot_minutes, s->desks, s->horizon_days, s->cutoff_hours,
		       s->office_id);
}

static int hours_set(struct db *db, const struct desk_settings *s)
{
	static const char del[] = "DELETE FROM booking_hours WHERE office_id = ?";
	static const char ins[] =
		"INSERT INTO booking_hours (office_id, weekday, opens, closes) VALUES (?, ?, ?, ?)";
	if (db_exec(db, del, "L", s->office_id) < 0)
		return -1;
	for (size_t i = 0; i < s->nhours; i++)
		if (db_exec(db, ins, "Liss", s->office_id, s->hours[i].weekday, s->hours[i].opens,
			    s->hours[i].closes) < 0)
			return -1;
	return 0;
}

static int services_set(struct db *db, const struct desk_settings *s)
{
	static const char del[] = "DELETE FROM booking_services WHERE office_id = ?";
	static const char ins[] =
		"INSERT INTO booking_services (office_id, service_id) VALUES (?, ?)";
	if (db_exec(db, del, "L", s->office_id) < 0)
		return -1;
	for (size_t i = 0; i < s->nservices; i++)
		if (db_exec(db, ins, "LL", s->office_id, s->services[i]) < 0)
			return -1;
	return 0;
}

static int closures_set(struct db *db, const struct desk_settings *s)
{
	static const char del[] =
		"DELETE FROM booking_closures WHERE office_id = ? AND day >= CURDATE()";
	static const char ins[] =
		"INSERT INTO booking_closures (office_id, day, reason) VALUES (?, ?, ?)";
	if (db_exec(db, del, "L", s->office_id) < 0)
		return -1;
	for (size_t i = 0; i < s->nclosures; i++)
		if (db_exec(db, ins, "Lss", s->office_id, s->closures[i].day,
			    s->closures[i].reason) < 0)
			return -1;
	return 0;
}

/* The settings about to be replaced, as those in force until yesterday:
 * once a day (a second change today replaces only today's, which are not
 * kept: a day's seats are those of the settings it ended with). */
static int settings_keep(struct db *db, const struct desk_settings *s)
{
	static const char period[] =
		"INSERT INTO booking_settings_past (office_id, valid_from, valid_to, slot_minutes, "
		"desks) SELECT k.office_id, (SELECT MAX(p.valid_to) + INTERVAL 1 DAY "
		"FROM booking_settings_past p WHERE p.office_id = k.office_id), "
		"CURDATE() - INTERVAL 1 DAY, k.slot_minutes, k.desks FROM booking_offices k "
		"WHERE k.office_id = ? AND NOT EXISTS (SELECT 1 FROM booking_settings_past p "
		"WHERE p.office_id = k.office_id AND p.valid_to >= CURDATE() - INTERVAL 1 DAY)";
	static const char hours[] =
		"INSERT INTO booking_hours_past (past_id, weekday, opens, closes) "
		"SELECT ?, weekday, opens, closes FROM booking_hours WHERE office_id = ?";
	if (db_exec(db, period, "L", s->office_id) < 0)
		return -1;
	if (db_affected_rows(db) != 1)
		return 0;
	return db_exec(db, hours, "LL", (long long)db_insert_id(db), s->office_id);
}

/* The holds not yet confirmed that the new hours, closures or services leave
 * out expire now (their citizen picks again), in the transaction that holds
 * the office's exclusive lock: a hold in flight either committed before it
 * (and is seen here) or checks the new settings after it (booking_hold). */
static int holds_outside(struct db *db, const struct desk_settings *s)
{
	static const char q[] =
		"UPDATE bookings b JOIN booking_offices k ON k.office_id = b.office_id "
		"SET b.hold_expires = NOW() WHERE b.office_id = ? AND b.status = 'held' "
		"AND b.hold_expires > NOW() AND (NOT " BOOKING_SLOT_OPEN("b.start_at") " OR "
		"NOT EXISTS (SELECT 1 FROM booking_services x WHERE x.office_id = b.office_id "
		"AND x.service_id = b.service_id))";
	return db_exec(db, q, "L", s->office_id);
}

/* The citizen who cancelled in the meantime gets no e-mail. */
static int cancel_all(struct db *db, const struct desk_settings *s, size_t *cancelled)
{
	static const char q[] =
		"UPDATE bookings SET status = 'cancelled', cancelled_at = NOW(), cancel_reason = ? "
		"WHERE id = ? AND office_id = ? AND status = 'confirmed'";
	*cancelled = 0;
	for (size_t i = 0; i < s->ncancel; i++) {
		const struct desk_cancel *c = &s->cancel[i];
		if (db_exec(db, q, "sLL", c->reason, c->id, s->office_id) < 0)
			return -1;
		if (db_affected_rows(db) != 1)
			continue;
		++*cancelled;
		if (*c->mail.to &&
		    outbox_enqueue(db, c->mail.to, c->mail.subject, c->mail.body, 0) < 0)
			return -1;
	}
	return 0;
}

int desk_settings_save(struct db *db, const struct desk_settings *s, size_t *cancelled)
{
	if (db_begin(db) < 0)
		return -1;
	int same = settings_lock(db, s);
	if (same == 0) {
		db_rollback(db);
		return 0;
	}
	if (same < 0 || settings_keep(db, s) < 0 || settings_row(db, s) < 0 || hours_set(db, s) < 0 ||
	    services_set(db, s) < 0 || closures_set(db, s) < 0 || holds_outside(db, s) < 0 ||
	    cancel_all(db, s, cancelled) < 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db) < 0 ? -1 : 1;
}

/* -------------------------------------------------------------- figures */

READER(desk_past, LL(desk_past, id), TEXT(desk_past, valid_from), TEXT(desk_past, valid_to),
       INT(desk_past, slot_minutes), INT(desk_past, desks));

/* A weekly span of a past period. */
struct past_hours {
	long long past_id;
	int weekday;
	const char *opens, *closes;
};
READER(past_hours, LL(past_hours, past_id), INT(past_hours, weekday), TEXT(past_hours, opens),
       TEXT(past_hours, closes));

/* The periods of office ? that meet ? (from) .. ? (to). */
#define PAST_OF \
	"FROM booking_settings_past p WHERE p.office_id = ? AND p.valid_to >= ? " \
	"AND (p.valid_from IS NULL OR p.valid_from <= ?) "

int desk_past(struct db *db, struct arena *a, long long office_id, const char *from,
	      const char *to, struct desk_past **out, size_t *n)
{
	static const char periods[] =
		"SELECT p.id, COALESCE(DATE_FORMAT(p.valid_from, '%Y-%m-%d'), '') AS valid_from, "
		"DATE_FORMAT(p.valid_to, '%Y-%m-%d') AS valid_to, p.slot_minutes, p.desks "
		PAST_OF "ORDER BY p.valid_to";
	static const char hours[] =
		"SELECT h.past_id, h.weekday, TIME_FORMAT(h.opens, '%H:%i:%s') AS opens, "
		"TIME_FORMAT(h.closes, '%H:%i:%s') AS closes FROM booking_hours_past h "
		"WHERE h.past_id IN (SELECT p.id " PAST_OF ") ORDER BY h.past_id, h.weekday, h.opens";
	struct db_rows rows;
	struct past_hours *h;
	size_t nh;
	if (reader_list(db_query(db, a, &rows, periods, "Lss", office_id, from, to), a, &rows,
			&desk_past_reader, out, n) < 0 ||
	    reader_list(db_query(db, a, &rows, hours, "Lss", office_id, from, to), a, &rows,
			&past_hours_reader, &h, &nh) < 0)
		return -1;
	for (size_t i = 0; i < *n; i++) {
		struct desk_past *p = &(*out)[i];
		p->hours = arena_calloc(a, nh + 1, sizeof *p->hours);
		for (size_t k = 0; k < nh; k++)
			if (h[k].past_id == p->id)
				p->hours[p->nhours++] = (struct booking_hours){ h[k].weekday, h[k].opens,
										h[k].closes };
	}
	return 0;
}

READER(desk_stat, LL(desk_stat, office_id), TEXT(desk_stat, office_slug),
       TEXT(desk_stat, office_name), TEXT(desk_stat, service_slug),
       TEXT(desk_stat, service_title), INT(desk_stat, booked), INT(desk_stat, past),
       INT(desk_stat, no_show), TEXT(desk_stat, lead_median), TEXT(desk_stat, office_lead_median));

/* The bookings of the period and office (? from, ? to, ? office twice). */
#define STATS_OF(b, o) " WHERE " b ".status = 'confirmed' AND " b ".start_at >= ? AND " b \
	".start_at < ? + INTERVAL 1 DAY AND (? = '' OR " o ".slug = ?) "
#define LEAD(b) "TIMESTAMPDIFF(MINUTE, " b ".created_at, " b ".start_at)"

int desk_stats(struct db *db, struct arena *a, const char *from, const char *to,
	       const char *office, struct desk_stat **out, size_t *n)
{
	/* the medians by window (MEDIAN is PERCENTILE_CONT(0.5): the mean of the
	 * middle two of an even count), over the bookings made ahead only: a
	 * walk-in has no lead time */
	static const char q[] =
		"SELECT b.office_id, o.slug AS office_slug, o.name AS office_name, "
		"s.slug AS service_slug, s.title AS service_title, COUNT(*) AS booked, "
		"SUM(b.start_at <= NOW()) AS past, "
		"SUM(b.attendance = 'no_show') AS no_show, "
		"MAX(m.lead_median) AS lead_median, MAX(m.office_lead_median) AS office_lead_median "
		"FROM bookings b JOIN offices o ON o.id = b.office_id "
		"JOIN services s ON s.id = b.service_id "
		"LEFT JOIN (SELECT DISTINCT w.office_id, w.service_id, "
		"MEDIAN(" LEAD("w") ") OVER (PARTITION BY w.office_id, w.service_id) AS lead_median, "
		"MEDIAN(" LEAD("w") ") OVER (PARTITION BY w.office_id) AS office_lead_median "
		"FROM bookings w JOIN offices wo ON wo.id = w.office_id" STATS_OF("w", "wo")
		"AND NOT w.walk_in) m ON m.office_id = b.office_id AND m.service_id = b.service_id"
		STATS_OF("b", "o") "GROUP BY b.office_id, b.service_id ORDER BY o.name, s.title";
	struct db_rows rows;
	return reader_list(db_query(db, a, &rows, q, "ssssssss", from, to, office, office, from, to,
				    office, office), a, &rows, &desk_stat_reader, out, n);
}
