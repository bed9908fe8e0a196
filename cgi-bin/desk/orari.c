/* orari.c - an office's appointment settings (/admin/sportello/{office}/
 * impostazioni): weekly hours (several spans a day: "09:00-12:00, 14:30-16:30"),
 * slot length, desks, services, one-off closures ("YYYY-MM-DD reason" a line),
 * horizon and cut-off. New settings never drop an appointment silently: the
 * confirmed ones they would leave out (outside the hours, on a closure, over
 * the desks, for a service the office no longer delivers) are listed first;
 * saving them away takes an explicit confirmation naming exactly those, and
 * then each is cancelled and its citizen e-mailed in the transaction of the
 * save. Admins and the office's own operators: they run its counter and
 * know its hours. */
#include "desk.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "cases/prenota.h"
#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "store/booking_desk_store.h"

#define MAX_SPANS 8
#define MAX_LIST 200

struct form {
	struct booking_office o;                  /* the new settings */
	struct booking_hours hours[7 * MAX_SPANS];
	size_t nhours;
	long long services[MAX_LIST];
	size_t nservices;
	struct booking_closure closures[MAX_LIST];
	size_t nclosures;
	struct desk_cancel cancel[MAX_LIST];
	size_t ncancel;
	long long seen_n, seen_ids;               /* what CANCEL was chosen from */
};

static int page(struct req *r, const struct booking_office *o, int status)
{
	admin_frame(r, arena_printf(r->a, "Impostazioni: %s", o->name),
		    arena_printf(r->a, "/admin/sportello/%s/impostazioni", o->slug),
		    "Sportello appuntamenti", "/admin/sportello", "admin/sportello_impostazioni.cs");
	return status;
}

static void error(struct req *r, const char *field, const char *message)
{
	req_set(r, arena_printf(r->a, "Form.errors.%s", field), message);
	req_set(r, "Form.error", "Alcuni campi non sono validi: correggili e salva di nuovo.");
}

/* Does the span OPENS..CLOSES (minutes) overlap one of weekday WD in F? */
static int overlaps(const struct form *f, int wd, int opens, int closes)
{
	for (size_t i = 0; i < f->nhours; i++)
		if (f->hours[i].weekday == wd && opens < cal_parse_clock(f->hours[i].closes) &&
		    cal_parse_clock(f->hours[i].opens) < closes)
			return 1;
	return 0;
}

/* "HH:MM-HH:MM, ..." of weekday WD into F: 0, or -1 (malformed, or spans overlapping). */
static int parse_spans(struct req *r, struct form *f, int wd, const char *text)
{
	char *s = arena_strdup(r->a, text ? text : ""), *save = NULL;
	for (char *t = strtok_r(s, ",;", &save); t; t = strtok_r(NULL, ",;", &save)) {
		char o[6], c[6];
		int end = -1;
		if (sscanf(t, " %5[0-9:] - %5[0-9:] %n", o, c, &end) != 2 || end < 0 || t[end] ||
		    strlen(o) != 5 || strlen(c) != 5 || f->nhours == sizeof f->hours / sizeof *f->hours)
			return -1;
		int opens = cal_parse_clock(o), closes = cal_parse_clock(c);
		if (opens < 0 || closes <= opens || overlaps(f, wd, opens, closes))
			return -1;
		f->hours[f->nhours++] = (struct booking_hours){ wd, arena_printf(r->a, "%s:00", o),
								 arena_printf(r->a, "%s:00", c) };
	}
	return 0;
}

/* "YYYY-MM-DD reason" lines into F: 0, or -1. */
static int parse_closures(struct req *r, struct form *f, const char *text, long today)
{
	char *s = arena_strdup(r->a, text ? text : ""), *save = NULL;
	for (char *t = strtok_r(s, "\r\n", &save); t; t = strtok_r(NULL, "\r\n", &save)) {
		t += strspn(t, " ");
		if (!*t)
			continue;
		long day = cal_parse_day(t);
		if (day < today || (t[10] && t[10] != ' ') || f->nclosures == MAX_LIST ||
		    strlen(t) > 170)
			return -1;
		f->closures[f->nclosures++] = (struct booking_closure){
			arena_strndup(r->a, t, 10), arena_strdup(r->a, t[10] ? t + 11 : "") };
	}
	return 0;
}

static int number(struct req *r, const char *field, int min, int max, int *out)
{
	const char *v = req_form(r, field);
	char *end;
	long n = v ? strtol(v, &end, 10) : -1;
	if (!v || !*v || *end || n < min || n > max) {
		error(r, field, arena_printf(r->a, "Indica un numero da %d a %d.", min, max));
		return -1;
	}
	*out = (int)n;
	return 0;
}

/* The form into F (Form.* given back): 0, or -1 with the errors set. */
static int read_form(struct req *r, struct form *f)
{
	int bad = 0;
	bad |= number(r, "durata", 5, 240, &f->o.slot_minutes);
	bad |= number(r, "sportelli", 1, 50, &f->o.desks);
	bad |= number(r, "orizzonte", 1, 365, &f->o.horizon_days);
	bad |= number(r, "preavviso", 0, 168, &f->o.cutoff_hours);
	for (int wd = 1; wd <= 7; wd++) {
		const char *field = arena_printf(r->a, "orari_%d", wd);
		if (parse_spans(r, f, wd, req_form(r, field)) < 0) {
			error(r, field, "Scrivi le fasce come 09:00-12:00, separate da virgole e senza sovrapporle.");
			bad = -1;
		}
	}
	for (size_t i = 0; i < r->form.n && f->nservices < MAX_LIST; i++)
		if (strcmp(r->form.v[i].name, "servizi") == 0)
			f->services[f->nservices++] = atoll(r->form.v[i].value);
	if (parse_closures(r, f, req_form(r, "chiusure"), cal_parse_day(f->o.now)) < 0) {
		error(r, "chiusure", "Una riga per chiusura: una data da oggi in poi (AAAA-MM-GG), "
		      "uno spazio e il motivo.");
		bad = -1;
	}
	return bad;
}

/* Is minute M of DAY inside one of its spans (then only the slot grid moved)? */
static int overlaps_day(const struct avail *av, long day, long m)
{
	for (size_t i = 0; i < av->nhours; i++)
		if (av->hours[i].weekday == cal_weekday(day) && cal_parse_clock(av->hours[i].opens) <= m &&
		    m < cal_parse_clock(av->hours[i].closes))
			return 1;
	return 0;
}

/* Does F still deliver SERVICE_ID? */
static int delivered(const struct form *f, long long service_id)
{
	for (size_t i = 0; i < f->nservices; i++)
		if (f->services[i] == service_id)
			return 1;
	return 0;
}

/* Why the new settings F (AV: their calendar) leave out appointment B, or NULL. */
static const char *left_out(struct req *r, const struct form *f, const struct avail *av,
			    const struct desk_row *b)
{
	long t = cal_parse_minute(b->start_at), day = t / 1440, slots[96];
	if (!delivered(f, b->service_id))
		return "il servizio non è più offerto da questo ufficio";
	const char *closed = avail_closed(av, day);
	if (closed)
		return arena_printf(r->a, "l'ufficio quel giorno è chiuso (%s)", closed);
	size_t n = avail_day_slots(av, day, slots, 96);
	while (n > 0 && slots[n - 1] != t)
		n--;
	if (n == 0 && overlaps_day(av, day, t % 1440))
		return "la durata degli appuntamenti è cambiata e l'orario non è più tra quelli previsti";
	if (n == 0)
		return "l'orario non è più tra quelli di apertura dello sportello";
	if (b->desk > av->o->desks)
		return "gli sportelli aperti in quell'orario sono stati ridotti";
	return NULL;
}

/* "dd/mm/yyyy alle ore hh:mm" of a "YYYY-MM-DD HH:MM:SS". */
static const char *when(struct req *r, const char *t)
{
	return arena_printf(r->a, "%.2s/%.2s/%.4s alle ore %.5s", t + 8, t + 5, t, t + 11);
}

/* The e-mail of B cancelled because WHY; its link books again at the same
 * office, or (DELIVERED false: the office no longer has the service) at the
 * offices that deliver it. */
static const char *mail_body(struct req *r, const struct booking_office *o,
			     const struct desk_row *b, const char *why, int delivered)
{
	return arena_printf(r->a,
		"Gentile %s,\n\nil suo appuntamento del %s presso %s "
		"(%s, codice %s) è stato annullato dall'ufficio perché %s.\n\n"
		"Ci scusiamo per il disagio. Può prenotare un nuovo appuntamento qui:\n"
		"%s/prenota?servizio=%s%s%s\n",
		*b->name ? b->name : "cittadina, cittadino", when(r, b->start_at), o->name,
		b->service_title, b->code, why, app_conf(r->app, "Site.BaseUrl", ""),
		b->service_slug, delivered ? "&ufficio=" : "", delivered ? o->slug : "");
}

/* F->cancel and Affected.N.*: the confirmed appointments F leaves out. 0,
 * 1 (more than MAX_LIST: too many to list and confirm at once), or -1. */
static int affected(struct req *r, const struct booking_office *o, struct form *f)
{
	struct avail av = { .o = &f->o, .hours = f->hours, .nhours = f->nhours,
			    .closures = f->closures, .nclosures = f->nclosures,
			    .patron = NULL };   /* the Comune's, Calendar.PatronDay */
	struct desk_row *b;
	size_t n;
	if (desk_future(r->db, r->a, o->id, o->now, &b, &n) < 0)
		return -1;
	f->seen_n = (long long)n;
	for (size_t i = 0; i < n; i++)
		f->seen_ids += b[i].id;
	for (size_t i = 0; i < n; i++) {
		const char *why = left_out(r, f, &av, &b[i]), *p;
		if (!why)
			continue;
		if (f->ncancel == MAX_LIST)
			return 1;
		p = arena_printf(r->a, "Affected.%zu", f->ncancel);
		f->cancel[f->ncancel++] = (struct desk_cancel){ b[i].id, why, {
			b[i].email, arena_printf(r->a, "Appuntamento annullato: %s", b[i].service_title),
			mail_body(r, o, &b[i], why, delivered(f, b[i].service_id)) } };
		req_set_int(r, arena_printf(r->a, "%s.id", p), (long)b[i].id);
		req_set(r, arena_printf(r->a, "%s.code", p), b[i].code);
		req_set(r, arena_printf(r->a, "%s.when", p), when(r, b[i].start_at));
		req_set(r, arena_printf(r->a, "%s.name", p), b[i].name);
		req_set(r, arena_printf(r->a, "%s.email", p), b[i].email);
		req_set(r, arena_printf(r->a, "%s.service", p), b[i].service_title);
		req_set(r, arena_printf(r->a, "%s.why", p), why);
	}
	return 0;
}

/* Did the confirmation name exactly the appointments of F->cancel? */
static int confirmed(struct req *r, const struct form *f)
{
	size_t named = 0;
	if (!req_form(r, "conferma"))
		return 0;
	for (size_t i = 0; i < r->form.n; i++) {
		if (strcmp(r->form.v[i].name, "annulla"))
			continue;
		long long id = atoll(r->form.v[i].value);
		size_t k = 0;
		while (k < f->ncancel && f->cancel[k].id != id)
			k++;
		if (k == f->ncancel)
			return 0;
		named++;
	}
	return named == f->ncancel;
}

/* Form.* of the settings S with hours H, services SV and closures C. */
static void form_view(struct req *r, const struct booking_office *s, const struct booking_hours *h,
		      size_t nh, const struct booking_closure *c, size_t nc)
{
	req_set_int(r, "Form.durata", s->slot_minutes);
	req_set_int(r, "Form.sportelli", s->desks);
	req_set_int(r, "Form.orizzonte", s->horizon_days);
	req_set_int(r, "Form.preavviso", s->cutoff_hours);
	for (int wd = 1; wd <= 7; wd++) {
		const char *v = "";
		for (size_t i = 0; i < nh; i++)
			if (h[i].weekday == wd)
				v = arena_printf(r->a, "%s%s%.5s-%.5s", v, *v ? ", " : "", h[i].opens,
						 h[i].closes);
		req_set(r, arena_printf(r->a, "Days.%d.value", wd - 1), v);
		req_set_int(r, arena_printf(r->a, "Days.%d.n", wd - 1), wd);
		req_set(r, arena_printf(r->a, "Days.%d.name", wd - 1), cal_weekday_name(wd));
	}
	const char *text = "";
	for (size_t i = 0; i < nc; i++)
		text = arena_printf(r->a, "%s%s %s\n", text, c[i].day, c[i].reason);
	req_set(r, "Form.chiusure", text);
}

/* Services.N.{id,title,offered}; CHOSEN: the form's (NULL: the office's now).
 * How many services are on, or -1. */
static int services_view(struct req *r, const struct booking_office *o, const struct form *chosen)
{
	struct desk_service *s;
	size_t n;
	int count = 0;
	if (desk_services(r->db, r->a, o->id, &s, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int on = s[i].offered;
		if (chosen) {
			on = 0;
			for (size_t k = 0; k < chosen->nservices; k++)
				on |= chosen->services[k] == s[i].id;
		}
		req_set_int(r, arena_printf(r->a, "Services.%zu.id", i), (long)s[i].id);
		req_set(r, arena_printf(r->a, "Services.%zu.title", i), s[i].title);
		req_set_int(r, arena_printf(r->a, "Services.%zu.offered", i), on);
		count += on;
	}
	return count;
}

/* GET /admin/sportello/:office/impostazioni: the form (?salvato=N: done, N cancelled). */
int bo_sportello_settings(struct req *r)
{
	struct booking_office o;
	int st = desk_load_office(r, &o);
	if (st)
		return st;
	struct booking_hours *h;
	struct booking_closure *c;
	size_t nh, nc;
	if (booking_hours_list(r->db, r->a, o.id, &h, &nh) < 0 ||
	    desk_closures(r->db, r->a, o.id, &c, &nc) < 0 || services_view(r, &o, NULL) < 0)
		return 503;
	form_view(r, &o, h, nh, c, nc);
	const char *saved = req_param(r, "salvato");
	if (saved)
		req_set_int(r, "Form.saved", atol(saved) + 1);
	return page(r, &o, 200);
}

/* What was typed, as typed, over Form.* and Days.N.value. */
static void given_back(struct req *r)
{
	static const char *const fields[] = { "durata", "sportelli", "orizzonte", "preavviso",
					      "chiusure" };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *v = req_form(r, fields[i]);
		req_set(r, arena_printf(r->a, "Form.%s", fields[i]), v ? v : "");
	}
	for (int wd = 1; wd <= 7; wd++) {
		const char *v = req_form(r, arena_printf(r->a, "orari_%d", wd));
		req_set(r, arena_printf(r->a, "Days.%d.value", wd - 1), v ? v : "");
	}
}

/* 409: the confirmation named other appointments than those to cancel now. */
static int recheck(struct req *r, const struct booking_office *o)
{
	req_set(r, "Form.error", "Nel frattempo le prenotazioni sono cambiate: controlla di nuovo "
		"gli appuntamenti da annullare e conferma.");
	return page(r, o, 409);
}

/* 409: appointments were booked or cancelled while the form was checked:
 * the list again, from what is there now. */
static int changed(struct req *r, const struct booking_office *o, struct form *f)
{
	f->ncancel = 0;
	f->seen_n = f->seen_ids = 0;
	hdf_remove_tree(r->hdf, "Affected");
	if (affected(r, o, f) < 0)
		return 503;
	return recheck(r, o);
}

static int save(struct req *r, const struct booking_office *o, struct form *f)
{
	struct desk_settings s = {
		.office_id = o->id, .slot_minutes = f->o.slot_minutes, .desks = f->o.desks,
		.horizon_days = f->o.horizon_days, .cutoff_hours = f->o.cutoff_hours,
		.hours = f->hours, .nhours = f->nhours, .services = f->services,
		.nservices = f->nservices, .closures = f->closures, .nclosures = f->nclosures,
		.cancel = f->cancel, .ncancel = f->ncancel, .since = o->now, .seen_n = f->seen_n,
		.seen_ids = f->seen_ids,
	};
	size_t cancelled;
	int saved = desk_settings_save(r->db, &s, &cancelled);
	if (saved <= 0)
		return saved < 0 ? 503 : changed(r, o, f);
	admin_audit(r, r->staff, "booking-settings", "office", o->slug, NULL,
		    arena_printf(r->a, "{\"slot_minutes\":%d,\"desks\":%d,\"hours\":%zu,"
				 "\"closures\":%zu,\"cancelled\":%zu}", f->o.slot_minutes,
				 f->o.desks, f->nhours, f->nclosures, cancelled));
	return req_redirect(r, 303, arena_printf(r->a, "/admin/sportello/%s/impostazioni?salvato=%zu",
						 o->slug, cancelled));
}

/* POST /admin/sportello/:office/impostazioni: 422 with the errors; 409 with
 * the appointments the new settings leave out until confirmed; 303 when saved. */
int bo_sportello_save(struct req *r)
{
	struct booking_office o;
	int st = desk_load_office(r, &o);
	if (st)
		return st;
	struct form *f = arena_alloc(r->a, sizeof *f);
	memset(f, 0, sizeof *f);
	f->o = o;
	int bad = read_form(r, f);
	form_view(r, &f->o, f->hours, f->nhours, f->closures, f->nclosures);
	given_back(r);
	int on = services_view(r, &o, f);
	if (on < 0)
		return 503;
	if (on != (int)f->nservices) {   /* an id not listed, or twice */
		error(r, "servizi", "Scegli i servizi tra quelli elencati.");
		bad = -1;
	}
	if (bad)
		return page(r, &o, 422);
	int many = affected(r, &o, f);
	if (many < 0)
		return 503;
	if (many) {
		req_set(r, "Form.error", "Queste impostazioni annullerebbero troppi appuntamenti per "
			"confermarli in una volta: applicale per gradi, per esempio un giorno alla volta.");
		return page(r, &o, 422);
	}
	if (f->ncancel && !confirmed(r, f))
		return req_form(r, "conferma") ? recheck(r, &o) : page(r, &o, 409);
	return save(r, &o, f);
}
