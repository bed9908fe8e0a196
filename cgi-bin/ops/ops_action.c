/* ops_action.c - POST /admin/pratiche/:code/azione: what an operator does on
 * a case. Each action names the statuses it applies to and the text it
 * requires; the runner locks the case (in the operator's scope), lets the
 * action say what the case becomes, which events the timeline gets and what
 * the citizen is told, then writes it all, with the e-mail and the audit row
 * (before and after), in one transaction. Bulk actions run the same way. */
#include "ops.h"
#include "ops_internal.h"
#include "admin/admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/req.h"
#include "core/view.h"
#include "store/bo_case_store.h"

#define OPEN "received in_charge in_progress waiting_citizen"
#define MAX_TEXT 4000

struct act {
	struct req *r;
	const struct staff *s;
	const struct bo_scope *scope;
	const struct db_rows *c;       /* the case, locked */
	struct bo_state st;            /* what it becomes */
	const char *text;              /* the action's text, placeholders filled */
	struct {
		const char *kind, *status, *body;
		int public;
	} ev[2];
	int nev;
	const char *mail_what, *mail_text;   /* the e-mail to the citizen, if any */
};

static void event(struct act *x, const char *kind, const char *status, const char *body,
		  int public)
{
	x->ev[x->nev].kind = kind;
	x->ev[x->nev].status = status;
	x->ev[x->nev].body = body;
	x->ev[x->nev++].public = public;
}

/* A status change: on the citizen's timeline, and by e-mail. */
static void status_to(struct act *x, const char *status, const char *body)
{
	x->st.status = status;
	event(x, "status", status, body, 1);
	x->mail_what = case_status_label(status, FOR_STAFF);
	x->mail_text = body;
}

static int invalid(struct act *x, const char *message)
{
	req_set(x->r, "Form.error", message);
	return 422;
}

static const char *me(struct act *x)
{
	return arena_printf(x->r->a, "%lld", x->s->id);
}

static int take(struct act *x)
{
	x->st.operator_id = me(x);
	if (strcmp(x->st.status, "received") == 0)
		status_to(x, "in_charge", "La pratica è stata presa in carico.");
	return 0;
}

/* Only to an active operator of the case's office. */
static int assign(struct act *x)
{
	const char *id = req_form(x->r, "operatore");
	struct db_rows ops;
	if (bo_operators(x->r->db, x->r->a, x->scope, atoll(x->st.office_id), &ops) < 0)
		return 503;
	for (size_t i = 0; id && i < ops.nrows; i++)
		if (strcmp(db_cell(&ops, i, 0), id) == 0) {
			x->st.operator_id = db_cell(&ops, i, 0);
			event(x, "routing", "", arena_printf(x->r->a, "Assegnata a %s.",
							     db_cell(&ops, i, 1)), 0);
			if (strcmp(x->st.status, "received") == 0)
				status_to(x, "in_charge", "La pratica è stata presa in carico.");
			return 0;
		}
	return invalid(x, "Scegli un operatore dell'ufficio della pratica.");
}

static int start(struct act *x)
{
	status_to(x, "in_progress", "La pratica è in lavorazione.");
	return 0;
}

/* To another office, whose operators take it from there: nobody holds it. */
static int transfer(struct act *x)
{
	const char *office = req_form(x->r, "ufficio");
	struct db_rows o;
	if (!office || !ops_word_ok(office, 10) || strspn(office, "0123456789") != strlen(office))
		return invalid(x, "Scegli l'ufficio a cui trasferire la pratica.");
	if (bo_office_by_id(x->r->db, x->r->a, atoll(office), &o) < 0)
		return 503;
	if (o.nrows != 1 || strcmp(office, x->st.office_id) == 0)
		return invalid(x, "Scegli un ufficio diverso da quello attuale.");
	x->st.office_id = db_cell(&o, 0, 0);
	x->st.operator_id = NULL;
	event(x, "routing", "", arena_printf(x->r->a, "Trasferita da %s a %s. Motivo: %s",
					     ops_cell(x->c, 0, "office_name"), db_cell(&o, 0, 1),
					     x->text), 0);
	return 0;
}

static int reclassify(struct act *x)
{
	const char *slug = req_form(x->r, "categoria");
	struct db_rows k;
	if (!ops_word_ok(slug, 80))
		return invalid(x, "Scegli la nuova categoria.");
	if (bo_category_by_slug(x->r->db, x->r->a, slug, &k) < 0)
		return 503;
	if (k.nrows != 1 || strcmp(db_cell(&k, 0, 0), x->st.category_id) == 0)
		return invalid(x, "Scegli una categoria diversa da quella attuale.");
	x->st.category_id = db_cell(&k, 0, 0);
	event(x, "routing", "", arena_printf(x->r->a, "Categoria cambiata da %s a %s.",
					     ops_cell(x->c, 0, "category_name"), db_cell(&k, 0, 2)), 0);
	return 0;
}

/* The clock stops until the citizen answers or the operator resumes. */
static int ask(struct act *x)
{
	if (!x->st.operator_id)
		x->st.operator_id = me(x);
	status_to(x, "waiting_citizen", x->text);
	x->mail_what = "ci servono alcune informazioni";
	return 0;
}

/* The due date moves by the days spent waiting (resume_due, see the store). */
static int resume(struct act *x)
{
	x->st.due_date = ops_cell(x->c, 0, "resume_due");
	status_to(x, "in_progress", arena_printf(x->r->a, "La lavorazione riprende: la risposta è "
						 "prevista entro il %s.", view_date(x->r, x->st.due_date)));
	return 0;
}

static int reply(struct act *x)
{
	event(x, "message", "", x->text, 1);
	x->mail_what = "risposta dell'ufficio";
	x->mail_text = x->text;
	return 0;
}

static int note(struct act *x)
{
	event(x, "note", "", x->text, 0);
	return 0;
}

static int close_case(struct act *x)
{
	const char *kind = req_form(x->r, "esito");
	const char *label = case_outcome_label(kind);
	if (!label)
		return invalid(x, "Scegli l'esito della pratica.");
	x->st.outcome = x->text;
	x->st.outcome_kind = kind;
	status_to(x, strcmp(kind, "respinta") ? "closed" : "rejected",
		  arena_printf(x->r->a, "Esito: %s. %s", label, x->text));
	return 0;
}

/* The 'reopened' event (internal) is what the dashboard's reopen rate counts. */
static int reopen(struct act *x)
{
	event(x, "status", "reopened", x->text, 0);
	x->st.outcome = "";
	x->st.outcome_kind = NULL;
	status_to(x, "in_progress", "La pratica è stata riaperta e torna in lavorazione.");
	return 0;
}

static const struct action {
	const char *name, *from;   /* the form's azione; the statuses it applies to */
	const char *field;         /* the text it requires, or NULL */
	int (*apply)(struct act *x);
} actions[] = {
	{ "prendi", OPEN, NULL, take },
	{ "assegna", OPEN, NULL, assign },
	{ "lavora", "in_charge", NULL, start },
	{ "trasferisci", OPEN, "motivo", transfer },
	{ "riclassifica", OPEN, NULL, reclassify },
	{ "chiedi", "received in_charge in_progress", "domanda", ask },
	{ "riprendi", "waiting_citizen", NULL, resume },
	{ "rispondi", OPEN, "risposta", reply },
	{ "nota", OPEN " closed rejected withdrawn", "nota", note },
	{ "chiudi", OPEN, "spiegazione", close_case },
	{ "riapri", "closed rejected", "motivo_riapertura", reopen },
};

static int in_list(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; n && (p = strstr(p, word)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

void ops_actions_view(struct req *r, const char *status)
{
	for (size_t i = 0; i < sizeof actions / sizeof *actions; i++)
		req_set_int(r, arena_printf(r->a, "Can.%s", actions[i].name),
			    in_list(actions[i].from, status));
}

const char *ops_expand(struct req *r, const struct db_rows *c, const char *text)
{
	const struct {
		const char *key, *value;
	} v[] = {
		{ "{nome}", ops_person(c) },
		{ "{codice}", case_code_display(r->a, ops_cell(c, 0, "code")) },
		{ "{protocollo}", ops_cell(c, 0, "protocol") },
		{ "{titolo}", ops_cell(c, 0, "title") },
		{ "{ufficio}", ops_cell(c, 0, "office_name") },
		{ "{data_prevista}", view_date(r, ops_cell(c, 0, "due_date")) },
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

/* The required text, trimmed, 2 to MAX_TEXT characters; NULL otherwise. */
static const char *text_of(struct req *r, const char *field)
{
	const char *t = req_form(r, field);
	if (!t)
		return NULL;
	t += strspn(t, " \t\r\n");
	size_t len = strlen(t), n = 0;
	while (len && strchr(" \t\r\n", t[len - 1]))
		len--;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)t[i] & 0xC0) != 0x80;
	return n >= 2 && n <= MAX_TEXT ? arena_strndup(r->a, t, len) : NULL;
}

/* On a 422 the page shows the forms again with what was typed. */
static void keep_form(struct req *r, const char *name)
{
	static const char *const fields[] = {
		"operatore", "ufficio", "motivo", "categoria", "domanda", "risposta", "nota", "esito",
		"spiegazione", "motivo_riapertura",
	};
	req_set(r, "Form.azione", name);
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *v = req_form(r, fields[i]);
		if (v)
			req_set(r, arena_printf(r->a, "Form.%s", fields[i]), v);
	}
}

/* The audit's before and after: the fields an action may change. */
static const char *state_json(struct req *r, const struct bo_state *st, const char *text)
{
	return arena_printf(r->a, "{\"status\":%s,\"office_id\":%s,\"operator_id\":%s,"
			    "\"category_id\":%s,\"due_date\":%s,\"outcome\":%s,\"outcome_kind\":%s%s%s}",
			    ops_json(r, st->status), ops_json(r, st->office_id), ops_json(r, st->operator_id),
			    ops_json(r, st->category_id), ops_json(r, st->due_date), ops_json(r, st->outcome),
			    ops_json(r, st->outcome_kind), text ? ",\"text\":" : "", text ? ops_json(r, text) : "");
}

static struct bo_state state_of(const struct db_rows *c)
{
	const char *op = ops_cell(c, 0, "operator_id"), *due = ops_cell(c, 0, "due_date");
	const char *kind = ops_cell(c, 0, "outcome_kind");
	return (struct bo_state){
		.status = ops_cell(c, 0, "status"), .office_id = ops_cell(c, 0, "office_id"),
		.operator_id = *op ? op : NULL, .category_id = ops_cell(c, 0, "category_id"),
		.due_date = *due ? due : NULL, .outcome = ops_cell(c, 0, "outcome"),
		.outcome_kind = *kind ? kind : NULL,
	};
}

static int write(struct act *x, const char *name, const struct bo_state *before)
{
	struct req *r = x->r;
	long long id = atoll(ops_cell(x->c, 0, "id"));
	if (bo_case_save(r->db, id, &x->st) < 0)
		return 503;
	for (int i = 0; i < x->nev; i++)
		if (bo_case_event(r->db, id, x->ev[i].kind, x->ev[i].status, x->s->display_name,
				  x->ev[i].body, x->ev[i].public) < 0)
			return 503;
	if (x->mail_what && ops_notify(r, x->c, x->mail_what, x->mail_text) < 0)
		return 503;
	admin_audit(r, x->s, arena_printf(r->a, "case-%s", name), "case", ops_cell(x->c, 0, "code"),
		    state_json(r, before, NULL), state_json(r, &x->st, x->text));
	return 0;
}

static int run(struct act *x, const struct action *a, const char *code)
{
	struct req *r = x->r;
	struct db_rows c;
	if (bo_case_get(r->db, r->a, x->scope, code, 1, &c) < 0)
		return 503;
	if (c.nrows != 1)
		return req_error(r, 404, "La pratica che cerchi non esiste.");
	if (!in_list(a->from, ops_cell(&c, 0, "status")))
		return req_error(r, 409, "Questa azione non è possibile nello stato attuale della "
					 "pratica: ricarica la pagina.");
	x->c = &c;
	x->st = state_of(&c);
	if (x->text)
		x->text = ops_expand(r, &c, x->text);
	struct bo_state before = x->st;
	int st = a->apply(x);
	return st ? st : write(x, a->name, &before);
}

int ops_act(struct req *r, const struct staff *s, const struct bo_scope *scope, const char *code,
	    const char *name)
{
	const struct action *a = NULL;
	for (size_t i = 0; name && i < sizeof actions / sizeof *actions; i++)
		if (strcmp(actions[i].name, name) == 0)
			a = &actions[i];
	if (!a)
		return req_error(r, 400, "Azione non valida.");
	struct act x = { .r = r, .s = s, .scope = scope };
	if (a->field && !(x.text = text_of(r, a->field))) {
		keep_form(r, name);
		req_set(r, "Form.error", "Scrivi il testo richiesto (da 2 a 4000 caratteri).");
		return 422;
	}
	if (db_begin(r->db) < 0)
		return 503;
	int st = run(&x, a, code);
	if (st || db_commit(r->db) < 0) {
		db_rollback(r->db);
		if (st == 422)
			keep_form(r, name);
		return st ? st : 503;
	}
	return 0;
}

int bo_pratica_action(struct req *r)
{
	struct bo_scope scope = ops_scope(r);
	const char *code = req_arg(r, 0), *name = req_form(r, "azione");
	int st;
	if ((st = ops_act(r, r->staff, &scope, code, name)) == 422)
		return ops_case_page(r, &scope, code, 422);
	if (st)
		return st;
	/* a transferred case has left the operator's offices: back to the queue */
	if (strcmp(name, "trasferisci") == 0)
		return req_redirect(r, 303, "/admin/pratiche?trasferita=1");
	return req_redirect(r, 303, arena_printf(r->a, "/admin/pratiche/%s?fatto=1#cronologia", code));
}
