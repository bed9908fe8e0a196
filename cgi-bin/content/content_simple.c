/* content_simple.c - topics, offices and FAQ: one form each (slug unique,
 * required fields), published on save (no revisions), audited with the
 * item before and after as JSON, their search_docs rows refreshed in the
 * save's transaction. The form engine is admin/crud.c. */
#include "content.h"

#include <stdlib.h>
#include <string.h>

#include "admin/crud.h"
#include "content_internal.h"
#include "store/content_store.h"

static const struct field topic_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 120, true, "Argomento" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/argomenti/indirizzo. Se lo lasci vuoto è ricavato dal nome.", FK_SLUG, 80, true, NULL,
	  NULL, "name" },
	{ "summary", "Descrizione breve", NULL, FK_TEXT, 400, true },
	{ "position", "Posizione", FORM_POSITION_HELP, FK_INT, 0, false },
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
	{ "position", "Posizione", FORM_POSITION_HELP, FK_INT, 0, false },
};
static const char *const faq_columns[FAQ_NCOLS] = {
	"slug", "topic_id", "question", "answer", "position",
};

#define N(a) (sizeof a / sizeof *a)

/* After a save, in its transaction: the search index of what changed. */
static int index_topic(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex(r, 0, id, 0, 0);
}

static int index_office(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex(r, 0, 0, 0, id);
}

static int index_faq(struct req *r, long long id, const struct form *f)
{
	(void)f;
	return content_reindex(r, 0, 0, id, 0);
}

/* What the three kinds share: the editors' list, the template, the words. */
#define CONTENT_KIND .tpl = "admin/contenuti_modulo.cs", .crumb = "Contenuti", \
	.crumb_url = "/admin/contenuti", .missing = "Il contenuto non esiste.", \
	.taken = "Questo indirizzo è già usato: scegline un altro.", .notice = content_notice

static const struct crud_kind topic = {
	.type = "topic", .path = "argomenti", .noun = "argomento", .new_title = "Nuovo argomento",
	.portal = "/argomenti/", CONTENT_KIND,
	.fields = topic_fields, .nfields = N(topic_fields), .columns = topic_columns,
	.get = content_topic, .save = content_topic_save, .after_save = index_topic,
};
static const struct crud_kind office = {
	.type = "office", .path = "uffici", .noun = "ufficio", .new_title = "Nuovo ufficio",
	.portal = "/uffici/", CONTENT_KIND,
	.fields = office_fields, .nfields = N(office_fields), .columns = office_columns,
	.get = content_office, .save = content_office_save, .after_save = index_office,
};
static const struct crud_kind faq = {
	.type = "faq", .path = "faq", .noun = "FAQ", .new_title = "Nuova FAQ",
	.portal = "/faq#faq-", CONTENT_KIND,
	.fields = faq_fields, .nfields = N(faq_fields), .columns = faq_columns,
	.get = content_faq, .save = content_faq_save, .after_save = index_faq,
	.options = { { "topic_id", content_topics } },
};

int bo_argomento_form(struct req *r)
{
	return crud_form(r, &topic);
}

int bo_argomento_save(struct req *r)
{
	return crud_save(r, &topic);
}

int bo_ufficio_form(struct req *r)
{
	return crud_form(r, &office);
}

int bo_ufficio_save(struct req *r)
{
	return crud_save(r, &office);
}

int bo_faq_form(struct req *r)
{
	return crud_form(r, &faq);
}

int bo_faq_save(struct req *r)
{
	return crud_save(r, &faq);
}
