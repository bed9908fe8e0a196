/* sportello.c - the counter's day (/admin/sportello/{office}?giorno=): the
 * confirmed appointments per desk (desk: the order of confirmation within
 * the slot), check-in (arrived, no-show, done: the store refuses other
 * changes), a walk-in booked into a free slot of today through the
 * citizens' locked hold (so it can never take a seat twice), and the same
 * list to print (?stampa=1). */
#include "desk.h"

#include <string.h>

#include "admin/admin.h"
#include "cases/prenota.h"
#include "core/app.h"
#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/token.h"
#include "store/booking_desk_store.h"

#define MAX_SLOTS 96

static int can_act(const struct req *r)
{
	return (r->staff->role & (ROLE_OPERATOR | ROLE_ADMIN)) != 0;
}

int desk_load_office(struct req *r, struct booking_office *o)
{
	int all = !(r->staff->role & ROLE_OPERATOR);
	int found = desk_office(r->db, r->a, req_arg(r, 0), r->staff->id, all, o);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 404, "Nessuno sportello con questo nome tra i tuoi uffici.");
	req_set(r, "Desk.office_slug", o->slug);
	req_set(r, "Desk.office_name", o->name);
	req_set_int(r, "Desk.desks", o->desks);
	req_set_int(r, "Can.act", can_act(r));
	return 0;
}

/* GET /admin/sportello: the offices the staff member runs the counter of. */
int bo_sportello_list(struct req *r)
{
	struct booking_office *o;
	size_t n;
	if (desk_offices(r->db, r->a, r->staff->id, !(r->staff->role & ROLE_OPERATOR), &o, &n) < 0)
		return 503;
	for (size_t i = 0; i < n; i++) {
		req_set(r, arena_printf(r->a, "Offices.%zu.slug", i), o[i].slug);
		req_set(r, arena_printf(r->a, "Offices.%zu.name", i), o[i].name);
		req_set_int(r, arena_printf(r->a, "Offices.%zu.desks", i), o[i].desks);
	}
	admin_frame(r, "Sportello appuntamenti", "/admin/sportello", NULL, NULL,
		    "admin/sportello_uffici.cs");
	return 200;
}

/* Desks.D.Items.N: the appointments of desk D+1. */
static void day_rows(struct req *r, const struct desk_row *b, size_t n)
{
	size_t count[64] = { 0 };
	for (size_t i = 0; i < n; i++) {
		size_t d = b[i].desk >= 1 && b[i].desk <= 64 ? (size_t)b[i].desk - 1 : 63;
		const char *p = arena_printf(r->a, "Desks.%zu.Items.%zu", d, count[d]++);
		req_set_int(r, arena_printf(r->a, "Desks.%zu.number", d), (long)d + 1);
		req_set(r, arena_printf(r->a, "%s.code", p), b[i].code);
		req_set(r, arena_printf(r->a, "%s.time", p), arena_strndup(r->a, b[i].start_at + 11, 5));
		req_set(r, arena_printf(r->a, "%s.name", p), b[i].name);
		req_set(r, arena_printf(r->a, "%s.phone", p), b[i].phone);
		req_set(r, arena_printf(r->a, "%s.reason", p), b[i].reason);
		req_set(r, arena_printf(r->a, "%s.service", p), b[i].service_title);
		req_set(r, arena_printf(r->a, "%s.attendance", p), b[i].attendance);
		req_set(r, arena_printf(r->a, "%s.attendance_at", p), b[i].attendance_at);
		req_set(r, arena_printf(r->a, "%s.attendance_by", p), b[i].attendance_by);
		req_set_int(r, arena_printf(r->a, "%s.walk_in", p), b[i].walk_in);
	}
	req_set_int(r, "Desk.count", (long)n);
}

/* Free.N.{value,time}: the slots of DAY a walk-in can still take; Services.N: the office's. */
static int walkin_view(struct req *r, const struct avail *av, long day)
{
	long slots[MAX_SLOTS];
	size_t n = avail_closed(av, day) ? 0 : avail_day_slots(av, day, slots, MAX_SLOTS), k = 0;
	for (size_t i = 0; i < n; i++) {
		int taken = 0;
		for (size_t j = 0; j < av->ntaken; j++)
			if (cal_parse_minute(av->taken[j].start_at) == slots[i])
				taken = av->taken[j].n;
		if (slots[i] + av->o->slot_minutes <= av->now || taken >= av->o->desks)
			continue;
		const char *v = prenota_sql_time(r, slots[i]);
		req_set(r, arena_printf(r->a, "Free.%zu.value", k), arena_strndup(r->a, v, 16));
		req_set(r, arena_printf(r->a, "Free.%zu.time", k++), arena_strndup(r->a, v + 11, 5));
	}
	struct desk_service *s;
	size_t ns;
	if (desk_services(r->db, r->a, av->o->id, &s, &ns) < 0)
		return -1;
	for (size_t i = 0, j = 0; i < ns; i++) {
		if (!s[i].offered)
			continue;
		req_set(r, arena_printf(r->a, "Services.%zu.slug", j), s[i].slug);
		req_set(r, arena_printf(r->a, "Services.%zu.title", j++), s[i].title);
	}
	return 0;
}

/* The day of ?giorno= (default today): its number, or -1 (400 answered). */
static long the_day(struct req *r, const struct booking_office *o, const char *giorno)
{
	long today = cal_parse_day(o->now);
	long day = giorno && *giorno ? cal_parse_day(giorno) : today;
	if (day < 0)
		return -1;
	int y, m, d;
	cal_civil(day, &y, &m, &d);
	req_set(r, "Desk.day", arena_printf(r->a, "%04d-%02d-%02d", y, m, d));
	req_set(r, "Desk.day_words", arena_printf(r->a, "%s %d %s %d",
						  cal_weekday_name(cal_weekday(day)), d,
						  cal_month_name(m), y));
	req_set_int(r, "Desk.today", day == today);
	cal_civil(day - 1, &y, &m, &d);
	req_set(r, "Desk.prev", arena_printf(r->a, "%04d-%02d-%02d", y, m, d));
	cal_civil(day + 1, &y, &m, &d);
	req_set(r, "Desk.next", arena_printf(r->a, "%04d-%02d-%02d", y, m, d));
	return day;
}

static int day_page(struct req *r, const struct booking_office *o, int status)
{
	long day = the_day(r, o, req_param(r, "giorno"));
	if (day < 0)
		return req_error(r, 400, "La data deve essere nella forma AAAA-MM-GG.");
	struct avail av;
	struct desk_row *b;
	size_t n;
	const char *d = prenota_sql_time(r, day * 1440);
	if (prenota_avail_load(r, o, day, day, 1, &av) < 0 || desk_day(r->db, r->a, o->id, d, &b, &n) < 0 ||
	    (cal_parse_day(o->now) == day && walkin_view(r, &av, day) < 0))
		return 503;
	const char *closed = avail_closed(&av, day);
	if (closed)
		req_set(r, "Desk.closed", closed);
	day_rows(r, b, n);
	int print = req_param(r, "stampa") != NULL;
	admin_frame(r, arena_printf(r->a, "Sportello: %s", o->name),
		    arena_printf(r->a, "/admin/sportello/%s", o->slug), "Sportello appuntamenti",
		    "/admin/sportello", print ? "admin/sportello_stampa.cs" : "admin/sportello.cs");
	req_set(r, "Page.Css", "admin.css");   /* the print rules */
	return status;
}

/* GET /admin/sportello/:office?giorno=YYYY-MM-DD[&stampa=1]: the day per desk. */
int bo_sportello_day(struct req *r)
{
	struct booking_office o;
	int st = desk_load_office(r, &o);
	return st ? st : day_page(r, &o, 200);
}

/* The page of the form's day after a change. */
static int back(struct req *r, const struct booking_office *o)
{
	const char *day = req_form(r, "giorno");
	return req_redirect(r, 303, cal_parse_day(day) >= 0
			    ? arena_printf(r->a, "/admin/sportello/%s?giorno=%.10s", o->slug, day)
			    : arena_printf(r->a, "/admin/sportello/%s", o->slug));
}

/* POST /admin/sportello/:office/presenze (codice, esito: arrived, no_show,
 * done): 303 to the day; 409 for a change the appointment's state refuses. */
int bo_sportello_checkin(struct req *r)
{
	struct booking_office o;
	int st = desk_load_office(r, &o);
	if (st)
		return st;
	const char *code = req_form(r, "codice"), *to = req_form(r, "esito");
	static const char *const ok[] = { "arrived", "no_show", "done" };
	int known = 0;
	for (size_t i = 0; to && i < 3; i++)
		known |= strcmp(to, ok[i]) == 0;
	if (!code || !*code || strlen(code) > 12 || !known)
		return req_error(r, 400, "Richiesta non valida: manca l'appuntamento o l'esito.");
	int done = desk_attendance(r->db, o.id, code, to, r->staff->id);
	if (done < 0)
		return 503;
	if (!done)
		return req_error(r, 409, "Questo cambio non è possibile per l'appuntamento: "
				 "controlla il suo stato (un'assenza si segna solo dopo l'orario).");
	return back(r, &o);
}

/* The walk-in's hold: 0 done, or the status of the error page. */
static int walkin_hold(struct req *r, const struct booking_office *o, long t, long long service)
{
	const char *name = req_form(r, "nome");
	if (!name || !*name || strlen(name) > 160 || !text_one_line(name))
		return req_error(r, 422, "Indica il nome della persona allo sportello.");
	struct booking_hold h = {
		.office_id = o->id, .service_id = service, .start_at = prenota_sql_time(r, t),
		.minutes = o->slot_minutes, .hold_minutes = 0, .code = token_case_code(r->a),
		.flow_hash = token_sha256_hex(r->a, token_hex(r->a, 16)), .name = name,
		.email = "", .phone = "", .walk_in = 1, .reason = "Accesso allo sportello",
	};
	enum booking_hold_result res;
	if (booking_hold(r->db, &h, &res) < 0)
		return 503;
	if (res == HOLD_FULL)
		return req_error(r, 409, "L'orario scelto è appena stato occupato: scegline un altro.");
	if (res != HOLD_OK)
		return req_error(r, 422, "L'orario scelto non è più disponibile oggi o il servizio "
				 "non è offerto da questo ufficio.");
	return 0;
}

/* POST /admin/sportello/:office/accesso (inizio "YYYY-MM-DD HH:MM", servizio
 * slug, nome): a citizen at the counter takes a free slot of today. */
int bo_sportello_walkin(struct req *r)
{
	struct booking_office o;
	int st = desk_load_office(r, &o);
	if (st)
		return st;
	long t = cal_parse_minute(req_form(r, "inizio"));
	struct avail av;
	if (t < 0 || t / 1440 != cal_parse_day(o.now))
		return req_error(r, 422, "Scegli un orario di oggi.");
	if (prenota_avail_load(r, &o, t / 1440, t / 1440, 0, &av) < 0)
		return 503;
	long slots[MAX_SLOTS];
	size_t n = avail_closed(&av, t / 1440) ? 0 : avail_day_slots(&av, t / 1440, slots, MAX_SLOTS);
	while (n > 0 && slots[n - 1] != t)
		n--;
	if (n == 0)
		return req_error(r, 422, "L'orario scelto non è tra quelli dello sportello.");
	struct booking_service svc;
	int found = booking_service_by_slug(r->db, r->a, req_form(r, "servizio"), &svc);
	if (found <= 0)
		return found < 0 ? 503 : req_error(r, 422, "Scegli il servizio.");
	st = walkin_hold(r, &o, t, svc.id);
	return st ? st : back(r, &o);
}
