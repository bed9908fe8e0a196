/* allegati.c - a case's photos, thumbnails and documents, only to the
 * citizen whose case it is (404 otherwise, like a missing one), with the
 * right type, nosniff (set by nginx), an ETag from the stored SHA-256 and
 * PDFs as downloads. */
#include "cases.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "store/case_store.h"

static int serve(struct req *r, int thumb)
{
	struct session s;
	int st = cases_guard(r, &s, 0);
	if (st)
		return st;
	const char *code = req_arg(r, 0), *id = req_arg(r, 1);
	if (strspn(id, "0123456789") != strlen(id) || strlen(id) > 18)
		return 404;
	struct db_rows rows;
	if (case_attachment_data(r->db, r->a, code, s.citizen_id, atoll(id), thumb, &rows) < 0)
		return 503;
	if (rows.nrows != 1)
		return req_error(r, 404, "L'allegato che cerchi non esiste.");
	static struct buf out;
	buf_reset(&out);
	buf_append(&out, db_cell(&rows, 0, 0), rows.lens[0]);
	r->body = &out;
	r->content_type = arena_strdup(r->a, db_cell(&rows, 0, 1));
	r->cache_control = "private, no-cache";
	if (strcmp(r->content_type, "application/pdf") == 0)
		req_header(r, "Content-Disposition", "attachment; filename=\"documento.pdf\"");
	return 200;
}

int page_allegato(struct req *r)
{
	return serve(r, 0);
}

int page_miniatura(struct req *r)
{
	return serve(r, 1);
}
