/* prenota_mese.c - GET /prenota/calendario?servizio=&ufficio=&mese=&giorno=:
 * step 2, the month's calendar of the office with each day's free slots
 * (closed days and their reason, full days, days out of reach), then the
 * free slots of the day chosen, to hold one (or to move an appointment to:
 * prenota_sposta.c). Public, without JavaScript:
 * every day is a link, every slot a radio button. */
#include "cases.h"
#include "prenota.h"

#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "store/booking_stamp_store.h"
#include "store/booking_store.h"

/* The state of DAY for the calendar: "free" (with *FREE slots), "full",
 * "closed" (*REASON), "out" (past or beyond the horizon). */
static const char *day_state(const struct avail *av, long day, int *free, const char **reason)
{
	long slots[96];
	size_t n = avail_day_slots(av, day, slots, 96);
	int out = 0;
	*free = 0;
	*reason = avail_closed(av, day);
	if (day < av->now / 1440 || day > av->now / 1440 + av->o->horizon_days)
		return "out";
	if (*reason)
		return "closed";
	for (size_t i = 0; i < n; i++) {
		enum slot_state st = avail_slot(av, slots[i]);
		*free += st == SLOT_FREE;
		out += st == SLOT_PAST || st == SLOT_BEYOND;
	}
	return *free ? "free" : (size_t)out == n ? "out" : "full";
}

static void cell(struct req *r, const struct avail *av, const char *p, long day, long chosen)
{
	int y, m, d, free;
	const char *reason;
	cal_civil(day, &y, &m, &d);
	const char *st = day_state(av, day, &free, &reason);
	req_setf(r, "%s.day=%d", p, d);
	req_setf(r, "%s.date_iso=%04d-%02d-%02d", p, y, m, d);
	req_setf(r, "%s.label=%s %d %s", p, cal_weekday_name(cal_weekday(day)), d, cal_month_name(m));
	req_set(r, arena_printf(r->a, "%s.state", p), st);
	req_set_int(r, arena_printf(r->a, "%s.free", p), free);
	if (reason)
		req_set(r, arena_printf(r->a, "%s.reason", p), reason);
	if (day == chosen)
		req_set(r, arena_printf(r->a, "%s.selected", p), "1");
}

/* Calendar.* for month Y-M, Monday first. */
static void month_view(struct req *r, const struct avail *av, int y, int m, long chosen)
{
	long first = cal_days(y, m, 1), next = cal_days(m == 12 ? y + 1 : y, m % 12 + 1, 1);
	int lead = cal_weekday(first) - 1;
	long today = av->now / 1440;
	for (int c = 0; c < lead + (next - first) || c % 7; c++) {
		const char *p = arena_printf(r->a, "Calendar.Weeks.%d.Days.%d", c / 7, c % 7);
		if (c < lead || c >= lead + (next - first))
			req_set(r, arena_printf(r->a, "%s.empty", p), "1");
		else
			cell(r, av, p, first + c - lead, chosen);
	}
	req_setf(r, "Calendar.month=%04d-%02d", y, m);
	req_setf(r, "Calendar.label=%s %d", cal_month_name(m), y);
	if (first > today) {
		int py = m == 1 ? y - 1 : y, pm = m == 1 ? 12 : m - 1;
		req_setf(r, "Calendar.prev=%04d-%02d", py, pm);
		req_setf(r, "Calendar.prev_label=%s %d", cal_month_name(pm), py);
	}
	if (next <= today + av->o->horizon_days) {
		int ny = m == 12 ? y + 1 : y, nm = m % 12 + 1;
		req_setf(r, "Calendar.next=%04d-%02d", ny, nm);
		req_setf(r, "Calendar.next_label=%s %d", cal_month_name(nm), ny);
	}
}

/* The month of ?mese= (default: the DB's today's), within reach: 0 or 404. */
static int month_of(struct req *r, const struct booking_office *o, long today, int *y, int *m)
{
	const char *p = req_param(r, "mese");
	int ty, tm, td;
	cal_civil(today, &ty, &tm, &td);
	*y = ty, *m = tm;
	if (!p || !*p)
		return 0;
	long d = cal_parse_day(arena_printf(r->a, "%.7s-01", p));
	if (strlen(p) != 7 || d < 0)
		return req_error(r, 404, "Il mese indicato non è valido.");
	cal_civil(d, y, m, &td);
	if (d < cal_days(ty, tm, 1) || d > today + o->horizon_days)
		return req_error(r, 404, "In questo mese non si può prenotare: scegli un mese "
				 "dal calendario.");
	return 0;
}

/* *UNTIL: the clock's bound on the month FIRST..LAST of AV (avail_until) and
 * the first live hold to expire among its slots. */
static int month_until(struct req *r, const struct avail *av, long first, long last, long *until)
{
	const char *at;
	*until = avail_until(av, first, last);
	int found = booking_next_expiry(r->db, r->a, av->o->id, prenota_sql_time(r, first * 1440),
					prenota_sql_time(r, (last + 1) * 1440), &at);
	if (found < 0)
		return -1;
	if (found && cal_parse_minute(at) < *until)
		*until = cal_parse_minute(at);   /* its minute: early by the seconds, never late */
	return 0;
}

int prenota_month_page(struct req *r, const struct booking_office *o, long *until)
{
	struct avail av;
	int y, m, st;
	long today = cal_parse_minute(o->now) / 1440;
	if ((st = month_of(r, o, today, &y, &m)))
		return st;
	long first = cal_days(y, m, 1), last = cal_days(m == 12 ? y + 1 : y, m % 12 + 1, 1) - 1;
	if (prenota_avail_load(r, o, first, last, 1, &av) < 0 ||
	    (until && month_until(r, &av, first, last, until) < 0))
		return 503;
	const char *g = req_param(r, "giorno");
	long chosen = g ? cal_parse_day(g) : -1;
	if (g && (chosen < first || chosen > last || strlen(g) != 10))
		return req_error(r, 404, "Il giorno scelto non è in questo mese.");
	month_view(r, &av, y, m, chosen);
	if (chosen >= 0) {
		req_set(r, "Booking.day", g);
		req_set(r, "Booking.day_label", arena_strndup(r->a, prenota_when(r, chosen * 1440),
				strcspn(prenota_when(r, chosen * 1440), ",")));
		req_set_int(r, "Booking.day_free", (long)prenota_day_view(r, &av, chosen));
	}
	return 200;
}

static int month_answer(struct req *r, long *until)
{
	struct booking_service s;
	struct booking_office o;
	int st = prenota_load_pair(r, req_param(r, "servizio"), req_param(r, "ufficio"), &s, &o);
	return st ? st : prenota_month_page(r, &o, until);
}

int page_prenota_calendario(struct req *r)
{
	prenota_frame(r, "Scegli data e orario", "prenota.cs");
	req_set_int(r, "Booking.step", 1);
	return prenota_month_cached(r, month_answer);
}
