/* http.h - small pure pieces of HTTP the core needs: reason phrases,
 * If-None-Match matching and the Cookie header. Pure and fuzzed. */
#ifndef CORE_HTTP_H
#define CORE_HTTP_H

#include <stdbool.h>
#include <stddef.h>

const char *http_status_text(int status);
/* Does the If-None-Match header value INM (may be NULL) match ETAG (quoted)?
 * Weak comparison: W/"x" matches "x" (nginx's gzip weakens our tags). */
bool http_etag_matches(const char *inm, const char *etag);

/* The value of cookie NAME in the Cookie header value HEADER (may be NULL):
 * *VALUE points into HEADER, *LEN bytes, not NUL-terminated. Pairs are
 * separated by ';' with optional spaces or tabs before each; the first pair
 * named NAME wins. False when there is none. */
bool http_cookie_find(const char *header, const char *name, const char **value, size_t *len);

#endif
