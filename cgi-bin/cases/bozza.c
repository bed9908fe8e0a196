/* bozza.c - the case form (a draft until filed): category, place (address,
 * optional coordinates, or the GPS position of the first photo with the
 * citizen's consent), title, description, up to 3 photos and 3 PDF
 * documents. "Salva bozza" and "Avanti" store the same way; all is checked
 * first: on any error the form comes back (422) with what was typed and
 * nothing is half-saved. The store saves the fields and the files in one
 * transaction that holds the draft locked while it counts the files already
 * there, so parallel saves cannot pass the limits and a draft filed meanwhile
 * gets nothing. Photos are re-encoded by media/image.c (metadata stripped). */
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
#include "core/view.h"
#include "media/image.h"
#include "session/sess.h"
#include "store/case_store.h"
#include "store/case_voice_store.h"

#define MAX_FILES (CASE_MAX_PHOTOS + CASE_MAX_DOCS)

struct draft {
	struct req *r;
	struct case_row c;
	struct case_fields f;
	int errors;
};

static void error(struct draft *d, const char *field, const char *msg)
{
	req_set(d->r, arena_printf(d->r->a, "Form.errors.%s", field), msg);
	req_set(d->r, arena_printf(d->r->a, "Form.error_list.%d", d->errors), msg);
	/* the summary links each message to its field */
	req_set(d->r, arena_printf(d->r->a, "Form.error_list.%d.field", d->errors++), field);
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

/* Text field NAME, called LABEL in messages ("Il titolo"), with characters
 * between MIN and MAX; ONE_LINE: no line break nor control character. The
 * first rule broken is shown next to the field. */
static void check_text(struct draft *d, const char *name, const char *label, size_t min,
		       size_t max, bool one_line, const char *length_msg)
{
	const char *v = field(d->r, name);
	size_t n = utf8_chars(v);
	if (req_form_bad(d->r, name))
		error(d, name, arena_printf(d->r->a, "%s contiene caratteri non ammessi "
					    "(mostrati come \xEF\xBF\xBD): correggilo.", label));
	else if (one_line && !text_one_line(v))
		error(d, name, arena_printf(d->r->a, "%s deve stare su una sola riga, senza "
					    "caratteri di controllo.", label));
	else if (n < min || n > max)
		error(d, name, length_msg);
}

static bool area_known(struct req *r, const char *slug)
{
	struct case_area *z;
	size_t n;
	if (!*slug)
		return true;
	if (case_area_list(r->db, r->a, &z, &n) < 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strcmp(z[i].slug, slug) == 0)
			return true;
	return false;
}

/* Title, description, place, category: the rules shown next to each field. */
static void check_fields(struct draft *d)
{
	struct req *r = d->r;
	bool report = strcmp(d->c.case_type, "segnalazione") == 0;
	d->f = (struct case_fields){
		.category_slug = field(r, "categoria"), .area_slug = field(r, "zona"),
		.title = field(r, "titolo"), .description = field(r, "descrizione"),
		.address = field(r, "indirizzo"), .latitude = field(r, "latitudine"),
		.longitude = field(r, "longitudine"),
	};
	struct case_category k;
	if (!*d->f.category_slug || case_category_get(r->db, r->a, d->f.category_slug, &k) != 1 ||
	    strcmp(k.case_type, d->c.case_type))
		error(d, "categoria", "Scegli una categoria dall'elenco.");
	if (!area_known(r, d->f.area_slug))
		error(d, "zona", "Scegli una zona dall'elenco, o nessuna.");
	check_text(d, "titolo", "Il titolo", 5, 120, true, "Il titolo deve avere da 5 a 120 caratteri.");
	check_text(d, "descrizione", "La descrizione", 10, 4000, false,
		   "La descrizione deve avere da 10 a 4000 caratteri.");
	check_text(d, "indirizzo", "L'indirizzo", report ? 3 : 0, 200, true, report
		   ? "Indica il luogo (da 3 a 200 caratteri): via e numero civico o un riferimento."
		   : "L'indirizzo può avere al massimo 200 caratteri.");
	if (!coordinate_ok(d->f.latitude, 90) || !coordinate_ok(d->f.longitude, 180) ||
	    (!*d->f.latitude) != (!*d->f.longitude))
		error(d, "posizione", "Le coordinate non sono valide (latitudine e longitudine in "
			  "gradi decimali).");
}

/* The files to store, checked by content; photos re-encoded (freed by free_plan). */
struct upload_plan {
	struct media_photo photos[CASE_MAX_PHOTOS];
	struct attachment files[MAX_FILES];
	int nphotos, ndocs, have_photos, have_docs;
};

static void free_plan(struct upload_plan *p)
{
	for (int i = 0; i < p->nphotos; i++)
		media_photo_free(&p->photos[i]);
}

static void add_photo(struct draft *d, struct upload_plan *p, const struct upload *u)
{
	const char *why = NULL;
	if (p->have_photos + p->nphotos >= CASE_MAX_PHOTOS) {
		error(d, "foto", "Puoi allegare al massimo 3 foto.");
		return;
	}
	struct media_photo *m = &p->photos[p->nphotos];
	if (media_photo_process(u->data, u->len, m, &why) < 0) {
		error(d, "foto", arena_printf(d->r->a, "%s: %s", u->filename, why));
		return;
	}
	p->nphotos++;
	p->files[p->nphotos + p->ndocs - 1] = (struct attachment){
		.kind = "photo", .filename = *u->filename ? u->filename : "foto.jpg",
		.content_type = "image/jpeg", .sha256 = m->sha256, .data = m->data, .len = m->len,
		.thumb = m->thumb, .thumb_len = m->thumb_len, .width = m->width, .height = m->height,
	};
}

static void add_document(struct draft *d, struct upload_plan *p, const struct upload *u)
{
	const char *why = NULL;
	if (p->have_docs + p->ndocs >= CASE_MAX_DOCS) {
		error(d, "documento", "Puoi allegare al massimo 3 documenti PDF.");
		return;
	}
	if (media_pdf_check(u->data, u->len, &why) < 0) {
		error(d, "documento", arena_printf(d->r->a, "%s: %s", u->filename, why));
		return;
	}
	p->ndocs++;
	cases_pdf_attachment(d->r, u, &p->files[p->nphotos + p->ndocs - 1]);
}

/* Every file checked by content and counted against what the draft has (the
 * store counts again under its lock). */
static void check_files(struct draft *d, struct upload_plan *p)
{
	struct req *r = d->r;
	struct case_file *have;
	size_t n;
	if (case_file_list(r->db, r->a, d->c.id, &have, &n) < 0) {
		error(d, "foto", "Non è stato possibile leggere gli allegati: riprova.");
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (strcmp(have[i].kind, "photo") == 0)
			p->have_photos++;
		else
			p->have_docs++;
	}
	for (size_t i = 0; i < r->files->n; i++) {
		const struct upload *u = &r->files->v[i];
		if (strcmp(u->field, "foto") == 0)
			add_photo(d, p, u);
		else if (strcmp(u->field, "documento") == 0)
			add_document(d, p, u);
		else
			error(d, "foto", "Il modulo contiene un file inatteso.");
	}
}

static int load_draft(struct draft *d)
{
	int st = cases_load(d->r, &d->c);
	if (st)
		return st;
	if (strcmp(d->c.status, "draft"))   /* filed: show it, don't edit it */
		return req_redirect(d->r, 303, arena_printf(d->r->a, "/segnalazioni/%s", d->c.code));
	return 0;
}

/* The median days to close of category ID in the last 12 months in the
 * Italian way ("4,5"; "4" for "4.0"), or "" when none was closed. */
static const char *median_of(struct req *r, const struct close_time *t, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++) {
		if (t[i].category_id != id)
			continue;
		char *d = arena_strdup(r->a, t[i].median_days), *dot = strchr(d, '.');
		if (dot && strcmp(dot, ".0") == 0)
			*dot = '\0';
		else if (dot)
			*dot = ',';
		return d;
	}
	return "";
}

/* The lists the form offers: categories (with their legal maximum and the
 * median time to close), areas, attachments. 0 or -1. */
static int form_lists(struct draft *d)
{
	struct req *r = d->r;
	struct case_category *k;
	struct case_area *z;
	struct close_time *t;
	size_t nk, nz, nt;
	if (case_category_list(r->db, r->a, d->c.case_type, &k, &nk) < 0 ||
	    case_area_list(r->db, r->a, &z, &nz) < 0 || cases_files_view(r, d->c.id) < 0 ||
	    voice_close_times(r->db, r->a, app_conf_int(r->app, "Cases.CloseTimesMaxAge", 3600),
			      &t, &nt) < 0)
		return -1;
	for (size_t i = 0; i < nk; i++) {
		cases_item(r, "Categories", i, "slug", k[i].slug);
		cases_item(r, "Categories", i, "name", k[i].name);
		cases_item(r, "Categories", i, "office_name", k[i].office_name);
		cases_item(r, "Categories", i, "max_days", arena_printf(r->a, "%d", k[i].max_days));
		cases_item(r, "Categories", i, "median_days", median_of(r, t, nt, k[i].id));
	}
	for (size_t i = 0; i < nz; i++) {
		cases_item(r, "Areas", i, "slug", z[i].slug);
		cases_item(r, "Areas", i, "name", z[i].name);
	}
	return 0;
}

/* The form, with the draft's values or with what was just typed (TYPED);
 * a 503 still shows it, with what the lists that could be read. */
static int form(struct draft *d, int status, int typed)
{
	struct req *r = d->r;
	if (form_lists(d) < 0 && status != 503)
		return 503;
	cases_view(r, &d->c);
	const struct case_fields *f = &d->f, saved = {
		.category_slug = d->c.category_slug, .area_slug = d->c.area_slug,
		.title = d->c.title, .description = d->c.description, .address = d->c.address,
		.latitude = d->c.latitude, .longitude = d->c.longitude,
	};
	if (!typed)
		f = &saved;
	req_set(r, "Form.categoria", f->category_slug);
	req_set(r, "Form.zona", f->area_slug);
	req_set(r, "Form.titolo", f->title);
	req_set(r, "Form.descrizione", f->description);
	req_set(r, "Form.indirizzo", f->address);
	req_set(r, "Form.latitudine", f->latitude);
	req_set(r, "Form.longitudine", f->longitude);
	const char *type = case_type_label(d->c.case_type);
	view_page(r, "segnalazioni", type, arena_printf(r->a, "/segnalazioni/%s/modifica", d->c.code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, type, NULL);
	r->tpl = "segnalazione_modulo.cs";
	return status;
}

int page_bozza_form(struct req *r)
{
	struct draft d = { .r = r };
	int st = load_draft(&d);
	return st ? st : form(&d, 200, 0);
}

/* The store's answer: where to go, or the form again with why. */
static int saved(struct draft *d, int rc)
{
	struct req *r = d->r;
	switch (rc) {
	case 0:
		if (strcmp(field(r, "azione"), "bozza") == 0)
			return req_redirect(r, 303, "/area-personale");
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/riepilogo", d->c.code));
	case CASE_NOT_DRAFT:
		return req_error(r, 409, "La pratica è già stata inviata: le modifiche non sono state "
					 "salvate. Puoi scrivere all'ufficio dalla pagina della pratica.");
	case CASE_TOO_MANY_PHOTOS:
		error(d, "foto", "Puoi allegare al massimo 3 foto (contando quelle già allegate).");
		return form(d, 422, 1);
	case CASE_TOO_MANY_DOCS:
		error(d, "documento", "Puoi allegare al massimo 3 documenti PDF (contando quelli già allegati).");
		return form(d, 422, 1);
	}
	form(d, 503, 1);
	return cases_unavailable(r, "Il servizio non è disponibile in questo momento: non è stato "
				    "salvato nulla. I dati sono ancora qui sotto: riprova tra poco.");
}

int page_bozza_save(struct req *r)
{
	struct draft d = { .r = r };
	int st = load_draft(&d);
	if (st)
		return st;
	struct upload_plan plan;
	memset(&plan, 0, sizeof plan);
	check_fields(&d);
	check_files(&d, &plan);
	if (!d.errors && !*d.f.latitude && req_form(r, "usa_gps") && plan.nphotos &&
	    plan.photos[0].has_gps) {
		d.f.latitude = arena_printf(r->a, "%.6f", plan.photos[0].lat);
		d.f.longitude = arena_printf(r->a, "%.6f", plan.photos[0].lon);
	}
	if (d.errors)
		st = form(&d, 422, 1);
	else
		st = saved(&d, case_draft_save(r->db, r->a, d.c.id, r->sess->citizen_id, &d.f,
					       plan.files, (size_t)(plan.nphotos + plan.ndocs)));
	free_plan(&plan);
	return st;
}
