/* admin.h - the back office: staff login (Argon2id password + TOTP, lockout),
 * staff sessions (their own cookie, idle timeout), role checks, the audit log,
 * and the pages of each role. Routes in cgi-bin/admin.c. */
#ifndef ADMIN_ADMIN_H
#define ADMIN_ADMIN_H

#include <stdbool.h>
#include <stddef.h>

#include "session/staff_sess.h"

struct app;
struct req;

/* audit.c: write an audit row for S (NULL: no staff, e.g. a failed login),
 * in the caller's transaction if any: 0 or -1. */
int admin_audit(struct req *r, const struct staff *s, const char *action, const char *type,
		const char *id, const char *before, const char *after);

/* frame.c: the page's title and CANONICAL URL, the breadcrumb Area riservata
 * > LIST (at LIST_URL; none when NULL) > TITLE, and the template TPL. */
void admin_frame(struct req *r, const char *title, const char *canonical, const char *list,
		 const char *list_url, const char *tpl);

/* frame.c: the program's access hook: staff_access, then the staff
 * header's Staff.{role_label,Offices} and the Can.* rooms of the role. */
int admin_access(struct req *r, unsigned flags);

/* login.c */
int page_admin_login_form(struct req *r);   /* GET  /admin/login */
int page_admin_login(struct req *r);        /* POST /admin/login */
int page_admin_logout(struct req *r);       /* POST /admin/logout */
/* home.c */
int page_admin_home(struct req *r);         /* GET  /admin */
/* profilo.c: the e-mails about cases a staff member gets */
int bo_profilo_notifiche(struct req *r);       /* GET  /admin/profilo/notifiche */
int bo_profilo_notifiche_save(struct req *r);  /* POST /admin/profilo/notifiche */
/* public_pages.c: after_write of the back office (core/app.h) */
void bo_public_pages_refresh(struct req *r);

/* staff_auth.c: the two factors, checked with libargon2 and liboath. */
int staff_password_ok(const char *encoded, const char *password);
/* The TOTP step CODE is valid for (now ± 1 step), or -1. */
long long staff_totp_step(const char *secret_b32, const char *code);
/* A new Argon2id hash of PASSWORD (2 passes, 19 MiB, 1 lane, random salt)
 * into OUT (SIZE >= 128), or -1. */
int staff_password_hash(const char *password, char *out, size_t size);
/* A new TOTP secret: 20 random bytes, base32 (malloc'ed: free it), or NULL. */
char *staff_totp_secret_new(void);

#endif
