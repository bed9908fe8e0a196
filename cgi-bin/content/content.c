/* content.c - the editors' services: the scheda
 * servizio form (every field; the mandatory ones enforced, 422 with what was
 * typed), drafts and publishing, the preview with the Markdown rendered.
 * Saving writes a revision (sql/009) and leaves the portal alone;
 * publishing copies the revision into the live row, its topics and its
 * search_docs row in one transaction (the catalogue triggers bump the
 * generation, so no cached page outlives it); unpublishing hides it.
 * Revisions, diff and restore: content_revisions.c; topics, offices, FAQ:
 * content_simple.c. */
#include "content.h"

#include <stdlib.h>
#include <string.h>

#include "admin/form.h"
#include "content_service.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/booking_desk_store.h"
#include "store/content_store.h"

static const char *const statuses[] = { "active", "Attivo", "inactive", "Non attivo", NULL };

#define MD_MAX 16000   /* characters: at most 64000 bytes, within a TEXT column */

static const struct field service_fields[] = {
	{ "title", "Titolo", NULL, FK_TEXT, 200, true, "Intestazione" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/servizi/indirizzo. Se lo lasci vuoto è ricavato dal titolo.", FK_SLUG, 120, true, NULL,
	  NULL, "title" },
	{ "summary", "Descrizione breve", "Al massimo 160 caratteri: compare negli elenchi e nei "
	  "risultati della ricerca.", FK_TEXT, 160, true },
	{ "status", "Stato del servizio", NULL, FK_CHOICE, 0, true, NULL, statuses },
	{ "status_reason", "Motivo per cui il servizio non è attivo", "Obbligatorio se il servizio "
	  "non è attivo.", FK_TEXT, 400, false },
	{ "for_citizens", "Rivolto ai cittadini", NULL, FK_BOOL, 0, false },
	{ "for_businesses", "Rivolto alle imprese", NULL, FK_BOOL, 0, false },
	{ "audience", "A chi è rivolto", NULL, FK_MARKDOWN, MD_MAX, true, "Contenuti" },
	{ "description", "Descrizione", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "how_to", "Come fare", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "requirements", "Cosa serve", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "outputs", "Cosa si ottiene", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "times", "Tempi e scadenze", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "costs", "Quanto costa", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "conditions", "Condizioni di servizio", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "online_url", "Indirizzo del servizio online", "Per esempio https://servizi.comune."
	  "valdimonte.it/...", FK_URL, 400, false, "Accedi al servizio (almeno un canale)" },
	{ "online_label", "Testo del pulsante del servizio online", "Se lo lasci vuoto: «Accedi "
	  "al servizio online».", FK_TEXT, 120, false },
	{ "booking", "Si può prenotare un appuntamento", "La scheda mostra il pulsante «Prenota un "
	  "appuntamento» verso la prenotazione del portale (/prenota).", FK_BOOL, 0, false },
	{ "in_person", "Allo sportello", "Come accedere al servizio di persona.", FK_MARKDOWN,
	  MD_MAX, false },
	{ "category_id", "Categoria del servizio", "Una delle 15 categorie del modello dei siti "
	  "comunali: la pagina è elencata in /servizi/categoria/....", FK_REF, 0, true,
	  "Categoria, ufficio, contatti e argomenti" },
	{ "office_id", "Unità organizzativa responsabile", NULL, FK_REF, 0, true },
	{ "contacts", "Contatti", NULL, FK_MARKDOWN, MD_MAX, true },
	{ "topics", "Argomenti", NULL, FK_MULTI, 0, true },
};

/* The columns of content_store.h, in its order. */
static const char *const columns[SERVICE_NCOLS] = {
	"slug", "title", "status", "status_reason", "summary", "for_citizens", "for_businesses",
	"audience", "description", "how_to", "requirements", "outputs", "times", "costs",
	"online_url", "online_label", "in_person", "booking", "conditions", "office_id",
	"category_id", "contacts",
};

void svc_form(struct svc *c, struct form *f)
{
	form_init(f, c->r, service_fields, sizeof service_fields / sizeof *service_fields);
	form_options(f, "topics", &c->topics, "name");
	form_options(f, "office_id", &c->offices, "name");
	form_options(f, "category_id", &c->categories, "name");
}

int svc_load(struct svc *c, struct req *r, bool new_ok)
{
	memset(c, 0, sizeof(*c));
	c->r = r;
	if ((c->id = form_route_id(r, 0, new_ok)) < 0)
		return 404;
	if (c->id && content_service(r->db, r->a, c->id, &c->live) < 0)
		return 503;
	if (c->id && c->live.nrows != 1)
		return req_error(r, 404, "Il servizio non esiste.");
	if (content_topics(r->db, r->a, &c->topics) < 0 ||
	    content_offices(r->db, r->a, &c->offices) < 0 ||
	    content_categories(r->db, r->a, &c->categories) < 0)
		return 503;
	svc_form(c, &c->f);
	return 0;
}

const char *svc_live(const struct svc *c, const char *col)
{
	const char *v = c->live.nrows && view_col(&c->live, col) >= 0 ? db_get(&c->live, 0, col)
								       : NULL;
	return v ? v : "";
}

const char *svc_live_json(struct svc *c)
{
	struct form f;
	svc_form(c, &f);
	form_from_row(&f, &c->live);
	return form_json(&f);
}

const char *svc_base(const struct svc *c)
{
	return arena_printf(c->r->a, "/admin/servizi/%lld", c->id);
}

void svc_page(struct svc *c, const char *title, const char *tpl)
{
	struct req *r = c->r;
	view_page(r, "admin", title, r->path);
	view_crumb(r, "Area riservata", "/admin");
	view_crumb(r, "Contenuti", "/admin/contenuti");
	if (c->id && strcmp(r->path, svc_base(c)))
		view_crumb(r, svc_live(c, "title"), svc_base(c));
	view_crumb(r, title, NULL);
	req_set_int(r, "Service.id", c->id);
	req_set(r, "Service.slug", svc_live(c, "slug"));
	req_set(r, "Service.title", svc_live(c, "title"));
	req_set_int(r, "Service.published", atoi(svc_live(c, "published")));
	content_notice(r);
	req_set(r, "Page.Css", "admin.css");   /* the save bar, the index, the diff */
	r->tpl = tpl;
}

int svc_latest(struct svc *c, struct form *f, struct db_rows *last)
{
	if (content_revision_latest(c->r->db, c->r->a, c->id, last) < 0)
		return -1;
	if (!last->nrows) {
		form_from_row(f, &c->live);
		return 0;
	}
	return svc_snapshot(c, f, db_get(last, 0, "snapshot"));
}

int svc_snapshot(struct svc *c, struct form *f, const char *snapshot)
{
	form_from_row(f, &c->live);
	return form_from_json(f, snapshot);
}

/* ---- the form ---- */

static int show(struct svc *c, int status)
{
	struct req *r = c->r;
	struct db_rows last;
	if (c->id && content_revision_latest(r->db, r->a, c->id, &last) < 0)
		return 503;
	if (c->id && last.nrows) {
		req_set(r, "Service.revision", db_get(&last, 0, "id"));
		req_set(r, "Service.revision_at", db_get(&last, 0, "at"));
		req_set_int(r, "Service.draft", strcmp(db_get(&last, 0, "state"), "draft") == 0);
	}
	form_show(&c->f);
	svc_page(c, c->id ? arena_printf(r->a, "Modifica: %s", svc_live(c, "title"))
			  : "Nuovo servizio", "admin/servizio_modulo.cs");
	return status;
}

int bo_servizio_form(struct req *r)
{
	struct svc c;
	struct db_rows last;
	int st = svc_load(&c, r, true);
	if (st)
		return st;
	if (!c.id) {
		form_set(&c.f, "status", "active");
		form_set(&c.f, "for_citizens", "1");
	} else if (svc_latest(&c, &c.f, &last) < 0) {
		return 503;
	}
	return show(&c, 200);
}

/* The rules across fields, after each field's own. */
static int check(struct svc *c)
{
	struct form *f = &c->f;
	form_check(f);
	if (strcmp(form_get(f, "status"), "inactive") == 0 && !*form_get(f, "status_reason"))
		form_error(f, "status_reason", "Indica perché il servizio non è attivo.");
	if (!*form_get(f, "online_url") && strcmp(form_get(f, "booking"), "1") &&
	    !*form_get(f, "in_person"))
		form_error(f, "online_url", "Indica almeno un modo di accedere al servizio: online, "
					    "con prenotazione o allo sportello.");
	int used = 0;
	if (*form_get(f, "slug") &&
	    content_service_slug_used(c->r->db, c->r->a, form_get(f, "slug"), c->id, &used) < 0)
		return -1;
	if (used)
		form_error(f, "slug", "Questo indirizzo è già usato da un altro servizio.");
	return f->errors;
}

static void values(const struct form *f, const char *v[SERVICE_NCOLS])
{
	for (size_t i = 0; i < SERVICE_NCOLS; i++)
		v[i] = form_get(f, columns[i]);
}

static int svc_publish(struct svc *c, const struct form *f, long long rev)
{
	const char *v[SERVICE_NCOLS];
	values(f, v);
	struct db *db = c->r->db;
	if (content_service_publish(db, c->id, v) < 0 ||
	    content_service_topics(db, c->id, form_get(f, "topics")) < 0 ||
	    content_revision_published(db, rev) < 0)
		return -1;
	return content_reindex(c->r, c->id, 0, 0, 0);
}

/* A revision with SNAPSHOT unless the latest has it already; *REV its id,
 * *BEFORE the latest snapshot before it (NULL for a new service). The content
 * found before the first edit becomes a revision of its own first. */
static int svc_revision(struct svc *c, const char *snapshot, long long *rev, const char **before)
{
	struct req *r = c->r;
	struct db_rows last;
	*before = NULL;
	if (content_revision_latest(r->db, r->a, c->id, &last) < 0)
		return -1;
	if (last.nrows) {
		*rev = db_get_ll(&last, 0, "id");
		*before = db_get(&last, 0, "snapshot");
	} else if (c->live.nrows) {
		*before = svc_live_json(c);
		if (content_revision_add(r->db, c->id, 0, atoi(svc_live(c, "published")) ? "published"
											 : "draft",
					 *before, rev) < 0)
			return -1;
	}
	if (*before && strcmp(*before, snapshot) == 0)
		return 0;
	return content_revision_add(r->db, c->id, c->r->staff->id, "draft", snapshot, rev);
}

/* What svc_store writes in its transaction. */
struct svc_change {
	struct svc *c;
	bool publish;
	const char *snapshot, *before;
	long long rev;
};

static int svc_write(void *ctx)
{
	struct svc_change *x = ctx;
	struct svc *c = x->c;
	if (!c->id) {
		const char *v[SERVICE_NCOLS];
		values(&c->f, v);
		if (content_service_insert(c->r->db, v, &c->id) < 0 ||
		    content_service_topics(c->r->db, c->id, form_get(&c->f, "topics")) < 0)
			return -1;
	}
	if (svc_revision(c, x->snapshot, &x->rev, &x->before) < 0 ||
	    (x->publish && svc_publish(c, &c->f, x->rev) < 0))
		return -1;
	return 0;
}

static int booked_refusal(struct svc *c);

int svc_store(struct svc *c, bool publish, const char *action, const char *esito)
{
	struct req *r = c->r;
	int st = publish && strcmp(form_get(&c->f, "status"), "inactive") == 0 ? booked_refusal(c) : 0;
	if (st)
		return st;
	struct svc_change x = { .c = c, .publish = publish, .snapshot = form_json(&c->f) };
	const char *live = c->id && atoi(svc_live(c, "published")) ? svc_live_json(c) : NULL;
	long long id0 = c->id;
	int rc = content_transaction(r->db, svc_write, &x);
	if (rc) {
		c->id = id0;
		if (rc < 0)
			return 503;
		/* the slug, taken since the draft was saved */
		form_error(&c->f, "slug", "Questo indirizzo è già usato da un altro servizio.");
		return show(c, 422);
	}
	const char *id = arena_printf(r->a, "%lld", c->id);
	if (!x.before || strcmp(x.before, x.snapshot))
		admin_audit(r, r->staff, action, "service", id, x.before, x.snapshot);
	if (publish)
		admin_audit(r, r->staff, "service-publish", "service", id, live, x.snapshot);
	return req_redirect(r, 303, arena_printf(r->a, "%s?esito=%s", svc_base(c),
						 publish ? "pubblicato" : esito));
}

/* Retiring a service (withdrawn, or published as not active) never drops
 * its appointments silently: while some are to come, 409 naming the offices,
 * whose settings (orari.c) list them, cancel them and tell each citizen
 * once the service is taken off the office. 0: none to come. */
static int booked_refusal(struct svc *c)
{
	struct req *r = c->r;
	struct desk_booked *b;
	size_t n;
	if (!c->id || desk_service_booked(r->db, r->a, c->id, &b, &n) < 0)
		return c->id ? 503 : 0;
	if (n == 0)
		return 0;
	const char *where = "";
	for (size_t i = 0; i < n; i++)
		where = arena_printf(r->a, "%s%s%s (%d, /admin/sportello/%s/impostazioni)", where,
				     i ? "; " : "", b[i].office_name, b[i].n, b[i].office_slug);
	return req_error(r, 409, arena_printf(r->a,
		"Il servizio ha appuntamenti prenotati ancora da svolgere: %s. Prima di ritirarlo "
		"o renderlo non attivo, va tolto dagli uffici nelle impostazioni dello sportello "
		"(amministratori o operatori dell'ufficio), che annullano quegli appuntamenti e "
		"avvisano ogni cittadino per e-mail.", where));
}

static int svc_unpublish(void *ctx)
{
	struct svc *c = ctx;
	return content_service_unpublish(c->r->db, c->id) < 0 ||
	       content_reindex(c->r, c->id, 0, 0, 0) < 0 ? -1 : 0;
}

static int unpublish(struct svc *c)
{
	struct req *r = c->r;
	if (!c->id)
		return 404;
	if (atoi(svc_live(c, "published"))) {
		int st = booked_refusal(c);
		if (st)
			return st;
		if (content_transaction(r->db, svc_unpublish, c) != 0)
			return 503;
		const char *slug = svc_live(c, "slug");
		admin_audit(r, r->staff, "service-unpublish", "service", arena_printf(r->a, "%lld", c->id),
			    arena_printf(r->a, "{\"slug\": \"%s\", \"published\": \"1\"}", slug),
			    arena_printf(r->a, "{\"slug\": \"%s\", \"published\": \"0\"}", slug));
	}
	return req_redirect(r, 303, arena_printf(r->a, "%s?esito=ritirato", svc_base(c)));
}

int bo_servizio_save(struct req *r)
{
	struct svc c;
	int st = svc_load(&c, r, true);
	if (st)
		return st;
	const char *action = req_form(r, "azione");
	if (action && strcmp(action, "ritira") == 0)
		return unpublish(&c);
	form_from_request(&c.f);
	if (form_preview_requested(r))
		return show(&c, 200);
	int errors = check(&c);
	if (errors < 0)
		return 503;
	if (errors)
		return show(&c, 422);
	return svc_store(&c, action && strcmp(action, "pubblica") == 0, "service-save", "bozza");
}

/* ---- the preview ---- */

/* GET /admin/servizi/:id/anteprima[?revisione=N]: the latest revision (or
 * revision N) as the portal will show it. */
int bo_servizio_preview(struct req *r)
{
	struct svc c;
	struct db_rows rev;
	int st = svc_load(&c, r, false);
	if (st)
		return st;
	if (req_param(r, "revisione")) {
		if (content_revision(r->db, r->a, c.id, form_param_id(r, "revisione"), &rev) < 0)
			return 503;
		if (rev.nrows != 1)
			return req_error(r, 404, "La revisione non esiste.");
		if (svc_snapshot(&c, &c.f, db_get(&rev, 0, "snapshot")) < 0)
			return 500;
	} else if (svc_latest(&c, &c.f, &rev) < 0) {
		return 503;
	}
	req_set(r, "PreviewBanner.back", svc_base(&c));   /* the banner at the very top */
	long long live = rev.nrows ? svc_live_revision(&c) : 0;
	if (live < 0)
		return 503;
	if (rev.nrows) {
		req_set_int(r, "Preview.live", live == db_get_ll(&rev, 0, "id"));
		req_set(r, "Preview.revision", db_get(&rev, 0, "id"));
		req_set(r, "Preview.revision_at", db_get(&rev, 0, "at"));
		req_set(r, "Preview.state", db_get(&rev, 0, "state"));
	}
	for (size_t i = 0; i < c.f.n; i++)
		req_set(r, arena_printf(r->a, "Preview.%s", c.f.fields[i].name), c.f.v[i]);
	req_set(r, "Preview.office", form_display(&c.f, (size_t)form_index(&c.f, "office_id")));
	req_set(r, "Preview.category",
		form_display(&c.f, (size_t)form_index(&c.f, "category_id")));
	for (size_t k = 0, n = 0; k < c.topics.nrows; k++)
		if (form_csv_has(form_get(&c.f, "topics"), db_get(&c.topics, k, "id")))
			req_set(r, arena_printf(r->a, "Preview.Topics.%zu", n++),
				db_get(&c.topics, k, "name"));
	svc_page(&c, arena_printf(r->a, "Anteprima: %s", form_get(&c.f, "title")),
		 "admin/servizio_anteprima.cs");
	return 200;
}
