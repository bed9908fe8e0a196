/* documenti.c - "Documenti e dati": the list of the Comune's public
 * documents (/amministrazione/documenti-e-dati, ?tipo= one type), one
 * document (/documenti/{slug}: type, protocol and date, files, licence, the
 * office, area and person it belongs to) and its files, served only when
 * their content is a PDF, as a download. */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/log.h"
#include "core/req.h"
#include "core/view.h"
#include "media/image.h"
#include "store/document_store.h"

#define LIST "/amministrazione/documenti-e-dati"

/* The types in use, the one chosen marked. */
static void list_types(struct req *r, const struct db_rows *types, const char *chosen)
{
	for (size_t i = 0; i < types->nrows; i++) {
		const char *t = db_get(types, i, "doc_type");
		req_set(r, arena_printf(r->a, "Documents.Types.%zu.name", i), t);
		req_set(r, arena_printf(r->a, "Documents.Types.%zu.count", i),
			db_get(types, i, "count"));
		if (strcmp(t, chosen) == 0)
			req_set(r, arena_printf(r->a, "Documents.Types.%zu.selected", i), "1");
	}
}

/* GET /amministrazione/documenti-e-dati?tipo= */
int page_documenti_list(struct req *r)
{
	const char *type = req_param(r, "tipo");
	struct db_rows types, docs;
	if (!type || strlen(type) > 120)
		type = "";
	if (doc_types(r->db, r->a, &types) < 0 || doc_list(r->db, r->a, type, &docs) < 0)
		return 503;
	list_types(r, &types, type);
	view_rows(r, "Documents.Items", &docs);
	req_set(r, "Documents.type", type);
	req_set_int(r, "Documents.Total", (long)docs.nrows);
	page_amministrazione_frame(r, "Documenti e dati", LIST, NULL, NULL);
	req_set(r, "Page.Description", "I documenti pubblici del Comune: atti, bandi, "
		"regolamenti, bilanci, modulistica e dati.");
	r->tpl = "documenti.cs";
	return 200;
}

/* Document.Files.N.{id,label,filename,url,size}: url BASE/ID, size in kB, at least 1. */
static void list_files(struct req *r, const char *base, const struct db_rows *files)
{
	for (size_t i = 0; i < files->nrows; i++) {
		const char *id = db_get(files, i, "id");
		const char *p = arena_printf(r->a, "Document.Files.%zu", i);
		req_set(r, arena_printf(r->a, "%s.label", p), db_get(files, i, "label"));
		req_set(r, arena_printf(r->a, "%s.filename", p), db_get(files, i, "filename"));
		req_set(r, arena_printf(r->a, "%s.url", p),
			arena_printf(r->a, "%s/%s", base, id));
		long long kb = (db_get_ll(files, i, "bytes") + 1023) / 1024;
		req_set_int(r, arena_printf(r->a, "%s.size_kb", p), kb > 0 ? (long)kb : 1);
	}
}

/* The document page of row D (doc_get() or doc_get_preview()): 0 or 503. */
int page_documenti_render(struct req *r, const struct db_rows *d, const char *base)
{
	struct db_rows files;
	if (doc_files(r->db, r->a, db_get(d, 0, "id"), &files) < 0)
		return 503;
	static const char *const fields[] = {
		"slug", "title", "doc_type", "summary", "protocol", "protocol_date", "published",
		"licence", "office_slug", "office_name", "area_slug", "area_name", "person_slug",
		"person_name", NULL,
	};
	page_fields(r, "Document", d, fields);
	view_markdown(r, "Document.description", db_get(d, 0, "description"));
	req_set(r, "Document.updated", view_date(r, db_get(d, 0, "updated_at")));
	const char *slug = db_get(d, 0, "slug");
	list_files(r, base ? base : arena_printf(r->a, "/documenti/%s/allegati", slug), &files);
	const char *title = db_get(d, 0, "title");
	page_amministrazione_frame(r, title, arena_printf(r->a, "/documenti/%s", slug),
				   "Documenti e dati", LIST);
	req_set(r, "Page.Description", db_get(d, 0, "summary"));
	r->tpl = "documento.cs";
	return 0;
}

/* GET /documenti/{slug} */
int page_documenti_show(struct req *r)
{
	struct db_rows d;
	int status = page_detail_row(r, doc_get, &d, "Il documento che cerchi non esiste.");
	if (status)
		return status;
	return page_documenti_render(r, &d, NULL) ? 503 : 200;
}

int page_pdf_serve(struct req *r, page_pdf_fetch fetch, const char *what)
{
	const char *slug = req_arg(r, 0), *id = req_arg(r, 1);
	if (!page_slug_ok(slug) || !*id || strspn(id, "0123456789") != strlen(id) || strlen(id) > 9)
		return req_error(r, 404, "Il file che cerchi non esiste.");
	struct db_rows f;
	if (fetch(r->db, r->a, slug, atoll(id), &f) < 0)
		return 503;
	if (f.nrows == 0)
		return req_error(r, 404, "Il file che cerchi non esiste.");
	const char *data = db_get(&f, 0, "data");
	unsigned long len = db_get_len(&f, 0, "data");
	const char *why;
	if (!data || media_pdf_check(data, len, &why) < 0) {
		log_warn("%s %s, file %s: not served, its content is not a PDF", what, slug, id);
		return req_error(r, 404, "Il file che cerchi non è disponibile.");
	}
	const char *name = db_get(&f, 0, "filename");
	if (!page_slug_ok(arena_strndup(r->a, name, strcspn(name, "."))) ||
	    strcmp(name + strcspn(name, "."), ".pdf") != 0)
		name = "documento.pdf";
	static struct buf out;
	buf_reset(&out);
	buf_append(&out, data, len);
	r->body = &out;
	r->content_type = "application/pdf";
	req_header(r, "Content-Disposition",
		   arena_printf(r->a, "attachment; filename=\"%s\"", name));
	return 200;
}

/* GET /documenti/{slug}/allegati/{id}: the file, if it is a PDF by content,
 * as a download named by us. */
int page_documenti_file(struct req *r)
{
	return page_pdf_serve(r, doc_file_data, "document");
}
