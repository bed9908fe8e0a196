/* ops_action.c - what an operator asks to do on a case (the form's azione),
 * turned into one business operation of the store (store/bo_case_store.h),
 * which locks the case, checks its status and writes the change, its
 * events, the e-mail and the audit row in one transaction. Here: the
 * action's input (the text it requires, the operator, office, category or
 * outcome chosen), the words the store asks for (placeholders, e-mail,
 * audit) and the answer to each refusal. Used by the case page's POST
 * (ops_case.c) and the queue's bulk actions (ops_queue.c). */
#include "ops_internal.h"
#include "admin/admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/req.h"

#define MAX_TEXT 4000

/* An action as the form names it: the store's operation, the text it requires. */
static const struct action {
	const char *name;
	enum bo_action op;
	const char *field;
} actions[] = {
	{ "prendi", BO_TAKE, NULL },
	{ "assegna", BO_ASSIGN, NULL },
	{ "lavora", BO_START, NULL },
	{ "trasferisci", BO_TRANSFER, "motivo" },
	{ "riclassifica", BO_RECLASSIFY, "motivo_categoria" },
	{ "chiedi", BO_ASK, "domanda" },
	{ "riprendi", BO_RESUME, NULL },
	{ "rispondi", BO_REPLY, "risposta" },
	{ "nota", BO_NOTE, "nota" },
	{ "chiudi", BO_CLOSE, "spiegazione" },
	{ "riapri", BO_REOPEN, "motivo_riapertura" },
};

static long long id_field(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	size_t n = v ? strlen(v) : 0;
	return n && n <= 18 && strspn(v, "0123456789") == n ? atoll(v) : 0;
}

/* The store's operation OP on case CODE with the form's choices and TEXT. */
static int run(struct req *r, const struct bo_actor *who, enum bo_action op, const char *code,
	       const char *text, struct bo_case_row *c)
{
	struct db *db = r->db;
	struct arena *a = r->a;
	const char *esito = req_form(r, "esito");
	switch (op) {
	case BO_TAKE: return bo_case_take(db, a, who, code, c);
	case BO_ASSIGN: return bo_case_assign(db, a, who, code, id_field(r, "operatore"), c);
	case BO_START: return bo_case_start(db, a, who, code, c);
	case BO_TRANSFER: return bo_case_transfer(db, a, who, code, id_field(r, "ufficio"), text, c);
	case BO_RECLASSIFY:
		return bo_case_reclassify(db, a, who, code, req_form(r, "categoria"), text, c);
	case BO_ASK: return bo_case_ask(db, a, who, code, text, c);
	case BO_RESUME: return bo_case_resume(db, a, who, code, c);
	case BO_REPLY: return bo_case_reply(db, a, who, code, text, c);
	case BO_NOTE: return bo_case_note(db, a, who, code, text, c);
	case BO_CLOSE:
		return bo_case_close(db, a, who, code, esito, case_outcome_label(esito), text, c);
	case BO_REOPEN: return bo_case_reopen(db, a, who, code, text, c);
	default: return -1;
	}
}

void ops_actions_view(struct req *r, const char *status)
{
	for (size_t i = 0; i < sizeof actions / sizeof *actions; i++) {
		req_set_int(r, arena_printf(r->a, "Can.%s", actions[i].name),
			    bo_case_allows(actions[i].op, status));
		req_set(r, arena_printf(r->a, "ActionOrder.%zu", i), actions[i].name);
	}
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
		"operatore", "ufficio", "motivo", "categoria", "motivo_categoria", "domanda", "risposta", "nota", "esito",
		"spiegazione", "motivo_riapertura",
	};
	req_set(r, "Form.azione", name);
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *v = req_form(r, fields[i]);
		if (v)
			req_set(r, arena_printf(r->a, "Form.%s", fields[i]), v);
	}
}

/* What the form must have chosen before the store is asked: the message
 * when it has not, or NULL. */
static const char *choice_missing(struct req *r, enum bo_action op)
{
	if (op == BO_TRANSFER && !id_field(r, "ufficio"))
		return "Scegli l'ufficio a cui trasferire la pratica.";
	if (op == BO_RECLASSIFY && !ops_word_ok(req_form(r, "categoria"), 80))
		return "Scegli la nuova categoria.";
	if (op == BO_CLOSE && !case_outcome_label(req_form(r, "esito")))
		return "Scegli l'esito della pratica.";
	return NULL;
}

/* ---- the words the store asks for, inside its transaction ---- */

static const char *expand(void *ctx, const struct bo_case_row *c, const char *text)
{
	return ops_expand(ctx, c, text);
}

static const char *mail(void *ctx, const struct bo_case_row *c, const struct bo_mail *m,
			const char **subject)
{
	struct req *r = ctx;
	const char *what = m->what ? m->what : case_status_label(m->status, FOR_STAFF);
	int closing = m->status && (!strcmp(m->status, "closed") || !strcmp(m->status, "rejected"));
	return ops_mail(r, c, what, closing ? ops_voice_text(r, c, m->text) : m->text, subject);
}

/* The audit's before and after: the fields an action may change. */
static const char *state_json(struct req *r, const struct bo_state *st, const char *text)
{
	return arena_printf(r->a, "{\"status\":%s,\"office_id\":%s,\"operator_id\":%s,"
			    "\"category_id\":%s,\"due_date\":%s,\"outcome\":%s,"
			    "\"outcome_kind\":%s%s%s}",
			    ops_json(r, st->status), ops_json(r, st->office_id),
			    ops_json(r, st->operator_id), ops_json(r, st->category_id),
			    ops_json(r, st->due_date), ops_json(r, st->outcome),
			    ops_json(r, st->outcome_kind), text ? ",\"text\":" : "",
			    text ? ops_json(r, text) : "");
}

static int audit(void *ctx, const char *action, const struct bo_case_row *c,
		 const struct bo_state *before, const struct bo_state *after, const char *text)
{
	struct req *r = ctx;
	return admin_audit(r, r->staff, action, "case", c->code, state_json(r, before, NULL),
			   state_json(r, after, text));
}

/* ---- running one ---- */

/* 422: the page shows MESSAGE and the forms again with what was typed. */
static int invalid(struct req *r, const struct action *a, const char *message)
{
	keep_form(r, a->name);
	req_set(r, "Form.error", message);
	return 422;
}

/* The answer to a refusal of the store. */
static int refused(struct req *r, const struct action *a, int rc, const struct bo_case_row *c)
{
	static const char *const choice[] = {
		[BO_ASSIGN] = "Scegli un operatore dell'ufficio della pratica.",
		[BO_TRANSFER] = "Scegli un ufficio diverso da quello attuale.",
		[BO_RECLASSIFY] = "Scegli una categoria diversa da quella attuale.",
		[BO_NACTIONS] = NULL,
	};
	switch (rc) {
	case BO_NOT_FOUND:
		return req_error(r, 404, "La pratica che cerchi non esiste.");
	case BO_WRONG_STATUS:
		return req_error(r, 409, "Questa azione non è possibile nello stato attuale della "
					 "pratica: ricarica la pagina.");
	case BO_HELD:
		return req_error(r, 409, arena_printf(r->a, "La pratica è già in carico a %s: "
						      "ricarica la pagina.", c->operator_name));
	case BO_INVALID:
		return invalid(r, a, choice[a->op] ? choice[a->op] : "Scelta non valida.");
	default:
		return 503;
	}
}

int ops_act(struct req *r, const struct bo_scope *scope, const char *code, const char *name)
{
	const struct action *a = NULL;
	for (size_t i = 0; name && i < sizeof actions / sizeof *actions; i++)
		if (strcmp(actions[i].name, name) == 0)
			a = &actions[i];
	if (!a)
		return req_error(r, 400, "Azione non valida.");
	const char *text = NULL, *missing = choice_missing(r, a->op);
	if (a->field && !(text = text_of(r, a->field)))
		return invalid(r, a, "Scrivi il testo richiesto (da 2 a 4000 caratteri).");
	if (missing)
		return invalid(r, a, missing);
	const struct bo_actor who = {
		.staff_id = r->staff->id, .name = r->staff->display_name, .scope = *scope, .ctx = r,
		.expand = expand, .mail = mail, .audit = audit,
	};
	struct bo_case_row c;
	int rc = run(r, &who, a->op, code, text, &c);
	return rc ? refused(r, a, rc, &c) : 0;
}
