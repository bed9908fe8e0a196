/* ops.c - what the operators' pages share: who may see and change which
 * cases, the Italian labels of statuses, channels and outcomes, the
 * placeholders of the response templates, and the e-mails that tell the
 * citizen about a change (the store queues them in the transaction of the
 * change). The pages are in ops_queue.c, ops_case.c,
 * ops_action.c, ops_register.c and ops_citizen.c. */
#include "ops_internal.h"
#include "admin/admin.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "core/tpl.h"
#include "core/view.h"
#include "store/bo_case_store.h"
#include "vocab/case_vocab.h"

int ops_can_act(const struct staff *s)
{
	return (s->role & (ROLE_OPERATOR | ROLE_ADMIN)) != 0;
}

struct bo_scope ops_scope(const struct req *r)
{
	return (struct bo_scope){ .staff_id = r->staff->id, .all = !(r->staff->role & ROLE_OPERATOR) };
}

const char *ops_when(struct req *r, const char *d)
{
	if (!d || strlen(d) < 16)
		return view_date(r, d);
	return arena_printf(r->a, "%s %.5s", view_date(r, d), d + 11);
}

/* The cell of column NAME in row ROW ("" for NULL or no such column). */
static const char *cell(const struct db_rows *rows, size_t row, const char *name)
{
	const char *v = db_get_opt(rows, row, name);
	return v ? v : "";
}

const char *ops_json(struct req *r, const char *s)
{
	if (!s)
		return "null";
	char *m = tpl_json_string(s);
	char *out = arena_strdup(r->a, m ? m : "\"\"");
	free(m);
	return out;
}

const char *ops_fiscal_code(struct req *r, const char *s)
{
	char *up = arena_strdup(r->a, s ? s : "");
	for (char *p = up; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return strlen(up) == 16 && strspn(up, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == 16 ? up : NULL;
}

int ops_word_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return n > 0 && n <= max && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-_") == n;
}

static const char *staff_status_label(const char *status)
{
	return case_status_label(status, FOR_STAFF);
}

/* Labels next to the raw values, for each column the rows have. */
static void label_row(struct req *r, HDF *node, const char *body, const struct db_rows *rows,
		      size_t i)
{
	static const struct {
		const char *col, *suffix;
		const char *(*fn)(const char *);
	} cols[] = {
		{ "status", "status_label", staff_status_label },
		{ "channel", "channel_label", case_channel_label },
		{ "case_type", "type_label", case_type_label },
	};
	for (size_t k = 0; k < sizeof cols / sizeof *cols; k++)
		if (view_col(rows, cols[k].col) >= 0)
			req_node_set(node, cols[k].suffix, cols[k].fn(cell(rows, i, cols[k].col)));
	if (view_col(rows, "code") >= 0)
		req_node_set(node, "code_display", case_code_display(r->a, cell(rows, i, "code")));
	if (view_col(rows, "body") >= 0)
		view_text(r, body, cell(rows, i, "body"));
	if (view_col(rows, "at") >= 0)
		req_node_set(node, "when", ops_when(r, cell(rows, i, "at")));
	if (view_col(rows, "submitted_at") >= 0)
		req_node_set(node, "submitted", view_date(r, cell(rows, i, "submitted_at")));
	if (view_col(rows, "due_date") >= 0)
		req_node_set(node, "due", view_date(r, cell(rows, i, "due_date")));
}

void ops_view_row(struct req *r, const char *prefix, const struct db_rows *rows, size_t row)
{
	HDF *node = req_node(r, prefix);
	view_cells(node, rows, row);
	label_row(r, node, arena_printf(r->a, "%s.Body", prefix), rows, row);
}

void ops_view_rows(struct req *r, const char *prefix, const struct db_rows *rows)
{
	if (!rows->nrows)
		return;
	HDF *list = req_node(r, prefix);
	bool body = view_col(rows, "body") >= 0;
	for (size_t i = 0; i < rows->nrows; i++) {
		HDF *node = view_list_row(list, i);
		view_cells(node, rows, i);
		label_row(r, node, body ? arena_printf(r->a, "%s.%zu.Body", prefix, i) : NULL, rows,
			  i);
	}
}

/* The cells case_table (templates/admin/pratiche_macros.cs) reads besides
 * label_row's labels: the queue's rows also carry the pager's key, the count
 * and the raw values behind the labels, and each HDF node is a few mallocs to
 * build and as many frees at the end, most of the queue's own CPU. */
static const char *const case_table_cells[] = {
	"code", "title", "protocol", "status", "category_name", "office_name", "person", "overdue",
	"operator_name",
};

void ops_case_rows(struct req *r, const char *prefix, const struct db_rows *rows)
{
	enum { N = sizeof case_table_cells / sizeof *case_table_cells };
	int cols[N];
	if (!rows->nrows)
		return;
	for (size_t k = 0; k < N; k++)
		cols[k] = view_col(rows, case_table_cells[k]);
	HDF *list = req_node(r, prefix);
	for (size_t i = 0; i < rows->nrows; i++) {
		HDF *node = view_list_row(list, i);
		view_cells_at(node, rows, i, case_table_cells, cols, N);
		label_row(r, node, NULL, rows, i);
	}
}

int ops_page(struct req *r, const char *title, const char *canonical, const char *tpl, int status)
{
	req_set_int(r, "Can.act", ops_can_act(r->staff));
	int queue = strcmp(canonical, "/admin/pratiche") == 0;
	admin_frame(r, title, canonical, queue ? NULL : "Pratiche", "/admin/pratiche", tpl);
	return status;
}

const char *ops_person(const struct bo_case_row *c)
{
	const char *name = c->citizen_id ? c->citizen_name : c->contact_name;
	return *name ? name : "utente";
}

/* Only a citizen signed in with SPID/CIE can open the case's page: a person
 * registered anonymously is pointed to the office instead. */
const char *ops_mail_body(struct req *r, const char *name, const char *code, int citizen,
			  const char *lead, const char *text)
{
	const char *base = app_conf(r->app, "Site.BaseUrl", "");
	const char *follow = citizen
		? arena_printf(r->a, "Puoi seguire la pratica e rispondere all'ufficio qui:\n%s/segnalazioni/%s\n",
			       base, code)
		: "Per rispondere o per avere notizie, contatta l'ufficio indicando il codice della pratica.\n";
	return arena_printf(r->a, "Gentile %s,\n\n%s\n\n%s%sCodice pratica: %s\n\n%s\n%s\n", name, lead,
			    text ? text : "", text ? "\n\n" : "", case_code_display(r->a, code), follow,
			    app_conf(r->app, "Site.Name", ""));
}

const char *ops_mail(struct req *r, const struct bo_case_row *c, const char *what,
		     const char *text, const char **subject)
{
	/* the office writes; the person only where the Comune chose so */
	const char *who = c->office_name;
	if (app_conf_int(r->app, "Cases.ShowStaffNames", 0) && r->staff && r->staff->display_name)
		who = arena_printf(r->a, "%s, %s", c->office_name, r->staff->display_name);
	const char *lead = arena_printf(r->a, "ci sono novità sulla tua pratica \"%s\" (%s).",
					c->title, who);
	*subject = arena_printf(r->a, "Pratica %s: %s", case_code_display(r->a, c->code), what);
	return ops_mail_body(r, ops_person(c), c->code, c->citizen_id != 0, lead, text);
}

const char *ops_expand(struct req *r, const struct bo_case_row *c, const char *text)
{
	const struct {
		const char *key, *value;
	} v[] = {
		{ "{nome}", ops_person(c) },
		{ "{codice}", case_code_display(r->a, c->code) },
		{ "{protocollo}", c->protocol },
		{ "{titolo}", c->title },
		{ "{ufficio}", c->office_name },
		{ "{data_prevista}", view_date(r, c->due_date) },
	};
	struct buf b = { 0 };
	for (const char *p = text; *p;) {
		size_t k = 0;
		while (k < sizeof v / sizeof *v && strncmp(p, v[k].key, strlen(v[k].key)))
			k++;
		if (k < sizeof v / sizeof *v) {
			buf_puts(&b, v[k].value);
			p += strlen(v[k].key);
		} else {
			buf_append(&b, p++, 1);
		}
	}
	char *out = arena_strndup(r->a, b.p ? b.p : "", b.len);
	buf_fini(&b);
	return out;
}
