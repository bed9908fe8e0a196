/* bozza.c - the case form (a draft until filed): category, place (address,
 * optional coordinates, or the GPS position of the first photo with the
 * citizen's consent), title, description, up to 3 photos and 3 PDF
 * documents. "Salva bozza" and "Avanti" store the same way; all is checked
 * first: on any error the form comes back (422) with what was typed and
 * nothing is half-saved. Photos are
 * re-encoded by media/image.c (metadata stripped) before storage. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/multipart.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "media/image.h"
#include "store/case_store.h"

#define MAX_PHOTOS 3
#define MAX_DOCS 3

struct draft {
	struct req *r;
	struct db_rows c;
	long long id;
	const char *code, *type;
	struct case_fields f;
	int errors;
};

static void error(struct draft *d, const char *field, const char *msg)
{
	req_set(d->r, arena_printf(d->r->a, "Form.errors.%s", field), msg);
	req_set(d->r, arena_printf(d->r->a, "Form.error_list.%d", d->errors++), msg);
}

static const char *field(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	return v ? v : "";
}

static int coordinate_ok(const char *s, double limit)
{
	if (!*s)
		return 1;
	char *end;
	double v = strtod(s, &end);
	return *end == '\0' && v >= -limit && v <= limit && strlen(s) <= 12;
}

/* Title, description, place, category: the rules shown next to each field. */
static void check_fields(struct draft *d)
{
	struct req *r = d->r;
	d->f.category_slug = field(r, "categoria");
	d->f.area_slug = field(r, "zona");
	d->f.title = field(r, "titolo");
	d->f.description = field(r, "descrizione");
	d->f.address = field(r, "indirizzo");
	d->f.latitude = field(r, "latitudine");
	d->f.longitude = field(r, "longitudine");
	struct db_rows cat;
	if (!*d->f.category_slug || case_category(r->db, r->a, d->f.category_slug, &cat) < 0 ||
	    cat.nrows != 1 || strcmp(db_cell(&cat, 0, 1), d->type))
		error(d, "categoria", "Scegli una categoria dall'elenco.");
	struct db_rows areas;
	bool area_known = !*d->f.area_slug;
	if (!area_known && case_areas(r->db, r->a, &areas) == 0)
		for (size_t i = 0; i < areas.nrows; i++)
			area_known |= strcmp(db_cell(&areas, i, 0), d->f.area_slug) == 0;
	if (!area_known)
		error(d, "zona", "Scegli una zona dall'elenco, o nessuna.");
	size_t t = utf8_chars(d->f.title), ds = utf8_chars(d->f.description), a = utf8_chars(d->f.address);
	if (t < 5 || t > 120)
		error(d, "titolo", "Il titolo deve avere da 5 a 120 caratteri.");
	if (ds < 10 || ds > 4000)
		error(d, "descrizione", "La descrizione deve avere da 10 a 4000 caratteri.");
	if (a > 200 || (strcmp(d->type, "segnalazione") == 0 && a < 3))
		error(d, "indirizzo", strcmp(d->type, "segnalazione") == 0
			  ? "Indica il luogo (da 3 a 200 caratteri): via e numero civico o un riferimento."
			  : "L'indirizzo può avere al massimo 200 caratteri.");
	if (!coordinate_ok(d->f.latitude, 90) || !coordinate_ok(d->f.longitude, 180) ||
	    (!*d->f.latitude) != (!*d->f.longitude))
		error(d, "posizione", "Le coordinate non sono valide (latitudine e longitudine in gradi decimali).");
}

struct upload_plan {
	struct media_photo photos[MAX_PHOTOS];
	const struct upload *photo_src[MAX_PHOTOS], *docs[MAX_DOCS];
	int nphotos, ndocs;
};

static void free_plan(struct upload_plan *p)
{
	for (int i = 0; i < p->nphotos; i++)
		media_photo_free(&p->photos[i]);
}

/* Every file checked by content and counted against what the draft has. */
static void check_files(struct draft *d, struct upload_plan *p)
{
	struct req *r = d->r;
	int have_photos = 0, have_docs = 0;
	if (case_attachment_count(r->db, r->a, d->id, "photo", &have_photos) < 0 ||
	    case_attachment_count(r->db, r->a, d->id, "document", &have_docs) < 0) {
		error(d, "foto", "Non è stato possibile leggere gli allegati: riprova.");
		return;
	}
	for (size_t i = 0; i < r->files->n; i++) {
		const struct upload *u = &r->files->v[i];
		const char *why = NULL;
		if (strcmp(u->field, "foto") == 0) {
			if (have_photos + p->nphotos >= MAX_PHOTOS) {
				error(d, "foto", "Puoi allegare al massimo 3 foto.");
				continue;
			}
			if (media_photo_process(u->data, u->len, &p->photos[p->nphotos], &why) < 0) {
				error(d, "foto", arena_printf(r->a, "%s: %s", u->filename, why));
				continue;
			}
			p->photo_src[p->nphotos++] = u;
		} else if (strcmp(u->field, "documento") == 0) {
			if (have_docs + p->ndocs >= MAX_DOCS) {
				error(d, "documento", "Puoi allegare al massimo 3 documenti PDF.");
				continue;
			}
			if (media_pdf_check(u->data, u->len, &why) < 0) {
				error(d, "documento", arena_printf(r->a, "%s: %s", u->filename, why));
				continue;
			}
			p->docs[p->ndocs++] = u;
		} else {
			error(d, "foto", "Il modulo contiene un file inatteso.");
		}
	}
}

static int store_files(struct draft *d, struct upload_plan *p)
{
	for (int i = 0; i < p->nphotos; i++) {
		struct media_photo *m = &p->photos[i];
		char name[160];
		snprintf(name, sizeof name, "%s", p->photo_src[i]->filename);
		struct attachment a = {
			.kind = "photo", .filename = *name ? name : "foto.jpg",
			.content_type = "image/jpeg", .sha256 = m->sha256, .data = m->data,
			.len = m->len, .thumb = m->thumb, .thumb_len = m->thumb_len,
			.width = m->width, .height = m->height,
		};
		if (case_attachment_add(d->r->db, d->id, 0, &a) < 0)
			return -1;
	}
	for (int i = 0; i < p->ndocs; i++) {
		const struct upload *u = p->docs[i];
		struct attachment a = {
			.kind = "document", .filename = *u->filename ? u->filename : "documento.pdf",
			.content_type = "application/pdf", .sha256 = token_sha256_hex_data(d->r->a, u->data, u->len),
			.data = u->data, .len = u->len,
		};
		if (case_attachment_add(d->r->db, d->id, 0, &a) < 0)
			return -1;
	}
	return 0;
}

static int load_draft(struct draft *d, struct session *s, int check_csrf)
{
	int st = cases_guard_case(d->r, s, check_csrf, &d->c, &d->code);
	if (st)
		return st;
	d->id = atoll(db_cell(&d->c, 0, 0));
	d->type = db_cell(&d->c, 0, 2);
	if (strcmp(db_cell(&d->c, 0, 3), "draft"))   /* filed: show it, don't edit it */
		return req_redirect(d->r, 303, arena_printf(d->r->a, "/segnalazioni/%s", d->code));
	return 0;
}

/* The form, with the draft's values or with what was just typed. */
static int form(struct draft *d, int status, int typed)
{
	struct req *r = d->r;
	struct db_rows cats, atts, areas;
	if (case_categories(r->db, r->a, d->type, &cats) < 0 || case_areas(r->db, r->a, &areas) < 0 ||
	    case_attachments(r->db, r->a, d->id, &atts) < 0)
		return 503;
	cases_view(r, &d->c);
	view_rows(r, "Categories", &cats);
	view_rows(r, "Areas", &areas);
	view_rows(r, "Attachments", &atts);
	if (typed) {
		req_set(r, "Form.categoria", d->f.category_slug);
		req_set(r, "Form.zona", d->f.area_slug);
		req_set(r, "Form.titolo", d->f.title);
		req_set(r, "Form.descrizione", d->f.description);
		req_set(r, "Form.indirizzo", d->f.address);
		req_set(r, "Form.latitudine", d->f.latitude);
		req_set(r, "Form.longitudine", d->f.longitude);
	} else {
		req_set(r, "Form.categoria", db_cell(&d->c, 0, 4));
		req_set(r, "Form.zona", db_cell(&d->c, 0, (size_t)view_col(&d->c, "area_slug")));
		req_set(r, "Form.titolo", db_cell(&d->c, 0, 6));
		req_set(r, "Form.descrizione", db_cell(&d->c, 0, 7));
		req_set(r, "Form.indirizzo", db_cell(&d->c, 0, 8));
		req_set(r, "Form.latitudine", db_cell(&d->c, 0, 9));
		req_set(r, "Form.longitudine", db_cell(&d->c, 0, 10));
	}
	view_page(r, "segnalazioni", case_type_label(d->type), arena_printf(r->a, "/segnalazioni/%s/modifica", d->code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, case_type_label(d->type), NULL);
	r->tpl = "segnalazione_modulo.cs";
	return status;
}

int page_bozza_form(struct req *r)
{
	struct session s;
	struct draft d = { .r = r };
	int st = load_draft(&d, &s, 0);
	return st ? st : form(&d, 200, 0);
}

int page_bozza_save(struct req *r)
{
	struct session s;
	struct draft d = { .r = r };
	int st = load_draft(&d, &s, 1);
	if (st)
		return st;
	const char *action = field(r, "azione");
	check_fields(&d);
	struct upload_plan plan;
	memset(&plan, 0, sizeof plan);
	check_files(&d, &plan);
	if (!d.errors && !*d.f.latitude && req_form(r, "usa_gps") && plan.nphotos && plan.photos[0].has_gps) {
		d.f.latitude = arena_printf(r->a, "%.6f", plan.photos[0].lat);
		d.f.longitude = arena_printf(r->a, "%.6f", plan.photos[0].lon);
	}
	if (d.errors) {
		free_plan(&plan);
		return form(&d, 422, 1);
	}
	int updated = 0;
	st = 0;
	if (db_begin(r->db) < 0 || case_draft_save(r->db, d.id, s.citizen_id, &d.f, &updated) < 0 ||
	    store_files(&d, &plan) < 0 || db_commit(r->db) < 0) {
		db_rollback(r->db);
		st = 503;
	}
	free_plan(&plan);
	if (st)
		return st;
	if (strcmp(action, "bozza") == 0)
		return req_redirect(r, 303, "/area-personale");
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/riepilogo", d.code));
}
