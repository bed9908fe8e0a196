/* prenota_sposta.c - moving a confirmed appointment to another slot of the
 * same office and service, up to the office's cut-off: GET
 * /prenota/{code}/sposta (the month's calendar, then the free slots of a
 * day) and POST /prenota/{code}/sposta (the move, in one store transaction:
 * a slot just taken keeps the old appointment and answers 409 with the
 * nearest free ones). The key is the one of the appointment's page: the
 * token of its latest e-mail or the session of the citizen who booked it.
 * The e-mail of the move carries a new token (the old links stop working)
 * and the new .ics. */
#include "cases.h"
#include "prenota.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "store/booking_store.h"

/* The appointment of the URL, still movable, with its office: 0, or the status. */
static int load(struct req *r, struct booking_row *b, struct booking_key *key,
		const char **token, struct booking_service *s, struct booking_office *o)
{
	int st = prenota_load_booking(r, b, key, token);
	if (st)
		return st;
	if (strcmp(b->status, "confirmed") || !b->cancellable)
		return req_error(r, 409, "Questo appuntamento non si può più spostare online: è "
				 "annullato, è passato o è troppo vicino. Per cambiarlo contatta l'ufficio.");
	prenota_view(r, b);
	req_set(r, "Booking.move", "1");
	req_set(r, "Booking.old_when", hdf_get_value(r->hdf, "Booking.when", ""));
	return prenota_load_pair(r, b->service_slug, b->office_slug, s, o);
}

/* GET /prenota/{code}/sposta?t=&mese=&giorno=: the calendar to choose the new slot. */
int page_prenota_sposta(struct req *r)
{
	struct booking_row b;
	struct booking_key key;
	struct booking_service s;
	struct booking_office o;
	const char *token;
	prenota_frame(r, "Sposta l'appuntamento", "prenota.cs");
	req_set_int(r, "Booking.step", 1);
	int st = load(r, &b, &key, &token, &s, &o);
	return st ? st : prenota_month_page(r, &o);
}

/* The move itself, to minute T checked against the calendar. */
static int move(struct req *r, const struct booking_row *b, const struct booking_key *key,
		const struct booking_service *s, const struct booking_office *o, long t)
{
	struct booking_row nb = *b;
	nb.start_at = prenota_sql_time(r, t);
	nb.end_at = prenota_sql_time(r, t + o->slot_minutes);
	const char *token = token_new(r->a, 32);
	struct booking_mail m;
	prenota_mail(r, &nb, token, "Appuntamento spostato", arena_printf(r->a,
		     "il tuo appuntamento è stato spostato (prima era %s). I link delle e-mail "
		     "precedenti non valgono più: usa quelli qui sotto.", prenota_when(r,
		     cal_parse_minute(b->start_at))), &m);
	struct booking_move mv = {
		.key = *key, .cancel_hash = token_sha256_hex(r->a, token), .mail = &m,
		.to = { .office_id = o->id, .service_id = s->id, .start_at = nb.start_at,
			.minutes = o->slot_minutes },
	};
	enum booking_hold_result res;
	int done = booking_move(r->db, &mv, &res);
	if (done < 0)
		return 503;
	if (!done)
		return req_error(r, 409, "Questo appuntamento non si può più spostare online: è "
				 "annullato, è passato o è troppo vicino. Per cambiarlo contatta l'ufficio.");
	if (res == HOLD_FULL)
		return prenota_taken_page(r, o, t);
	if (res != HOLD_OK)
		return req_error(r, 422, "L'orario scelto non è più prenotabile. Scegli un altro "
				 "orario dal calendario.");
	return req_redirect(r, 303, prenota_back(r, b->code, token, "spostata"));
}

/* POST /prenota/{code}/sposta (t, inizio "YYYY-MM-DD HH:MM", csrf): moves the
 * appointment; 422 for a slot that cannot be booked or the same one, 409
 * when it was just taken (the old appointment is kept) or it is too late to
 * move. CSRF: the flow's own cookie. */
int page_prenota_sposta_save(struct req *r)
{
	struct booking_row b;
	struct booking_key key;
	struct booking_service s;
	struct booking_office o;
	const char *token;
	if (!prenota_csrf_ok(r))
		return prenota_csrf_refused(r);
	int st = load(r, &b, &key, &token, &s, &o);
	if (st)
		return st;
	long t;
	if ((st = prenota_slot_asked(r, &o, &t)))
		return st;
	if (t == cal_parse_minute(b.start_at))
		return req_error(r, 422, "L'appuntamento è già a quest'ora: scegli un altro orario.");
	return move(r, &b, &key, &s, &o, t);
}
