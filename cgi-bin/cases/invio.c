/* invio.c - the summary showing exactly what will be sent, the filing
 * (POST → redirect → GET: a reload or a second click files nothing more),
 * and the receipt with code, protocol number, date, office and due date. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_store.h"

/* The summary or the receipt of C (loaded), with STATUS. */
static int page(struct req *r, const struct case_row *c, const char *tpl, const char *title,
		int status)
{
	const struct session *s = r->sess;
	if (cases_files_view(r, c->id) < 0 && status != 503)
		return 503;
	cases_view(r, c);
	req_set(r, "Citizen.name", arena_printf(r->a, "%s %s", s->name, s->family_name));
	req_set(r, "Citizen.fiscal_code", s->fiscal_code);
	view_page(r, "segnalazioni", title, arena_printf(r->a, "/segnalazioni/%s", c->code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, title, NULL);
	r->tpl = tpl;
	return status;
}

static int show(struct req *r, const char *tpl, const char *title, int want_draft)
{
	struct case_row c;
	int st = cases_load(r, &c);
	if (st)
		return st;
	int draft = strcmp(c.status, "draft") == 0;
	if (draft != want_draft)
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s%s", c.code,
							 draft ? "/modifica" : ""));
	return page(r, &c, tpl, title, 200);
}

int page_riepilogo(struct req *r)
{
	return show(r, "segnalazione_riepilogo.cs", "Riepilogo", 1);
}

int page_ricevuta(struct req *r)
{
	return show(r, "segnalazione_ricevuta.cs", "Ricevuta", 0);
}

/* The acknowledgement e-mail: plain text, the code to follow the case. */
static const char *ack_body(struct req *r, const struct case_row *c)
{
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	return arena_printf(r->a,
		"Gentile %s %s,\n\n"
		"abbiamo ricevuto la tua pratica \"%s\".\n\n"
		"Codice pratica: %s\n"
		"Categoria: %s\n\n"
		"Il numero di protocollo, l'ufficio che se ne occupa e la data prevista per la "
		"risposta sono nella ricevuta:\n%s/segnalazioni/%s/ricevuta\n\n"
		"Puoi seguire la pratica e scrivere all'ufficio dall'area personale:\n%s/area-personale\n\n"
		"%s\n",
		r->sess->name, r->sess->family_name, c->title, case_code_display(r->a, c->code),
		c->category_name ? c->category_name : "", base, c->code, base,
		app_conf(r->app, "Site.Name", ""));
}

int page_invia(struct req *r)
{
	struct case_row c;
	int st = cases_load(r, &c);
	if (st)
		return st;
	const char *receipt = arena_printf(r->a, "/segnalazioni/%s/ricevuta", c.code);
	if (strcmp(c.status, "draft"))   /* a second click: already filed */
		return req_redirect(r, 303, receipt);
	if (!c.category_slug || !c.title || !*c.title)
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/modifica", c.code));
	struct case_filing f = {
		.case_id = c.id, .citizen_id = r->sess->citizen_id, .mail_to = c.contact_email,
		.mail_subject = cases_subject(r, "Pratica ricevuta", c.title),
		.mail_body = ack_body(r, &c),
	};
	int filed;
	if (case_submit(r->db, &f, &filed) < 0) {
		page(r, &c, "segnalazione_riepilogo.cs", "Riepilogo", 503);
		return cases_unavailable(r, "Il servizio non è disponibile in questo momento: la "
					    "pratica non è stata inviata. Riprova tra poco.");
	}
	return req_redirect(r, 303, receipt);
}
