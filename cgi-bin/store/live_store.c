/* live_store.c - see live_store.h. */
#include "live_store.h"

#include <string.h>

#define PLACE_CARD "p.slug, p.place_type, p.name, p.summary, p.address, p.image, p.image_alt"
#define EVENT_CARD                                                                      \
	"e.slug, e.title, e.summary, e.start_at, e.end_at, e.image, e.image_alt, "      \
	"p.slug AS place_slug, p.name AS place_name"
#define EVENT_FROM "FROM events e LEFT JOIN places p ON p.id = e.place_id AND p.published "

static int count_of(struct db_rows *rows, long *total)
{
	*total = rows->nrows ? (long)db_get_ll(rows, 0, "n") : 0;
	return 0;
}

int live_places_count(struct db *db, struct arena *a, long *total)
{
	static const char sql[] = "SELECT COUNT(*) AS n FROM places p WHERE p.published";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "") < 0)
		return -1;
	return count_of(&rows, total);
}

int live_places(struct db *db, struct arena *a, int offset, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " PLACE_CARD " FROM places p WHERE p.published "
				  "ORDER BY p.name, p.id LIMIT ? OFFSET ?";
	return db_query(db, a, out, sql, "ii", limit, offset);
}

int live_places_featured(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " PLACE_CARD " FROM places p "
				  "WHERE p.published AND p.featured ORDER BY p.name, p.id LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

#define PLACE_ITEM                                                                         \
	"SELECT p.id, " PLACE_CARD ", p.description, p.hours, p.phone, p.email, p.website, "  \
	"p.services, p.updated_at FROM places p "

int live_place(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = PLACE_ITEM "WHERE p.slug = ? AND p.published";
	return db_query(db, a, out, sql, "s", slug);
}

int live_place_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = PLACE_ITEM "WHERE p.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int live_events_upcoming_count(struct db *db, struct arena *a, long *total)
{
	static const char sql[] = "SELECT COUNT(*) AS n FROM events e "
				  "WHERE e.published AND e.end_at >= CURDATE()";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "") < 0)
		return -1;
	return count_of(&rows, total);
}

int live_events_upcoming(struct db *db, struct arena *a, int offset, int limit,
			 struct db_rows *out)
{
	static const char sql[] = "SELECT " EVENT_CARD " " EVENT_FROM
				  "WHERE e.published AND e.end_at >= CURDATE() "
				  "ORDER BY e.start_at, e.title, e.id LIMIT ? OFFSET ?";
	return db_query(db, a, out, sql, "ii", limit, offset);
}

int live_events_featured(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " EVENT_CARD " " EVENT_FROM
				  "WHERE e.published AND e.featured AND e.end_at >= CURDATE() "
				  "ORDER BY e.start_at, e.title, e.id LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

int live_events_month(struct db *db, struct arena *a, const char *first_day, struct db_rows *out)
{
	static const char sql[] = "SELECT " EVENT_CARD " " EVENT_FROM
				  "WHERE e.published AND e.start_at < ? + INTERVAL 1 MONTH "
				  "AND e.end_at >= ? ORDER BY e.start_at, e.title, e.id";
	return db_query(db, a, out, sql, "ss", first_day, first_day);
}

int live_place_events(struct db *db, struct arena *a, const char *place_id, struct db_rows *out)
{
	static const char sql[] = "SELECT " EVENT_CARD " " EVENT_FROM
				  "WHERE e.published AND e.place_id = ? AND e.end_at >= CURDATE() "
				  "ORDER BY e.start_at, e.title, e.id";
	return db_query(db, a, out, sql, "s", place_id);
}

#define EVENT_ITEM                                                                         \
	"SELECT e.id, " EVENT_CARD ", e.description, e.cost, e.audience, e.updated_at, "      \
	"DATE_FORMAT(COALESCE(CONVERT_TZ(e.updated_at, @@session.time_zone, '+00:00'), "     \
	"UTC_TIMESTAMP()), '%Y%m%dT%H%i%sZ') AS updated_utc, "                               \
	"p.address AS place_address, p.place_type AS place_type " EVENT_FROM

int live_event(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = EVENT_ITEM "WHERE e.slug = ? AND e.published";
	return db_query(db, a, out, sql, "s", slug);
}

int live_event_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = EVENT_ITEM "WHERE e.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int live_today(struct db *db, struct arena *a, char today[11])
{
	static const char sql[] = "SELECT CURDATE() AS today";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "") < 0 || rows.nrows != 1)
		return -1;
	const char *t = db_get(&rows, 0, "today");
	if (!t || strlen(t) != 10)
		return -1;
	memcpy(today, t, 11);
	return 0;
}
