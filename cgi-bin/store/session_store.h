/* session_store.h - the two kinds of signed-in sessions, as typed rows:
 * citizens' (table sessions, joined with citizens) and staff's (table
 * staff_sessions, joined with staff). Only the SHA-256 of a cookie is ever
 * stored or looked up. Functions return 0 (or 1 for "found"), or -1 after
 * logging. */
#ifndef STORE_SESSION_STORE_H
#define STORE_SESSION_STORE_H

#include <stdbool.h>

#include "core/db.h"

enum session_kind { SESSION_CITIZEN, SESSION_STAFF };

/* A citizen's live session with the citizen's identity. */
struct session {
	bool valid;
	const char *id_hash;
	long long citizen_id;
	int level;
	const char *federation, *idp_entity_id, *name_id, *name_qualifier, *session_index;
	const char *csrf;
	const char *fiscal_code, *name, *family_name, *email, *phone;
	bool stale;                     /* last seen long enough ago to be touched */
};

/* A member of staff's live session with the account. */
struct staff {
	bool valid;
	long long id;
	const char *username, *display_name, *email, *role_name, *csrf, *session_hash;
	unsigned role;                  /* R_ROLE_* of core/route.h, from role_name */
	bool stale;
	/* the names of the staff's offices in name order, separated by
	 * STAFF_OFFICE_SEP (NULL: none): the header's, read with the session */
	const char *office_names;
	/* choice_lists_state's generation (sql/290), read with the session: the
	 * back office's cached lists of categories, offices and operators hold
	 * while it stays the same */
	unsigned long long lists_gen;
};
#define STAFF_OFFICE_SEP '\x1f'


struct session_row {
	const char *id_hash;            /* hex SHA-256 of the cookie value */
	long long citizen_id;
	int level;
	const char *federation, *idp_entity_id, *name_id, *name_qualifier, *session_index;
	const char *csrf_token;
	int absolute_seconds;
};
int session_insert(struct db *db, const struct session_row *s);
int session_insert_staff(struct db *db, const char *id_hash, long long staff_id, const char *csrf,
			 int absolute_seconds);

/* The live session (not past its absolute expiry, seen within IDLE seconds)
 * of ID_HASH into OUT: 1, 0 when there is none, -1. */
int session_find(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		 struct session *out);
int session_find_staff(struct db *db, struct arena *a, const char *id_hash, int idle_seconds,
		       struct staff *out);
int session_touch(struct db *db, enum session_kind kind, const char *id_hash);
int session_delete(struct db *db, enum session_kind kind, const char *id_hash);
/* Sessions of an IdP subject (IdP-initiated logout). */
int session_delete_subject(struct db *db, const char *idp_entity_id, const char *name_id);

#endif
