/* area.c - the personal area: the profile from SPID/CIE (e-mail and phone
 * for notifications editable), the citizen's cases and drafts with their
 * status, and one timeline of all their interactions. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/case_store.h"

static int show(struct req *r, struct session *s, int status)
{
	struct db_rows cases, history;
	if (cases_of_citizen(r->db, r->a, s->citizen_id, &cases) < 0 ||
	    citizen_history(r->db, r->a, s->citizen_id, s->fiscal_code, &history) < 0)
		return 503;
	view_rows(r, "Cases", &cases);
	for (size_t i = 0; i < cases.nrows; i++) {
		const char *code = db_cell(&cases, i, 0);
		req_set(r, arena_printf(r->a, "Cases.%zu.status_label", i),
			case_status_label(db_cell(&cases, i, 2), FOR_CITIZEN));
		req_set(r, arena_printf(r->a, "Cases.%zu.type_label", i),
			case_type_label(db_cell(&cases, i, 1)));
		req_set(r, arena_printf(r->a, "Cases.%zu.updated", i), view_date(r, db_cell(&cases, i, 8)));
		req_set(r, arena_printf(r->a, "Cases.%zu.code_display", i),
			case_code_display(r->a, code));
	}
	view_rows(r, "History", &history);
	for (size_t i = 0; i < history.nrows; i++)
		req_set(r, arena_printf(r->a, "History.%zu.when", i), view_date(r, db_cell(&history, i, 0)));
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
	struct session s;
	int st = cases_guard(r, &s, 0);
	return st ? st : show(r, &s, 200);
}

static int email_ok(const char *e)
{
	const char *at = strchr(e, '@');
	size_t n = strlen(e);
	return n == 0 || (n <= 254 && at && at > e && strchr(at, '.') && !strchr(at + 1, '@') &&
			  !strpbrk(e, " \t\r\n<>\"'"));
}

static int phone_ok(const char *p)
{
	size_t n = strlen(p);
	return n == 0 || (n >= 6 && n <= 20 && strspn(p, "+0123456789 ") == n);
}

int page_contatti(struct req *r)
{
	struct session s;
	int st = cases_guard(r, &s, 1);
	if (st)
		return st;
	const char *email = req_form(r, "email"), *phone = req_form(r, "telefono");
	email = email ? email : "";
	phone = phone ? phone : "";
	if (!email_ok(email) || !phone_ok(phone)) {
		req_set(r, "Form.email", email);
		req_set(r, "Form.telefono", phone);
		req_set(r, "Form.error", "Controlla l'indirizzo e-mail e il numero di telefono (solo "
					 "cifre, spazi e +).");
		return show(r, &s, 422);
	}
	if (citizen_contacts_save(r->db, s.citizen_id, email, phone) < 0)
		return 503;
	return req_redirect(r, 303, "/area-personale?salvato=1");
}
