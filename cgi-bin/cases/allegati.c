/* allegati.c - a case's photos, thumbnails and documents, only to the
 * citizen whose case it is (404 otherwise, like a missing one), with the
 * right type, nosniff (set by nginx), an ETag from the stored SHA-256 and
 * PDFs as downloads; and the stored form of a PDF the citizen sends. */
#include "cases.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/multipart.h"
#include "core/req.h"
#include "core/token.h"
#include "session/sess.h"
#include "store/case_store.h"

static int serve(struct req *r, int thumb)
{
	const char *code = req_arg(r, 0), *id = req_arg(r, 1);
	if (strspn(id, "0123456789") != strlen(id) || strlen(id) > 18)
		return 404;
	struct attachment_data f;
	int found = case_attachment_data(r->db, r->a, code, r->sess->citizen_id, atoll(id), thumb, &f);
	if (found < 0)
		return 503;
	if (!found)
		return req_error(r, 404, "L'allegato che cerchi non esiste.");
	static struct buf out;
	buf_reset(&out);
	buf_append(&out, f.data, f.len);
	r->body = &out;
	r->content_type = arena_strdup(r->a, f.content_type);
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

void cases_pdf_attachment(struct req *r, const struct upload *u, struct attachment *out)
{
	*out = (struct attachment){
		.kind = "document", .filename = *u->filename ? u->filename : "documento.pdf",
		.content_type = "application/pdf", .sha256 = token_sha256_hex_data(r->a, u->data, u->len),
		.data = u->data, .len = u->len,
	};
}
