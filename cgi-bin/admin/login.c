/* login.c - GET/POST /admin/login: username, password and the six-digit TOTP
 * code. Failures count towards a lockout (Admin.MaxFailures, then
 * Admin.LockSeconds); every attempt is audited; the answer never says which
 * factor was wrong. POST /admin/logout ends the session. */
#include "admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "store/staff_store.h"

static int form(struct req *r, int status, const char *error, const char *username)
{
	if (error)
		req_set(r, "Login.error", error);
	req_set(r, "Login.username", username ? username : "");
	view_page(r, "admin", "Area riservata: accesso", "/admin/login");
	r->tpl = "admin/login.cs";
	r->cache_control = "no-store";
	return status;
}

int page_admin_login_form(struct req *r)
{
	return form(r, 200, NULL, NULL);
}

static int start_session(struct req *r, long long staff_id)
{
	const char *old = req_cookie(r, STAFF_COOKIE);
	if (old && staff_session_delete(r->db, token_sha256_hex(r->a, old)) < 0)
		return -1;
	const char *cookie = token_new(r->a, 32);
	if (staff_session_insert(r->db, token_sha256_hex(r->a, cookie), staff_id, token_hex(r->a, 32),
				 app_conf_int(r->app, "Admin.AbsoluteSeconds", 8 * 3600)) < 0)
		return -1;
	req_set_cookie(r, STAFF_COOKIE, cookie, -1, SAMESITE_STRICT);
	return 0;
}

int page_admin_login(struct req *r)
{
	const char *user = req_form(r, "username"), *pass = req_form(r, "password");
	const char *code = req_form(r, "totp");
	static const char wrong[] = "Nome utente, password o codice non corretti.";
	if (!user || !*user || strlen(user) > 60 || !pass || !code)
		return form(r, 400, wrong, user);
	struct db_rows rows;
	if (staff_by_username(r->db, r->a, user, &rows) < 0)
		return 503;
	struct staff who = { .valid = rows.nrows == 1 };
	if (who.valid)
		who.id = atoll(db_cell(&rows, 0, 0));
	if (!who.valid || !atoi(db_cell(&rows, 0, 9))) {
		admin_audit(r, NULL, "login-failed", "staff", user, NULL, "unknown or inactive user");
		return form(r, 401, wrong, user);
	}
	if (atoi(db_cell(&rows, 0, 8))) {
		admin_audit(r, &who, "login-locked", "staff", user, NULL, NULL);
		return form(r, 429, "Troppi tentativi non riusciti: l'account è bloccato per qualche "
				    "minuto.", user);
	}
	long long step = staff_totp_step(db_cell(&rows, 0, 5), code);
	bool ok = staff_password_ok(db_cell(&rows, 0, 4), pass) && step > atoll(db_cell(&rows, 0, 6));
	if (!ok) {   /* a TOTP code already used counts as a wrong one */
		staff_login_failed(r->db, who.id, app_conf_int(r->app, "Admin.MaxFailures", 5),
				   app_conf_int(r->app, "Admin.LockSeconds", 900));
		admin_audit(r, &who, "login-failed", "staff", user, NULL, NULL);
		return form(r, 401, wrong, user);
	}
	if (staff_login_ok(r->db, who.id, step) < 0 || start_session(r, who.id) < 0)
		return 503;
	admin_audit(r, &who, "login", "staff", user, NULL, NULL);
	return req_redirect(r, 303, "/admin");
}

int page_admin_logout(struct req *r)
{
	struct staff s;
	int st = admin_guard(r, &s, ROLE_ADMIN | ROLE_EDITOR | ROLE_OPERATOR | ROLE_MANAGER, 1);
	if (st)
		return st;
	if (staff_session_delete(r->db, s.session_hash) < 0)
		return 503;
	admin_audit(r, &s, "logout", "staff", s.username, NULL, NULL);
	req_set_cookie(r, STAFF_COOKIE, "", 0, SAMESITE_STRICT);
	return req_redirect(r, 303, "/admin/login");
}
