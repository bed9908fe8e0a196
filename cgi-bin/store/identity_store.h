/* identity_store.h - citizens and their sessions: the SQL behind core/sess.c
 * and the auth program. Returns 0, or -1 after logging. */
#ifndef STORE_IDENTITY_STORE_H
#define STORE_IDENTITY_STORE_H

#include "core/db.h"

struct citizen_login {
	const char *fiscal_code, *name, *family_name, *email, *mobile_phone;
	const char *date_of_birth;      /* "YYYY-MM-DD" or NULL */
	int level;
	const char *federation;         /* "spid" or "cie" */
	const char *idp_entity_id;
};

/* Insert or update the citizen by fiscal code; *ID receives its id. */
int citizen_upsert(struct db *db, struct arena *a, const struct citizen_login *c, long long *id);

struct session_row {
	const char *id_hash;            /* hex SHA-256 of the cookie value */
	long long citizen_id;
	int level;
	const char *federation, *idp_entity_id, *name_id, *name_qualifier, *session_index;
	const char *csrf_token;
	int absolute_seconds;
};
int session_insert(struct db *db, const struct session_row *s);
/* The live session (not past its absolute expiry, seen within IDLE seconds)
 * joined with its citizen. Rows: citizen_id, level, federation, idp_entity_id,
 * name_id, name_qualifier, session_index, csrf_token, fiscal_code, name,
 * family_name, email, touch (1 when last_seen_at is older than a minute),
 * mobile_phone. */
int session_find(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		 struct db_rows *out);
int session_touch(struct db *db, const char *id_hash);
int session_delete(struct db *db, const char *id_hash);
/* Sessions of an IdP subject (IdP-initiated logout). */
int session_delete_subject(struct db *db, const char *idp_entity_id, const char *name_id);

#endif
