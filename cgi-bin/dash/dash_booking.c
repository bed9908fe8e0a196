/* dash_booking.c - the appointments on the managers' dashboard and in its
 * CSV (?dati=appuntamenti): per office and service, how much of the
 * office's capacity was booked, how many did not turn up, how far ahead
 * citizens book (the median: a few bookings months ahead would pull a
 * mean). See dash_internal.h for the definitions. */
#include "dash_internal.h"

#include <stdlib.h>
#include <string.h>

#include "cases/prenota.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "desk/desk.h"
#include "store/booking_desk_store.h"

/* A line of the figures: SERVICE NULL for the office's total. */
struct fig {
	const char *office, *service;
	long booked, seats, past, no_show;
	const char *lead_median;   /* minutes (SQL's MEDIAN), NULL: none booked ahead */
};

/* Seats of day D by the settings AV->o and hours of AV: slots times desks. */
static long day_seats(const struct avail *av, long d)
{
	long slots[96];
	return avail_closed(av, d) ? 0 : (long)avail_day_slots(av, d, slots, 96) * av->o->desks;
}

/* Seats of office SLUG from day FROM to TO (also as YYYY-MM-DD): each day's
 * slots, on open days, times the desks, by the settings then in force (a
 * change of hours does not rewrite the past); -1. */
static long seats(struct req *r, const char *slug, const char *from, const char *to)
{
	struct booking_office o, then;
	struct avail av;
	struct desk_past *p;
	size_t np, k = 0;
	long n = 0, first = cal_parse_day(from), last = cal_parse_day(to);
	if (desk_office(r->db, r->a, slug, 0, 1, &o) <= 0 ||
	    prenota_avail_load(r, &o, first, last, 0, &av) < 0 ||
	    desk_past(r->db, r->a, o.id, from, to, &p, &np) < 0)
		return -1;
	struct booking_hours *now = av.hours;
	size_t nnow = av.nhours;
	for (long d = first; d <= last; d++) {
		while (k < np && cal_parse_day(p[k].valid_to) < d)
			k++;
		av.o = &o, av.hours = now, av.nhours = nnow;
		if (k < np && (!*p[k].valid_from || cal_parse_day(p[k].valid_from) <= d)) {
			then = o;
			then.slot_minutes = p[k].slot_minutes, then.desks = p[k].desks;
			av.o = &then, av.hours = p[k].hours, av.nhours = p[k].nhours;
		}
		n += day_seats(&av, d);
	}
	return n;
}

static void add(struct fig *f, const struct desk_stat *s)
{
	f->booked += s->booked;
	f->past += s->past;
	f->no_show += s->no_show;
}

/* The lines into *OUT: each office's total, then its services. 0 or -1. */
static int figures(struct req *r, const char *from, const char *to, const char *office,
		   struct fig **out, size_t *n)
{
	struct desk_stat *s;
	size_t ns, k = 0, total = 0;
	if (desk_stats(r->db, r->a, from, to, office, &s, &ns) < 0)
		return -1;
	struct fig *f = arena_calloc(r->a, 2 * ns + 1, sizeof *f);
	for (size_t i = 0; i < ns; i++) {
		if (i == 0 || s[i].office_id != s[i - 1].office_id) {
			total = k++;
			f[total].office = s[i].office_name;
			f[total].lead_median = s[i].office_lead_median;
			f[total].seats = seats(r, s[i].office_slug, from, to);
			if (f[total].seats < 0)
				return -1;
		}
		if (!f[total].lead_median)   /* NULL on a service with walk-ins only */
			f[total].lead_median = s[i].office_lead_median;
		f[k] = (struct fig){ s[i].office_name, s[i].service_title, 0, f[total].seats, 0, 0,
				     s[i].lead_median };
		add(&f[k++], &s[i]);
		add(&f[total], &s[i]);
	}
	*out = f;
	*n = k;
	return 0;
}

static const char *percent(struct req *r, long part, long whole)
{
	return whole > 0 ? arena_printf(r->a, "%s%%", dash_decimal(r, 100.0 * part / whole)) : "n.d.";
}

static const char *lead_days(struct req *r, const struct fig *f)
{
	return f->lead_median && *f->lead_median ? dash_decimal(r, strtod(f->lead_median, NULL) / 1440)
						 : "n.d.";
}

int dash_booking(struct req *r, const char *from, const char *to, const char *office)
{
	struct fig *f;
	size_t n;
	if (figures(r, from, to, office, &f, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const char *p = arena_printf(r->a, "Booking.%zu", i);
		req_set(r, arena_printf(r->a, "%s.office", p), f[i].office);
		req_set(r, arena_printf(r->a, "%s.service", p), f[i].service ? f[i].service : "");
		req_set_int(r, arena_printf(r->a, "%s.booked", p), f[i].booked);
		req_set_int(r, arena_printf(r->a, "%s.seats", p), f[i].seats);
		req_set(r, arena_printf(r->a, "%s.utilisation", p), percent(r, f[i].booked, f[i].seats));
		req_set_int(r, arena_printf(r->a, "%s.past", p), f[i].past);
		req_set_int(r, arena_printf(r->a, "%s.no_show", p), f[i].no_show);
		req_set(r, arena_printf(r->a, "%s.no_show_rate", p), percent(r, f[i].no_show, f[i].past));
		req_set(r, arena_printf(r->a, "%s.lead", p), lead_days(r, &f[i]));
	}
	return 0;
}

int dash_booking_csv(struct req *r, const char *from, const char *to, const char *office,
		     struct dash_csv *out)
{
	static const char *const head[] = { "ufficio", "servizio", "prenotati", "posti",
		"utilizzo", "appuntamenti_passati", "assenze", "tasso_assenze", "anticipo_mediano_giorni" };
	enum { N = sizeof head / sizeof *head };
	struct fig *f;
	size_t n;
	if (figures(r, from, to, office, &f, &n) < 0)
		return -1;
	buf_puts(out->body, "\xEF\xBB\xBF");   /* the BOM: spreadsheets then read UTF-8 */
	for (size_t c = 0; c < N; c++)
		dash_csv_cell(out->body, head[c], c == N - 1);
	for (size_t i = 0; i < n; i++) {
		const char *row[N] = {
			f[i].office, f[i].service ? f[i].service : "Tutti i servizi",
			arena_printf(r->a, "%ld", f[i].booked), arena_printf(r->a, "%ld", f[i].seats),
			percent(r, f[i].booked, f[i].seats), arena_printf(r->a, "%ld", f[i].past),
			arena_printf(r->a, "%ld", f[i].no_show), percent(r, f[i].no_show, f[i].past),
			lead_days(r, &f[i]),
		};
		for (size_t c = 0; c < N; c++)
			dash_csv_cell(out->body, row[c], c == N - 1);
	}
	out->disposition = arena_printf(r->a, "attachment; filename=\"appuntamenti-%s-%s.csv\"",
					from, to);
	return 0;
}
