/* sess.c - see sess.h. */
#include "sess.h"

#include <stdio.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"

const char *sess_cookie_hash(struct req *r, const char *name)
{
	const char *cookie = req_cookie(r, name);
	if (!cookie || strlen(cookie) != 43)
		return NULL;
	return token_sha256_hex(r->a, cookie);
}

int sess_cookie_new(struct req *r, const char *name, enum session_kind kind, const char **hash)
{
	const char *old = sess_cookie_hash(r, name);
	if (old && session_delete(r->db, kind, old) < 0)
		return -1;
	const char *cookie = token_new(r->a, 32);
	*hash = token_sha256_hex(r->a, cookie);
	req_set_cookie(r, name, cookie, -1,
		       kind == SESSION_STAFF ? SAMESITE_STRICT : SAMESITE_LAX);
	return 0;
}

static int load(struct req *r, struct session *s)
{
	memset(s, 0, sizeof(*s));
	const char *hash = sess_cookie_hash(r, SESS_COOKIE);
	if (!hash)
		return 0;
	int idle = app_conf_int(r->app, "Session.IdleSeconds", 1800);
	int found = session_find(r->db, r->a, hash, idle, s);
	if (found < 0)
		return -1;
	if (found && s->stale && session_touch(r->db, SESSION_CITIZEN, hash) < 0)
		return -1;
	return 0;
}

/* REQUEST_URI as the next= query value of the login URL. */
static const char *next_param(struct req *r)
{
	const char *uri = req_env(r, "REQUEST_URI");
	const char *next = uri ? uri : r->path;
	size_t n = strlen(next);
	char *esc = arena_alloc(r->a, n * 3 + 1), *o = esc;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)next[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("-._~/", c))
			*o++ = (char)c;
		else
			o += snprintf(o, 4, "%%%02X", c);
	}
	*o = '\0';
	return esc;
}

int sess_access(struct req *r, unsigned flags)
{
	r->sess = arena_calloc(r->a, 1, sizeof(*r->sess));
	r->cache_control = "no-store";
	if (load(r, r->sess) < 0)
		return 503;
	int level = app_conf_int(r->app, "Session.MinLevel", 2);
	if ((flags & R_CITIZEN) && (!r->sess->valid || r->sess->level < level)) {
		if (strcmp(r->method, "GET") && strcmp(r->method, "HEAD"))
			return req_error(r, 403, "La sessione è scaduta: accedi di nuovo e ripeti "
						 "l'operazione.");
		req_header(r, "Location", arena_printf(r->a, "/auth/login?level=%d&next=%s", level,
						       next_param(r)));
		return 302;
	}
	sess_view(r, r->sess);
	return 0;
}

const char *sess_csrf_token(const struct req *r)
{
	return r->sess && r->sess->valid ? r->sess->csrf : NULL;
}

int sess_start(struct req *r, struct session_row *row)
{
	if (sess_cookie_new(r, SESS_COOKIE, SESSION_CITIZEN, &row->id_hash) < 0)
		return -1;
	row->csrf_token = token_hex(r->a, 32);
	row->absolute_seconds = app_conf_int(r->app, "Session.AbsoluteSeconds", 8 * 3600);
	return session_insert(r->db, row);
}

int sess_end(struct req *r, const struct session *s)
{
	if (s->valid && session_delete(r->db, SESSION_CITIZEN, s->id_hash) < 0)
		return -1;
	req_set_cookie(r, SESS_COOKIE, "", 0, SAMESITE_LAX);
	return 0;
}

void sess_view(struct req *r, const struct session *s)
{
	if (!s->valid)
		return;
	req_set(r, "Session.name", s->name);
	req_set(r, "Session.family_name", s->family_name);
	req_set(r, "Session.fiscal_code", s->fiscal_code);
	req_set_int(r, "Session.level", s->level);
	req_set(r, "Session.csrf", s->csrf);
}
