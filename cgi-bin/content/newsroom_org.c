/* newsroom_org.c - the editors of the Amministrazione's aree amministrative
 * and enti e fondazioni: the crud engine's form (admin/crud.c), published or
 * not (sql/130), previewed with the public page's template; and of the
 * summaries of the 15 service categories (their titles and set are the
 * model's, always on the portal). Every save a revision that can be compared
 * and restored. Lists and previews are in newsroom_list.c. */
#include "content.h"

#include "admin/crud.h"
#include "content_internal.h"
#include "store/newsroom_store.h"

#define MD_MAX 16000
#define N(a) (sizeof a / sizeof *a)

static const struct field area_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 160, true, "Area amministrativa" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/amministrazione/aree-amministrative/indirizzo. Se lo lasci vuoto è ricavato dal nome.",
	  FK_SLUG, 80, true, NULL, NULL, "name" },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "description", "Competenze", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "address", "Sede", NULL, FK_TEXT, 240, false, "Contatti" },
	{ "phone", "Telefono", NULL, FK_TEXT, 40, false },
	{ "email", "E-mail", NULL, FK_EMAIL, 160, false },
	{ "position", "Posizione nell'elenco", "Le aree si elencano dalla posizione più bassa.",
	  FK_INT, 0, false, "Pubblicazione" },
	{ "published", "Pubblicata sul portale", NULL, FK_BOOL, 0, false },
};
static const char *const area_columns[AREA_NCOLS] = {
	"slug", "name", "summary", "description", "address", "phone", "email", "position",
	"published",
};

static const struct field entity_fields[] = {
	{ "name", "Nome", NULL, FK_TEXT, 200, true, "Ente" },
	{ "slug", "Indirizzo della pagina", "Lettere minuscole, cifre e trattini: la pagina sarà "
	  "/amministrazione/enti-e-fondazioni/indirizzo. Se lo lasci vuoto è ricavato dal nome.",
	  FK_SLUG, 120, true, NULL, NULL, "name" },
	{ "kind", "Tipo di ente", "Per esempio Fondazione, Consorzio, Società partecipata.", FK_TEXT,
	  120, true },
	{ "summary", "Descrizione breve", "Compare negli elenchi.", FK_TEXT, 400, true },
	{ "description", "Descrizione", "Testo in Markdown.", FK_MARKDOWN, MD_MAX, true },
	{ "share", "Partecipazione del Comune", "La quota o il ruolo del Comune.", FK_TEXT, 120,
	  false },
	{ "address", "Sede", NULL, FK_TEXT, 240, false, "Contatti" },
	{ "website", "Sito web", NULL, FK_URL, 240, false },
	{ "email", "E-mail", NULL, FK_EMAIL, 160, false },
	{ "published", "Pubblicato sul portale", NULL, FK_BOOL, 0, false, "Pubblicazione" },
};
static const char *const entity_columns[ENTITY_NCOLS] = {
	"slug", "name", "kind", "summary", "description", "share", "address", "website", "email",
	"published",
};

static const struct field category_fields[] = {
	{ "summary", "Descrizione", "Compare sotto il titolo della categoria, che è quello del "
	  "Modello Comuni e non si modifica.", FK_TEXT, 400, true, "Categoria di servizi" },
};
static const char *const category_columns[CATEGORY_NCOLS] = { "summary" };

static const struct crud_kind area = {
	.type = "admin_area", .path = "aree-amministrative", .noun = "area",
	.new_title = "Nuova area amministrativa", .crumb = "Aree amministrative",
	.crumb_url = "/admin/aree-amministrative",
	.portal = "/amministrazione/aree-amministrative/", NEWSROOM_KIND,
	.fields = area_fields, .nfields = N(area_fields), .columns = area_columns,
	.get = newsroom_area, .save = newsroom_area_save,
};
static const struct crud_kind entity = {
	.type = "entity", .path = "enti", .noun = "ente", .new_title = "Nuovo ente",
	.crumb = "Enti e fondazioni", .crumb_url = "/admin/enti",
	.portal = "/amministrazione/enti-e-fondazioni/", NEWSROOM_KIND,
	.fields = entity_fields, .nfields = N(entity_fields), .columns = entity_columns,
	.get = newsroom_entity, .save = newsroom_entity_save,
};

int bo_area_amm_form(struct req *r)
{
	return crud_form(r, &area);
}

int bo_area_amm_save(struct req *r)
{
	return crud_save(r, &area);
}

int bo_area_amm_revisions(struct req *r)
{
	return crud_revisions(r, &area);
}

int bo_area_amm_revision(struct req *r)
{
	return crud_revision(r, &area);
}

int bo_area_amm_restore(struct req *r)
{
	return crud_restore(r, &area);
}

int bo_ente_form(struct req *r)
{
	return crud_form(r, &entity);
}

int bo_ente_save(struct req *r)
{
	return crud_save(r, &entity);
}

int bo_ente_revisions(struct req *r)
{
	return crud_revisions(r, &entity);
}

int bo_ente_revision(struct req *r)
{
	return crud_revision(r, &entity);
}

int bo_ente_restore(struct req *r)
{
	return crud_restore(r, &entity);
}

static const struct crud_kind category = {
	.type = "category", .path = "categorie-servizi", .noun = "categoria",
	.new_title = "Categoria di servizi", .crumb = "Categorie di servizi",
	.crumb_url = "/admin/categorie-servizi", .portal = "/servizi/categoria/",
	.tpl = "admin/contenuti_modulo.cs", .revisions = true, .fixed = true, .name_col = "name",
	.missing = "La categoria non esiste.", .taken = "", .notice = content_notice,
	.fields = category_fields, .nfields = N(category_fields), .columns = category_columns,
	.get = newsroom_category, .save = newsroom_category_save,
};

int bo_categoria_servizi_form(struct req *r)
{
	return crud_form(r, &category);
}

int bo_categoria_servizi_save(struct req *r)
{
	return crud_save(r, &category);
}

int bo_categoria_servizi_revisions(struct req *r)
{
	return crud_revisions(r, &category);
}

int bo_categoria_servizi_revision(struct req *r)
{
	return crud_revision(r, &category);
}

int bo_categoria_servizi_restore(struct req *r)
{
	return crud_restore(r, &category);
}
