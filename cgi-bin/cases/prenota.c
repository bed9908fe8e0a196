/* prenota.c - the booking flow's first steps, for everyone (a session only
 * prefills the applicant): GET /prenota (the service and the office that
 * delivers it), GET /prenota/calendario (the month's availability, then the
 * free slots of a day) and POST /prenota/blocca (the hold of one slot, under
 * the slot's lock in the store: a slot just taken answers 409 with the
 * nearest free ones). */
#include "cases.h"
#include "prenota.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/booking_store.h"

#define MAX_SLOTS 96

void prenota_frame(struct req *r, const char *title, const char *tpl)
{
	view_page(r, "prenota", title, "/prenota");
	view_crumb(r, "Servizi", "/servizi");
	view_crumb(r, "Prenota un appuntamento", NULL);
	req_set(r, "Page.Css", "prenota.css");
	prenota_csrf(r);
	r->tpl = tpl;
	r->cache_control = "no-store";
}

/* The service named by ?servizio= (1), none asked (0), or the status. */
static int load_service(struct req *r, const char *slug, struct booking_service *s)
{
	if (!slug || !*slug)
		return 0;
	int found = booking_service_by_slug(r->db, r->a, slug, s);
	if (found < 0)
		return -503;
	if (!found)
		return -req_error(r, 404, "Questo servizio non si può prenotare online: scegli un "
				       "servizio dall'elenco di Prenota un appuntamento.");
	req_set(r, "Booking.service_slug", s->slug);
	req_set(r, "Booking.service_title", s->title);
	return 1;
}

static int list_services(struct req *r)
{
	struct booking_service *s;
	size_t n;
	if (booking_service_list(r->db, r->a, &s, &n) < 0)
		return 503;
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Booking.Services", i, "slug", s[i].slug);
		cases_item(r, "Booking.Services", i, "title", s[i].title);
	}
	return 200;
}

/* GET /prenota[?servizio=SLUG]: step 1, the service (when not given) and the
 * offices that deliver it. Public. */
int page_prenota(struct req *r)
{
	struct booking_service s;
	prenota_frame(r, "Prenota un appuntamento", "prenota.cs");
	req_set_int(r, "Booking.step", 0);
	int st = load_service(r, req_param(r, "servizio"), &s);
	if (st < 0)
		return -st;
	if (st == 0)
		return list_services(r);
	struct booking_office *o;
	size_t n;
	if (booking_office_list(r->db, r->a, s.id, &o, &n) < 0)
		return 503;
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Booking.Offices", i, "slug", o[i].slug);
		cases_item(r, "Booking.Offices", i, "name", o[i].name);
		cases_item(r, "Booking.Offices", i, "address", o[i].address);
	}
	if (n == 1)
		req_set(r, "Booking.office_slug", o[0].slug);
	return 200;
}

/* The service and office of the query or form (GET params or POST fields):
 * 0, or the status (404 when the office does not deliver the service). */
int prenota_load_pair(struct req *r, const char *svc, const char *off,
		     struct booking_service *s, struct booking_office *o)
{
	int st = load_service(r, svc, s);
	if (st <= 0)
		return st ? -st : req_error(r, 404, "Scegli il servizio da prenotare.");
	int found = off && *off ? booking_office_for(r->db, r->a, off, s->id, o) : 0;
	if (found < 0)
		return 503;
	if (!found)
		return req_error(r, 422, "L'ufficio scelto non riceve su appuntamento per questo "
				 "servizio: torna indietro e scegli uno degli uffici proposti.");
	req_set(r, "Booking.office_slug", o->slug);
	req_set(r, "Booking.office_name", o->name);
	req_set(r, "Booking.office_address", o->address);
	return 0;
}

/* Slots.N.{value,time,when} for the free slots of DAY. */
size_t prenota_day_view(struct req *r, const struct avail *av, long day)
{
	long slots[MAX_SLOTS];
	size_t n = avail_day_slots(av, day, slots, MAX_SLOTS), k = 0;
	for (size_t i = 0; i < n; i++) {
		if (avail_slot(av, slots[i]) != SLOT_FREE)
			continue;
		const char *v = prenota_sql_time(r, slots[i]);
		cases_item(r, "Slots", k, "value", arena_strndup(r->a, v, 16));
		cases_item(r, "Slots", k, "time", arena_strndup(r->a, v + 11, 5));
		cases_item(r, "Slots", k++, "when", prenota_when(r, slots[i]));
	}
	return k;
}

/* T against the office's calendar: 0, or the status of the page that says why. */
static int slot_check(struct req *r, const struct avail *av, long t)
{
	switch (t < 0 ? SLOT_OUTSIDE : avail_slot(av, t)) {
	case SLOT_FREE:
	case SLOT_FULL:
		return 0;
	case SLOT_PAST:
		return req_error(r, 422, "L'orario scelto è già passato o troppo vicino: si prenota "
				 "fino a poche ore prima. Scegli un altro orario dal calendario.");
	case SLOT_BEYOND:
		return req_error(r, 422, "L'orario scelto è troppo lontano: non si può ancora "
				 "prenotare. Scegli un giorno dal calendario.");
	case SLOT_CLOSED:
		return req_error(r, 422, arena_printf(r->a, "L'ufficio è chiuso il giorno scelto "
				 "(%s). Scegli un altro giorno dal calendario.",
				 avail_closed(av, t / 1440)));
	default:
		return req_error(r, 422, "L'orario scelto non è tra gli orari di ricevimento "
				 "dell'ufficio. Scegli un orario dal calendario.");
	}
}

int prenota_slot_asked(struct req *r, const struct booking_office *o, long *t)
{
	struct avail av;
	const char *in = req_form(r, "inizio");
	*t = in && strlen(in) == 16 ? cal_parse_minute(in) : -1;
	if (*t < 0)
		return req_error(r, 422, "Scegli un orario tra quelli liberi del calendario.");
	if (prenota_avail_load(r, o, *t / 1440, *t / 1440, 1, &av) < 0)
		return 503;
	return slot_check(r, &av, *t);
}

int prenota_taken_page(struct req *r, const struct booking_office *o, long t)
{
	struct avail av;
	long near[5], day = t / 1440;
	if (prenota_avail_load(r, o, day - 7, day + 14, 1, &av) < 0)
		return 503;
	size_t n = avail_nearest(&av, t, day - 7, day + 14, near, 5);
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Slots", i, "value", arena_strndup(r->a, prenota_sql_time(r, near[i]), 16));
		cases_item(r, "Slots", i, "when", prenota_when(r, near[i]));
	}
	req_set(r, "Booking.state", "occupato");
	req_set(r, "Booking.when", prenota_when(r, t));
	prenota_frame(r, "Orario appena occupato", "prenota_esito.cs");
	return 409;
}

/* The hold itself: a new code and flow id, the applicant prefilled from a session. */
static int hold(struct req *r, const struct booking_service *s, const struct booking_office *o,
		long t)
{
	const struct session *ss = r->sess && r->sess->valid ? r->sess : NULL;
	const char *flow = token_hex(r->a, 16);
	struct booking_hold h = {
		.office_id = o->id, .service_id = s->id, .citizen_id = ss ? ss->citizen_id : 0,
		.start_at = prenota_sql_time(r, t), .minutes = o->slot_minutes,
		.hold_minutes = app_conf_int(r->app, "Booking.HoldMinutes", 15),
		.code = token_case_code(r->a), .flow_hash = token_sha256_hex(r->a, flow),
		.name = ss ? arena_printf(r->a, "%s %s", ss->name, ss->family_name) : "",
		.email = ss && ss->email ? ss->email : "", .phone = ss && ss->phone ? ss->phone : "",
	};
	enum booking_hold_result res;
	if (booking_hold(r->db, &h, &res) < 0)
		return 503;
	switch (res) {
	case HOLD_OK:
		return req_redirect(r, 303, arena_printf(r->a, "/prenota/%s/dati", flow));
	case HOLD_FULL:
		return prenota_taken_page(r, o, t);
	case HOLD_TOO_LATE:
		return req_error(r, 422, "L'orario scelto non è più prenotabile. Scegli un altro "
				 "orario dal calendario.");
	case HOLD_CLOSED:
		return req_error(r, 409, "L'ufficio ha appena cambiato gli orari o le chiusure e "
				 "l'orario scelto non c'è più. Scegli un altro orario dal calendario.");
	default:
		return req_error(r, 422, "L'ufficio scelto non riceve su appuntamento per questo "
				 "servizio.");
	}
}

/* POST /prenota/blocca (servizio, ufficio, inizio "YYYY-MM-DD HH:MM", csrf):
 * holds the slot for Booking.HoldMinutes and goes on to the details; 422 for
 * a slot that cannot be booked, 409 when it was just taken. Public (a session
 * prefills the applicant); the CSRF defence is the flow's own cookie. */
int page_prenota_blocca(struct req *r)
{
	struct booking_service s;
	struct booking_office o;
	if (!prenota_csrf_ok(r))
		return prenota_csrf_refused(r);
	int st = prenota_load_pair(r, req_form(r, "servizio"), req_form(r, "ufficio"), &s, &o);
	if (st)
		return st;
	long t;
	if ((st = prenota_slot_asked(r, &o, &t)))
		return st;
	return hold(r, &s, &o, t);
}
