/* ops_internal.h - what the operators' pages (ops*.c) share: the office
 * scope, Italian labels, the e-mails to the citizen, the actions on a case. */
#ifndef OPS_OPS_INTERNAL_H
#define OPS_OPS_INTERNAL_H

#include <stddef.h>

#include "store/bo_case_store.h"
#include "vocab/case_vocab.h"

struct db_rows;
struct req;
struct staff;

/* ops.c: the cases the request's staff member works on: an operator's
 * offices, every office for managers (read only: the route table says who
 * may POST) and admins. */
struct bo_scope ops_scope(const struct req *r);
/* Can S change cases (not only read them)? */
int ops_can_act(const struct staff *s);

/* "dd/mm/yyyy hh:mm" from an SQL datetime. */
const char *ops_when(struct req *r, const char *sql_datetime);
/* PREFIX.* from row ROW of cases or events, with *_label, code_display and
 * the dates in Italian for the columns the rows have; PREFIX.N.* for all. */
void ops_view_row(struct req *r, const char *prefix, const struct db_rows *rows, size_t row);
void ops_view_rows(struct req *r, const char *prefix, const struct db_rows *rows);
/* The same for a list templates/admin/pratiche_macros.cs's case_table shows
 * (bo_cases_list's rows): only the cells it reads. */
void ops_case_rows(struct req *r, const char *prefix, const struct db_rows *rows);
/* S as a JSON string literal (audit values), or null. */
const char *ops_json(struct req *r, const char *s);
/* S upper-cased when it looks like a fiscal code (16 letters and digits), else NULL. */
const char *ops_fiscal_code(struct req *r, const char *s);
/* A letter-and-digit word of at most MAX bytes (slugs, statuses, ids)? */
int ops_word_ok(const char *s, size_t max);
/* The "Gentile ..." e-mail about case code CODE: LEAD, then TEXT (may be
 * NULL), the code and, for a citizen's case, the link to follow it. */
const char *ops_mail_body(struct req *r, const char *name, const char *code, int citizen,
			  const char *lead, const char *text);
/* The e-mail about case C: its body and *SUBJECT ("Pratica CODE: WHAT"). */
const char *ops_mail(struct req *r, const struct bo_case_row *c, const char *what,
		     const char *text, const char **subject);
/* ops_voice.c: TEXT followed by the one-click link of the closing e-mail (a
 * new link for C's closure, inside the closing transaction). */
const char *ops_voice_text(struct req *r, const struct bo_case_row *c, const char *text);
/* Voice.N: the citizen's answer and rating of each closure of case CASE_ID,
 * the latest first (read-only, partials/case_voice_staff.cs). 0 or -1. */
int ops_voice_view(struct req *r, long long case_id);
/* The template TEXT with its placeholders ({nome}, {codice}, {protocollo},
 * {titolo}, {ufficio}, {data_prevista}) filled from case C. */
const char *ops_expand(struct req *r, const struct bo_case_row *c, const char *text);
/* The page frame: Can.act (may the staff member change cases), title,
 * breadcrumb (Area riservata > Pratiche > TITLE), template; returns STATUS. */
int ops_page(struct req *r, const char *title, const char *canonical, const char *tpl, int status);
/* The name to greet on case C. */
const char *ops_person(const struct bo_case_row *c);

/* ops_lists.c: the forms' lists, kept by the worker while choice_lists_state
 * (read with the session) stays the same. */
enum ops_list {
	OPS_CATEGORIES,            /* bo_categories in scope S */
	OPS_OFFICES,               /* bo_offices in scope S */
	OPS_OPERATORS,             /* bo_operators of OFFICE_ID (0: any) in scope S */
	OPS_TEMPLATES,             /* bo_response_templates of OFFICE_ID */
	OPS_SLUGS,                 /* bo_filter_slugs */
};
/* *OUT (read-only, the worker's): the list KIND. 0 or -1. */
int ops_list(struct req *r, enum ops_list kind, const struct bo_scope *s, long long office_id,
	     struct db_rows *out);
/* The id of the category (KIND "category") or office ("office") SLUG, as
 * struct bo_filter takes it: 0 for "", -1 for no such one, -2 on error. */
long long ops_slug_id(struct req *r, const char *kind, const char *slug);

/* ops_action.c: run action NAME (the form's azione) on case CODE, one
 * transaction of the store: 0 when done, else the status to answer (404,
 * 409, 422 with Form.*, 503). */
int ops_act(struct req *r, const struct bo_scope *scope, const char *code, const char *name);
/* Can.<action> = 1 for the actions case status STATUS allows; ActionOrder.N
 * every action's name, in the order the page lists them. */
void ops_actions_view(struct req *r, const char *status);

#endif
