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

/* The appointment being moved: its booking, key and token, its service and office. */
struct movable {
	struct booking_row b;
	struct booking_key key;
	const char *token;
	struct booking_service s;
	struct booking_office o;
};

/* 409: cancelled, past, or within the office's cut-off. */
static int too_late(struct req *r)
{
	return req_error(r, 409, "Questo appuntamento non si può più spostare online: è annullato, "
			 "è passato o è troppo vicino. Per cambiarlo contatta l'ufficio.");
}

/* The appointment of the URL, still movable, with its office: 0, or the status. */
static int load(struct req *r, struct movable *m)
{
	int st = prenota_load_booking(r, &m->b, &m->key, &m->token);
	if (st)
		return st;
	if (strcmp(m->b.status, "confirmed") || !m->b.cancellable)
		return too_late(r);
	prenota_view(r, &m->b);
	req_set(r, "Booking.move", "1");
	req_set(r, "Booking.old_when", hdf_get_value(r->hdf, "Booking.when", ""));
	return prenota_load_pair(r, m->b.service_slug, m->b.office_slug, &m->s, &m->o);
}

/* GET /prenota/{code}/sposta?t=&mese=&giorno=: the calendar to choose the new slot. */
int page_prenota_sposta(struct req *r)
{
	struct movable m;
	prenota_frame(r, "Sposta l'appuntamento", "prenota.cs");
	req_set_int(r, "Booking.step", 1);
	int st = load(r, &m);
	return st ? st : prenota_month_page(r, &m.o, NULL);
}

/* The move itself, to minute T checked against the calendar. */
static int move(struct req *r, const struct movable *m, long t)
{
	struct booking_row nb = m->b;
	nb.start_at = prenota_sql_time(r, t);
	nb.end_at = prenota_sql_time(r, t + m->o.slot_minutes);
	const char *token = token_new(r->a, 32);
	struct booking_mail mail;
	prenota_mail(r, &nb, token, "Appuntamento spostato", arena_printf(r->a,
		     "il tuo appuntamento è stato spostato (prima era %s). I link delle e-mail "
		     "precedenti non valgono più: usa quelli qui sotto.",
		     hdf_get_value(r->hdf, "Booking.old_when", "")), &mail);
	struct booking_move mv = {
		.key = m->key, .cancel_hash = token_sha256_hex(r->a, token), .mail = &mail,
		.to = { .office_id = m->o.id, .service_id = m->s.id, .start_at = nb.start_at,
			.minutes = m->o.slot_minutes },
	};
	enum booking_hold_result res;
	int done = booking_move(r->db, &mv, &res);
	if (done < 0)
		return 503;
	if (!done)
		return too_late(r);
	if (res == HOLD_FULL)
		return prenota_taken_page(r, &m->o, t);
	if (res != HOLD_OK)
		return req_error(r, 422, "L'orario scelto non è più prenotabile. Scegli un altro "
				 "orario dal calendario.");
	return req_redirect(r, 303, prenota_back(r, m->b.code, token, "spostata"));
}

/* POST /prenota/{code}/sposta (t, inizio "YYYY-MM-DD HH:MM", csrf): moves the
 * appointment; 422 for a slot that cannot be booked or the same one, 409
 * when it was just taken (the old appointment is kept) or it is too late to
 * move. CSRF: the flow's own cookie. */
int page_prenota_sposta_save(struct req *r)
{
	struct movable m;
	if (!prenota_csrf_ok(r))
		return prenota_csrf_refused(r);
	int st = load(r, &m);
	if (st)
		return st;
	long t;
	if ((st = prenota_slot_asked(r, &m.o, &t)))
		return st;
	if (t == cal_parse_minute(m.b.start_at))
		return req_error(r, 422, "L'appuntamento è già a quest'ora: scegli un altro orario.");
	return move(r, &m, t);
}
