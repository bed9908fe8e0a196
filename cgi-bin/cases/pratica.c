/* pratica.c - following a case: its status timeline, who handles it, the
 * expected date, public messages and attachments; while it is open the
 * citizen can write to the office (with PDF documents), and withdraw it until
 * it is taken in charge. The store checks the status again under a lock when
 * it writes: a message never lands on a case withdrawn or closed meanwhile. */
#include "cases.h"
#include "vocab/case_clock_view.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/multipart.h"
#include "core/query.h"
#include "core/req.h"
#include "core/view.h"
#include "media/image.h"
#include "session/sess.h"
#include "store/case_store.h"

/* Who wrote for the office, as the citizen reads it: the office, and the
 * person too only where the Comune chose so (Cases.ShowStaffNames). */
static const char *author_of(struct req *r, const struct case_event *e, const char *office)
{
	if (strcmp(e->author, "staff") != 0)
		return e->author_name;
	if (!office || !*office)
		office = "Il Comune";
	if (!app_conf_int(r->app, "Cases.ShowStaffNames", 0))
		return office;
	return arena_printf(r->a, "%s (%s)", e->author_name, office);
}

int cases_events_view(struct req *r, long long case_id, const char *office)
{
	struct case_event *e;
	size_t n;
	if (case_event_list(r->db, r->a, case_id, &e, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Events", i, "when", view_date(r, e[i].at));
		int timed = strlen(e[i].at) >= 16;    /* "YYYY-MM-DD HH:MM..." */
		cases_item(r, "Events", i, "time", timed ? arena_strndup(r->a, e[i].at + 11, 5) : "");
		cases_item(r, "Events", i, "datetime", timed ? arena_strndup(r->a, e[i].at, 16) : "");
		cases_item(r, "Events", i, "kind", e[i].kind);
		cases_item(r, "Events", i, "status", e[i].status);
		cases_item(r, "Events", i, "status_label", case_status_label(e[i].status, FOR_CITIZEN));
		cases_item(r, "Events", i, "author", e[i].author);
		cases_item(r, "Events", i, "author_name", author_of(r, &e[i], office));
		cases_item(r, "Events", i, "body", e[i].body);
		if (strcmp(e[i].kind, "routing") == 0)   /* the last one says why it is where it is */
			req_set(r, "Case.routing", e[i].body);
	}
	return 0;
}

/* Where STATUS stands on the citizen's progress bar: ricevuta (0), presa in carico (1), in
 * lavorazione (2), conclusa (3: closed, rejected or withdrawn). */
static int progress_step(const char *status)
{
	static const char *const steps[] = { "received", "in_charge", "in_progress" };
	for (int i = 0; i < 3; i++)
		if (strcmp(status, steps[i]) == 0)
			return i;
	return case_status_open(status) ? 2 : 3;    /* waiting_citizen, reopened: at work */
}

/* The case page of C with STATUS (a 503 shows what could be read). */
static int show(struct req *r, const struct case_row *c, int status)
{
	if (strcmp(c->status, "draft") == 0)
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/modifica", c->code));
	if ((cases_events_view(r, c->id, c->office_name) < 0 || cases_files_view(r, c->id) < 0 ||
	     cases_voice_view(r, c->id, c->code) < 0 || case_clock_view(r, c->id) < 0) &&
	    status != 503)
		return 503;
	req_set(r, "Clock.form", arena_printf(r->a, "/segnalazioni/%s/potere-sostitutivo", c->code));
	req_set(r, "Clock.official", app_conf(r->app, "Substitute.Name", ""));
	cases_view(r, c);
	req_set_int(r, "Case.open", case_status_open(c->status));
	req_set_int(r, "Case.step", progress_step(c->status));
	req_set_int(r, "Case.can_withdraw", strcmp(c->status, "received") == 0);
	view_page(r, "segnalazioni", arena_printf(r->a, "Pratica %s", c->title),
		  arena_printf(r->a, "/segnalazioni/%s", c->code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, c->title, NULL);
	r->tpl = "segnalazione.cs";
	return status;
}

int page_pratica(struct req *r)
{
	struct case_row c;
	int st = cases_load(r, &c);
	return st ? st : show(r, &c, 200);
}

/* What is wrong with the message and its files, or NULL; FILES filled. */
static const char *message_error(struct req *r, const char *body, struct attachment *files)
{
	const char *why = NULL;
	size_t n = utf8_chars(body);   /* characters, as the form says */
	if (req_form_bad(r, "messaggio"))
		return "Il messaggio contiene caratteri non ammessi (mostrati come \xEF\xBF\xBD): correggilo.";
	if (n < 2 || n > 4000)
		return "Il messaggio deve avere da 2 a 4000 caratteri.";
	if (r->files->n > CASE_MAX_DOCS)
		return "Puoi allegare fino a 3 documenti PDF.";
	for (size_t i = 0; i < r->files->n; i++) {
		const struct upload *u = &r->files->v[i];
		if (strcmp(u->field, "documento") || media_pdf_check(u->data, u->len, &why) < 0)
			return why ? why : "Puoi allegare fino a 3 documenti PDF.";
		cases_pdf_attachment(r, u, &files[i]);
	}
	return NULL;
}

int page_messaggio(struct req *r)
{
	struct case_row c;
	int st = cases_load(r, &c);
	if (st)
		return st;
	if (!case_status_open(c.status))
		return req_error(r, 409, "La pratica è chiusa: non puoi più aggiungere messaggi.");
	struct attachment files[CASE_MAX_DOCS];
	const char *body = req_form(r, "messaggio"), *why = message_error(r, body, files);
	req_set(r, "Form.messaggio", body);
	if (why) {
		req_set(r, "Form.error", why);
		return show(r, &c, 422);
	}
	struct case_message m = {
		.case_id = c.id, .citizen_id = r->sess->citizen_id, .body = body,
		.author_name = arena_printf(r->a, "%s %s", r->sess->name, r->sess->family_name),
		.files = files, .nfiles = r->files->n,
	};
	int rc = case_message_add(r->db, r->a, &m);
	if (rc == CASE_NOT_OPEN)
		return req_error(r, 409, "La pratica è stata chiusa o ritirata nel frattempo: il "
					 "messaggio non è stato inviato.");
	if (rc) {
		show(r, &c, 503);
		return cases_unavailable(r, "Il servizio non è disponibile in questo momento: il "
					    "messaggio non è stato inviato. Riprova tra poco.");
	}
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s#cronologia", c.code));
}

/* Why a case in STATUS cannot be withdrawn, in the vocabulary's words. */
static const char *not_withdrawable(struct req *r, const char *status)
{
	const char *label = case_status_label(status, FOR_CITIZEN);
	if (strcmp(status, "withdrawn") == 0)
		return "La pratica è già stata ritirata.";
	if (!case_status_open(status))
		return arena_printf(r->a, "La pratica è già chiusa (stato: %s): non può più essere "
				    "ritirata.", label);
	return arena_printf(r->a, "La pratica è già stata presa in carico dall'ufficio (stato: %s) "
			    "e non può più essere ritirata: puoi scrivere all'ufficio.", label);
}

int page_ritira(struct req *r)
{
	struct case_row c;
	int st = cases_load(r, &c);
	if (st)
		return st;
	if (strcmp(c.status, "draft") == 0)
		return req_error(r, 409, "La pratica non è ancora stata inviata: puoi modificarla o "
					 "lasciarla come bozza.");
	const struct session *s = r->sess;
	struct case_filing f = {
		.case_id = c.id, .citizen_id = s->citizen_id, .mail_to = c.contact_email,
		.mail_subject = cases_subject(r, "Pratica ritirata", c.title),
		.mail_body = arena_printf(r->a, "Gentile %s %s,\n\nla pratica \"%s\" (codice %s) "
					  "è stata ritirata come hai chiesto.\n\n%s\n", s->name,
					  s->family_name, c.title, case_code_display(r->a, c.code),
					  app_conf(r->app, "Site.Name", "")),
	};
	const char *now;
	int rc = case_withdraw(r->db, r->a, &f, "Pratica ritirata dal cittadino.", &now);
	if (rc == CASE_NOT_RECEIVED)
		return req_error(r, 409, not_withdrawable(r, now ? now : c.status));
	if (rc)
		return 503;
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s", c.code));
}
