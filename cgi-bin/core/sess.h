/* sess.h - citizens' sessions, for every program: a 256-bit random id in the
 * "sid" cookie (HttpOnly, SameSite=Lax, Secure under HTTPS), only its SHA-256
 * in MariaDB, idle and absolute timeouts (Session.IdleSeconds,
 * Session.AbsoluteSeconds), a per-session CSRF token for every form. */
#ifndef CORE_SESS_H
#define CORE_SESS_H

#include <stdbool.h>

struct req;
struct session_row;

#define SESS_COOKIE "sid"

struct session {
	bool valid;
	const char *id_hash;
	long long citizen_id;
	int level;
	const char *federation, *idp_entity_id, *name_id, *name_qualifier, *session_index;
	const char *csrf;
	const char *fiscal_code, *name, *family_name, *email, *phone;
};

/* The request's live session, if any (S->valid). 0, or -1 on database error. */
int sess_load(struct req *r, struct session *s);
/* A new session for ROW (its id_hash, csrf_token and absolute_seconds are
 * filled here), replacing the request's previous one: the id always changes
 * at login. Sets the cookie. 0 or -1. */
int sess_start(struct req *r, struct session_row *row);
/* End S (if valid) and expire the cookie. 0 or -1. */
int sess_end(struct req *r, const struct session *s);
/* Does the form's "csrf" field match the session's token? */
bool sess_csrf_ok(struct req *r, const struct session *s);
/* Put Session.{name,family_name,fiscal_code,level,csrf} in the page HDF. */
void sess_view(struct req *r, const struct session *s);

#endif
