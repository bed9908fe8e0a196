/* newsroom.c - the editors' Novità and Vivere il Comune: news (notizie,
 * comunicati, avvisi), events and places; and the Amministrazione's people
 * and documents (their PDF files and a news item's: newsroom_files.c; a
 * person's roles: newsroom_roles.c). Each has a list (search by title, filter by type and publication,
 * paging), the form of the crud
 * engine (admin/crud.c: every field the public page shows, Markdown long
 * texts, topics, published or not; audited on every save) and a preview
 * with the public page's own template, published or not. A save is on the
 * portal at the next request (the catalogue triggers bump its generation)
 * and in /cerca (its search_docs row, in the save's transaction). */
#include "content.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin/crud.h"
#include "content_internal.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "pages/pages.h"
#include "store/content_store.h"
#include "store/live_store.h"
#include "store/news_store.h"
#include "store/newsroom_store.h"

#define MD_MAX 16000
#define PAGE_SIZE 20
#define N(a) (sizeof a / sizeof *a)
#define DATE_HELP "Nel formato AAAA-MM-GG OO:MM, per esempio 2026-03-14 09:30."
#define IMAGE_HELP "Il percorso del file sotto /static/images/, per esempio novita/piazza.jpg; " \
	"vuoto se non c'è."

static const char *const news_types[] = {
	"notizia", "Notizia", "comunicato", "Comunicato", "avviso", "Avviso", NULL,
};

static const struct field news_fields[] = {
	{ "title", "Titolo", NULL, FK_TEXT, 200, true, "Notizia" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/novita/indirizzo. Se lo lasci vuoto è ricavato dal titolo.", FK_SLUG, 120, true, NULL,
	  NULL, "title" },
	{ "news_type", "Tipo", NULL, FK_CHOICE, 0, true, NULL, news_types },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "published_at", "Data della notizia", DATE_HELP, FK_TEXT, 16, true },
	{ "body", "Testo", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "image", "Immagine", IMAGE_HELP, FK_TEXT, 160, false, "Immagine" },
	{ "image_alt", "Testo alternativo dell'immagine", "Obbligatorio se c'è l'immagine.", FK_TEXT,
	  240, false },
	{ "image_caption", "Didascalia", NULL, FK_TEXT, 240, false },
	{ "office_id", "A cura di", NULL, FK_REF, 0, false, "Ufficio e argomenti" },
	{ "topics", "Argomenti", NULL, FK_MULTI, 0, true },
	{ "featured", "In evidenza (nella home e in Novità)", NULL, FK_BOOL, 0, false,
	  "Pubblicazione" },
	{ "published", "Pubblicata sul portale", NULL, FK_BOOL, 0, false },
};
static const char *const news_columns[NEWS_NCOLS] = {
	"slug", "news_type", "title", "summary", "body", "image", "image_alt", "image_caption",
	"office_id", "featured", "published", "published_at",
};

static const struct field event_fields[] = {
	{ "title", "Titolo", NULL, FK_TEXT, 200, true, "Evento" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/eventi/indirizzo. Se lo lasci vuoto è ricavato dal titolo.", FK_SLUG, 120, true, NULL,
	  NULL, "title" },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "description", "Cos'è", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "start_at", "Inizio", DATE_HELP, FK_TEXT, 16, true, "Date e luogo" },
	{ "end_at", "Fine", DATE_HELP, FK_TEXT, 16, true },
	{ "place_id", "Luogo", NULL, FK_REF, 0, false },
	{ "cost", "Costo", "Vuoto: ingresso libero.", FK_TEXT, 400, false, "Partecipare" },
	{ "audience", "A chi è rivolto", NULL, FK_TEXT, 400, false },
	{ "image", "Immagine", IMAGE_HELP, FK_TEXT, 160, false, "Immagine" },
	{ "image_alt", "Testo alternativo dell'immagine", "Obbligatorio se c'è l'immagine.", FK_TEXT,
	  240, false },
	{ "featured", "In evidenza", NULL, FK_BOOL, 0, false, "Pubblicazione" },
	{ "published", "Pubblicato sul portale", NULL, FK_BOOL, 0, false },
};
static const char *const event_columns[EVENT_NCOLS] = {
	"slug", "title", "summary", "description", "start_at", "end_at", "place_id", "cost",
	"audience", "image", "image_alt", "featured", "published",
};

static const struct field place_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 200, true, "Luogo" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/luoghi/indirizzo. Se lo lasci vuoto è ricavato dal nome.", FK_SLUG, 120, true, NULL,
	  NULL, "name" },
	{ "place_type", "Tipo di luogo", "Per esempio Biblioteca, Museo, Parco.", FK_TEXT, 80, true },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "description", "Descrizione", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "services", "Servizi presenti nel luogo", "Uno per riga.", FK_LINES, 4000, false },
	{ "address", "Indirizzo", NULL, FK_TEXT, 240, true, "Dove e quando" },
	{ "hours", "Orari di apertura", "Una riga per ogni gruppo di giorni.", FK_LINES, 4000, true },
	{ "phone", "Telefono", NULL, FK_TEXT, 40, false, "Contatti" },
	{ "email", "E-mail", NULL, FK_EMAIL, 160, false },
	{ "website", "Sito web", NULL, FK_URL, 400, false },
	{ "image", "Immagine", IMAGE_HELP, FK_TEXT, 160, false, "Immagine" },
	{ "image_alt", "Testo alternativo dell'immagine", "Obbligatorio se c'è l'immagine.", FK_TEXT,
	  240, false },
	{ "featured", "In evidenza", NULL, FK_BOOL, 0, false, "Pubblicazione" },
	{ "published", "Pubblicato sul portale", NULL, FK_BOOL, 0, false },
};
static const char *const place_columns[PLACE_NCOLS] = {
	"slug", "place_type", "name", "summary", "description", "address", "hours", "phone",
	"email", "website", "services", "image", "image_alt", "featured", "published",
};

static const char *const person_kinds[] = {
	"politico", "Politico", "personale", "Personale amministrativo", NULL,
};

static const struct field person_fields[] = {
	{ "given_name", "Nome", NULL, FK_TEXT, 80, true, "Persona" },
	{ "family_name", "Cognome", NULL, FK_TEXT, 80, true },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/persone/indirizzo, per esempio mario-rossi.", FK_SLUG, 120, true },
	{ "kind", "Tipo", NULL, FK_CHOICE, 0, true, NULL, person_kinds },
	{ "summary", "Descrizione breve", "Una riga sotto il nome.", FK_TEXT, 400, true },
	{ "competences", "Competenze", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, false },
	{ "biography", "Biografia", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, false },
	{ "email", "E-mail", NULL, FK_EMAIL, 160, false, "Contatti" },
	{ "phone", "Telefono", NULL, FK_TEXT, 40, false },
	{ "published", "Pubblicata sul portale", "I ruoli si aggiungono dopo il primo salvataggio, "
	  "sotto il modulo; il curriculum è un documento della persona.", FK_BOOL, 0, false,
	  "Pubblicazione" },
};
static const char *const person_columns[PERSON_NCOLS] = {
	"slug", "given_name", "family_name", "kind", "summary", "biography", "competences", "email",
	"phone", "published",
};

static const struct field document_fields[] = {
	{ "title", "Titolo", NULL, FK_TEXT, 240, true, "Documento" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/documenti/indirizzo. Se lo lasci vuoto è ricavato dal titolo.", FK_SLUG, 160, true, NULL,
	  NULL, "title" },
	{ "doc_type", "Tipo di documento", "Per esempio Atti normativi, Documenti albo pretorio.",
	  FK_TEXT, 120, true },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "description", "Descrizione", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "protocol", "Numero di protocollo", NULL, FK_TEXT, 40, false, "Protocollo e date" },
	{ "protocol_date", "Data del protocollo", "Nel formato AAAA-MM-GG.", FK_TEXT, 10, false },
	{ "published_on", "Data di pubblicazione", "Nel formato AAAA-MM-GG.", FK_TEXT, 10, true },
	{ "licence", "Licenza", NULL, FK_TEXT, 120, true },
	{ "office_id", "Ufficio responsabile", NULL, FK_REF, 0, false, "A chi appartiene" },
	{ "area_id", "Area amministrativa", NULL, FK_REF, 0, false },
	{ "person_id", "Persona", NULL, FK_REF, 0, false },
	{ "published", "Pubblicato sul portale", "I file PDF si aggiungono dopo il primo "
	  "salvataggio, sotto il modulo.", FK_BOOL, 0, false, "Pubblicazione" },
};
static const char *const document_columns[DOCUMENT_NCOLS] = {
	"slug", "title", "doc_type", "summary", "description", "protocol", "protocol_date",
	"published_on", "licence", "office_id", "area_id", "person_id", "published",
};

/* ---- the checks across fields ---- */

bool content_date_ok(const char *v, bool time)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, hh = 0, mm = 0, n = 0;
	size_t len = time ? 16 : 10;
	if (strlen(v) != len || sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
	    (time && (sscanf(v + 10, " %2d:%2d%n", &hh, &mm, &n) != 2 || n != 6)) ||
	    y < 1900 || y > 2100 || m < 1 || m > 12 || hh < 0 || hh > 23 || mm < 0 || mm > 59 ||
	    d < 1 || d > mdays[m - 1] || strspn(v, "0123456789-: ") != len)
		return false;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

static void check_date(struct form *f, const char *name, const char *label, bool time)
{
	const char *v = form_get(f, name);
	if (*v && !content_date_ok(v, time))
		form_error(f, name, arena_printf(f->r->a, "«%s»: una data nel formato %s, per "
							 "esempio %s.", label,
						 time ? "AAAA-MM-GG OO:MM" : "AAAA-MM-GG",
						 time ? "2026-03-14 09:30" : "2026-03-14"));
}

/* An image is a path under static/images/: no scheme, no "..", and its alt text. */
static void check_image(struct form *f)
{
	const char *v = form_get(f, "image");
	if (*v && (strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./") !=
			   strlen(v) || strstr(v, "..") || v[0] == '/'))
		form_error(f, "image", "«Immagine»: un percorso sotto /static/images/ fatto di "
				       "lettere, cifre, trattini, punti e barre.");
	else if (*v && !*form_get(f, "image_alt"))
		form_error(f, "image_alt", "Descrivi l'immagine per chi non la vede.");
}

static void news_check(struct form *f)
{
	check_date(f, "published_at", "Data della notizia", true);
	check_image(f);
}

static void event_check(struct form *f)
{
	check_date(f, "start_at", "Inizio", true);
	check_date(f, "end_at", "Fine", true);
	const char *s = form_get(f, "start_at"), *e = form_get(f, "end_at");
	if (content_date_ok(s, true) && content_date_ok(e, true) && strcmp(e, s) < 0)
		form_error(f, "end_at", "«Fine»: non può venire prima dell'inizio.");
	check_image(f);
}

static void place_check(struct form *f)
{
	check_image(f);
}

static void document_check(struct form *f)
{
	check_date(f, "protocol_date", "Data del protocollo", false);
	check_date(f, "published_on", "Data di pubblicazione", false);
}

/* A new document: published today, under the licence of the site. */
static void document_defaults(struct form *f)
{
	char today[11];
	time_t t = time(NULL);
	struct tm tm;
	strftime(today, sizeof today, "%Y-%m-%d", localtime_r(&t, &tm));
	form_set(f, "published_on", arena_strdup(f->r->a, today));
	form_set(f, "licence", "Creative Commons Attribuzione 4.0 (CC BY 4.0)");
}

/* A new item: a notizia of now, not published. */
static void news_defaults(struct form *f)
{
	char now[20];
	time_t t = time(NULL);
	struct tm tm;
	strftime(now, sizeof now, "%Y-%m-%d %H:%M", localtime_r(&t, &tm));
	form_set(f, "news_type", "notizia");
	form_set(f, "published_at", arena_strdup(f->r->a, now));
}

/* After a save, in its transaction: a news item's topics, the search index. */
static int index_news(struct req *r, long long id, const struct form *f)
{
	return newsroom_news_topics(r->db, id, form_get(f, "topics")) < 0
		       ? -1 : content_reindex_item(r, "news", id);
}

static int index_event(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex_item(r, "event", id);
}

static int index_place(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex_item(r, "place", id);
}

static int index_person(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex_item(r, "person", id);
}

static int index_document(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex_item(r, "document", id);
}

const struct crud_kind newsroom_news_kind = {
	.type = "news", .path = "notizie", .noun = "notizia", .new_title = "Nuova notizia",
	.crumb = "Notizie, comunicati e avvisi", .crumb_url = "/admin/notizie",
	.portal = "/novita/", NEWSROOM_KIND, .member_noun = "allegato",
	.member_title = "File PDF allegati",
	.fields = news_fields, .nfields = N(news_fields), .columns = news_columns,
	.get = newsroom_news, .save = newsroom_news_save, .after_save = index_news,
	.options = { { "office_id", content_offices }, { "topics", content_topics } },
	.defaults = news_defaults, .check = news_check,
};
static const struct crud_kind event = {
	.type = "event", .path = "eventi", .noun = "evento", .new_title = "Nuovo evento",
	.crumb = "Eventi", .crumb_url = "/admin/eventi", .portal = "/eventi/", NEWSROOM_KIND,
	.fields = event_fields, .nfields = N(event_fields), .columns = event_columns,
	.get = newsroom_event, .save = newsroom_event_save, .after_save = index_event,
	.options = { { "place_id", newsroom_place_options } }, .check = event_check,
};
static const struct crud_kind place = {
	.type = "place", .path = "luoghi", .noun = "luogo", .new_title = "Nuovo luogo",
	.crumb = "Luoghi", .crumb_url = "/admin/luoghi", .portal = "/luoghi/", NEWSROOM_KIND,
	.fields = place_fields, .nfields = N(place_fields), .columns = place_columns,
	.get = newsroom_place, .save = newsroom_place_save, .after_save = index_place,
	.check = place_check,
};

const struct crud_kind newsroom_person_kind = {
	.type = "person", .path = "persone", .noun = "persona", .new_title = "Nuova persona",
	.crumb = "Persone", .crumb_url = "/admin/persone", .portal = "/persone/", NEWSROOM_KIND,
	.member_noun = "ruolo", .member_title = "Ruoli e incarichi",
	.fields = person_fields, .nfields = N(person_fields), .columns = person_columns,
	.get = newsroom_person, .save = newsroom_person_save, .after_save = index_person,
};
const struct crud_kind newsroom_document_kind = {
	.type = "document", .path = "documenti", .noun = "documento",
	.new_title = "Nuovo documento", .crumb = "Documenti", .crumb_url = "/admin/documenti",
	.portal = "/documenti/", NEWSROOM_KIND, .member_noun = "allegato",
	.member_title = "File PDF allegati",
	.fields = document_fields, .nfields = N(document_fields), .columns = document_columns,
	.get = newsroom_document, .save = newsroom_document_save, .after_save = index_document,
	.options = { { "office_id", content_offices }, { "area_id", newsroom_area_options },
		     { "person_id", newsroom_person_options } },
	.defaults = document_defaults, .check = document_check,
};

int bo_notizia_form(struct req *r)
{
	int st = crud_form(r, &newsroom_news_kind);
	return st == 200 ? newsroom_news_files_view(r, st) : st;
}

int bo_notizia_save(struct req *r)
{
	return crud_save(r, &newsroom_news_kind);
}

int bo_evento_form(struct req *r)
{
	return crud_form(r, &event);
}

int bo_evento_save(struct req *r)
{
	return crud_save(r, &event);
}

int bo_luogo_form(struct req *r)
{
	return crud_form(r, &place);
}

int bo_luogo_save(struct req *r)
{
	return crud_save(r, &place);
}

int bo_persona_form(struct req *r)
{
	int st = crud_form(r, &newsroom_person_kind);
	return st == 200 ? newsroom_roles_view(r, st) : st;
}

int bo_persona_save(struct req *r)
{
	return crud_save(r, &newsroom_person_kind);
}

int bo_documento_form(struct req *r)
{
	int st = crud_form(r, &newsroom_document_kind);
	return st == 200 ? newsroom_document_files_view(r, st) : st;
}

int bo_documento_save(struct req *r)
{
	return crud_save(r, &newsroom_document_kind);
}

int bo_notizia_revisions(struct req *r)
{
	return crud_revisions(r, &newsroom_news_kind);
}

int bo_notizia_revision(struct req *r)
{
	return crud_revision(r, &newsroom_news_kind);
}

int bo_notizia_restore(struct req *r)
{
	return crud_restore(r, &newsroom_news_kind);
}

int bo_evento_revisions(struct req *r)
{
	return crud_revisions(r, &event);
}

int bo_evento_revision(struct req *r)
{
	return crud_revision(r, &event);
}

int bo_evento_restore(struct req *r)
{
	return crud_restore(r, &event);
}

int bo_luogo_revisions(struct req *r)
{
	return crud_revisions(r, &place);
}

int bo_luogo_revision(struct req *r)
{
	return crud_revision(r, &place);
}

int bo_luogo_restore(struct req *r)
{
	return crud_restore(r, &place);
}

int bo_persona_revisions(struct req *r)
{
	return crud_revisions(r, &newsroom_person_kind);
}

int bo_persona_revision(struct req *r)
{
	return crud_revision(r, &newsroom_person_kind);
}

int bo_persona_restore(struct req *r)
{
	return crud_restore(r, &newsroom_person_kind);
}

int bo_documento_revisions(struct req *r)
{
	return crud_revisions(r, &newsroom_document_kind);
}

int bo_documento_revision(struct req *r)
{
	return crud_revision(r, &newsroom_document_kind);
}

int bo_documento_restore(struct req *r)
{
	return crud_restore(r, &newsroom_document_kind);
}
