/* content_simple.c - topics, offices and FAQ: one form each (slug unique,
 * required fields), published on save (no revisions), audited with the
 * item before and after as JSON, their search_docs rows refreshed. */
#include "content.h"

#include <stdlib.h>
#include <string.h>

#include "admin/form.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/content_store.h"

enum which { TOPIC, OFFICE, FAQ };

struct kind {
	enum which which;
	const char *type, *path, *noun, *new_title, *portal;   /* portal: the page is PORTAL + slug */
	const struct field *fields;
	size_t nfields;
	const char *const *columns;   /* content_store.h's order */
	int (*get)(struct db *db, struct arena *a, long long id, struct db_rows *out);
	int (*save)(struct db *db, long long *id, const char *const *v);
};

static const char POSITION_HELP[] = "L'ordine negli elenchi: prima i numeri più bassi.";

static const struct field topic_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 120, true, "Argomento" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/argomenti/indirizzo. Se lo lasci vuoto è ricavato dal nome.", FK_SLUG, 80, true, NULL,
	  NULL, "name" },
	{ "summary", "Descrizione breve", NULL, FK_TEXT, 400, true },
	{ "position", "Posizione", POSITION_HELP, FK_INT, 0, false },
};
static const char *const topic_columns[TOPIC_NCOLS] = { "slug", "name", "summary", "position" };

static const struct field office_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 160, true, "Ufficio" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/uffici/indirizzo. Se lo lasci vuoto è ricavato dal nome.", FK_SLUG, 80, true, NULL,
	  NULL, "name" },
	{ "summary", "Descrizione breve", NULL, FK_TEXT, 400, true },
	{ "description", "Descrizione", "Testo in Markdown.", FK_MARKDOWN, 16000, true },
	{ "manager", "Responsabile", NULL, FK_TEXT, 160, false },
	{ "address", "Indirizzo", NULL, FK_TEXT, 240, true, "Sede e contatti" },
	{ "opening_hours", "Orari di apertura", "Una riga per ogni gruppo di giorni.", FK_LINES,
	  4000, true },
	{ "phone", "Telefono", NULL, FK_TEXT, 40, false },
	{ "email", "E-mail", NULL, FK_EMAIL, 160, false },
	{ "pec", "PEC", NULL, FK_EMAIL, 160, false },
};
static const char *const office_columns[OFFICE_NCOLS] = {
	"slug", "name", "summary", "description", "manager", "address", "opening_hours", "phone",
	"email", "pec",
};

static const struct field faq_fields[] = {
	{ "question", "Domanda", NULL, FK_TEXT, 300, true, "Domanda frequente" },
	{ "slug", "Identificativo", "Lettere minuscole, cifre e trattini: il collegamento sarà "
	  "/faq#faq-identificativo. Se lo lasci vuoto è ricavato dalla domanda.", FK_SLUG, 120, true,
	  NULL, NULL, "question" },
	{ "topic_id", "Argomento", NULL, FK_REF, 0, true },
	{ "answer", "Risposta", "Testo in Markdown.", FK_MARKDOWN, 16000, true },
	{ "position", "Posizione", POSITION_HELP, FK_INT, 0, false },
};
static const char *const faq_columns[FAQ_NCOLS] = {
	"slug", "topic_id", "question", "answer", "position",
};

#define N(a) (sizeof a / sizeof *a)

static const struct kind topic = {
	TOPIC, "topic", "argomenti", "argomento", "Nuovo argomento", "/argomenti/",
	topic_fields, N(topic_fields), topic_columns, content_topic, content_topic_save,
};
static const struct kind office = {
	OFFICE, "office", "uffici", "ufficio", "Nuovo ufficio", "/uffici/",
	office_fields, N(office_fields), office_columns, content_office, content_office_save,
};
static const struct kind faq = {
	FAQ, "faq", "faq", "FAQ", "Nuova FAQ", "/faq#faq-",
	faq_fields, N(faq_fields), faq_columns, content_faq, content_faq_save,
};

struct item {
	struct req *r;
	const struct kind *k;
	long long id;                  /* 0: new */
	struct db_rows row, topics;
	struct form f;
};

static int load(struct item *it, struct req *r, const struct kind *k)
{
	memset(it, 0, sizeof(*it));
	it->r = r;
	it->k = k;
	if ((it->id = form_route_id(r, 0, true)) < 0)
		return 404;
	if (it->id && k->get(r->db, r->a, it->id, &it->row) < 0)
		return 503;
	if (it->id && it->row.nrows != 1)
		return req_error(r, 404, "Il contenuto non esiste.");
	form_init(&it->f, r, k->fields, k->nfields);
	if (k->which == FAQ) {
		if (content_topics(r->db, r->a, &it->topics) < 0)
			return 503;
		form_options(&it->f, "topic_id", &it->topics, 2);
	}
	return 0;
}

static int show(struct item *it, int status)
{
	struct req *r = it->r;
	const char *title = it->k->new_title;
	if (it->id) {
		title = arena_printf(r->a, "Modifica %s: %s", it->k->noun, it->f.v[0]);
		int c = view_col(&it->row, "slug");
		req_set(r, "Item.url", arena_printf(r->a, "%s%s", it->k->portal,
						   db_cell(&it->row, 0, (size_t)c)));
	}
	form_show(&it->f);
	req_set(r, "Item.action", arena_printf(r->a, "/admin/%s/%s", it->k->path, req_arg(r, 0)));
	req_set(r, "Item.noun", it->k->noun);
	view_page(r, "admin", title, r->path);
	view_crumb(r, "Area riservata", "/admin");
	view_crumb(r, "Contenuti", "/admin/contenuti");
	view_crumb(r, title, NULL);
	content_notice(r);
	r->tpl = "admin/contenuti_modulo.cs";
	return status;
}

static int form_page(struct req *r, const struct kind *k)
{
	struct item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	form_from_row(&it.f, &it.row);
	return show(&it, 200);
}

static int save(struct req *r, const struct kind *k)
{
	struct item it;
	int st = load(&it, r, k);
	if (st)
		return st;
	const char *before = NULL;
	if (it.id) {
		struct form old;
		form_init(&old, r, k->fields, k->nfields);
		form_from_row(&old, &it.row);
		before = form_json(&old);
	}
	form_from_request(&it.f);
	if (form_check(&it.f))
		return show(&it, 422);
	const char *v[FORM_MAX_FIELDS];
	for (size_t i = 0; i < k->nfields; i++)
		v[i] = form_get(&it.f, k->columns[i]);
	bool created = !it.id;
	if (db_begin(r->db) < 0)
		return 503;
	if (k->save(r->db, &it.id, v) < 0) {
		unsigned err = db_errno(r->db);
		db_rollback(r->db);
		if (err != 1062)
			return 503;
		if (created)
			it.id = 0;
		form_error(&it.f, "slug", "Questo indirizzo è già usato: scegline un altro.");
		return show(&it, 422);
	}
	if (content_reindex(r, 0, k->which == TOPIC ? it.id : 0, k->which == FAQ ? it.id : 0,
			    k->which == OFFICE ? it.id : 0) < 0 || db_commit(r->db) < 0) {
		db_rollback(r->db);
		return 503;
	}
	const char *id = arena_printf(r->a, "%lld", it.id);
	admin_audit(r, r->staff, arena_printf(r->a, "%s-%s", k->type, created ? "create" : "update"),
		    k->type, id, before, form_json(&it.f));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/%s/%s?esito=salvato", k->path, id));
}

int bo_argomento_form(struct req *r)
{
	return form_page(r, &topic);
}

int bo_argomento_save(struct req *r)
{
	return save(r, &topic);
}

int bo_ufficio_form(struct req *r)
{
	return form_page(r, &office);
}

int bo_ufficio_save(struct req *r)
{
	return save(r, &office);
}

int bo_faq_form(struct req *r)
{
	return form_page(r, &faq);
}

int bo_faq_save(struct req *r)
{
	return save(r, &faq);
}
