/* prenota_app.c - a confirmed appointment, named by its code and either the
 * token of its latest e-mail (?t=) or the session of the citizen who booked
 * it (from the personal area): GET /prenota/{code} (when, where, what to
 * bring, the calendar file, the cancel and move buttons), POST
 * /prenota/{code}/annulla (the slot is free at once; until the office's
 * cut-off before it), GET /prenota/{code}/ics; the e-mails of a confirmed
 * or moved appointment, with the .ics attached. Public: the token or the
 * session is the key; a wrong one is a 404 like a missing code. */
#include "cases.h"
#include "prenota.h"

#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/booking_ics.h"
#include "core/buf.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "session/sess.h"
#include "store/booking_store.h"

const char *prenota_mail_body(struct req *r, const struct booking_row *b, const char *token,
			      const char *news)
{
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	long t = cal_parse_minute(b->start_at);
	const char *req = b->service_requirements && *b->service_requirements
		? b->service_requirements : "Un documento di identità valido.";
	return arena_printf(r->a,
		"Gentile %s,\n\n%s\n\n"
		"Codice prenotazione: %s\nServizio: %s\nQuando: %s\nDove: %s, %s\nMotivo: %s\n\n"
		"Cosa portare:\n%s\n\n"
		"In allegato il file .ics per aggiungere l'appuntamento al tuo calendario; "
		"si può anche scaricare qui:\n%s\n\n"
		"Per vedere l'appuntamento, spostarlo o annullarlo:\n%s\n\n%s\n",
		b->name, news, b->code, b->service_title, t >= 0 ? prenota_when(r, t) : b->start_at,
		b->office_name, b->office_address, b->reason, req,
		booking_ics_link(r->a, base, b->code, "/ics", token),
		booking_ics_link(r->a, base, b->code, "", token), app_conf(r->app, "Site.Name", ""));
}

/* B as an iCalendar file, stamped DTSTAMP (UTC "YYYYMMDDTHHMMSSZ"). */
static const char *ics(struct req *r, const struct booking_row *b, const char *token,
		       const char *dtstamp)
{
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	struct booking_ics in = {
		.code = b->code, .dtstamp = dtstamp, .start_at = b->start_at, .end_at = b->end_at,
		.service_title = b->service_title, .reason = b->reason, .office_name = b->office_name,
		.office_address = b->office_address,
		.url = booking_ics_link(r->a, base, b->code, "", token),
	};
	return booking_ics(r->a, base, &in);
}

void prenota_mail(struct req *r, const struct booking_row *b, const char *token,
		  const char *subject, const char *news, struct booking_mail *m)
{
	m->to = b->email;
	m->subject = cases_subject(r, subject, b->service_title);
	m->body = prenota_mail_body(r, b, token, news);
	m->ics = ics(r, b, token, booking_ics_now(r->a));
	m->file_name = arena_printf(r->a, "appuntamento-%s.ics", b->code);
}

int prenota_load_booking(struct req *r, struct booking_row *b, struct booking_key *key,
			 const char **token)
{
	const char *code = req_arg(r, 0);
	const char *t = strcmp(r->method, "POST") == 0 ? req_form(r, "t") : req_param(r, "t");
	*token = t && *t ? t : NULL;
	*key = (struct booking_key){
		.code = code, .cancel_hash = *token ? token_sha256_hex(r->a, *token) : NULL,
		.citizen_id = r->sess && r->sess->valid ? r->sess->citizen_id : 0,
	};
	if ((*token && strlen(*token) != 43) || (!*token && !key->citizen_id) || strlen(code) != 12)
		return req_error(r, 404, "Questa prenotazione non esiste.");
	int found = booking_by_code(r->db, r->a, key, b);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "Questa prenotazione non esiste.");
	req_set(r, "Booking.token", *token ? *token : "");
	return 0;
}

/* The appointment's page after an action: its token, if it came with one. */
const char *prenota_back(struct req *r, const char *code, const char *token, const char *what)
{
	return arena_printf(r->a, "/prenota/%s?t=%s&%s=1", code, token ? token : "", what);
}

int page_prenota_show(struct req *r)
{
	struct booking_row b;
	struct booking_key key;
	const char *token;
	int st = prenota_load_booking(r, &b, &key, &token);
	if (st)
		return st;
	prenota_view(r, &b);
	req_set(r, "Booking.state", "appuntamento");
	if (req_param(r, "confermata"))
		req_set(r, "Booking.just_confirmed", "1");
	if (req_param(r, "annullata"))
		req_set(r, "Booking.just_cancelled", "1");
	if (req_param(r, "spostata"))
		req_set(r, "Booking.just_moved", "1");
	prenota_frame(r, "Il tuo appuntamento", "prenota_esito.cs");
	return 200;
}

/* POST /prenota/{code}/annulla (t, csrf): cancels a future appointment; the
 * slot is free for others at once. 409 when past or cancelled already. */
int page_prenota_annulla(struct req *r)
{
	struct booking_row b;
	struct booking_key key;
	const char *token;
	if (!prenota_csrf_ok(r))
		return prenota_csrf_refused(r);
	int st = prenota_load_booking(r, &b, &key, &token);
	if (st)
		return st;
	int done = booking_cancel(r->db, &key);
	if (done < 0)
		return 503;
	if (!done)
		return req_error(r, 409, "Questo appuntamento non si può più annullare online: è già "
				 "annullato, è passato o è troppo vicino. Per disdirlo contatta l'ufficio.");
	return req_redirect(r, 303, prenota_back(r, b.code, token, "annullata"));
}

/* GET /prenota/{code}/ics?t=TOKEN: the appointment as an iCalendar file. */
int page_prenota_ics(struct req *r)
{
	struct booking_row b;
	struct booking_key key;
	const char *token;
	int st = prenota_load_booking(r, &b, &key, &token);
	if (st)
		return st;
	const char *cal = ics(r, &b, token ? token : "", b.created_at);
	if (!cal)
		return 500;
	static struct buf out;
	buf_reset(&out);
	buf_puts(&out, cal);
	r->body = &out;
	r->content_type = "text/calendar; charset=utf-8";
	req_header(r, "Content-Disposition",
		   arena_printf(r->a, "attachment; filename=\"appuntamento-%s.ics\"", b.code));
	return 200;
}
