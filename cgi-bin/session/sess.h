/* sess.h - citizens' sessions, for the programs that have them (auth,
 * cases): a 256-bit random id in the "sid" cookie (HttpOnly, SameSite=Lax,
 * Secure under HTTPS), only its SHA-256 in MariaDB, idle and absolute
 * timeouts (Session.IdleSeconds, Session.AbsoluteSeconds), a per-session CSRF
 * token for every form. The pipeline loads the session for routes flagged
 * R_SESSION or R_CITIZEN (sess_access) and checks R_CSRF against it; handlers
 * read r->sess. */
#ifndef SESSION_SESS_H
#define SESSION_SESS_H

#include <stdbool.h>

#include "store/session_store.h"

struct req;

#define SESS_COOKIE "sid"

/* The access hook of struct app: R_SESSION loads the session if any;
 * R_CITIZEN also requires it at Session.MinLevel (default 2): a GET without
 * goes to the login and comes back, anything else is a 403. */
int sess_access(struct req *r, unsigned flags);
/* The csrf_token hook of struct app. */
const char *sess_csrf_token(const struct req *r);

/* The hex SHA-256 of cookie NAME when it has the shape of ours, or NULL. */
const char *sess_cookie_hash(struct req *r, const char *name);
/* A new session cookie NAME (replacing the request's previous one, whose row
 * of KIND is deleted: the id always changes at login). *HASH receives what
 * to store. 0 or -1. */
int sess_cookie_new(struct req *r, const char *name, enum session_kind kind, const char **hash);

/* A new session for ROW (its id_hash, csrf_token and absolute_seconds are
 * filled here). Sets the cookie. 0 or -1. */
int sess_start(struct req *r, struct session_row *row);
/* End S (if valid) and expire the cookie. 0 or -1. */
int sess_end(struct req *r, const struct session *s);
/* Put Session.{name,family_name,fiscal_code,level,csrf} in the page HDF. */
void sess_view(struct req *r, const struct session *s);

#endif
