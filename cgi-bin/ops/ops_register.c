/* ops_register.c - GET/POST /admin/pratiche/nuova: a case received by
 * phone, at the counter, by e-mail or on social media, registered on behalf
 * of a citizen (found by fiscal code: it joins their personal area) or of an
 * anonymous person reachable through a contact. It is filed like a citizen's
 * own (protocol number, routing, due date, acknowledgement e-mail) with the
 * channel recorded: one point of contact whatever the channel. */
#include "ops.h"
#include "ops_internal.h"
#include "admin/admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "store/bo_case_store.h"
#include "store/case_store.h"

struct form {
	struct req *r;
	struct db_rows cats, areas;
	struct bo_registration g;
	const char *fiscal_code;
	int errors;
};

static void error(struct form *f, const char *field, const char *msg)
{
	req_set(f->r, arena_printf(f->r->a, "Form.errors.%s", field), msg);
	req_set(f->r, arena_printf(f->r->a, "Form.error_list.%d", f->errors++), msg);
}

/* The field as typed, kept for the form shown again. */
static const char *field(struct form *f, const char *name)
{
	const char *v = req_form(f->r, name);
	v = v ? v : "";
	req_set(f->r, arena_printf(f->r->a, "Form.%s", name), v);
	return v;
}

static int listed(const struct db_rows *rows, const char *col, const char *v)
{
	for (size_t i = 0; i < rows->nrows; i++)
		if (strcmp(db_get(rows, i, col), v) == 0)
			return 1;
	return 0;
}

static int email_ok(const char *e)
{
	const char *at = strchr(e, '@');
	return strlen(e) <= 254 && at && at > e && strchr(at, '.') && !strchr(at + 1, '@') &&
	       !strpbrk(e, " \t\r\n<>\"'(),;:\\[]");
}

static int phone_ok(const char *p)
{
	size_t n = strlen(p);
	return n >= 6 && n <= 20 && strspn(p, "+0123456789 ") == n;
}

/* Who the case is for: the citizen of the fiscal code, or a contact. */
static int check_person(struct form *f)
{
	struct bo_registration *g = &f->g;
	const char *cf = field(f, "cf");
	g->contact_name = field(f, "nome");
	g->contact_email = field(f, "email");
	g->contact_phone = field(f, "telefono");
	if (*g->contact_email && !email_ok(g->contact_email))
		error(f, "email", "L'indirizzo e-mail non è valido.");
	if (*g->contact_phone && !phone_ok(g->contact_phone))
		error(f, "telefono", "Il telefono può avere da 6 a 20 caratteri: cifre, spazi e +.");
	if (utf8_chars(g->contact_name) > 160)
		error(f, "nome", "Il nome può avere al massimo 160 caratteri.");
	if (!*cf) {
		if (!*g->contact_email && !*g->contact_phone)
			error(f, "email", "Senza codice fiscale serve un contatto: e-mail o telefono.");
		return 0;
	}
	struct db_rows c;
	if (!(f->fiscal_code = ops_fiscal_code(f->r, cf)))
		error(f, "cf", "Il codice fiscale deve avere 16 lettere e cifre.");
	else if (bo_citizen(f->r->db, f->r->a, f->fiscal_code, &c) < 0)
		return -1;
	else if (c.nrows != 1)
		error(f, "cf", "Nessun cittadino con questo codice fiscale ha mai usato il portale: "
			       "registra la pratica senza codice fiscale, con un contatto.");
	else {
		g->citizen_id = db_get_ll(&c, 0, "id");
		if (!*g->contact_name)
			g->contact_name = arena_printf(f->r->a, "%s %s", db_get(&c, 0, "name"),
						       db_get(&c, 0, "family_name"));
		if (!*g->contact_email)
			g->contact_email = db_get(&c, 0, "email");
		if (!*g->contact_phone)
			g->contact_phone = db_get(&c, 0, "mobile_phone");
	}
	return 0;
}

static void check_case(struct form *f)
{
	struct bo_registration *g = &f->g;
	static const char *const channels[] = { "telefono", "sportello", "email", "social" };
	g->channel = field(f, "canale");
	g->category_slug = field(f, "categoria");
	g->area_slug = field(f, "zona");
	g->title = field(f, "titolo");
	g->description = field(f, "descrizione");
	g->address = field(f, "indirizzo");
	g->idem = field(f, "idem");
	int known = 0;
	for (size_t i = 0; i < sizeof channels / sizeof *channels; i++)
		known |= strcmp(channels[i], g->channel) == 0;
	if (!known)
		error(f, "canale", "Scegli il canale da cui è arrivata la pratica.");
	if (!listed(&f->cats, "slug", g->category_slug))
		error(f, "categoria", "Scegli una categoria dall'elenco.");
	if (*g->area_slug && !listed(&f->areas, "slug", g->area_slug))
		error(f, "zona", "Scegli una zona dall'elenco, o nessuna.");
	if (utf8_chars(g->title) < 5 || utf8_chars(g->title) > 120)
		error(f, "titolo", "Il titolo deve avere da 5 a 120 caratteri.");
	if (utf8_chars(g->description) < 10 || utf8_chars(g->description) > 4000)
		error(f, "descrizione", "La descrizione deve avere da 10 a 4000 caratteri.");
	if (utf8_chars(g->address) > 200)
		error(f, "indirizzo", "L'indirizzo può avere al massimo 200 caratteri.");
}

static int show(struct form *f, int status)
{
	struct req *r = f->r;
	view_rows(r, "Choices.Categories", &f->cats);
	view_rows(r, "Choices.Areas", &f->areas);
	if (!hdf_get_value(r->hdf, "Form.idem", NULL))
		req_set(r, "Form.idem", token_new(r->a, 32));
	return ops_page(r, "Registra una pratica", "/admin/pratiche/nuova", "admin/pratiche_nuova.cs",
			status);
}

static int load(struct form *f, const struct bo_scope *scope)
{
	return bo_categories(f->r->db, f->r->a, scope, &f->cats) < 0 ||
	       case_areas(f->r->db, f->r->a, &f->areas) < 0 ? -1 : 0;
}

int bo_pratiche_new_form(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	struct form f = { .r = r };
	return load(&f, &scope) < 0 ? 503 : show(&f, 200);
}

static void acknowledgement(struct form *f)
{
	struct bo_registration *g = &f->g;
	static const struct { const char *channel, *how; } hows[] = {
		{ "telefono", "per telefono" }, { "sportello", "allo sportello" },
		{ "email", "per e-mail" }, { "social", "sui social media" },
	};
	const char *how = "";
	for (size_t i = 0; i < sizeof hows / sizeof *hows; i++)
		if (strcmp(hows[i].channel, g->channel) == 0)
			how = hows[i].how;
	g->mail_subject = arena_printf(f->r->a, "Pratica ricevuta: %s", g->title);
	g->mail_body = ops_mail_body(f->r, *g->contact_name ? g->contact_name : "utente", g->code,
				     g->citizen_id != 0,
				     arena_printf(f->r->a, "abbiamo registrato la pratica \"%s\" che ci hai "
						  "presentato %s.", g->title, how), NULL);
}

int bo_pratiche_new(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	struct form f = { .r = r };
	if (load(&f, &scope) < 0 || check_person(&f) < 0)
		return 503;
	check_case(&f);
	if (strlen(f.g.idem) != 43)
		return req_error(r, 400, "Il modulo non è valido: ricaricalo e riprova.");
	if (f.errors)
		return show(&f, 422);
	const char *code;
	f.g.code = token_case_code(r->a);
	acknowledgement(&f);
	if (bo_case_register(r->db, r->a, &f.g, &code) < 0)
		return 503;
	if (strcmp(code, f.g.code))   /* the form sent again: registered the first time */
		return req_redirect(r, 303, arena_printf(r->a, "/admin/pratiche/%s", code));
	admin_audit(r, r->staff, "case-register", "case", code, NULL,
		    arena_printf(r->a, "{\"channel\":%s,\"category\":%s,\"fiscal_code\":%s}",
				 ops_json(r, f.g.channel), ops_json(r, f.g.category_slug),
				 ops_json(r, f.fiscal_code)));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/pratiche/%s", code));
}
