/* multipart.h - multipart/form-data (RFC 7578) parsing of a body held in
 * memory (nginx has buffered it, and its size was checked against the
 * route's limit). Pure and fuzzed: parts are slices of the arena copy; field
 * names must be valid UTF-8 without control characters; a text value that is
 * not (invalid UTF-8, NUL, ESC...) is kept with those bytes as U+FFFD and
 * marked bad (struct param, see query.h);
 * file parts keep their bytes as sent, and their client-sent type and name
 * are informational only (uploads are judged by content). */
#ifndef CORE_MULTIPART_H
#define CORE_MULTIPART_H

#include <stddef.h>

struct arena;
struct params;

#define MULTIPART_MAX_PARTS 32

struct upload {
	const char *field;       /* form field name */
	const char *filename;    /* as sent, sanitised for display; "" if none */
	const unsigned char *data;
	size_t len;
};

struct uploads {
	struct upload v[MULTIPART_MAX_PARTS];
	size_t n;
};

enum multipart_status {
	MULTIPART_OK = 0,
	MULTIPART_NO_BOUNDARY,      /* Content-Type lacks a usable boundary */
	MULTIPART_MALFORMED,        /* delimiters or part headers are wrong */
	MULTIPART_TOO_MANY,         /* more than MULTIPART_MAX_PARTS parts */
	MULTIPART_BAD_TEXT,         /* a field name is not clean UTF-8 */
};

/* Parse BODY (LEN bytes) sent with CONTENT_TYPE. Text fields go to FIELDS
 * (like a urlencoded form), file parts (those with a filename parameter) to
 * FILES; an empty file input (filename="" and no bytes) is dropped. */
enum multipart_status multipart_parse(struct arena *a, const char *content_type,
				      const unsigned char *body, size_t len, struct params *fields,
				      struct uploads *files);

#endif
