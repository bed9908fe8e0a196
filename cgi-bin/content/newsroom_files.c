/* newsroom_files.c - the PDF files of a document (Documenti e dati) and of a
 * news item (its attachments): listed under the item's form, added one at a
 * time (a PDF by content, at most MEDIA_MAX_PDF, named by us after its
 * label), deleted; each change audited. The portal serves them at
 * /documenti/{slug}/allegati/{id} and /novita/{slug}/allegati/{id}, for
 * published items only; the editors' previews link them here,
 * /admin/documenti/{id}/allegati/{file}, published or not. */
#include "content.h"

#include <stdio.h>
#include <string.h>

#include "admin/admin.h"
#include "admin/crud.h"
#include "admin/form.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/multipart.h"
#include "core/req.h"
#include "media/image.h"
#include "pages/pages.h"
#include "store/document_store.h"
#include "store/news_store.h"
#include "store/newsroom_store.h"

#define LABEL_MAX 200

/* The files of one kind: /admin/PATH/:id/allegati, audited on TYPE, under
 * the form of FORM. */
struct files_kind {
	const char *path, *type;
	int (*form)(struct req *r);
	int (*list)(struct db *db, struct arena *a, const char *id, struct db_rows *out);
	int (*add)(struct db *db, long long id, const char *label, const char *filename,
		   const void *data, size_t len);
	struct newsroom_sub del;
};

static const struct files_kind document_files = {
	"documenti", "document", bo_documento_form, doc_files, newsroom_document_file_add,
	{ "documenti", "document", "document-file-delete", "file_id", "allegato-eliminato",
	  "Il file non esiste.", newsroom_document_file_delete, &newsroom_document_kind },
};
static const struct files_kind news_files = {
	"notizie", "news", bo_notizia_form, newsroom_news_files, newsroom_news_file_add,
	{ "notizie", "news", "news-file-delete", "file_id", "allegato-eliminato",
	  "Il file non esiste.", newsroom_news_file_delete, &newsroom_news_kind },
};

/* The form of an item of K with Item.Files and the upload's action: STATUS or 503. */
static int files_view(struct req *r, int status, const struct files_kind *k)
{
	long long id = form_route_id(r, 0, true);
	struct db_rows files;
	if (id <= 0)
		return status;
	if (k->list(r->db, r->a, arena_printf(r->a, "%lld", id), &files) < 0)
		return 503;
	for (size_t i = 0; i < files.nrows; i++) {
		const char *p = arena_printf(r->a, "Item.Files.%zu", i);
		long long kb = (db_get_ll(&files, i, "bytes") + 1023) / 1024;
		req_set(r, arena_printf(r->a, "%s.id", p), db_get(&files, i, "id"));
		req_set(r, arena_printf(r->a, "%s.label", p), db_get(&files, i, "label"));
		req_set(r, arena_printf(r->a, "%s.filename", p), db_get(&files, i, "filename"));
		req_set_int(r, arena_printf(r->a, "%s.size_kb", p), kb > 0 ? (long)kb : 1);
	}
	req_set(r, "Item.files_action", arena_printf(r->a, "/admin/%s/%lld/allegati", k->path, id));
	return status;
}

int newsroom_document_files_view(struct req *r, int status)
{
	return files_view(r, status, &document_files);
}

int newsroom_news_files_view(struct req *r, int status)
{
	return files_view(r, status, &news_files);
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

void newsroom_sub_error(struct sub_errors *e, const char *name, const char *msg)
{
	struct req *r = e->r;
	req_set(r, arena_printf(r->a, "Form.error_list.%d", e->n), msg);
	req_set(r, arena_printf(r->a, "Form.error_list.%d.field", e->n++),
		arena_printf(r->a, "%s%s", e->prefix, name));
	req_set(r, arena_printf(r->a, "Sub.errors.%s", name), msg);
}

int newsroom_sub_refused(struct sub_errors *e, int (*form)(struct req *r))
{
	int st = form(e->r);
	return st == 200 ? 422 : st;
}

/* One file more: crud_members_change()'s change. */
struct file_add_op {
	const struct files_kind *k;
	long long id;
	const char *label, *filename;
	const struct upload *u;
};

static int file_add_op(struct req *r, void *ctx)
{
	const struct file_add_op *o = ctx;
	return o->k->add(r->db, o->id, o->label, o->filename, o->u->data, o->u->len);
}

/* POST /admin/PATH/:id/allegati (multipart: etichetta, pdf): one PDF more
 * for the item of K; refused, the form again with the messages. */
static int file_add(struct req *r, const struct files_kind *k)
{
	long long id = form_route_id(r, 0, false);
	if (id <= 0)
		return req_error(r, 404, "Il contenuto non esiste.");
	struct sub_errors e = { r, "f-", 0 };
	const char *label = req_form(r, "etichetta");
	if (!label || !*label || strlen(label) > LABEL_MAX)
		newsroom_sub_error(&e, "etichetta", "Scrivi il nome del file (al massimo 200 "
					 "caratteri), per esempio «Delibera firmata».");
	const struct upload *u = pdf_part(r);
	const char *why = "Scegli un file PDF.";
	if (!u || media_pdf_check(u->data, u->len, &why) < 0)
		newsroom_sub_error(&e, "pdf", why);
	if (e.n) {
		req_set(r, "Sub.values.etichetta", label ? label : "");
		return newsroom_sub_refused(&e, k->form);
	}
	const char *name = form_slugify(r->a, label, 100);
	const char *filename = arena_printf(r->a, "%s.pdf", *name ? name : "documento");
	struct file_add_op op = { k, id, label, filename, u };
	int n = crud_members_change(r, k->del.item, file_add_op, &op);
	if (n <= 0)
		return n < 0 ? 503 : req_error(r, 404, "Il contenuto non esiste.");
	const char *item = arena_printf(r->a, "%lld", id);
	admin_audit(r, r->staff, arena_printf(r->a, "%s-file-add", k->type), k->type, item, NULL,
		    arena_printf(r->a, "{\"file\":\"%s\",\"bytes\":\"%zu\"}", filename, u->len));
	return req_redirect(r, 303,
			    arena_printf(r->a, "/admin/%s/%s?esito=allegato", k->path, item));
}

/* POST /admin/documenti/:id/allegati. Editors. */
int bo_documento_file_add(struct req *r)
{
	return file_add(r, &document_files);
}

/* POST /admin/notizie/:id/allegati. Editors. */
int bo_notizia_file_add(struct req *r)
{
	return file_add(r, &news_files);
}

/* One row removed: crud_members_change()'s change. */
struct sub_delete_op {
	const struct newsroom_sub *sub;
	long long id, n;
};

static int sub_delete_op(struct req *r, void *ctx)
{
	const struct sub_delete_op *o = ctx;
	return o->sub->del(r->db, o->id, o->n);
}

int newsroom_sub_delete(struct req *r, const struct newsroom_sub *sub)
{
	long long id = form_route_id(r, 0, false), n = form_route_id(r, 1, false);
	if (id <= 0 || n <= 0)
		return req_error(r, 404, sub->missing);
	struct sub_delete_op op = { sub, id, n };
	int done = crud_members_change(r, sub->item, sub_delete_op, &op);
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
	return newsroom_sub_delete(r, &document_files.del);
}

/* POST /admin/notizie/:id/allegati/:file: the attachment deleted. Editors. */
int bo_notizia_file_delete(struct req *r)
{
	return newsroom_sub_delete(r, &news_files.del);
}

/* The file as the portal serves it (page_pdf_serve(): a PDF by content, a
 * download named by us), kept by no cache: the item may be unpublished. */
static int file_serve(struct req *r, page_pdf_fetch fetch, const char *what)
{
	int st = page_pdf_serve(r, fetch, what);
	r->cache_control = "private, no-store";
	return st;
}

/* GET /admin/documenti/:id/allegati/:file: a file of the document, published
 * or not (the preview's links). Editors. */
int bo_documento_file(struct req *r)
{
	return file_serve(r, doc_file_data_preview, "document");
}

/* GET /admin/notizie/:id/allegati/:file: an attachment of the news item,
 * published or not (the preview's links). Editors. */
int bo_notizia_file(struct req *r)
{
	return file_serve(r, news_attachment_data_preview, "news");
}
