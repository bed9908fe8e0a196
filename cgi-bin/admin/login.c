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
		who.id = db_get_ll(&rows, 0, "id");
	if (!who.valid || !db_get_int(&rows, 0, "active")) {
		admin_audit(r, NULL, "login-failed", "staff", user, NULL, "unknown or inactive user");
		return form(r, 401, wrong, user);
	}
	if (db_get_int(&rows, 0, "locked")) {
		admin_audit(r, &who, "login-locked", "staff", user, NULL, NULL);
		return form(r, 429, "Troppi tentativi non riusciti: l'account è bloccato per qualche "
				    "minuto.", user);
	}
	long long step = staff_totp_step(db_get(&rows, 0, "totp_secret"), code);
	bool ok = staff_password_ok(db_get(&rows, 0, "password_hash"), pass) &&
		  step > db_get_ll(&rows, 0, "totp_last_step");
	if (!ok) {   /* a TOTP code already used counts as a wrong one */
		staff_login_failed(r->db, who.id, app_conf_int(r->app, "Admin.MaxFailures", 5),
				   app_conf_int(r->app, "Admin.LockSeconds", 900));
		admin_audit(r, &who, "login-failed", "staff", user, NULL, NULL);
		return form(r, 401, wrong, user);
	}
	if (staff_login_ok(r->db, who.id, step) < 0 || staff_sess_start(r, who.id) < 0)
		return 503;
	admin_audit(r, &who, "login", "staff", user, NULL, NULL);
	return req_redirect(r, 303, "/admin");
}

int page_admin_logout(struct req *r)
{
	if (staff_sess_end(r) < 0)
		return 503;
	admin_audit(r, r->staff, "logout", "staff", r->staff->username, NULL, NULL);
	return req_redirect(r, 303, "/admin/login");
}
