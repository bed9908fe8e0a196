/* pratica.c - following a case: its status timeline, who handles it, the
 * expected date, public messages and attachments; while it is open the
 * citizen can write to the office (with PDF documents), and withdraw it until
 * it is taken in charge. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/multipart.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "media/image.h"
#include "store/case_store.h"

static int open_status(const char *st)
{
	return strcmp(st, "closed") && strcmp(st, "rejected") && strcmp(st, "withdrawn") &&
	       strcmp(st, "draft");
}

static int show(struct req *r, struct session *s, const char *code, int status)
{
	struct db_rows c, events, atts;
	int st = cases_load(r, s, code, &c);
	if (st)
		return st;
	if (strcmp(db_cell(&c, 0, 3), "draft") == 0)
		return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/modifica", code));
	long long id = atoll(db_cell(&c, 0, 0));
	if (case_events(r->db, r->a, id, &events) < 0 || case_attachments(r->db, r->a, id, &atts) < 0)
		return 503;
	cases_view(r, &c);
	view_rows(r, "Events", &events);
	for (size_t i = 0; i < events.nrows; i++) {
		req_set(r, arena_printf(r->a, "Events.%zu.when", i), view_date(r, db_cell(&events, i, 0)));
		req_set(r, arena_printf(r->a, "Events.%zu.status_label", i),
			case_status_label(db_cell(&events, i, 2), FOR_CITIZEN));
	}
	view_rows(r, "Attachments", &atts);
	const char *state = db_cell(&c, 0, 3);
	req_set_int(r, "Case.open", open_status(state));
	req_set_int(r, "Case.can_withdraw", strcmp(state, "received") == 0);
	view_page(r, "segnalazioni", arena_printf(r->a, "Pratica %s", db_cell(&c, 0, 6)),
		  arena_printf(r->a, "/segnalazioni/%s", code));
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, db_cell(&c, 0, 6), NULL);
	r->tpl = "segnalazione.cs";
	return status;
}

int page_pratica(struct req *r)
{
	struct session s;
	int st = cases_guard(r, &s, 0);
	return st ? st : show(r, &s, req_arg(r, 0), 200);
}

int page_messaggio(struct req *r)
{
	struct session s;
	struct db_rows c;
	const char *code;
	int st = cases_guard_case(r, &s, 1, &c, &code);
	if (st)
		return st;
	if (!open_status(db_cell(&c, 0, 3)))
		return req_error(r, 409, "La pratica è chiusa: non puoi più aggiungere messaggi.");
	const char *body = req_form(r, "messaggio");
	size_t n = utf8_chars(body);   /* characters, as the form says */
	if (n < 2 || n > 4000) {
		req_set(r, "Form.messaggio", body ? body : "");
		req_set(r, "Form.error", "Il messaggio deve avere da 2 a 4000 caratteri.");
		return show(r, &s, code, 422);
	}
	const char *why = NULL;
	for (size_t i = 0; i < r->files->n; i++)
		if (strcmp(r->files->v[i].field, "documento") ||
		    media_pdf_check(r->files->v[i].data, r->files->v[i].len, &why) < 0 || i >= 3) {
			req_set(r, "Form.messaggio", body);
			req_set(r, "Form.error", why ? why : "Puoi allegare fino a 3 documenti PDF.");
			return show(r, &s, code, 422);
		}
	long long case_id = atoll(db_cell(&c, 0, 0)), event_id;
	if (db_begin(r->db) < 0 ||
	    case_message_add(r->db, case_id, arena_printf(r->a, "%s %s", s.name, s.family_name), body,
			     &event_id) < 0)
		goto fail;
	for (size_t i = 0; i < r->files->n; i++) {
		const struct upload *u = &r->files->v[i];
		struct attachment a = {
			.kind = "document", .filename = *u->filename ? u->filename : "documento.pdf",
			.content_type = "application/pdf",
			.sha256 = token_sha256_hex_data(r->a, u->data, u->len), .data = u->data,
			.len = u->len,
		};
		if (case_attachment_add(r->db, case_id, event_id, &a) < 0)
			goto fail;
	}
	if (db_commit(r->db) < 0)
		goto fail;
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s#cronologia", code));
fail:
	db_rollback(r->db);
	return 503;
}

int page_ritira(struct req *r)
{
	struct session s;
	struct db_rows c;
	const char *code;
	int st = cases_guard_case(r, &s, 1, &c, &code);
	if (st)
		return st;
	if (strcmp(db_cell(&c, 0, 3), "draft") == 0)
		return req_error(r, 409, "La pratica non è ancora stata inviata: puoi modificarla o "
					 "lasciarla come bozza.");
	const char *title = db_cell(&c, 0, 6);
	struct case_filing f = {
		.case_id = atoll(db_cell(&c, 0, 0)), .citizen_id = s.citizen_id,
		.mail_to = db_cell(&c, 0, 18),
		.mail_subject = arena_printf(r->a, "Pratica ritirata: %s", title),
		.mail_body = arena_printf(r->a, "Gentile %s %s,\n\nla pratica \"%s\" (codice %s) "
					  "è stata ritirata come hai chiesto.\n\n%s\n", s.name, s.family_name,
					  title, case_code_display(r->a, code),
					  app_conf(r->app, "Site.Name", "")),
	};
	int done;
	if (case_withdraw(r->db, &f, "Pratica ritirata dal cittadino.", &done) < 0)
		return 503;
	if (!done)
		return req_error(r, 409, "La pratica è già stata presa in carico dall'ufficio e non può "
					 "più essere ritirata: puoi scrivere all'ufficio.");
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s", code));
}
