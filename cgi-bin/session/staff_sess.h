/* staff_sess.h - the back office's sessions: their own cookie (staff_sid,
 * SameSite=Strict), idle timeout Admin.IdleSeconds, absolute
 * Admin.AbsoluteSeconds, a CSRF token per session. The pipeline loads the
 * session for R_STAFF routes (staff_access), checks the route's R_ROLE_*
 * and R_CSRF; handlers read r->staff. */
#ifndef SESSION_STAFF_SESS_H
#define SESSION_STAFF_SESS_H

#include "core/route.h"
#include "store/session_store.h"

struct req;

#define STAFF_COOKIE "staff_sid"

/* A staff member's roles are route flags, so a route table names them. */
enum staff_role {
	ROLE_ADMIN = R_ROLE_ADMIN,         /* accounts, categories, routing rules */
	ROLE_EDITOR = R_ROLE_EDITOR,       /* content */
	ROLE_OPERATOR = R_ROLE_OPERATOR,   /* the cases of their offices */
	ROLE_MANAGER = R_ROLE_MANAGER,     /* dashboard, every case read-only */
};

/* The access hook of struct app: no session -> a GET goes to /admin/login,
 * anything else 403; a role the route does not list -> 403. Puts
 * Staff.{name,username,role,csrf} in the page HDF. */
int staff_access(struct req *r, unsigned flags);
/* The csrf_token hook of struct app. */
const char *staff_csrf_token(const struct req *r);
/* A new session for STAFF_ID after a good login (the cookie id changes). */
int staff_sess_start(struct req *r, long long staff_id);
/* End the request's staff session and expire the cookie. */
int staff_sess_end(struct req *r);

#endif
