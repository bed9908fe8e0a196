/* multipart.c - see multipart.h. */
#define _GNU_SOURCE   /* memmem, strcasestr */
#include "multipart.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "query.h"

#define MAX_BOUNDARY 70   /* RFC 2046 */

/* The boundary parameter of CT, unquoted, copied into the arena. */
static const char *boundary_of(struct arena *a, const char *ct)
{
	if (!ct || strncasecmp(ct, "multipart/form-data", 19) != 0)
		return NULL;
	const char *p = strcasestr(ct, "boundary=");
	if (!p)
		return NULL;
	p += 9;
	size_t len;
	if (*p == '"') {
		p++;
		len = strcspn(p, "\"");
		if (p[len] != '"')
			return NULL;
	} else {
		len = strcspn(p, "; \t");
	}
	if (len == 0 || len > MAX_BOUNDARY)
		return NULL;
	return arena_strndup(a, p, len);
}

static const unsigned char *find(const unsigned char *hay, size_t n, const char *needle, size_t m)
{
	if (m == 0 || n < m)
		return NULL;
	return memmem(hay, n, needle, m);
}

/* A Content-Disposition parameter value (name= or filename=), quoted or not. */
static const char *param(struct arena *a, const char *h, size_t hlen, const char *key)
{
	size_t klen = strlen(key);
	for (size_t i = 0; i + klen < hlen; i++) {
		if (strncasecmp(h + i, key, klen) != 0 || (i && h[i - 1] != ' ' && h[i - 1] != ';'))
			continue;
		const char *v = h + i + klen;
		size_t rest = hlen - i - klen;
		if (rest && *v == '"') {
			const char *end = memchr(v + 1, '"', rest - 1);
			return end ? arena_strndup(a, v + 1, (size_t)(end - v - 1)) : NULL;
		}
		size_t len = 0;
		while (len < rest && v[len] != ';' && v[len] != ' ' && v[len] != '\r')
			len++;
		return arena_strndup(a, v, len);
	}
	return NULL;
}

static bool clean_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
			return false;
	}
	return utf8_valid(s, n);
}

/* Keep the last path component and only harmless characters: the name is
 * shown to people, never used as a path. */
static const char *display_name(struct arena *a, const char *name)
{
	const char *base = name;
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	size_t n = strlen(base);
	if (n > 120)
		n = 120;
	char *out = arena_strndup(a, base, n);
	for (char *p = out; *p; p++)
		if ((unsigned char)*p < 0x20 || strchr("<>\"'&;", *p))
			*p = '_';
	return utf8_valid(out, strlen(out)) ? out : "file";
}

/* One part: headers up to a blank line, then the content. */
static enum multipart_status part(struct arena *a, const unsigned char *p, size_t n,
				  struct params *fields, struct uploads *files)
{
	const unsigned char *sep = find(p, n, "\r\n\r\n", 4);
	if (!sep)
		return MULTIPART_MALFORMED;
	const char *h = (const char *)p;
	size_t hlen = (size_t)(sep - p);
	const unsigned char *data = sep + 4;
	size_t dlen = n - hlen - 4;
	const char *cd = NULL;
	size_t cdlen = 0;
	for (size_t i = 0; i < hlen;) {   /* find the Content-Disposition line */
		size_t e = i;
		while (e < hlen && !(h[e] == '\r' && e + 1 < hlen && h[e + 1] == '\n'))
			e++;
		if (e - i > 20 && strncasecmp(h + i, "Content-Disposition:", 20) == 0) {
			cd = h + i + 20;
			cdlen = e - i - 20;
		}
		i = e + 2;
	}
	if (!cd)
		return MULTIPART_MALFORMED;
	const char *name = param(a, cd, cdlen, "name=");
	const char *filename = param(a, cd, cdlen, "filename=");
	if (!name || !*name || !clean_text(name, strlen(name)))
		return MULTIPART_BAD_TEXT;
	if (filename) {
		if (!*filename && dlen == 0)
			return MULTIPART_OK;      /* a file input left empty */
		if (files->n == MULTIPART_MAX_PARTS)
			return MULTIPART_TOO_MANY;
		struct upload *u = &files->v[files->n++];
		u->field = name;
		u->filename = display_name(a, filename);
		u->data = data;
		u->len = dlen;
		return MULTIPART_OK;
	}
	if (fields->n == MULTIPART_MAX_PARTS)
		return MULTIPART_TOO_MANY;
	struct param *f = &fields->v[fields->n++];
	f->name = name;
	if (clean_text((const char *)data, dlen))
		f->value = arena_strndup(a, (const char *)data, dlen);
	else   /* kept, cleaned and marked: the form shows the field flagged */
		f->value = text_clean(a, (const char *)data, dlen, &f->bad);
	fields->nbad += f->bad;
	return MULTIPART_OK;
}

enum multipart_status multipart_parse(struct arena *a, const char *content_type,
				      const unsigned char *body, size_t len, struct params *fields,
				      struct uploads *files)
{
	memset(files, 0, sizeof(*files));
	fields->n = fields->nbad = 0;
	fields->v = arena_calloc(a, MULTIPART_MAX_PARTS, sizeof(*fields->v));
	const char *b = boundary_of(a, content_type);
	if (!b)
		return MULTIPART_NO_BOUNDARY;
	/* delimiter = CRLF "--" boundary; the first one may lack the CRLF */
	const char *delim = arena_printf(a, "\r\n--%s", b);
	size_t dl = strlen(delim);
	if (len < dl - 2 || memcmp(body, delim + 2, dl - 2) != 0)
		return MULTIPART_MALFORMED;
	const unsigned char *p = body + dl - 2, *end = body + len;
	for (size_t parts = 0;; parts++) {
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return MULTIPART_OK;          /* close delimiter */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;                          /* transport padding */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return MULTIPART_MALFORMED;
		p += 2;
		if (parts == MULTIPART_MAX_PARTS)
			return MULTIPART_TOO_MANY;
		const unsigned char *next = find(p, (size_t)(end - p), delim, dl);
		if (!next)
			return MULTIPART_MALFORMED;
		enum multipart_status st = part(a, p, (size_t)(next - p), fields, files);
		if (st != MULTIPART_OK)
			return st;
		p = next + dl;
	}
}
