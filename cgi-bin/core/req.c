/* req.c - see req.h. */
#include "req.h"

#include <fcgiapp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "http.h"
#include "log.h"

static void check(NEOERR *err)
{
	if (err) {
		nerr_log_error(err);
		log_error("HDF: out of memory");
		abort();
	}
}

const char *req_arg(struct req *r, int i)
{
	if (i < 0 || i >= r->match.nargs)
		return NULL;
	return arena_strndup(r->a, r->match.args[i].p, r->match.args[i].len);
}

const char *req_param(struct req *r, const char *name)
{
	return params_get(&r->query, name);
}

const char *req_form(struct req *r, const char *name)
{
	return params_get(&r->form, name);
}

bool req_form_bad(struct req *r, const char *name)
{
	return params_bad(&r->form, name);
}

const char *req_cookie(struct req *r, const char *name)
{
	const char *v;
	size_t len;
	if (!http_cookie_find(req_env(r, "HTTP_COOKIE"), name, &v, &len))
		return NULL;
	return arena_strndup(r->a, v, len);
}

bool req_https(struct req *r)
{
	const char *https = req_env(r, "HTTPS");
	return https && strcmp(https, "on") == 0;
}

void req_set_cookie(struct req *r, const char *name, const char *value, long max_age,
		    enum cookie_samesite samesite)
{
	bool secure = req_https(r);
	if (samesite == SAMESITE_NONE && !secure)
		samesite = SAMESITE_LAX;
	static const char *const ss[] = { "Lax", "Strict", "None" };
	char age[40] = "";
	if (max_age >= 0)
		snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
	req_header(r, "Set-Cookie", arena_printf(r->a, "%s=%s; Path=/; HttpOnly; SameSite=%s%s%s", name,
						   value, ss[samesite], secure ? "; Secure" : "", age));
}

const char *req_env(struct req *r, const char *name)
{
	return FCGX_GetParam(name, r->env);
}

void req_header(struct req *r, const char *name, const char *value)
{
	if (r->nheaders == REQ_MAX_HEADERS) {
		log_error("too many response headers: %s dropped", name);
		return;
	}
	r->headers[r->nheaders].name = name;
	r->headers[r->nheaders].value = value;
	r->nheaders++;
}

void req_set(struct req *r, const char *name, const char *value)
{
	check(hdf_set_value(r->hdf, name, value ? value : ""));
}

void req_setf(struct req *r, const char *name_fmt, ...)
{
	va_list ap;
	va_start(ap, name_fmt);
	char *s = arena_vprintf(r->a, name_fmt, ap);
	va_end(ap);
	/* "Name=value": split at the first '=' of the formatted text */
	char *eq = s;
	while (*eq && *eq != '=')
		eq++;
	if (*eq)
		*eq++ = '\0';
	check(hdf_set_value(r->hdf, s, eq));
}

HDF *req_node(struct req *r, const char *name)
{
	HDF *node;
	check(hdf_get_node(r->hdf, name, &node));
	return node;
}

void req_node_set(HDF *node, const char *name, const char *value)
{
	check(hdf_set_value(node, name, value ? value : ""));
}

void req_set_int(struct req *r, const char *name, long value)
{
	char num[24];
	snprintf(num, sizeof num, "%ld", value);
	check(hdf_set_value(r->hdf, name, num));
}

int req_error(struct req *r, int status, const char *message)
{
	if (message)
		req_set(r, "Error.message", message);
	r->tpl = NULL;    /* the core renders error.cs */
	return status;
}

int req_redirect(struct req *r, int status, const char *location)
{
	/* only local paths: "/x", never "//host" or a scheme */
	if (location[0] != '/' || location[1] == '/' || location[1] == '\\')
		location = "/";
	req_header(r, "Location", location);
	r->tpl = NULL;
	r->content_type = "text/plain; charset=utf-8";
	return status;
}

int req_redirect_external(struct req *r, const char *url)
{
	if ((strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0) ||
	    strpbrk(url, "\r\n"))
		return 500;
	req_header(r, "Location", url);
	r->tpl = NULL;
	r->content_type = "text/plain; charset=utf-8";
	return 302;
}
