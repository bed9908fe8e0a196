/* session_store.c - see session_store.h. */
#include "session_store.h"

#include <string.h>

#include "core/route.h"

int session_insert(struct db *db, const struct session_row *s)
{
	static const char sql[] =
		"INSERT INTO sessions (id_hash, citizen_id, level, federation, idp_entity_id, name_id, "
		"name_qualifier, session_index, csrf_token, created_at, last_seen_at, expires_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3), NOW(3) + INTERVAL ? SECOND)";
	return db_exec(db, sql, "sLissssssi", s->id_hash, s->citizen_id, s->level, s->federation,
		       s->idp_entity_id, s->name_id, s->name_qualifier, s->session_index,
		       s->csrf_token, s->absolute_seconds);
}

int session_insert_staff(struct db *db, const char *id_hash, long long staff_id, const char *csrf,
			 int absolute_seconds)
{
	static const char sql[] =
		"INSERT INTO staff_sessions (id_hash, staff_id, csrf_token, created_at, last_seen_at, "
		"expires_at) VALUES (?, ?, ?, NOW(3), NOW(3), NOW(3) + INTERVAL ? SECOND)";
	return db_exec(db, sql, "sLsi", id_hash, staff_id, csrf, absolute_seconds);
}

int session_find(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		 struct session *s)
{
	static const char sql[] =
		"SELECT s.citizen_id, s.level, s.federation, s.idp_entity_id, s.name_id, "
		"s.name_qualifier, s.session_index, s.csrf_token, c.fiscal_code, c.name, "
		"c.family_name, c.email, c.mobile_phone, "
		"s.last_seen_at < NOW(3) - INTERVAL 60 SECOND AS stale "
		"FROM sessions s JOIN citizens c ON c.id = s.citizen_id "
		"WHERE s.id_hash = ? AND s.expires_at > NOW(3) "
		"AND s.last_seen_at > NOW(3) - INTERVAL ? SECOND";
	struct db_rows rows;
	memset(s, 0, sizeof(*s));
	if (db_query(db, a, &rows, sql, "si", id_hash, idle_seconds) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	*s = (struct session){
		.valid = true, .id_hash = id_hash,
		.citizen_id = db_get_ll(&rows, 0, "citizen_id"),
		.level = db_get_int(&rows, 0, "level"),
		.federation = db_get(&rows, 0, "federation"),
		.idp_entity_id = db_get(&rows, 0, "idp_entity_id"),
		.name_id = db_get(&rows, 0, "name_id"),
		.name_qualifier = db_get(&rows, 0, "name_qualifier"),
		.session_index = db_get(&rows, 0, "session_index"),
		.csrf = db_get(&rows, 0, "csrf_token"),
		.fiscal_code = db_get(&rows, 0, "fiscal_code"),
		.name = db_get(&rows, 0, "name"),
		.family_name = db_get(&rows, 0, "family_name"),
		.email = db_get(&rows, 0, "email"),
		.phone = db_get(&rows, 0, "mobile_phone"),
		.stale = db_get_int(&rows, 0, "stale") != 0,
	};
	return 1;
}

static unsigned role_of(const char *name)
{
	static const struct { const char *name; unsigned role; } roles[] = {
		{ "admin", R_ROLE_ADMIN }, { "editor", R_ROLE_EDITOR },
		{ "operator", R_ROLE_OPERATOR }, { "manager", R_ROLE_MANAGER },
	};
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (name && strcmp(name, roles[i].name) == 0)
			return roles[i].role;
	return 0;
}

int session_find_staff(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		       struct staff *s)
{
	static const char sql[] =
		"SELECT s.staff_id, t.username, t.display_name, t.role, s.csrf_token, t.email, "
		"s.last_seen_at < NOW(3) - INTERVAL 30 SECOND AS stale, "
		"(SELECT GROUP_CONCAT(o.name ORDER BY o.name SEPARATOR '\x1f') FROM staff_offices so "
		"JOIN offices o ON o.id = so.office_id WHERE so.staff_id = s.staff_id) "
		"AS office_names, "
		"(SELECT generation FROM choice_lists_state WHERE id = 1) AS lists_gen "
		"FROM staff_sessions s JOIN staff t ON t.id = s.staff_id "
		"WHERE s.id_hash = ? AND s.expires_at > NOW(3) AND t.active "
		"AND s.last_seen_at > NOW(3) - INTERVAL ? SECOND";
	struct db_rows rows;
	memset(s, 0, sizeof(*s));
	if (db_query(db, a, &rows, sql, "si", id_hash, idle_seconds) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	*s = (struct staff){
		.valid = true, .session_hash = id_hash,
		.id = db_get_ll(&rows, 0, "staff_id"),
		.username = db_get(&rows, 0, "username"),
		.display_name = db_get(&rows, 0, "display_name"),
		.role_name = db_get(&rows, 0, "role"),
		.role = role_of(db_get(&rows, 0, "role")),
		.csrf = db_get(&rows, 0, "csrf_token"),
		.email = db_get(&rows, 0, "email"),
		.stale = db_get_int(&rows, 0, "stale") != 0,
		.office_names = db_get(&rows, 0, "office_names"),
		.lists_gen = (unsigned long long)db_get_ll(&rows, 0, "lists_gen"),
	};
	return 1;
}

int session_touch(struct db *db, enum session_kind kind, const char *id_hash)
{
	static const char citizen[] = "UPDATE sessions SET last_seen_at = NOW(3) WHERE id_hash = ?";
	static const char staff[] =
		"UPDATE staff_sessions SET last_seen_at = NOW(3) WHERE id_hash = ?";
	if (kind == SESSION_STAFF)
		return db_exec(db, staff, "s", id_hash);
	return db_exec(db, citizen, "s", id_hash);
}

int session_delete(struct db *db, enum session_kind kind, const char *id_hash)
{
	static const char citizen[] = "DELETE FROM sessions WHERE id_hash = ?";
	static const char staff[] = "DELETE FROM staff_sessions WHERE id_hash = ?";
	if (kind == SESSION_STAFF)
		return db_exec(db, staff, "s", id_hash);
	return db_exec(db, citizen, "s", id_hash);
}

int session_delete_subject(struct db *db, const char *idp_entity_id, const char *name_id)
{
	static const char sql[] = "DELETE FROM sessions WHERE idp_entity_id = ? AND name_id = ?";
	return db_exec(db, sql, "ss", idp_entity_id, name_id);
}
