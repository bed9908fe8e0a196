/* identity_store.h - citizens as the auth program records them at login
 * (sessions: session_store.h). Returns 0, or -1 after logging. */
#ifndef STORE_IDENTITY_STORE_H
#define STORE_IDENTITY_STORE_H

struct arena;
struct db;

struct citizen_login {
	const char *fiscal_code, *name, *family_name, *email, *mobile_phone;
	const char *date_of_birth;      /* "YYYY-MM-DD" or NULL */
	int level;
	const char *federation;         /* "spid" or "cie" */
	const char *idp_entity_id;
};

/* Insert or update the citizen by fiscal code; *ID receives its id. */
int citizen_upsert(struct db *db, struct arena *a, const struct citizen_login *c, long long *id);

#endif
