/* guard.c - what the cases pages share once the pipeline has checked the
 * session (R_CITIZEN) and the CSRF token (R_CSRF): the citizen's own case
 * named by the URL (the ownership is in the SQL), its HDF, its attachments,
 * the subject of its e-mails, and the page kept when the database fails. */
#include "cases.h"

#include <string.h>
#include "vocab/case_vocab.h"

#include "core/app.h"
#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_store.h"

int cases_load(struct req *r, struct case_row *c)
{
	int found = case_by_code(r->db, r->a, req_arg(r, 0), r->sess->citizen_id, c);
	if (found < 0)
		return 503;
	return found ? 0 : req_error(r, 404, "La pratica che cerchi non esiste.");
}

void cases_view(struct req *r, const struct case_row *c)
{
	req_set_int(r, "Case.id", c->id);
	req_set(r, "Case.code", c->code);
	req_set(r, "Case.case_type", c->case_type);
	req_set(r, "Case.status", c->status);
	req_set(r, "Case.category_slug", c->category_slug);
	req_set(r, "Case.category_name", c->category_name);
	req_set(r, "Case.title", c->title);
	req_set(r, "Case.address", c->address);
	req_set(r, "Case.latitude", c->latitude);
	req_set(r, "Case.longitude", c->longitude);
	req_set(r, "Case.office_name", c->office_name);
	req_set(r, "Case.protocol", c->protocol);
	req_set(r, "Case.outcome", c->outcome);
	req_set(r, "Case.service_title", c->service_title);
	req_set(r, "Case.contact_email", c->contact_email);
	req_set(r, "Case.area_slug", c->area_slug);
	req_set(r, "Case.area_name", c->area_name);
	req_set(r, "Case.status_label", case_status_label(c->status, FOR_CITIZEN));
	req_set(r, "Case.type_label", case_type_label(c->case_type));
	req_set(r, "Case.code_display", case_code_display(r->a, c->code));
	req_set(r, "Case.submitted", c->submitted_at ? view_date(r, c->submitted_at) : "");
	req_set(r, "Case.due", c->due_date ? view_date(r, c->due_date) : "");
	view_text(r, "Case.Description", c->description);
}

void cases_item(struct req *r, const char *list, size_t i, const char *field, const char *value)
{
	req_set(r, arena_printf(r->a, "%s.%zu.%s", list, i, field), value);
}

int cases_files_view(struct req *r, long long case_id)
{
	struct case_file *f;
	size_t n;
	if (case_file_list(r->db, r->a, case_id, &f, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		cases_item(r, "Attachments", i, "id", arena_printf(r->a, "%lld", f[i].id));
		cases_item(r, "Attachments", i, "kind", f[i].kind);
		cases_item(r, "Attachments", i, "filename", f[i].filename);
		cases_item(r, "Attachments", i, "content_type", f[i].content_type);
		const char *kind = arena_printf(r->a, "AttachmentKinds.%s", f[i].kind);
		req_set_int(r, kind, hdf_get_int_value(r->hdf, kind, 0) + 1);
	}
	return 0;
}

const char *cases_subject(struct req *r, const char *prefix, const char *title)
{
	return text_flatten(r->a, arena_printf(r->a, "%s: %s", prefix, title ? title : ""));
}

int cases_unavailable(struct req *r, const char *message)
{
	req_set(r, "Form.unavailable", message);
	r->tpl_on_5xx = true;   /* the form as it was typed, with the message: nothing is lost */
	return 503;
}

int cases_email_ok(const char *e)
{
	const char *at = strchr(e, '@');
	size_t n = strlen(e);
	return n == 0 || (n <= 254 && at && at > e && strchr(at, '.') && !strchr(at + 1, '@') &&
			  !strpbrk(e, " \t\r\n<>\"'"));
}

int cases_phone_ok(const char *p)
{
	size_t n = strlen(p);
	return n == 0 || (n >= 6 && n <= 20 && strspn(p, "+0123456789 ") == n);
}
