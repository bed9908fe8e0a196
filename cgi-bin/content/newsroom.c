/* newsroom.c - the editors' Novità and Vivere il Comune: news (notizie,
 * comunicati, avvisi), events and places. Each has a list (search by
 * title, filter by type and publication, paging), the form of the crud
 * engine (admin/crud.c: every field the public page shows, Markdown long
 * texts, topics, published or not; audited on every save) and a preview
 * with the public page's own template, published or not. A save is on the
 * portal at the next request: the catalogue triggers bump its generation. */
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

/* ---- the checks across fields ---- */

/* Is V "YYYY-MM-DD HH:MM", a real day and time? */
static bool datetime_ok(const char *v)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, hh, mm, n = 0;
	if (strlen(v) != 16 || sscanf(v, "%4d-%2d-%2d %2d:%2d%n", &y, &m, &d, &hh, &mm, &n) != 5 ||
	    n != 16 || y < 1970 || y > 2100 || m < 1 || m > 12 || hh > 23 || mm > 59 ||
	    hh < 0 || mm < 0 || d < 1 || d > mdays[m - 1])
		return false;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

static void check_date(struct form *f, const char *name, const char *label)
{
	const char *v = form_get(f, name);
	if (*v && !datetime_ok(v))
		form_error(f, name, arena_printf(f->r->a, "«%s»: una data nel formato AAAA-MM-GG "
							 "OO:MM, per esempio 2026-03-14 09:30.", label));
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
	check_date(f, "published_at", "Data della notizia");
	check_image(f);
}

static void event_check(struct form *f)
{
	check_date(f, "start_at", "Inizio");
	check_date(f, "end_at", "Fine");
	const char *s = form_get(f, "start_at"), *e = form_get(f, "end_at");
	if (datetime_ok(s) && datetime_ok(e) && strcmp(e, s) < 0)
		form_error(f, "end_at", "«Fine»: non può venire prima dell'inizio.");
	check_image(f);
}

static void place_check(struct form *f)
{
	check_image(f);
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

/* After a news item's save, in its transaction: its topics. */
static int news_topics(struct req *r, long long id, const struct form *f)
{
	return newsroom_news_topics(r->db, id, form_get(f, "topics"));
}

/* What the three kinds share: the template, the words. */
#define NEWSROOM_KIND .tpl = "admin/contenuti_modulo.cs", .preview = true, \
	.missing = "Il contenuto non esiste.", \
	.taken = "Questo indirizzo è già usato: scegline un altro.", .notice = content_notice

static const struct crud_kind news = {
	.type = "news", .path = "notizie", .noun = "notizia", .new_title = "Nuova notizia",
	.crumb = "Notizie, comunicati e avvisi", .crumb_url = "/admin/notizie",
	.portal = "/novita/", NEWSROOM_KIND,
	.fields = news_fields, .nfields = N(news_fields), .columns = news_columns,
	.get = newsroom_news, .save = newsroom_news_save, .after_save = news_topics,
	.options = { { "office_id", content_offices }, { "topics", content_topics } },
	.defaults = news_defaults, .check = news_check,
};
static const struct crud_kind event = {
	.type = "event", .path = "eventi", .noun = "evento", .new_title = "Nuovo evento",
	.crumb = "Eventi", .crumb_url = "/admin/eventi", .portal = "/eventi/", NEWSROOM_KIND,
	.fields = event_fields, .nfields = N(event_fields), .columns = event_columns,
	.get = newsroom_event, .save = newsroom_event_save,
	.options = { { "place_id", newsroom_place_options } }, .check = event_check,
};
static const struct crud_kind place = {
	.type = "place", .path = "luoghi", .noun = "luogo", .new_title = "Nuovo luogo",
	.crumb = "Luoghi", .crumb_url = "/admin/luoghi", .portal = "/luoghi/", NEWSROOM_KIND,
	.fields = place_fields, .nfields = N(place_fields), .columns = place_columns,
	.get = newsroom_place, .save = newsroom_place_save, .check = place_check,
};

int bo_notizia_form(struct req *r)
{
	return crud_form(r, &news);
}

int bo_notizia_save(struct req *r)
{
	return crud_save(r, &news);
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
