/* prenota_dati.c - the held slot's steps, named by the hold's unguessable id
 * (/prenota/{id}/...: whoever has it is the one who held the slot): the
 * reason, details and applicant; the summary; the confirmation (at once with
 * a SPID/CIE session, else an e-mail with a link that confirms, valid while
 * the hold lasts); the link itself (a second use confirms nothing more). */
#include "cases.h"
#include "prenota.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/booking_store.h"

/* Booking.* of B. */
void prenota_view(struct req *r, const struct booking_row *b)
{
	long t = cal_parse_minute(b->start_at), x = cal_parse_minute(b->hold_expires);
	req_set(r, "Booking.code", b->code);
	req_set(r, "Booking.status", b->expired ? "expired" : b->status);
	req_set(r, "Booking.when", t >= 0 ? prenota_when(r, t) : b->start_at);
	req_set(r, "Booking.hold_until", x >= 0 ? arena_printf(r->a, "%ld:%02ld", x % 1440 / 60,
							       x % 60) : "");
	req_set(r, "Booking.office_name", b->office_name);
	req_set(r, "Booking.office_address", b->office_address);
	req_set(r, "Booking.service_slug", b->service_slug);
	req_set(r, "Booking.service_title", b->service_title);
	view_markdown(r, "Booking.requirements", b->service_requirements);
	req_set(r, "Booking.name", b->name);
	req_set(r, "Booking.email", b->email);
	req_set(r, "Booking.phone", b->phone);
	req_set(r, "Booking.reason", b->reason);
	view_text(r, "Booking.Details", b->details);
	if (b->past)
		req_set(r, "Booking.past", "1");
	if (b->cancellable)
		req_set(r, "Booking.cancellable", "1");
}

/* 410: the hold ran out, its slot is free for others. */
static int expired(struct req *r)
{
	return req_error(r, 410, "Il tempo per completare la prenotazione è scaduto e l'orario è "
			 "stato liberato. Ricomincia da Prenota un appuntamento.");
}

/* The hold of the URL's id, still live: 0, or the status (404 unknown, 409
 * confirmed already, 410 expired or cancelled). */
static int load(struct req *r, struct booking_row *b)
{
	const char *id = req_arg(r, 0);
	if (strlen(id) != 32 || strspn(id, "0123456789abcdef") != 32)
		return req_error(r, 404, "Questa prenotazione non esiste.");
	int found = booking_by_flow(r->db, r->a, token_sha256_hex(r->a, id), b);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "Questa prenotazione non esiste.");
	if (strcmp(b->status, "confirmed") == 0)
		return req_error(r, 409, "Questa prenotazione è già confermata: i dettagli e il link "
				 "per annullarla sono nell'e-mail di conferma.");
	if (strcmp(b->status, "held") || b->expired)
		return expired(r);
	req_set(r, "Booking.id", id);
	prenota_view(r, b);
	return 0;
}

/* The same for a form of the flow: its token first (403). */
static int load_post(struct req *r, struct booking_row *b)
{
	return prenota_csrf_ok(r) ? load(r, b) : prenota_csrf_refused(r);
}

static int step(struct req *r, int n, const char *title, const char *tpl, int status)
{
	prenota_frame(r, title, tpl);
	req_set_int(r, "Booking.step", n);
	return status;
}

int page_prenota_dati(struct req *r)
{
	struct booking_row b;
	int st = load(r, &b);
	if (st)
		return st;
	req_set(r, "Form.motivo", b.reason);
	req_set(r, "Form.dettagli", b.details ? b.details : "");
	req_set(r, "Form.nome", b.name);
	req_set(r, "Form.email", b.email);
	req_set(r, "Form.telefono", b.phone);
	return step(r, 2, "Dettagli dell'appuntamento", "prenota_dati.cs", 200);
}

/* Form.errors.FIELD and the summary's item. */
static void field_error(struct req *r, int *n, const char *field, const char *msg)
{
	req_set(r, arena_printf(r->a, "Form.errors.%s", field), msg);
	req_set(r, arena_printf(r->a, "Form.error_list.%d.field", *n), field);
	req_set(r, arena_printf(r->a, "Form.error_list.%d", *n), msg);
	(*n)++;
}

/* FIELD of the form, kept for the page; "" when absent. */
static const char *field(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	v = v ? v : "";
	req_set(r, arena_printf(r->a, "Form.%s", name), v);
	return v;
}

static int check(struct req *r, const struct booking_details *d)
{
	int n = 0;
	size_t rl = utf8_chars(d->reason), nl = utf8_chars(d->name);
	if (rl == 0 || rl > 200 || !text_one_line(d->reason))
		field_error(r, &n, "motivo", "Scrivi il motivo dell'appuntamento (al massimo 200 caratteri).");
	if (utf8_chars(d->details) > 1000)
		field_error(r, &n, "dettagli", "I dettagli sono troppo lunghi (al massimo 1000 caratteri).");
	if (nl < 2 || nl > 160 || !text_one_line(d->name))
		field_error(r, &n, "nome", "Scrivi nome e cognome.");
	if (!*d->email || !text_one_line(d->email) || !cases_email_ok(d->email))
		field_error(r, &n, "email", "Scrivi un indirizzo e-mail valido: riceverai lì la conferma.");
	if (!cases_phone_ok(d->phone))
		field_error(r, &n, "telefono", "Il telefono può contenere solo cifre, spazi e + (da 6 a 20).");
	return n;
}

/* POST /prenota/{id}/dati: saves the details and goes on to the summary; the
 * form again with its errors (422). CSRF: the flow's cookie. */
int page_prenota_dati_save(struct req *r)
{
	struct booking_row b;
	int st = load_post(r, &b);
	if (st)
		return st;
	const char *id = req_arg(r, 0);
	struct booking_details d = {
		.flow_hash = token_sha256_hex(r->a, id), .reason = field(r, "motivo"),
		.details = field(r, "dettagli"), .name = field(r, "nome"),
		.email = field(r, "email"), .phone = field(r, "telefono"),
	};
	if (check(r, &d))
		return step(r, 2, "Dettagli dell'appuntamento", "prenota_dati.cs", 422);
	int saved = booking_details_save(r->db, &d);
	if (saved < 0)
		return 503;
	if (!saved)
		return expired(r);
	return req_redirect(r, 303, arena_printf(r->a, "/prenota/%s/riepilogo", id));
}

int page_prenota_riepilogo(struct req *r)
{
	struct booking_row b;
	int st = load(r, &b);
	if (st)
		return st;
	if (!*b.reason || !*b.email)
		return req_redirect(r, 303, arena_printf(r->a, "/prenota/%s/dati", req_arg(r, 0)));
	if (r->sess && r->sess->valid)
		req_set(r, "Booking.signed_in", "1");
	return step(r, 3, "Riepilogo", "prenota_riepilogo.cs", 200);
}

/* After the confirmation: the appointment's page, with its cancel token. */
static int confirmed(struct req *r, const struct booking_row *b, const char *id,
		     const char *verify_hash)
{
	const char *token = token_new(r->a, 32);
	struct booking_mail m;
	prenota_mail(r, b, token, "Appuntamento confermato", "il tuo appuntamento è confermato.", &m);
	enum booking_confirm_result res;
	long long citizen = r->sess && r->sess->valid ? r->sess->citizen_id : 0;
	if (booking_confirm(r->db, token_sha256_hex(r->a, id), verify_hash,
			    token_sha256_hex(r->a, token), citizen, &m, &res) < 0)
		return 503;
	if (res == CONFIRM_USED)
		return req_error(r, 409, "Questa prenotazione è già confermata: i dettagli e il link "
				 "per annullarla sono nell'e-mail di conferma.");
	if (res == CONFIRM_EXPIRED)
		return req_error(r, 410, "Il tempo per confermare la prenotazione è scaduto e "
				 "l'orario è stato liberato. Ricomincia da Prenota un appuntamento.");
	if (res != CONFIRM_OK)
		return req_error(r, 404, "Il link di conferma non è valido.");
	return req_redirect(r, 303, prenota_back(r, b->code, token, "confermata"));
}

/* Without a session: the e-mail with the link that confirms the hold. */
static int verify_request(struct req *r, const struct booking_row *b, const char *id)
{
	const char *token = token_hex(r->a, 16);
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	struct booking_mail m = {
		.to = b->email, .subject = cases_subject(r, "Conferma la prenotazione", b->service_title),
		.body = arena_printf(r->a,
			"Gentile %s,\n\nper confermare l'appuntamento di %s (%s, %s) apri questo "
			"link entro le ore %s; dopo quell'ora l'orario torna libero:\n\n"
			"%s/prenota/%s/verifica?t=%s\n\nSe non hai chiesto tu questo appuntamento, "
			"ignora questo messaggio.\n\n%s\n",
			b->name, hdf_get_value(r->hdf, "Booking.when", ""), b->service_title,
			b->office_name, hdf_get_value(r->hdf, "Booking.hold_until", ""), base, id,
			token, app_conf(r->app, "Site.Name", "")),
	};
	int sent = booking_verify_request(r->db, token_sha256_hex(r->a, id),
					  token_sha256_hex(r->a, token), &m);
	if (sent < 0)
		return 503;
	if (!sent)
		return expired(r);
	req_set(r, "Booking.state", "verifica");
	return step(r, 3, "Controlla la tua e-mail", "prenota_esito.cs", 200);
}

/* POST /prenota/{id}/conferma: with a SPID/CIE session the booking is
 * confirmed at once (and listed in the personal area); without, the e-mail
 * address must be proved first: a link is sent, valid while the hold lasts.
 * CSRF: the flow's cookie. */
int page_prenota_conferma(struct req *r)
{
	struct booking_row b;
	int st = load_post(r, &b);
	if (st)
		return st;
	if (!*b.reason || !*b.email)
		return req_redirect(r, 303, arena_printf(r->a, "/prenota/%s/dati", req_arg(r, 0)));
	if (r->sess && r->sess->valid)
		return confirmed(r, &b, req_arg(r, 0), NULL);
	return verify_request(r, &b, req_arg(r, 0));
}

/* GET /prenota/{id}/verifica?t=TOKEN: the e-mail's link confirms the hold;
 * used again, it says the booking is confirmed already (409), nothing more. */
int page_prenota_verifica(struct req *r)
{
	struct booking_row b;
	const char *t = req_param(r, "t");
	if (!t || strlen(t) != 32)
		return req_error(r, 404, "Il link di conferma non è valido.");
	int st = load(r, &b);
	if (st)
		return st;
	return confirmed(r, &b, req_arg(r, 0), token_sha256_hex(r->a, t));
}
