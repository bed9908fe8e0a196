/* guard.c - what every back-office page checks first: a live staff session
 * (its own cookie, SameSite=Strict, idle timeout Admin.IdleSeconds), the
 * role the page needs, the CSRF token of state-changing forms; and the audit
 * log every action writes to. */
#include "admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "store/audit_store.h"
#include "store/staff_store.h"

unsigned admin_role(const char *name)
{
	static const struct { const char *name; unsigned role; } roles[] = {
		{ "admin", ROLE_ADMIN }, { "editor", ROLE_EDITOR },
		{ "operator", ROLE_OPERATOR }, { "manager", ROLE_MANAGER },
	};
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (name && strcmp(name, roles[i].name) == 0)
			return roles[i].role;
	return 0;
}

static int load(struct req *r, struct staff *s)
{
	memset(s, 0, sizeof(*s));
	const char *cookie = req_cookie(r, STAFF_COOKIE);
	if (!cookie || strlen(cookie) != 43)
		return 0;
	const char *hash = token_sha256_hex(r->a, cookie);
	struct db_rows rows;
	if (staff_session_find(r->db, r->a, hash, app_conf_int(r->app, "Admin.IdleSeconds", 900),
			       &rows) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	s->valid = true;
	s->session_hash = hash;
	s->id = atoll(db_cell(&rows, 0, 0));
	s->username = db_cell(&rows, 0, 1);
	s->display_name = db_cell(&rows, 0, 2);
	s->role_name = db_cell(&rows, 0, 3);
	s->role = admin_role(s->role_name);
	s->csrf = db_cell(&rows, 0, 4);
	s->email = db_cell(&rows, 0, 6);
	if (atoi(db_cell(&rows, 0, 5)) && staff_session_touch(r->db, hash) < 0)
		return -1;
	return 0;
}

int admin_guard(struct req *r, struct staff *s, unsigned roles, int check_csrf)
{
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
	if (!(s->role & roles))
		return req_error(r, 403, "Il tuo ruolo non consente di usare questa pagina.");
	if (check_csrf) {
		const char *t = req_form(r, "csrf");
		if (!t || !token_equal(t, s->csrf))
			return req_error(r, 403, "Il modulo è scaduto o non è valido: ricarica la pagina.");
	}
	return 0;
}

void admin_audit(struct req *r, const struct staff *s, const char *action, const char *type,
		 const char *id, const char *before, const char *after)
{
	struct audit_entry e = {
		.staff_id = s && s->valid ? s->id : 0, .action = action, .object_type = type,
		.object_id = id, .before = before, .after = after,
		.remote_addr = req_env(r, "REMOTE_ADDR"),
	};
	audit_write(r->db, &e);
}
