/* accounts.c - the staff accounts (administrators only): the list, a new
 * account (its password and TOTP secret shown once, never stored in clear),
 * name, e-mail, role and offices, deactivate and reactivate, unlock, and
 * reset (new password and TOTP secret, the person's sessions ended). An
 * administrator can neither deactivate nor demote themselves. Every change
 * is audited with the account before and after as JSON (no secret in it). */
#include "setup.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/form.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "store/content_store.h"
#include "store/setup_store.h"

static const char *const ROLES[] = {
	"operator", "Operatore (le pratiche dei suoi uffici)",
	"editor", "Redattore (i contenuti del portale)",
	"manager", "Responsabile (cruscotto, pratiche in lettura)",
	"admin", "Amministratore (account, categorie, instradamento)",
	NULL,
};

static const struct field new_fields[] = {
	{ "username", "Nome utente", "Da 3 a 60 caratteri: lettere minuscole, cifre, punto, "
	  "trattino e trattino basso. Non si può cambiare.", FK_TEXT, 60, true },
	{ "display_name", "Nome e cognome", NULL, FK_TEXT, 160, true },
	{ "email", "E-mail", NULL, FK_EMAIL, 254, true },
	{ "role", "Ruolo", NULL, FK_CHOICE, 0, true, NULL, ROLES },
	{ "offices", "Uffici", "Solo per gli operatori (almeno uno): gli uffici di cui trattano "
	  "le pratiche.", FK_MULTI, 0, false },
};
#define NEW_N (sizeof new_fields / sizeof *new_fields)

/* What the audit log keeps of an account. */
static const struct field audit_fields[] = {
	{ "username", "", NULL, FK_TEXT, 0, false },
	{ "display_name", "", NULL, FK_TEXT, 0, false },
	{ "email", "", NULL, FK_TEXT, 0, false },
	{ "role", "", NULL, FK_TEXT, 0, false },
	{ "offices", "", NULL, FK_TEXT, 0, false },
	{ "active", "", NULL, FK_BOOL, 0, false },
	{ "locked", "", NULL, FK_BOOL, 0, false },
};

void setup_notice(struct req *r)
{
	static const char *const notices[] = {
		"salvato", "Modifiche salvate.",
		"disattivato", "Account disattivato: le sue sessioni sono state chiuse.",
		"riattivato", "Account riattivato.",
		"sbloccato", "Account sbloccato.",
		"percorso", "Instradamento salvato.",
		"rimosso", "Instradamento rimosso.",
	};
	const char *e = req_param(r, "esito");
	for (size_t i = 0; e && i < sizeof notices / sizeof *notices; i += 2)
		if (strcmp(e, notices[i]) == 0)
			req_set(r, "Notice.text", notices[i + 1]);
}

static const char *role_label(const char *role)
{
	for (size_t i = 0; ROLES[i]; i += 2)
		if (role && strcmp(role, ROLES[i]) == 0)
			return ROLES[i + 1];
	return role ? role : "";
}

int bo_accounts(struct req *r)
{
	struct db_rows rows;
	if (setup_staff_list(r->db, r->a, &rows) < 0)
		return 503;
	view_rows(r, "Accounts", &rows);
	for (size_t i = 0; i < rows.nrows; i++)
		req_set(r, arena_printf(r->a, "Accounts.%zu.role_label", i),
			role_label(db_get(&rows, i, "role")));
	admin_frame(r, "Account del personale", "/admin/account", NULL, NULL, "admin/account.cs");
	setup_notice(r);
	return 200;
}

struct acct {
	struct req *r;
	long long id;                  /* 0: new */
	struct db_rows row, offices;
	struct form f;
};

static int load(struct acct *a, struct req *r)
{
	memset(a, 0, sizeof(*a));
	a->r = r;
	if ((a->id = form_route_id(r, 0, true)) < 0)
		return req_error(r, 404, "L'account non esiste.");
	if (a->id && setup_staff_get(r->db, r->a, a->id, &a->row) < 0)
		return 503;
	if (a->id && a->row.nrows != 1)
		return req_error(r, 404, "L'account non esiste.");
	if (content_offices(r->db, r->a, &a->offices) < 0)
		return 503;
	/* an existing account's username is fixed: the form has the other fields */
	if (a->id)
		form_init(&a->f, r, new_fields + 1, NEW_N - 1);
	else
		form_init(&a->f, r, new_fields, NEW_N);
	form_options(&a->f, "offices", &a->offices, "name");
	return 0;
}

static const char *account_json(struct acct *a)
{
	struct db_rows row;
	if (setup_staff_get(a->r->db, a->r->a, a->id, &row) < 0 || row.nrows != 1)
		return NULL;
	struct form f;
	form_init(&f, a->r, audit_fields, sizeof audit_fields / sizeof *audit_fields);
	form_from_row(&f, &row);
	return form_json(&f);
}

static int show(struct acct *a, int status)
{
	struct req *r = a->r;
	const char *title = "Nuovo account";
	if (a->id) {
		view_row(r, "Account", &a->row, 0);
		req_set(r, "Account.role_label", role_label(db_get(&a->row, 0, "role")));
		req_set_int(r, "Account.self", a->id == r->staff->id);
		title = arena_printf(r->a, "Account %s", db_get(&a->row, 0, "username"));
	}
	form_show(&a->f);
	req_set(r, "Item.action", arena_printf(r->a, "/admin/account/%s", req_arg(r, 0)));
	admin_frame(r, title, r->path, "Account del personale", "/admin/account",
		    "admin/account_modulo.cs");
	setup_notice(r);
	return status;
}

int bo_account_form(struct req *r)
{
	struct acct a;
	int st = load(&a, r);
	if (st)
		return st;
	if (a.id)
		form_from_row(&a.f, &a.row);
	else
		form_set(&a.f, "role", "operator");
	return show(&a, 200);
}

/* The page with the new credentials: shown once, never stored in clear. */
static int credentials(struct acct *a, const char *password, const char *secret, bool created)
{
	struct req *r = a->r;
	const char *user = db_get(&a->row, 0, "username");
	req_set(r, "Credentials.username", user);
	req_set(r, "Credentials.password", password);
	req_set(r, "Credentials.secret", secret);
	req_set(r, "Credentials.uri", arena_printf(r->a, "otpauth://totp/Valdimonte:%s?secret=%s"
						   "&issuer=Valdimonte", user, secret));
	req_set_int(r, "Credentials.created", created);
	req_set(r, "Credentials.account", arena_printf(r->a, "/admin/account/%lld", a->id));
	const char *title = created ? "Account creato" : "Credenziali reimpostate";
	admin_frame(r, title, r->path, "Account del personale", "/admin/account",
		    "admin/account_credenziali.cs");
	return 200;
}

static struct setup_account account_of(const struct form *f)
{
	return (struct setup_account){
		.username = form_get(f, "username"), .display_name = form_get(f, "display_name"),
		.email = form_get(f, "email"), .role = form_get(f, "role"),
		.offices = form_get(f, "offices"),
	};
}

/* New password and TOTP secret for account A->id (or for a new account when
 * CREATE): returns the status of the page. */
static int new_credentials(struct acct *a, bool create)
{
	struct req *r = a->r;
	const char *password = token_new(r->a, 12);   /* 16 characters */
	char hash[200];
	char *secret = staff_totp_secret_new();
	if (!secret || staff_password_hash(password, hash, sizeof hash) < 0) {
		free(secret);
		return req_error(r, 500, "Non è stato possibile generare le credenziali.");
	}
	const char *totp = arena_strdup(r->a, secret);
	free(secret);
	const char *before = create ? NULL : account_json(a);
	const struct setup_account n = account_of(&a->f);
	int rc = create ? setup_staff_create(r->db, &n, hash, totp, &a->id)
			: setup_staff_reset(r->db, a->id, hash, totp);
	if (rc > 0) {
		form_error(&a->f, "username", "Questo nome utente è già usato: scegline un altro.");
		return show(a, 422);
	}
	if (rc < 0)
		return 503;
	const char *id = arena_printf(r->a, "%lld", a->id);
	if (setup_staff_get(r->db, r->a, a->id, &a->row) < 0 || a->row.nrows != 1)
		return 503;
	const char *after = account_json(a);
	admin_audit(r, r->staff, create ? "staff-create" : "staff-reset", "staff", id, before,
		    create ? after : "{\"credentials\": \"reset\"}");
	return credentials(a, password, totp, create);
}

static bool username_ok(const char *u)
{
	size_t n = strlen(u);
	return n >= 3 && n <= 60 &&
	       strspn(u, "abcdefghijklmnopqrstuvwxyz0123456789._-") == n;
}

static int save_fields(struct acct *a)
{
	struct req *r = a->r;
	form_from_request(&a->f);
	form_check(&a->f);
	const char *role = form_get(&a->f, "role");
	if (!a->id && *form_get(&a->f, "username") && !username_ok(form_get(&a->f, "username")))
		form_error(&a->f, "username", "«Nome utente»: da 3 a 60 caratteri tra lettere "
			   "minuscole, cifre, punto, trattino e trattino basso.");
	if (strcmp(role, "operator") == 0 && !*form_get(&a->f, "offices"))
		form_error(&a->f, "offices", "«Uffici»: un operatore lavora per almeno un ufficio.");
	if (a->id == r->staff->id && strcmp(role, "admin") != 0)
		form_error(&a->f, "role", "Non puoi togliere a te stesso il ruolo di amministratore.");
	if (a->f.errors)
		return show(a, 422);
	if (strcmp(role, "operator") != 0)
		form_set(&a->f, "offices", "");
	if (!a->id)
		return new_credentials(a, true);

	const char *before = account_json(a);
	const struct setup_account n = account_of(&a->f);
	if (setup_staff_save(r->db, a->id, &n) < 0)
		return 503;
	const char *id = arena_printf(r->a, "%lld", a->id);
	admin_audit(r, r->staff, "staff-update", "staff", id, before, account_json(a));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/account/%s?esito=salvato", id));
}

int bo_account_save(struct req *r)
{
	struct acct a;
	int st = load(&a, r);
	if (st)
		return st;
	const char *action = req_form(r, "azione");
	if (!action || !*action || strcmp(action, "salva") == 0)
		return save_fields(&a);
	if (!a.id)
		return req_error(r, 400, "Azione non valida.");
	form_from_row(&a.f, &a.row);
	if (strcmp(action, "reimposta") == 0)
		return new_credentials(&a, false);
	const char *done, *audit;
	bool self = a.id == r->staff->id;
	const char *before = account_json(&a);
	if (strcmp(action, "disattiva") == 0) {
		if (self) {
			form_error(&a.f, "account", "Non puoi disattivare il tuo account.");
			return show(&a, 422);
		}
		if (setup_staff_deactivate(r->db, a.id) < 0)
			return 503;
		done = "disattivato";
		audit = "staff-deactivate";
	} else if (strcmp(action, "riattiva") == 0) {
		if (setup_staff_reactivate(r->db, a.id) < 0)
			return 503;
		done = "riattivato";
		audit = "staff-reactivate";
	} else if (strcmp(action, "sblocca") == 0) {
		if (setup_staff_unlock(r->db, a.id) < 0)
			return 503;
		done = "sbloccato";
		audit = "staff-unlock";
	} else {
		return req_error(r, 400, "Azione non valida.");
	}
	const char *id = arena_printf(r->a, "%lld", a.id);
	admin_audit(r, r->staff, audit, "staff", id, before, account_json(&a));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/account/%s?esito=%s", id, done));
}
