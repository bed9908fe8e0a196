/* newsroom_files.c - the PDF files of a document (Documenti e dati): listed
 * on the document's form, added one at a time (a PDF by content, at most
 * MEDIA_MAX_PDF, named by us after its label), deleted; each change audited.
 * The portal serves them at /documenti/{slug}/allegati/{id}. */
#include "content.h"

#include <stdio.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/form.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/multipart.h"
#include "core/req.h"
#include "media/image.h"
#include "store/document_store.h"
#include "store/newsroom_store.h"

#define LABEL_MAX 200

int newsroom_files_view(struct req *r, int status)
{
	long long id = form_route_id(r, 0, true);
	struct db_rows files;
	if (id <= 0)
		return status;
	if (doc_files(r->db, r->a, arena_printf(r->a, "%lld", id), &files) < 0)
		return 503;
	for (size_t i = 0; i < files.nrows; i++) {
		const char *p = arena_printf(r->a, "Item.Files.%zu", i);
		long long kb = (db_get_ll(&files, i, "bytes") + 1023) / 1024;
		req_set(r, arena_printf(r->a, "%s.id", p), db_get(&files, i, "id"));
		req_set(r, arena_printf(r->a, "%s.label", p), db_get(&files, i, "label"));
		req_set(r, arena_printf(r->a, "%s.filename", p), db_get(&files, i, "filename"));
		req_set_int(r, arena_printf(r->a, "%s.size_kb", p), kb > 0 ? (long)kb : 1);
	}
	req_set(r, "Item.files_action", arena_printf(r->a, "/admin/documenti/%lld/allegati", id));
	return status;
}

/* The one file part named "pdf", or NULL. */
static const struct upload *pdf_part(const struct req *r)
{
	const struct upload *found = NULL;
	for (size_t i = 0; i < r->files->n; i++) {
		if (strcmp(r->files->v[i].field, "pdf"))
			continue;
		if (found)
			return NULL;
		found = &r->files->v[i];
	}
	return found;
}

/* POST /admin/documenti/:id/allegati (multipart: etichetta, pdf): one PDF
 * more for the document. Editors. */
int bo_documento_file_add(struct req *r)
{
	long long id = form_route_id(r, 0, false);
	if (id <= 0)
		return req_error(r, 404, "Il contenuto non esiste.");
	const char *label = req_form(r, "etichetta");
	if (!label || !*label || strlen(label) > LABEL_MAX)
		return req_error(r, 422, "Scrivi il nome del file (al massimo 200 caratteri), "
					 "per esempio «Delibera firmata».");
	const struct upload *u = pdf_part(r);
	const char *why = "Scegli un file PDF.";
	if (!u || media_pdf_check(u->data, u->len, &why) < 0)
		return req_error(r, 422, why);
	const char *name = form_slugify(r->a, label, 100);
	const char *filename = arena_printf(r->a, "%s.pdf", *name ? name : "documento");
	int n = newsroom_document_file_add(r->db, id, label, filename, u->data, u->len);
	if (n <= 0)
		return n < 0 ? 503 : req_error(r, 404, "Il contenuto non esiste.");
	const char *doc = arena_printf(r->a, "%lld", id);
	admin_audit(r, r->staff, "document-file-add", "document", doc, NULL,
		    arena_printf(r->a, "{\"file\":\"%s\",\"bytes\":\"%zu\"}", filename, u->len));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/documenti/%s?esito=allegato", doc));
}

int newsroom_sub_delete(struct req *r, const struct newsroom_sub *sub)
{
	long long id = form_route_id(r, 0, false), n = form_route_id(r, 1, false);
	if (id <= 0 || n <= 0)
		return req_error(r, 404, sub->missing);
	int done = sub->del(r->db, id, n);
	if (done <= 0)
		return done < 0 ? 503 : req_error(r, 404, sub->missing);
	const char *item = arena_printf(r->a, "%lld", id);
	admin_audit(r, r->staff, sub->action, sub->type, item,
		    arena_printf(r->a, "{\"%s\":\"%lld\"}", sub->key, n), NULL);
	return req_redirect(r, 303, arena_printf(r->a, "/admin/%s/%s?esito=%s", sub->path, item,
						 sub->notice));
}

/* POST /admin/documenti/:id/allegati/:file: the file deleted. Editors. */
int bo_documento_file_delete(struct req *r)
{
	static const struct newsroom_sub files = {
		"documenti", "document", "document-file-delete", "file_id", "allegato-eliminato",
		"Il file non esiste.", newsroom_document_file_delete,
	};
	return newsroom_sub_delete(r, &files);
}
