/* staff_sess.c - see staff_sess.h. */
#include "staff_sess.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "session/sess.h"

static int load(struct req *r, struct staff *s)
{
	const char *hash = sess_cookie_hash(r, STAFF_COOKIE);
	memset(s, 0, sizeof(*s));
	if (!hash)
		return 0;
	int idle = app_conf_int(r->app, "Admin.IdleSeconds", 900);
	int found = session_find_staff(r->db, r->a, hash, idle, s);
	if (found < 0)
		return -1;
	if (found && s->stale && session_touch(r->db, SESSION_STAFF, hash) < 0)
		return -1;
	return 0;
}

int staff_access(struct req *r, unsigned flags)
{
	struct staff *s = r->staff = arena_calloc(r->a, 1, sizeof(*r->staff));
	r->cache_control = "no-store";
	if (load(r, s) < 0)
		return 503;
	if (!s->valid) {
		if (strcmp(r->method, "GET") && strcmp(r->method, "HEAD"))
			return req_error(r, 403, "La sessione è scaduta: accedi di nuovo.");
		return req_redirect(r, 302, "/admin/login");
	}
	req_set(r, "Staff.name", s->display_name);
	req_set(r, "Staff.username", s->username);
	req_set(r, "Staff.role", s->role_name);
	req_set(r, "Staff.csrf", s->csrf);
	if ((flags & R_ROLES) && !(s->role & flags))
		return req_error(r, 403, "Il tuo ruolo non consente di usare questa pagina.");
	return 0;
}

const char *staff_csrf_token(const struct req *r)
{
	return r->staff && r->staff->valid ? r->staff->csrf : NULL;
}

int staff_sess_start(struct req *r, long long staff_id)
{
	const char *hash;
	if (sess_cookie_new(r, STAFF_COOKIE, SESSION_STAFF, &hash) < 0)
		return -1;
	return session_insert_staff(r->db, hash, staff_id, token_hex(r->a, 32),
				    app_conf_int(r->app, "Admin.AbsoluteSeconds", 8 * 3600));
}

int staff_sess_end(struct req *r)
{
	if (r->staff && r->staff->valid &&
	    session_delete(r->db, SESSION_STAFF, r->staff->session_hash) < 0)
		return -1;
	req_set_cookie(r, STAFF_COOKIE, "", 0, SAMESITE_STRICT);
	return 0;
}
