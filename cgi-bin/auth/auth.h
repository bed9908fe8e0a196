/* auth.h - the auth program's handlers, one file per page family. */
#ifndef AUTH_AUTH_H
#define AUTH_AUTH_H

struct req;

int auth_login(struct req *r);          /* login.c: GET /auth/login (chooser or start) */
int auth_me(struct req *r);             /* login.c: GET /auth/me (JSON for the header) */
int auth_acs(struct req *r);            /* acs.c: POST /auth/acs */
int auth_metadata_spid(struct req *r);  /* metadata.c: GET /auth/metadata */
int auth_metadata_cie(struct req *r);   /* metadata.c: GET /auth/metadata/cie */
int auth_logout_form(struct req *r);    /* logout.c: GET /auth/logout */
int auth_logout(struct req *r);         /* logout.c: POST /auth/logout */
int auth_slo(struct req *r);            /* logout.c: GET /auth/slo (HTTP-Redirect) */
int auth_slo_post(struct req *r);       /* logout.c: POST /auth/slo (HTTP-POST) */

/* The login cookie binding a pending request to the browser that started it. */
#define LOGIN_COOKIE "spid_login"

/* Is P a local path we may redirect to after login? */
int auth_next_ok(const char *p);

#endif
