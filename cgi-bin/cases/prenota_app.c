/* prenota_app.c - a confirmed appointment, named by its code and the token of
 * the confirmation e-mail (?t=): GET /prenota/{code} (when, where, what to
 * bring, the calendar file, the cancel button), POST /prenota/{code}/annulla
 * (the slot is free at once; until the office's cut-off before it), GET /prenota/{code}/ics. Public: the token is
 * the key; a wrong one is a 404 like a missing code. */
#include "cases.h"
#include "prenota.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/ical.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "store/booking_store.h"

const char *prenota_mail_body(struct req *r, const struct booking_row *b, const char *token)
{
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	long t = cal_parse_minute(b->start_at);
	const char *req = b->service_requirements && *b->service_requirements
		? b->service_requirements : "Un documento di identità valido.";
	return arena_printf(r->a,
		"Gentile %s,\n\nil tuo appuntamento è confermato.\n\n"
		"Codice prenotazione: %s\nServizio: %s\nQuando: %s\nDove: %s, %s\nMotivo: %s\n\n"
		"Cosa portare:\n%s\n\n"
		"Aggiungi l'appuntamento al tuo calendario (file .ics):\n%s/prenota/%s/ics?t=%s\n\n"
		"Per vedere l'appuntamento o annullarlo:\n%s/prenota/%s?t=%s\n\n%s\n",
		b->name, b->code, b->service_title, t >= 0 ? prenota_when(r, t) : b->start_at,
		b->office_name, b->office_address, b->reason, req, base, b->code, token, base,
		b->code, token, app_conf(r->app, "Site.Name", ""));
}

/* The booking of the URL's code and ?t= (or the form's t): 0, or 404. */
static int load(struct req *r, struct booking_row *b, const char **token)
{
	const char *code = req_arg(r, 0);
	*token = strcmp(r->method, "POST") == 0 ? req_form(r, "t") : req_param(r, "t");
	if (!*token || strlen(*token) != 43 || strlen(code) != 12)
		return req_error(r, 404, "Questa prenotazione non esiste.");
	int found = booking_by_code(r->db, r->a, code, token_sha256_hex(r->a, *token), b);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "Questa prenotazione non esiste.");
	return 0;
}

int page_prenota_show(struct req *r)
{
	struct booking_row b;
	const char *token;
	int st = load(r, &b, &token);
	if (st)
		return st;
	prenota_view(r, &b);
	req_set(r, "Booking.token", token);
	req_set(r, "Booking.state", "appuntamento");
	if (req_param(r, "confermata"))
		req_set(r, "Booking.just_confirmed", "1");
	if (req_param(r, "annullata"))
		req_set(r, "Booking.just_cancelled", "1");
	prenota_frame(r, "Il tuo appuntamento", "prenota_esito.cs");
	return 200;
}

/* POST /prenota/{code}/annulla (t, csrf): cancels a future appointment; the
 * slot is free for others at once. 409 when past or cancelled already. */
int page_prenota_annulla(struct req *r)
{
	struct booking_row b;
	const char *token;
	if (!prenota_csrf_ok(r))
		return prenota_csrf_refused(r);
	int st = load(r, &b, &token);
	if (st)
		return st;
	int done = booking_cancel(r->db, b.code, token_sha256_hex(r->a, token));
	if (done < 0)
		return 503;
	if (!done)
		return req_error(r, 409, "Questo appuntamento non si può più annullare online: è già "
				 "annullato, è passato o è troppo vicino. Per disdirlo contatta l'ufficio.");
	return req_redirect(r, 303, arena_printf(r->a, "/prenota/%s?t=%s&annullata=1", b.code,
						 token));
}

/* GET /prenota/{code}/ics?t=TOKEN: the appointment as an iCalendar file. */
int page_prenota_ics(struct req *r)
{
	struct booking_row b;
	const char *token;
	int st = load(r, &b, &token);
	if (st)
		return st;
	struct ical_event ev = {
		.uid = arena_printf(r->a, "prenotazione-%s@%s", b.code, ical_host(r->a, app_conf(r->app, "Site.BaseUrl", ""))),
		.dtstamp = b.created_at, .start = b.start_at, .end = b.end_at,
		.summary = arena_printf(r->a, "Appuntamento: %s", b.service_title),
		.description = arena_printf(r->a, "Codice prenotazione %s. %s", b.code, b.reason),
		.location = arena_printf(r->a, "%s, %s", b.office_name, b.office_address),
		.url = arena_printf(r->a, "%s/prenota/%s?t=%s", app_conf(r->app, "Site.BaseUrl", ""),
				    b.code, token),
	};
	static struct buf out;
	buf_reset(&out);
	if (ical_write_event(&out, "-//Portale del Comune//Prenotazioni//IT", &ev) < 0)
		return 500;
	r->body = &out;
	r->content_type = "text/calendar; charset=utf-8";
	req_header(r, "Content-Disposition",
		   arena_printf(r->a, "attachment; filename=\"appuntamento-%s.ics\"", b.code));
	return 200;
}
