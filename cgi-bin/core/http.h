/* http.h - small pure pieces of HTTP the core needs: reason phrases and
 * If-None-Match matching. */
#ifndef CORE_HTTP_H
#define CORE_HTTP_H

#include <stdbool.h>

const char *http_status_text(int status);
/* Does the If-None-Match header value INM (may be NULL) match ETAG (quoted)?
 * Weak comparison: W/"x" matches "x" (nginx's gzip weakens our tags). */
bool http_etag_matches(const char *inm, const char *etag);

#endif
