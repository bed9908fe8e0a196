/* setup_store.c - see setup_store.h. */
#include "setup_store.h"

#include <stdlib.h>
#include <string.h>

#include "store/staff_store.h"

int setup_staff_list(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT s.id, s.username, s.display_name, s.email, s.role, s.active, "
		"COALESCE(s.locked_until > NOW(3), 0) AS locked, "
		"COALESCE((SELECT GROUP_CONCAT(o.name ORDER BY o.name SEPARATOR ', ') "
		"FROM staff_offices so JOIN offices o ON o.id = so.office_id "
		"WHERE so.staff_id = s.id), '') AS office_names "
		"FROM staff s ORDER BY s.active DESC, s.username";
	return db_query(db, a, out, sql, "");
}

int setup_staff_get(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT s.id, s.username, s.display_name, s.email, s.role, "
		"COALESCE((SELECT GROUP_CONCAT(so.office_id ORDER BY so.office_id SEPARATOR ',') "
		"FROM staff_offices so WHERE so.staff_id = s.id), '') AS offices, "
		"s.active, COALESCE(s.locked_until > NOW(3), 0) AS locked "
		"FROM staff s WHERE s.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

static int staff_update(struct db *db, long long id, const char *display_name, const char *email,
			const char *role)
{
	static const char sql[] =
		"UPDATE staff SET display_name = ?, email = ?, role = ? WHERE id = ?";
	return db_exec(db, sql, "sssL", display_name, email, role, id);
}

static int staff_offices_clear(struct db *db, long long id)
{
	static const char sql[] = "DELETE FROM staff_offices WHERE staff_id = ?";
	return db_exec(db, sql, "L", id);
}

static int office_add(struct db *db, long long id, long long office_id)
{
	static const char sql[] = "INSERT INTO staff_offices (staff_id, office_id) VALUES (?, ?)";
	return db_exec(db, sql, "LL", id, office_id);
}

static int staff_set_active(struct db *db, long long id, int active)
{
	static const char sql[] = "UPDATE staff SET active = ? WHERE id = ?";
	return db_exec(db, sql, "iL", active ? 1 : 0, id);
}

int setup_staff_unlock(struct db *db, long long id)
{
	static const char sql[] =
		"UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?";
	return db_exec(db, sql, "L", id);
}

static int staff_credentials(struct db *db, long long id, const char *password_hash,
			     const char *totp_secret)
{
	static const char sql[] =
		"UPDATE staff SET password_hash = ?, totp_secret = ?, totp_last_step = 0, "
		"failed_attempts = 0, locked_until = NULL WHERE id = ?";
	return db_exec(db, sql, "ssL", password_hash, totp_secret, id);
}

static int staff_sessions_end(struct db *db, long long id)
{
	static const char sql[] = "DELETE FROM staff_sessions WHERE staff_id = ?";
	return db_exec(db, sql, "L", id);
}

/* The offices of CSV ("1,3") for account ID, after the old ones are gone. */
static int staff_offices_set(struct db *db, long long id, const char *csv)
{
	if (staff_offices_clear(db, id) < 0)
		return -1;
	for (const char *p = csv; *p;) {
		if (office_add(db, id, atoll(p)) < 0)
			return -1;
		p += strcspn(p, ",");
		p += *p == ',';
	}
	return 0;
}

/* Commit when RC is 0, else roll back: RC. */
static int end(struct db *db, int rc)
{
	if (rc == 0 && db_commit(db) == 0)
		return 0;
	db_rollback(db);
	return rc ? rc : -1;
}

int setup_staff_create(struct db *db, const struct setup_account *n, const char *password_hash,
		       const char *totp_secret, long long *id)
{
	if (db_begin(db) < 0)
		return -1;
	if (staff_insert(db, n->username, n->display_name, n->email, n->role, password_hash,
			 totp_secret, id) < 0) {
		int taken = db_errno(db) == 1062;
		db_rollback(db);
		*id = 0;
		return taken ? 1 : -1;
	}
	return end(db, staff_offices_set(db, *id, n->offices));
}

int setup_staff_save(struct db *db, long long id, const struct setup_account *n)
{
	if (db_begin(db) < 0)
		return -1;
	return end(db, staff_update(db, id, n->display_name, n->email, n->role) < 0 ||
			       staff_offices_set(db, id, n->offices) < 0 ? -1 : 0);
}

int setup_staff_reset(struct db *db, long long id, const char *password_hash,
		      const char *totp_secret)
{
	if (db_begin(db) < 0)
		return -1;
	return end(db, staff_credentials(db, id, password_hash, totp_secret) < 0 ||
			       staff_sessions_end(db, id) < 0 ? -1 : 0);
}

int setup_staff_deactivate(struct db *db, long long id)
{
	if (db_begin(db) < 0)
		return -1;
	return end(db, staff_set_active(db, id, 0) < 0 || staff_sessions_end(db, id) < 0 ? -1 : 0);
}

int setup_staff_reactivate(struct db *db, long long id)
{
	return staff_set_active(db, id, 1);
}

int setup_categories(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.id, c.slug, c.case_type, c.name, o.name AS office_name, c.max_days, c.active, "
		"c.position FROM case_categories c JOIN offices o ON o.id = c.office_id "
		"ORDER BY c.case_type, c.position, c.name";
	return db_query(db, a, out, sql, "");
}

int setup_category_get(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, case_type, name, description, office_id, max_days, active, position "
		"FROM case_categories WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int setup_category_save(struct db *db, long long *id, const char *const *v)
{
	static const char insert[] =
		"INSERT INTO case_categories (slug, case_type, name, description, office_id, max_days, "
		"active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	static const char update[] =
		"UPDATE case_categories SET slug = ?, case_type = ?, name = ?, description = ?, "
		"office_id = ?, max_days = ?, active = ?, position = ? WHERE id = ?";
	long long office = atoll(v[4]);
	int days = atoi(v[5]), active = atoi(v[6]), position = atoi(v[7]);
	if (*id)
		return db_exec(db, update, "ssssLiiiL", v[0], v[1], v[2], v[3], office, days, active,
			       position, *id);
	if (db_exec(db, insert, "ssssLiii", v[0], v[1], v[2], v[3], office, days, active,
		    position) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int setup_areas(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, position FROM areas ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

int setup_area_get(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, position FROM areas WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int setup_area_save(struct db *db, long long *id, const char *const *v)
{
	static const char insert[] = "INSERT INTO areas (slug, name, position) VALUES (?, ?, ?)";
	static const char update[] = "UPDATE areas SET slug = ?, name = ?, position = ? WHERE id = ?";
	int position = atoi(v[2]);
	if (*id)
		return db_exec(db, update, "ssiL", v[0], v[1], position, *id);
	if (db_exec(db, insert, "ssi", v[0], v[1], position) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int setup_routes(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT r.category_id, r.area_id, r.office_id, c.name AS category_name, "
		"z.name AS area_name, o.name AS office_name FROM case_routes r "
		"JOIN case_categories c ON c.id = r.category_id JOIN areas z ON z.id = r.area_id "
		"JOIN offices o ON o.id = r.office_id ORDER BY c.name, z.position, z.name";
	return db_query(db, a, out, sql, "");
}

int setup_route_get(struct db *db, struct arena *a, long long category, long long area,
		    struct db_rows *out)
{
	static const char sql[] =
		"SELECT office_id FROM case_routes WHERE category_id = ? AND area_id = ?";
	return db_query(db, a, out, sql, "LL", category, area);
}

int setup_route_set(struct db *db, long long category, long long area, long long office)
{
	static const char sql[] =
		"INSERT INTO case_routes (category_id, area_id, office_id) VALUES (?, ?, ?) "
		"ON DUPLICATE KEY UPDATE office_id = VALUES(office_id)";
	return db_exec(db, sql, "LLL", category, area, office);
}

int setup_route_delete(struct db *db, long long category, long long area)
{
	static const char sql[] = "DELETE FROM case_routes WHERE category_id = ? AND area_id = ?";
	return db_exec(db, sql, "LL", category, area);
}
