/* route.h - one static route table per program, matched on method + path.
 *
 * A pattern is literal segments and ":name" segments; a ":name" segment
 * matches a slug, [a-z0-9-] only, 1 to ROUTE_SLUG_MAX bytes. HEAD is served
 * by GET routes. A path that matches only under other methods is a 405 and
 * the Allow list is reported. */
#ifndef CORE_ROUTE_H
#define CORE_ROUTE_H

#include <stddef.h>

struct req;
typedef int (*handler_fn)(struct req *r);

/* What a route needs and who may call it. The access flags are checked once
 * by the pipeline (app.c) before the handler runs, through the program's
 * access hook (struct app); a route without any is public. Every route that
 * is not GET carries R_CSRF, or R_NO_CSRF on purpose; app_main refuses to
 * start otherwise, and `PROGRAM --routes` prints the table with its flags. */
enum route_flags {
	R_NONE = 0,
	R_POST_BODY = 1 << 0,  /* handler reads a request body */
	R_CACHE = 1 << 1,      /* the page depends only on the URL and the app's data generation */
	R_UPLOAD = 1 << 2,     /* the body may also be multipart/form-data, up to App.MaxUpload */
	/* access */
	R_SESSION = 1 << 3,    /* the citizen's session if there is one (r->sess, maybe not valid) */
	R_CITIZEN = 1 << 4,    /* a citizen session at Session.MinLevel or more: else to the login */
	R_STAFF = 1 << 5,      /* a staff session (r->staff) of any role, or of the R_ROLE_* given */
	R_ROLE_ADMIN = 1 << 6,
	R_ROLE_EDITOR = 1 << 7,
	R_ROLE_OPERATOR = 1 << 8,
	R_ROLE_MANAGER = 1 << 9,
	R_CSRF = 1 << 10,      /* the form's "csrf" field equals the session's token, else 403 */
	R_NO_CSRF = 1 << 11,   /* changes state without our token, on purpose (signed SAML, login) */
	R_FORM_MARKS = 1 << 12, /* a body value that is not clean text reaches the handler cleaned
				 * and marked (req_form_bad) instead of a 400: its form shows it */
};
#define R_ROLES (R_ROLE_ADMIN | R_ROLE_EDITOR | R_ROLE_OPERATOR | R_ROLE_MANAGER)
#define R_ACCESS (R_SESSION | R_CITIZEN | R_STAFF | R_ROLES)

struct route {
	const char *method;
	const char *pattern;
	handler_fn handler;
	unsigned flags;
};

#define ROUTE_MAX_ARGS 4
#define ROUTE_SLUG_MAX 120

struct route_match {
	const struct route *route;
	int nargs;
	struct {
		const char *p;
		size_t len;
	} args[ROUTE_MAX_ARGS];
};

enum route_result { ROUTE_FOUND, ROUTE_NOT_FOUND, ROUTE_BAD_METHOD };

/* ALLOW receives "GET, HEAD, POST"-style text when the result is ROUTE_BAD_METHOD. */
enum route_result route_find(const struct route *routes, size_t n, const char *method,
			     const char *path, struct route_match *m, char *allow, size_t allowlen);

#endif
