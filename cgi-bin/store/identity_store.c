/* identity_store.c - see identity_store.h. */
#include "identity_store.h"

#include <stdlib.h>

int citizen_upsert(struct db *db, struct arena *a, const struct citizen_login *c, long long *id)
{
	/* LAST_INSERT_ID(id) makes the existing row's id readable after an update */
	static const char sql[] =
		"INSERT INTO citizens (fiscal_code, name, family_name, email, mobile_phone, "
		"date_of_birth, last_level, last_federation, last_idp, last_login_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3)) "
		"ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), name = VALUES(name), "
		"family_name = VALUES(family_name), "
		"email = IF(VALUES(email) = '', email, VALUES(email)), "
		"mobile_phone = IF(VALUES(mobile_phone) = '', mobile_phone, VALUES(mobile_phone)), "
		"date_of_birth = COALESCE(VALUES(date_of_birth), date_of_birth), "
		"last_level = VALUES(last_level), last_federation = VALUES(last_federation), "
		"last_idp = VALUES(last_idp), last_login_at = NOW(3)";
	(void)a;
	if (db_exec(db, sql, "ssssssiss", c->fiscal_code, c->name, c->family_name, c->email,
		    c->mobile_phone, c->date_of_birth, c->level, c->federation, c->idp_entity_id) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

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

int session_find(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		 struct db_rows *out)
{
	static const char sql[] =
		"SELECT s.citizen_id, s.level, s.federation, s.idp_entity_id, s.name_id, "
		"s.name_qualifier, s.session_index, s.csrf_token, c.fiscal_code, c.name, "
		"c.family_name, c.email, s.last_seen_at < NOW(3) - INTERVAL 60 SECOND AS touch, "
		"c.mobile_phone "
		"FROM sessions s JOIN citizens c ON c.id = s.citizen_id "
		"WHERE s.id_hash = ? AND s.expires_at > NOW(3) "
		"AND s.last_seen_at > NOW(3) - INTERVAL ? SECOND";
	return db_query(db, a, out, sql, "si", id_hash, idle_seconds);
}

int session_touch(struct db *db, const char *id_hash)
{
	static const char sql[] = "UPDATE sessions SET last_seen_at = NOW(3) WHERE id_hash = ?";
	return db_exec(db, sql, "s", id_hash);
}

int session_delete(struct db *db, const char *id_hash)
{
	static const char sql[] = "DELETE FROM sessions WHERE id_hash = ?";
	return db_exec(db, sql, "s", id_hash);
}

int session_delete_subject(struct db *db, const char *idp_entity_id, const char *name_id)
{
	static const char sql[] = "DELETE FROM sessions WHERE idp_entity_id = ? AND name_id = ?";
	return db_exec(db, sql, "ss", idp_entity_id, name_id);
}
