/* req.h - one request as handlers see it: inputs already validated by the
 * core (method, path, route arguments, query parameters), a page HDF to fill,
 * and the response to describe (status, template, extra headers).
 * Handlers return an HTTP status; the core renders and sends. */
#ifndef CORE_REQ_H
#define CORE_REQ_H

#include <ClearSilver.h>
#include <stdbool.h>
#include <stddef.h>

#include "query.h"
#include "route.h"

struct app;
struct arena;
struct buf;
struct cache_page;
struct uploads;
struct db;
struct session;              /* session/sess.h: a citizen's */
struct staff;                /* session/staff_sess.h: a member of staff's */

#define REQ_MAX_HEADERS 16

struct req {
	struct arena *a;
	const struct app *app;
	struct db *db;
	void *env;                   /* FCGX_ParamArray */
	void *fcgx_in;               /* FCGX_Stream of the request body */
	const char *method;          /* GET, HEAD, POST... (HEAD runs GET handlers) */
	const char *path;            /* decoded by nginx, valid UTF-8 */
	const char *request_id;
	struct params query;
	struct params form;          /* urlencoded body of R_POST_BODY routes (or multipart text fields) */
	struct uploads *files;       /* file parts of an R_UPLOAD body (never NULL there) */
	struct route_match match;
	struct session *sess;        /* loaded by the pipeline for R_SESSION / R_CITIZEN routes */
	struct staff *staff;         /* loaded by the pipeline for R_STAFF routes */
	HDF *hdf;                    /* page data for the template */

	/* response */
	const char *tpl;             /* template file, e.g. "servizio.cs" */
	bool tpl_on_5xx;             /* render TPL for a 5xx too (a form given back), not the error page */
	const char *content_type;    /* default text/html; charset=utf-8 */
	struct buf *body;            /* raw body when no template is named */
	const char *cache_control;   /* default "no-cache" (revalidate with the ETag) */
	size_t nheaders;
	struct {
		const char *name, *value;
	} headers[REQ_MAX_HEADERS];

	/* page cache bookkeeping, the core's own */
	struct {
		const struct cache_page *hit;
		const char *key;
		unsigned long long gen;
		bool store;
		const char *page_dir;   /* core/page_files.h: live as seen before the data */
	} cache;
};

/* Route argument I (":slug" segments, left to right), copied into the arena. */
const char *req_arg(struct req *r, int i);
/* First query parameter NAME, or NULL. */
const char *req_param(struct req *r, const char *name);
/* First form field NAME of an R_POST_BODY route's body, or NULL. */
const char *req_form(struct req *r, const char *name);
/* Was form field NAME sent with bytes that are not text (R_FORM_MARKS routes:
 * its req_form value has them as U+FFFD)? */
bool req_form_bad(struct req *r, const char *name);
/* The value of cookie NAME from the Cookie header, or NULL. */
const char *req_cookie(struct req *r, const char *name);
/* Is the request served over HTTPS (nginx sets HTTPS=on)? */
bool req_https(struct req *r);
enum cookie_samesite { SAMESITE_LAX, SAMESITE_STRICT, SAMESITE_NONE };
/* Set-Cookie NAME=VALUE; Path=/; HttpOnly; SameSite; Secure under HTTPS
 * (SameSite=None needs Secure: over plain HTTP it falls back to Lax).
 * MAX_AGE < 0: a session cookie; 0: delete it. */
void req_set_cookie(struct req *r, const char *name, const char *value, long max_age,
		    enum cookie_samesite samesite);
/* A FastCGI parameter (HTTP_COOKIE, REMOTE_ADDR...), or NULL. */
const char *req_env(struct req *r, const char *name);
void req_header(struct req *r, const char *name, const char *value);

/* HDF setters for handlers; out of memory aborts the worker. */
void req_set(struct req *r, const char *name, const char *value);
void req_setf(struct req *r, const char *name_fmt, ...) __attribute__((format(printf, 2, 3)));
void req_set_int(struct req *r, const char *name, long value);
/* A list's row: the node NAME (made if absent), and a value set under it by
 * a plain NAME, so that filling a row walks its path once, not per cell. */
HDF *req_node(struct req *r, const char *name);
void req_node_set(HDF *node, const char *name, const char *value);

/* Describe an error page and return STATUS (for `return req_error(...)`);
 * MESSAGE NULL keeps the status's default text. */
int req_error(struct req *r, int status, const char *message);
/* Answer with a redirect to a local path; returns STATUS (301, 302, 303). */
int req_redirect(struct req *r, int status, const char *location);
/* A 302 to an absolute http(s) URL of a trusted party (an identity provider);
 * anything else answers 500. */
int req_redirect_external(struct req *r, const char *url);

#endif
