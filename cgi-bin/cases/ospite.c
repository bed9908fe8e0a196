/* ospite.c - a segnalazione without SPID/CIE, where the comune enables it
 * (Cases.GuestReports): the guest gives a name and an e-mail; the case waits
 * as a draft until the link e-mailed to them is followed (within a day), and
 * the same private link then tracks it. No login, so the forms carry the
 * booking flow's double-submit token (prenota_csrf); a GET never changes
 * anything. Abuse: attempts per address and per e-mail counted in SQL
 * (Cases.GuestPerHour*), a field people never see that must stay empty, and
 * a minimum time to fill the form (Cases.GuestMinSeconds), from a stamp signed
 * with the app's secret (App.SecretFile). A logged-in
 * citizen joins the guest reports of an e-mail to their history by following
 * a link sent to that e-mail. */
#include "cases.h"
#include "prenota.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/secret.h"
#include "core/token.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_store.h"
#include "store/guest_store.h"
#include "vocab/case_clock_view.h"
#include "vocab/case_vocab.h"

static const char *link_to(struct req *r, const char *path, const char *token)
{
	return arena_printf(r->a, "%s%s/%s", app_conf(r->app, "Site.BaseUrl", ""), path, token);
}

static int frame(struct req *r, const char *step, const char *title, int status)
{
	req_set(r, "Guest.step", step);
	prenota_csrf(r);
	view_page(r, "segnalazioni", title, NULL);
	view_crumb(r, "Segnala un problema senza SPID", NULL);
	r->tpl = "segnalazione_ospite.cs";
	r->cache_control = "no-store";
	return status;
}

static bool enabled(struct req *r)
{
	return app_conf_int(r->app, "Cases.GuestReports", 0) == 1;
}

/* The app's secret (App.SecretFile), in the arena; NULL (logged) if unreadable. */
static const char *app_secret(struct req *r)
{
	char *s = secret_read(app_conf(r->app, "App.SecretFile", NULL));
	const char *copy = s && *s ? arena_strdup(r->a, s) : NULL;
	free(s);
	return copy;
}

/* "SECONDS.HMAC": when the form was opened, signed so that a bot cannot move
 * it back to skip the minimum fill time. NULL without a secret. */
static const char *opened_stamp(struct req *r, long long at)
{
	const char *key = app_secret(r), *t = arena_printf(r->a, "%lld", at);
	const char *mac = key ? token_hmac_hex(r->a, key, t) : NULL;
	return mac ? arena_printf(r->a, "%s.%s", t, mac) : NULL;
}

/* The time of a stamp from opened_stamp(), or 0 if it is not one (forged, mangled). */
static long long opened_at(struct req *r, const char *stamp)
{
	const char *dot = stamp ? strchr(stamp, '.') : NULL;
	if (!dot || dot == stamp || dot - stamp > 12 || strspn(stamp, "0123456789") != (size_t)(dot - stamp))
		return 0;
	long long at = atoll(stamp);
	const char *want = opened_stamp(r, at);
	return want && token_equal(want, stamp) ? at : 0;
}

/* The form, with the lists and what was typed; MESSAGE above it (or NULL). */
static int form(struct req *r, const char *message, int status)
{
	struct case_category *k;
	struct case_area *z;
	size_t nk, nz;
	if (case_category_list(r->db, r->a, "segnalazione", &k, &nk) < 0 ||
	    case_area_list(r->db, r->a, &z, &nz) < 0)
		return 503;
	for (size_t i = 0; i < nk; i++) {
		cases_item(r, "Categories", i, "slug", k[i].slug);
		cases_item(r, "Categories", i, "name", k[i].name);
	}
	for (size_t i = 0; i < nz; i++) {
		cases_item(r, "Areas", i, "slug", z[i].slug);
		cases_item(r, "Areas", i, "name", z[i].name);
	}
	static const char *const kept[] = { "nome", "email", "categoria", "zona", "titolo",
		"descrizione", "indirizzo" };
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
		req_set(r, arena_printf(r->a, "Form.%s", kept[i]), req_form(r, kept[i]));
	req_set(r, "Form.error", message);
	const char *opened = opened_stamp(r, (long long)time(NULL));
	if (!opened)
		return 503;
	req_set(r, "Guest.opened", opened);
	return frame(r, "modulo", "Segnala un problema senza SPID", status);
}

int page_ospite_form(struct req *r)
{
	if (!enabled(r))
		return req_error(r, 404, "La pagina che cerchi non esiste.");
	return form(r, NULL, 200);
}

/* FIELD with MIN to MAX characters (ONE_LINE: no line break). */
static bool text_ok(struct req *r, const char *field, size_t min, size_t max, bool one_line)
{
	const char *v = req_form(r, field);
	size_t n = v ? utf8_chars(v) : 0;
	return v && n >= min && n <= max && !req_form_bad(r, field) && (!one_line || text_one_line(v));
}

/* What is wrong with the form, or NULL; F filled. */
static const char *form_error(struct req *r, struct case_fields *f)
{
	struct case_category k;
	const char *e = req_form(r, "email"), *zona = req_form(r, "zona");
	*f = (struct case_fields){
		.category_slug = req_form(r, "categoria"), .area_slug = zona && *zona ? zona : NULL,
		.title = req_form(r, "titolo"), .description = req_form(r, "descrizione"),
		.address = req_form(r, "indirizzo"),
	};
	if (!text_ok(r, "nome", 2, 160, true))
		return "Scrivi il tuo nome e cognome (da 2 a 160 caratteri).";
	if (!e || !*e || !cases_email_ok(e))
		return "Scrivi un indirizzo e-mail valido: ti mandiamo lì il link di conferma.";
	if (!f->category_slug || case_category_get(r->db, r->a, f->category_slug, &k) != 1 ||
	    strcmp(k.case_type, "segnalazione"))
		return "Scegli una categoria dall'elenco.";
	if (!text_ok(r, "titolo", 5, 120, true))
		return "Il titolo deve avere da 5 a 120 caratteri, su una riga.";
	if (!text_ok(r, "descrizione", 10, 4000, false))
		return "La descrizione deve avere da 10 a 4000 caratteri.";
	if (!text_ok(r, "indirizzo", 3, 200, true))
		return "Indica il luogo (da 3 a 200 caratteri): via e numero civico o un riferimento.";
	if (!req_form(r, "privacy"))
		return "Per inviare devi dichiarare di aver letto l'informativa sulla privacy.";
	return NULL;
}

/* A bot's marks: the hidden field filled, or the form sent too fast (or
 * opened more than a day ago, or with a stamp that is not ours). */
static bool looks_automatic(struct req *r)
{
	const char *trap = req_form(r, "sito");
	long long waited = (long long)time(NULL) - opened_at(r, req_form(r, "aperto"));
	return (trap && *trap) || waited < app_conf_int(r->app, "Cases.GuestMinSeconds", 5) ||
	       waited > 86400;
}

static int report(struct req *r, const struct case_fields *f)
{
	const char *token = token_hex(r->a, 32), *client = req_env(r, "REMOTE_ADDR");
	const char *name = req_form(r, "nome"), *site = app_conf(r->app, "Site.Name", "");
	struct guest_report g = {
		.code = token_case_code(r->a), .token = token, .name = name,
		.email = req_form(r, "email"), .client = client ? client : "", .f = f,
		.per_hour_client = app_conf_int(r->app, "Cases.GuestPerHourClient", 10),
		.per_hour_email = app_conf_int(r->app, "Cases.GuestPerHourEmail", 3),
		.mail_subject = cases_subject(r, "Conferma la tua segnalazione", f->title),
		.mail_body = arena_printf(r->a, "Gentile %s,\n\nper inviare la segnalazione \"%s\" "
					  "apri questo link entro 24 ore e conferma:\n%s\n\nLo stesso "
					  "link ti servirà per seguirla. Se non l'hai chiesta tu, ignora "
					  "questo messaggio: senza conferma non viene inviata.\n\n%s\n",
					  name, f->title, link_to(r, "/segnalazioni/ospite", token), site),
	};
	int rc = guest_report_new(r->db, r->a, &g);
	if (rc == GUEST_LIMITED)
		return frame(r, "troppe", "Troppe segnalazioni", 429);
	if (rc)
		return 503;
	req_set(r, "Guest.email", g.email);
	return frame(r, "inviata", "Controlla la tua e-mail", 200);
}

int page_ospite_create(struct req *r)
{
	struct case_fields f;
	if (!enabled(r))
		return req_error(r, 404, "La pagina che cerchi non esiste.");
	if (!prenota_csrf_ok(r))
		return req_error(r, 403, "Il modulo è scaduto: riapri la pagina e riprova.");
	if (looks_automatic(r))
		return form(r, "Il modulo è stato inviato troppo in fretta o è scaduto: controlla i "
			    "dati e invialo di nuovo.", 422);
	const char *why = form_error(r, &f);
	return why ? form(r, why, 422) : report(r, &f);
}

/* The report of the URL's token: 0 (G filled), or the error's status. */
static int by_token(struct req *r, struct guest_case *g)
{
	const char *t = req_arg(r, 0);
	int found = t && strlen(t) == 64 ? guest_by_token(r->db, r->a, t, g) : 0;
	if (found < 0)
		return 503;
	return found ? 0 : req_error(r, 404, "Il link non è valido o è scaduto: la segnalazione non "
					     "confermata entro 24 ore non è stata inviata.");
}

static int tracking(struct req *r, const struct guest_case *g)
{
	struct case_row c;
	int found = case_by_code(r->db, r->a, g->code, 0, &c);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "La segnalazione è ora nella tua area "
						       "personale: accedi con SPID o CIE per seguirla.");
	if (cases_events_view(r, c.id, c.office_name) < 0 || case_clock_view(r, c.id) < 0)
		return 503;
	cases_view(r, &c);
	return frame(r, "traccia", arena_printf(r->a, "Segnalazione %s", c.title), 200);
}

int page_ospite_show(struct req *r)
{
	struct guest_case g;
	int st = by_token(r, &g);
	if (st)
		return st;
	if (g.confirmed)
		return tracking(r, &g);
	req_set(r, "Guest.action", arena_printf(r->a, "/segnalazioni/ospite/%s", req_arg(r, 0)));
	return frame(r, "conferma", "Conferma la segnalazione", 200);
}

int page_ospite_confirm(struct req *r)
{
	struct guest_case g;
	int st = by_token(r, &g);
	if (st)
		return st;
	if (!prenota_csrf_ok(r))
		return req_error(r, 403, "Il modulo è scaduto: riapri il link e riprova.");
	const char *url = link_to(r, "/segnalazioni/ospite", req_arg(r, 0));
	int rc = guest_confirm(r->db, r->a, req_arg(r, 0), "Segnalazione ricevuta",
			       arena_printf(r->a, "Gentile cittadina, gentile cittadino,\n\nla tua "
					    "segnalazione è stata ricevuta e protocollata. Puoi seguirla "
					    "qui (il link è solo tuo, non condividerlo):\n%s\n\n%s\n", url,
					    app_conf(r->app, "Site.Name", "")));
	if (rc == GUEST_GONE)
		return by_token(r, &g);
	if (rc)
		return 503;
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/ospite/%s", req_arg(r, 0)));
}

/* ---------------------------------------- joining the citizen's history */

int page_ospite_claim_new(struct req *r)
{
	const char *e = req_form(r, "email");
	long long n;
	if (!e || !*e || !cases_email_ok(e))
		return req_error(r, 422, "Scrivi un indirizzo e-mail valido.");
	if (guest_unclaimed(r->db, r->a, e, &n) < 0)
		return 503;
	const char *token = token_hex(r->a, 32);
	if (n && guest_claim_new(r->db, r->a, token, r->sess->citizen_id, e,
				 "Collega le tue segnalazioni all'area personale",
				 arena_printf(r->a, "Gentile %s %s,\n\nper collegare all'area personale "
					      "le segnalazioni inviate senza SPID con questo indirizzo, "
					      "apri il link (valido 24 ore) mentre sei collegato:\n%s\n\n%s\n",
					      r->sess->name, r->sess->family_name,
					      link_to(r, "/area-personale/ospite", token),
					      app_conf(r->app, "Site.Name", ""))) < 0)
		return 503;
	req_set(r, "Guest.email", e);   /* the same answer with or without reports: nothing leaks */
	return frame(r, "collega-inviata", "Controlla la tua e-mail", 200);
}

/* The claim of the URL's token, the session citizen's: 0, or the status. */
static int claim_of(struct req *r)
{
	const char *t = req_arg(r, 0), *email;
	int found = t && strlen(t) == 64
		? guest_claim_get(r->db, r->a, t, r->sess->citizen_id, &email) : 0;
	if (found < 0)
		return 503;
	if (!found)
		return req_error(r, 404, "Il link non è valido o è scaduto.");
	req_set(r, "Guest.email", email);
	return 0;
}

int page_ospite_claim_form(struct req *r)
{
	int st = claim_of(r);
	if (st)
		return st;
	req_set(r, "Guest.action", arena_printf(r->a, "/area-personale/ospite/%s", req_arg(r, 0)));
	return frame(r, "collega", "Collega le segnalazioni", 200);
}

int page_ospite_claim(struct req *r)
{
	long long n;
	int rc = guest_claim(r->db, r->a, req_arg(r, 0), r->sess->citizen_id, &n);
	if (rc == GUEST_GONE)
		return req_error(r, 404, "Il link non è valido o è scaduto.");
	if (rc)
		return 503;
	return req_redirect(r, 303, "/area-personale#pratiche");
}
