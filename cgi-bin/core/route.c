/* route.c - see route.h. Linear scan: tables are a few dozen entries and
 * matching is a handful of byte compares each. */
#include "route.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool slug_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

static bool path_match(const char *pat, const char *path, struct route_match *m)
{
	m->nargs = 0;
	while (*pat && *path) {
		if (*pat == ':') {
			while (*pat && *pat != '/')
				pat++;
			const char *start = path;
			while (*path && *path != '/') {
				if (!slug_char(*path))
					return false;
				path++;
			}
			size_t len = (size_t)(path - start);
			if (len == 0 || len > ROUTE_SLUG_MAX || m->nargs == ROUTE_MAX_ARGS)
				return false;
			m->args[m->nargs].p = start;
			m->args[m->nargs].len = len;
			m->nargs++;
			continue;
		}
		if (*pat != *path)
			return false;
		pat++;
		path++;
	}
	return *pat == '\0' && *path == '\0';
}

static bool method_ok(const char *route_method, const char *method)
{
	return strcmp(route_method, method) == 0 ||
	       (strcmp(method, "HEAD") == 0 && strcmp(route_method, "GET") == 0);
}

static void allow_add(char *allow, size_t allowlen, const char *method)
{
	size_t used = strlen(allow);
	if (strstr(allow, method))
		return;
	snprintf(allow + used, allowlen - used, "%s%s", used ? ", " : "", method);
}

enum route_result route_find(const struct route *routes, size_t n, const char *method,
			     const char *path, struct route_match *m, char *allow, size_t allowlen)
{
	bool path_seen = false;
	if (allowlen)
		allow[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (!path_match(routes[i].pattern, path, m))
			continue;
		if (method_ok(routes[i].method, method)) {
			m->route = &routes[i];
			return ROUTE_FOUND;
		}
		path_seen = true;
		if (allowlen) {
			allow_add(allow, allowlen, routes[i].method);
			if (strcmp(routes[i].method, "GET") == 0)
				allow_add(allow, allowlen, "HEAD");
		}
	}
	m->route = NULL;
	return path_seen ? ROUTE_BAD_METHOD : ROUTE_NOT_FOUND;
}
