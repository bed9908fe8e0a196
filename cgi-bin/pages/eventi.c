/* eventi.c - Eventi: the upcoming events, the month calendar
 * (?mese=YYYY-MM, plain links and a table, no JavaScript), the event page
 * ("evento") and its iCalendar file. */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/ical.h"
#include "core/req.h"
#include "core/view.h"
#include "listing.h"
#include "store/live_store.h"

static const char *const month_short[] = { "gen", "feb", "mar", "apr", "mag", "giu",
					   "lug", "ago", "set", "ott", "nov", "dic" };

/* "dalle 21:00 alle 23:00" in one day, "dal ... al ..." over several. */
static const char *date_range(struct req *r, const char *start, const char *end)
{
	const char *sd = listing_date_long(r, start), *ed = listing_date_long(r, end);
	const char *st = listing_time(r, start), *et = listing_time(r, end);
	if (strncmp(start, end, 10) != 0)
		return arena_printf(r->a, "dal %s (ore %s) al %s (ore %s)", sd, st, ed, et);
	if (strcmp(st, et) == 0)
		return arena_printf(r->a, "%s, ore %s", sd, st);
	return arena_printf(r->a, "%s, dalle %s alle %s", sd, st, et);
}

void listing_event_cards(struct req *r, const char *prefix, const struct db_rows *rows)
{
	view_rows(r, prefix, rows);
	for (size_t i = 0; i < rows->nrows; i++) {
		const char *s = db_get(rows, i, "start_at"), *e = db_get(rows, i, "end_at");
		const char *item = arena_printf(r->a, "%s.%zu", prefix, i);
		int m = atoi(s + 5);
		req_set_int(r, arena_printf(r->a, "%s.day", item), atoi(s + 8));
		req_set(r, arena_printf(r->a, "%s.month", item),
			m >= 1 && m <= 12 ? month_short[m - 1] : "");
		req_set(r, arena_printf(r->a, "%s.when", item), date_range(r, s, e));
		req_set(r, arena_printf(r->a, "%s.start_iso", item),
			arena_printf(r->a, "%.10sT%.5s", s, s + 11));
	}
}

/* "YYYY-MM" (2000-2099) into year and month, or -1. */
static int parse_month(const char *s, int *y, int *m)
{
	if (strlen(s) != 7 || s[4] != '-' || strspn(s, "0123456789-") != 7 ||
	    strchr(s, '-') != s + 4 || strchr(s + 5, '-'))
		return -1;
	*y = atoi(s);
	*m = atoi(s + 5);
	return *y >= 2000 && *y <= 2099 && *m >= 1 && *m <= 12 ? 0 : -1;
}

/* 0 = Monday ... 6 = Sunday (Sakamoto's method). */
static int weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	if (m < 3)
		y--;
	return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7 + 6) % 7;
}

static int month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : days[m - 1];
}

/* The events of day ISO ("YYYY-MM-DD") into CELL.Events.K.{slug,title,time}. */
static void day_events(struct req *r, const char *cell, const char *iso,
		       const struct db_rows *ev)
{
	int k = 0;
	for (size_t i = 0; i < ev->nrows; i++) {
		const char *s = db_get(ev, i, "start_at"), *e = db_get(ev, i, "end_at");
		if (strncmp(s, iso, 10) > 0 || strncmp(e, iso, 10) < 0)
			continue;
		const char *item = arena_printf(r->a, "%s.Events.%d", cell, k++);
		req_set(r, arena_printf(r->a, "%s.slug", item), db_get(ev, i, "slug"));
		req_set(r, arena_printf(r->a, "%s.title", item), db_get(ev, i, "title"));
		if (strncmp(s, iso, 10) == 0)
			req_set(r, arena_printf(r->a, "%s.time", item), listing_time(r, s));
	}
}

/* Calendar.Weeks.W.Days.D: Monday to Sunday, empty cells outside the month. */
static void month_grid(struct req *r, int y, int m, const char *today, const struct db_rows *ev)
{
	int first = weekday(y, m, 1), days = month_days(y, m);
	int cells = (first + days + 6) / 7 * 7;
	for (int c = 0; c < cells; c++) {
		const char *cell = arena_printf(r->a, "Calendar.Weeks.%d.Days.%d", c / 7, c % 7);
		int d = c - first + 1;
		if (d < 1 || d > days) {
			req_set(r, arena_printf(r->a, "%s.empty", cell), "1");
			continue;
		}
		const char *iso = arena_printf(r->a, "%04d-%02d-%02d", y, m, d);
		req_set_int(r, arena_printf(r->a, "%s.day", cell), d);
		req_set(r, arena_printf(r->a, "%s.date_iso", cell), iso);
		req_set(r, arena_printf(r->a, "%s.label", cell),
			arena_printf(r->a, "%d %s", d, listing_month_name(m)));
		if (strcmp(iso, today) == 0)
			req_set(r, arena_printf(r->a, "%s.today", cell), "1");
		day_events(r, cell, iso, ev);
	}
}

static void set_month_links(struct req *r, int y, int m)
{
	int py = m == 1 ? y - 1 : y, pm = m == 1 ? 12 : m - 1;
	int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
	req_setf(r, "Calendar.month=%04d-%02d", y, m);
	req_setf(r, "Calendar.label=%s %d", listing_month_name(m), y);
	if (py >= 2000) {
		req_setf(r, "Calendar.prev=%04d-%02d", py, pm);
		req_setf(r, "Calendar.prev_label=%s %d", listing_month_name(pm), py);
	}
	if (ny <= 2099) {
		req_setf(r, "Calendar.next=%04d-%02d", ny, nm);
		req_setf(r, "Calendar.next_label=%s %d", listing_month_name(nm), ny);
	}
}

/* GET /eventi?mese=YYYY-MM: the month as a table and as a list. */
static int month_view(struct req *r, const char *mese, const char *today)
{
	int y, m;
	if (parse_month(mese, &y, &m) < 0)
		return req_error(r, 400, "Il mese va indicato come aaaa-mm (per esempio 2026-12).");
	if (req_param(r, "pagina"))
		return req_error(r, 400, "Il calendario di un mese non ha pagine.");
	struct db_rows ev;
	if (live_events_month(r->db, r->a, arena_printf(r->a, "%s-01", mese), &ev) < 0)
		return 503;
	const char *label = arena_printf(r->a, "%s %d", listing_month_name(m), y);
	view_page(r, "vivere-il-comune", arena_printf(r->a, "Eventi di %s", label),
		  arena_printf(r->a, "/eventi?mese=%s", mese));
	req_set(r, "Page.Description", arena_printf(r->a, "Il calendario degli eventi di %s.", label));
	view_crumb(r, "Vivere il Comune", "/vivere-il-comune");
	view_crumb(r, "Eventi", "/eventi");
	view_crumb(r, label, NULL);
	set_month_links(r, y, m);
	month_grid(r, y, m, today, &ev);
	listing_event_cards(r, "Events.Items", &ev);
	req_set_int(r, "Events.Total", (long)ev.nrows);
	req_set(r, "Events.view", "month");
	return 200;
}

/* GET /eventi?pagina=N: upcoming events (ending today or later), by start. */
static int upcoming_view(struct req *r)
{
	long page, total, pages;
	int st = listing_page(r, &page);
	if (st)
		return st;
	struct db_rows ev;
	if (live_events_upcoming_count(r->db, r->a, &total) < 0)
		return 503;
	if ((st = listing_pages(r, total, page, &pages)) != 0)
		return st;
	if (live_events_upcoming(r->db, r->a, (int)((page - 1) * LISTING_PAGE_SIZE),
				 LISTING_PAGE_SIZE, &ev) < 0)
		return 503;
	view_page(r, "vivere-il-comune",
		  page > 1 ? arena_printf(r->a, "Eventi - pagina %ld", page) : "Eventi",
		  page > 1 ? arena_printf(r->a, "/eventi?pagina=%ld", page) : "/eventi");
	req_set(r, "Page.Description",
		"Gli eventi in programma nel Comune: cultura, sport, feste e iniziative.");
	view_crumb(r, "Vivere il Comune", "/vivere-il-comune");
	view_crumb(r, "Eventi", NULL);
	listing_event_cards(r, "Events.Items", &ev);
	req_set_int(r, "Events.Total", total);
	req_set(r, "Events.view", "list");
	listing_pager(r, "/eventi", page, pages);
	return 200;
}

/* GET /eventi[?pagina=N | ?mese=YYYY-MM]: the upcoming events, or a month's
 * calendar. Public, cached: "upcoming" and "today" change only with the date,
 * which the cache's generation includes. */
int page_eventi_list(struct req *r)
{
	char today[11];
	if (live_today(r->db, r->a, today) < 0)
		return 503;
	const char *mese = req_param(r, "mese");
	int st = mese ? month_view(r, mese, today) : upcoming_view(r);
	if (st != 200)
		return st;
	req_set(r, "Events.today_month", arena_strndup(r->a, today, 7));
	req_set(r, "Page.Css", "novita.css");
	r->tpl = "eventi.cs";
	return 200;
}

static void set_event(struct req *r, const struct db_rows *e)
{
	static const char *const fields[] = {
		"slug", "title", "summary", "cost", "audience", "image", "image_alt",
		"place_slug", "place_name", "place_address", "place_type",
	};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *v = db_get(e, 0, fields[i]);
		if (v)
			req_set(r, arena_printf(r->a, "Event.%s", fields[i]), v);
	}
	const char *s = db_get(e, 0, "start_at"), *t = db_get(e, 0, "end_at");
	req_set(r, "Event.when", date_range(r, s, t));
	req_set(r, "Event.start_date", listing_date_long(r, s));
	req_set(r, "Event.start_time", listing_time(r, s));
	req_set(r, "Event.end_date", listing_date_long(r, t));
	req_set(r, "Event.end_time", listing_time(r, t));
	req_set(r, "Event.start_iso", arena_printf(r->a, "%.10sT%.5s", s, s + 11));
	req_set(r, "Event.end_iso", arena_printf(r->a, "%.10sT%.5s", t, t + 11));
	req_set(r, "Event.updated", view_date(r, db_get(e, 0, "updated_at")));
	view_markdown(r, "Event.description", db_get(e, 0, "description"));
}

/* The published event SLUG into E: 0, or the status to answer (404, 503). */
static int load_event(struct req *r, const char *slug, struct db_rows *e)
{
	if (live_event(r->db, r->a, slug, e) < 0)
		return 503;
	if (e->nrows == 0)
		return req_error(r, 404, "L'evento che cerchi non esiste o non è più pubblicato.");
	return 0;
}

/* The event page of row E (live_event() or live_event_preview()). */
void page_eventi_render(struct req *r, const struct db_rows *e)
{
	const char *title = db_get(e, 0, "title");
	view_page(r, "vivere-il-comune", title, arena_printf(r->a, "/eventi/%s", db_get(e, 0, "slug")));
	req_set(r, "Page.Description", db_get(e, 0, "summary"));
	req_set(r, "Page.Css", "novita.css");
	view_crumb(r, "Vivere il Comune", "/vivere-il-comune");
	view_crumb(r, "Eventi", "/eventi");
	view_crumb(r, title, NULL);
	set_event(r, e);
	r->tpl = "evento.cs";
}

/* GET /eventi/{slug}: the event page with the model's page index. Public, cached. */
int page_eventi_show(struct req *r)
{
	struct db_rows e;
	int st = load_event(r, req_arg(r, 0), &e);
	if (st)
		return st;
	page_eventi_render(r, &e);
	return 200;
}

/* GET /eventi/{slug}/ics: the event as an iCalendar file (text/calendar,
 * RFC 5545), to add to one's calendar. Public, cached. */
int page_eventi_ics(struct req *r)
{
	const char *slug = req_arg(r, 0);
	struct db_rows e;
	int st = load_event(r, slug, &e);
	if (st)
		return st;
	const char *place = db_get(&e, 0, "place_name"), *addr = db_get(&e, 0, "place_address");
	struct ical_event ev = {
		.uid = arena_printf(r->a, "evento-%s@%s", db_get(&e, 0, "id"), ical_host(r->a, app_conf(r->app, "Site.BaseUrl", ""))),
		.dtstamp = db_get(&e, 0, "updated_utc"),
		.start = db_get(&e, 0, "start_at"),
		.end = db_get(&e, 0, "end_at"),
		.summary = db_get(&e, 0, "title"),
		.description = db_get(&e, 0, "summary"),
		.location = place ? arena_printf(r->a, "%s, %s", place, addr ? addr : "") : NULL,
		.url = arena_printf(r->a, "%s/eventi/%s", app_conf(r->app, "Site.BaseUrl", ""), slug),
	};
	static struct buf out;
	buf_reset(&out);
	if (!ev.dtstamp || ical_write_event(&out, "-//Portale del Comune//Eventi//IT", &ev) < 0)
		return 500;
	r->body = &out;
	r->content_type = "text/calendar; charset=utf-8";
	req_header(r, "Content-Disposition",
		   arena_printf(r->a, "attachment; filename=\"%s.ics\"", slug));
	return 200;
}
