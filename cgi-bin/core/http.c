/* http.c - see http.h. */
#include "http.h"

#include <string.h>

const char *http_status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Entity";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default: return status >= 500 ? "Internal Server Error" : "Error";
	}
}

/* If-None-Match: a list of entity tags, weak ones included (nginx's gzip
 * turns our strong tag into W/"..."), or "*". */
bool http_etag_matches(const char *inm, const char *etag)
{
	if (!inm)
		return false;
	size_t elen = strlen(etag);
	for (const char *p = inm; *p;) {
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		if (*p == '*')
			return true;
		if (p[0] == 'W' && p[1] == '/')
			p += 2;
		if (strncmp(p, etag, elen) == 0 && (p[elen] == '\0' || p[elen] == ',' ||
						    p[elen] == ' '))
			return true;
		while (*p && *p != ',')
			p++;
	}
	return false;
}

bool http_cookie_find(const char *header, const char *name, const char **value, size_t *len)
{
	size_t nlen = strlen(name);
	for (const char *p = header; p && *p;) {
		p += strspn(p, " \t;");
		size_t n = strcspn(p, ";");
		if (n > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
			*value = p + nlen + 1;
			*len = n - nlen - 1;
			return true;
		}
		p += n;
	}
	return false;
}
