/* invio.c - the summary showing exactly what will be sent, the filing
 * (POST → redirect → GET: a reload or a second click files nothing more),
 * and the receipt with code, protocol number, date, office and due date. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/case_store.h"

static int show(struct req *r, const char *tpl, const char *title, int want_draft)
{
	struct session s;
	struct db_rows c, atts;
	const char *code;
	int st = cases_guard_case(r, &s, 0, &c, &code);
	if (st)
		return st;
	int draft = strcmp(db_cell(&c, 0, 3), "draft") == 0;
	if (draft != want_draft)
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s%s", code,
							 draft ? "/modifica" : ""));
	if (case_attachments(r->db, r->a, atoll(db_cell(&c, 0, 0)), &atts) < 0)
		return 503;
	cases_view(r, &c);
	view_rows(r, "Attachments", &atts);
	req_set(r, "Citizen.name", arena_printf(r->a, "%s %s", s.name, s.family_name));
	req_set(r, "Citizen.fiscal_code", s.fiscal_code);
	view_page(r, "segnalazioni", title, arena_printf(r->a, "/segnalazioni/%s", code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, title, NULL);
	r->tpl = tpl;
	return 200;
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
static const char *ack_body(struct req *r, const struct db_rows *c, const struct session *s)
{
	const char *code = db_cell(c, 0, 1);
	return arena_printf(r->a,
		"Gentile %s %s,\n\n"
		"abbiamo ricevuto la tua pratica \"%s\".\n\n"
		"Codice pratica: %s\n"
		"Categoria: %s\n\n"
		"Il numero di protocollo, l'ufficio che se ne occupa e la data prevista per la "
		"risposta sono nella ricevuta:\n%s/segnalazioni/%s/ricevuta\n\n"
		"Puoi seguire la pratica e scrivere all'ufficio dall'area personale:\n%s/area-personale\n\n"
		"%s\n",
		s->name, s->family_name, db_cell(c, 0, 6), case_code_display(r->a, code),
		db_cell(c, 0, 5) ? db_cell(c, 0, 5) : "", app_conf(r->app, "Site.BaseUrl", ""), code,
		app_conf(r->app, "Site.BaseUrl", ""), app_conf(r->app, "Site.Name", ""));
}

int page_invia(struct req *r)
{
	struct session s;
	struct db_rows c;
	const char *code;
	int st = cases_guard_case(r, &s, 1, &c, &code);
	if (st)
		return st;
	const char *receipt = arena_printf(r->a, "/segnalazioni/%s/ricevuta", code);
	if (strcmp(db_cell(&c, 0, 3), "draft"))   /* a second click: already filed */
		return req_redirect(r, 303, receipt);
	if (!db_cell(&c, 0, 4) || !*db_cell(&c, 0, 6))
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/modifica", code));
	struct case_filing f = {
		.case_id = atoll(db_cell(&c, 0, 0)), .citizen_id = s.citizen_id,
		.mail_to = db_cell(&c, 0, 18),
		.mail_subject = arena_printf(r->a, "Pratica ricevuta: %s", db_cell(&c, 0, 6)),
		.mail_body = ack_body(r, &c, &s),
	};
	int filed;
	if (case_submit(r->db, &f, &filed) < 0)
		return 503;
	return req_redirect(r, 303, receipt);
}
