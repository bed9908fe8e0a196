/* area.c - the personal area (the Modello Comuni's "Scrivania"): the citizen's cases and
 * drafts with their status, appointments, one timeline of all their interactions in plain
 * sentences, with counts beside the page index; the profile from SPID/CIE (e-mail and phone
 * for notifications editable). */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/booking_store.h"
#include "store/case_store.h"
#include "prenota.h"

/* Services.N.{title,url}: one entry per service the citizen used (a category they reported in,
 * a service they booked), first use first; Area.services counts them. */
static void service_used(struct req *r, const char *title, const char *url)
{
	int n = hdf_get_int_value(r->hdf, "Area.services", 0);
	if (!title || !*title)
		return;
	for (int i = 0; i < n; i++)
		if (strcmp(hdf_get_value(r->hdf, arena_printf(r->a, "Services.%d.title", i), ""),
			   title) == 0)
			return;
	cases_item(r, "Services", (size_t)n, "title", title);
	cases_item(r, "Services", (size_t)n, "url", url);
	req_set_int(r, "Area.services", n + 1);
}

static void cases_list(struct req *r, const struct case_summary *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Cases", i, "code", c[i].code);
		cases_item(r, "Cases", i, "code_display", case_code_display(r->a, c[i].code));
		cases_item(r, "Cases", i, "status", c[i].status);
		cases_item(r, "Cases", i, "status_label", case_status_label(c[i].status, FOR_CITIZEN));
		cases_item(r, "Cases", i, "type_label", case_type_label(c[i].case_type));
		cases_item(r, "Cases", i, "title", c[i].title);
		cases_item(r, "Cases", i, "category_name", c[i].category_name);
		cases_item(r, "Cases", i, "protocol", c[i].protocol);
		cases_item(r, "Cases", i, "updated", view_date(r, c[i].updated_at));
		if (strcmp(c[i].status, "draft") != 0 && c[i].category_name)
			service_used(r, arena_printf(r->a, "%s: %s", case_type_label(c[i].case_type),
						     c[i].category_name),
				     arena_printf(r->a, "/segnalazioni/nuova?tipo=%s", c[i].case_type));
	}
}

/* "presa in carico" from "Presa in carico": a status as it reads inside a sentence. */
static const char *lower_first(struct arena *a, const char *label)
{
	char *s = arena_strdup(a, label);
	if (*s >= 'A' && *s <= 'Z')
		*s = (char)(*s - 'A' + 'a');
	return s;
}

/* The sentence a citizen reads for one item of their history: "Segnalazione BUCA-… aggiornata:
 * presa in carico", "Accesso ai servizi online con SPID"; never a code of ours. */
static const char *history_text(struct req *r, const struct history_item *h)
{
	if (strcmp(h->what, "login") == 0)
		return strcmp(h->detail, "cie") == 0 ? "Accesso ai servizi online con CIE"
						      : "Accesso ai servizi online con SPID";
	const char *type = case_type_label(h->case_type);
	const char *code = case_code_display(r->a, h->code);
	int masculine = strcmp(h->case_type, "reclamo") == 0;
	if (strcmp(h->what, "status") == 0)
		return arena_printf(r->a, "%s %s %s: %s", type, code,
				    masculine ? "aggiornato" : "aggiornata",
				    lower_first(r->a, case_status_label(h->detail, FOR_CITIZEN)));
	if (strcmp(h->what, "routing") == 0)
		return arena_printf(r->a, "%s %s %s all'ufficio competente", type, code,
				    masculine ? "assegnato" : "assegnata");
	return arena_printf(r->a, "%s sulla pratica %s (%s)",
			    strcmp(h->author, "citizen") == 0 ? "Hai scritto" : "Il Comune ti ha scritto",
			    code, lower_first(r->a, type));
}

/* Messages.N.{when,time,code,code_display,body}: what the offices wrote on the citizen's cases,
 * newest first (the history's staff messages). */
static void messages(struct req *r, const struct history_item *h, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(h[i].what, "message") != 0 || strcmp(h[i].author, "staff") != 0)
			continue;
		cases_item(r, "Messages", k, "when", view_date(r, h[i].at));
		cases_item(r, "Messages", k, "time", strlen(h[i].at) >= 16 ?
			   arena_strndup(r->a, h[i].at + 11, 5) : "");
		cases_item(r, "Messages", k, "code", h[i].code);
		cases_item(r, "Messages", k, "code_display", case_code_display(r->a, h[i].code));
		cases_item(r, "Messages", k++, "body", h[i].detail);
	}
	req_set_int(r, "Area.messages", (long)k);
}

static void history_list(struct req *r, const struct history_item *h, size_t n)
{
	messages(r, h, n);
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "History", i, "when", view_date(r, h[i].at));
		cases_item(r, "History", i, "time", strlen(h[i].at) >= 16 ?
			   arena_strndup(r->a, h[i].at + 11, 5) : "");
		cases_item(r, "History", i, "code", h[i].code);
		cases_item(r, "History", i, "text", history_text(r, &h[i]));
	}
}

/* Area.{cases,drafts,appointments,history}: the counts beside the page index. */
static void counts(struct req *r, const struct case_summary *c, size_t nc, size_t nh)
{
	long drafts = 0;
	for (size_t i = 0; i < nc; i++)
		drafts += strcmp(c[i].status, "draft") == 0;
	req_set_int(r, "Area.cases", (long)nc - drafts);
	req_set_int(r, "Area.drafts", drafts);
	req_set_int(r, "Area.history", (long)nh);
	req_set_int(r, "Area.services", hdf_get_int_value(r->hdf, "Area.services", 0));
	req_set_int(r, "Area.appointments",
		    hdf_get_int_value(r->hdf, "Area.upcoming", 0) +
			    hdf_get_int_value(r->hdf, "Area.past", 0));
}

/* Appointments.Upcoming.N and Appointments.Past.N: {code,when,office_name,service_title,status}. */
static int appointments(struct req *r, long long citizen_id)
{
	struct booking_row *b;
	size_t n, up = 0, past = 0;
	if (booking_citizen_list(r->db, r->a, citizen_id, &b, &n) < 0)
		return -1;
	for (size_t i = n; i-- > 0;) {   /* oldest first: upcoming in time order */
		const char *list = b[i].past ? "Appointments.Past" : "Appointments.Upcoming";
		size_t k = b[i].past ? past++ : up++;
		long t = cal_parse_minute(b[i].start_at);
		cases_item(r, list, k, "code", b[i].code);
		cases_item(r, list, k, "when", t >= 0 ? prenota_when(r, t) : b[i].start_at);
		cases_item(r, list, k, "office_name", b[i].office_name);
		cases_item(r, list, k, "service_title", b[i].service_title);
		cases_item(r, list, k, "status", b[i].status);
		service_used(r, arena_printf(r->a, "Appuntamento: %s", b[i].service_title),
			     arena_printf(r->a, "/servizi/%s", b[i].service_slug));
	}
	req_set_int(r, "Area.upcoming", (long)up);
	req_set_int(r, "Area.past", (long)past);
	return 0;
}

static int show(struct req *r, int status)
{
	const struct session *s = r->sess;
	struct case_summary *cases;
	struct history_item *history;
	size_t nc, nh;
	if (cases_of_citizen(r->db, r->a, s->citizen_id, &cases, &nc) < 0 ||
	    citizen_history(r->db, r->a, s->citizen_id, s->fiscal_code, &history, &nh) < 0 ||
	    appointments(r, s->citizen_id) < 0)
		return 503;
	cases_list(r, cases, nc);
	history_list(r, history, nh);
	counts(r, cases, nc, nh);
	if (!hdf_get_value(r->hdf, "Form.email", NULL)) {
		req_set(r, "Form.email", s->email);
		req_set(r, "Form.telefono", s->phone);
	}
	if (req_param(r, "salvato"))
		req_set(r, "Area.saved", "1");
	view_page(r, "area-personale", "Area personale", "/area-personale");
	view_crumb(r, "Area personale", NULL);
	r->tpl = "area_personale.cs";
	return status;
}

int page_area(struct req *r)
{
	return show(r, 200);
}

/* What is wrong with the contacts typed, or NULL. */
static const char *contacts_error(struct req *r, const char *email, const char *phone)
{
	if (req_form_bad(r, "email") || req_form_bad(r, "telefono"))
		return "L'indirizzo e-mail o il numero di telefono contiene caratteri non ammessi "
		       "(mostrati come \xEF\xBF\xBD): correggilo.";
	if (!text_one_line(email) || !cases_email_ok(email) || !cases_phone_ok(phone))
		return "Controlla l'indirizzo e-mail e il numero di telefono (solo cifre, spazi e +).";
	return NULL;
}

int page_contatti(struct req *r)
{
	const char *email = req_form(r, "email"), *phone = req_form(r, "telefono");
	email = email ? email : "";
	phone = phone ? phone : "";
	const char *why = contacts_error(r, email, phone);
	req_set(r, "Form.email", email);
	req_set(r, "Form.telefono", phone);
	if (why) {
		req_set(r, "Form.error", why);
		return show(r, 422);
	}
	if (citizen_contacts_save(r->db, r->sess->citizen_id, email, phone) < 0) {
		show(r, 503);
		return cases_unavailable(r, "Il servizio non è disponibile in questo momento: i "
					    "contatti non sono stati salvati. Riprova tra poco.");
	}
	return req_redirect(r, 303, "/area-personale?salvato=1");
}
