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

enum route_flags {
	R_NONE = 0,
	R_POST_BODY = 1 << 0,  /* handler reads a request body */
	R_CACHE = 1 << 1,      /* the page depends only on the URL and the app's data generation */
	R_UPLOAD = 1 << 2,     /* the body may also be multipart/form-data, up to App.MaxUpload */
};

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
