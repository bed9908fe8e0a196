/* form.h - the back office's forms (content, setup): a form
 * described by a table of fields (label, kind, limits, required), filled
 * from the request, a database row or a JSON snapshot, checked field by
 * field, shown to the templates as Form.Groups.G.Fields.N (see
 * templates/admin/contenuti_macros.cs), and written back as JSON for the
 * revisions and the audit log; and the ids of the pages' URLs. */
#ifndef ADMIN_FORM_H
#define ADMIN_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "admin.h"

struct arena;
struct db_rows;
struct req;

enum field_kind {
	FK_TEXT,       /* one line */
	FK_SLUG,       /* [a-z0-9-]; made from SLUG_FROM when left empty */
	FK_URL,        /* http(s):// */
	FK_EMAIL,
	FK_INT,        /* -32768..32767, "0" when empty */
	FK_BOOL,       /* "1" or "0": a checkbox */
	FK_CHOICE,     /* one of CHOICES (value, label pairs) */
	FK_REF,        /* one id of the options (a select) */
	FK_MULTI,      /* ids of the options, "1,3" (checkboxes) */
	FK_MARKDOWN,   /* long text, Markdown */
	FK_LINES,      /* long text, one item a line */
};

struct field {
	const char *name, *label, *help;
	enum field_kind kind;
	unsigned max;               /* characters */
	bool required;
	const char *group;          /* non-NULL: a new fieldset with this legend starts here */
	const char *const *choices; /* FK_CHOICE: value, label, ..., NULL */
	const char *from;           /* FK_SLUG: the field whose text makes the slug when left empty */
};

#define FORM_MAX_FIELDS 24
/* The help of every "position" field. */
#define FORM_POSITION_HELP "L'ordine negli elenchi: prima i numeri più bassi."

struct form {
	struct req *r;
	const struct field *fields;
	size_t n;
	const char *v[FORM_MAX_FIELDS];
	const struct db_rows *options[FORM_MAX_FIELDS];   /* FK_REF, FK_MULTI: rows with "id" */
	const char *label_col[FORM_MAX_FIELDS];            /* the column of the option's label */
	int errors;
};

void form_init(struct form *f, struct req *r, const struct field *fields, size_t n);
/* The options of field NAME: ROWS with an "id" column, the label in column LABEL_COL. */
void form_options(struct form *f, const char *name, const struct db_rows *rows,
		  const char *label_col);
int form_index(const struct form *f, const char *name);
const char *form_get(const struct form *f, const char *name);
void form_set(struct form *f, const char *name, const char *value);
/* Values from the POST body (normalised: no CR, trimmed), from row 0 of
 * ROWS (columns named as the fields), or from a JSON object. */
void form_from_request(struct form *f);
void form_from_row(struct form *f, const struct db_rows *rows);
int form_from_json(struct form *f, const char *json);
/* The rules of each field; returns the number of errors so far. */
int form_check(struct form *f);
void form_error(struct form *f, const char *name, const char *msg);
/* Form.Groups.G.{legend, Fields.N.{name,label,help,kind,max,required,value,error,
 * counter, Options.M.{value,label,selected}}}, Form.markdown (a Markdown field
 * is there) and Form.error_list.N. */
void form_show(struct form *f);
/* Did the POST ask for "Anteprima testo" (azione=anteprima)? Then the
 * form is shown again with its Markdown rendered (Form.preview), unsaved. */
bool form_preview_requested(struct req *r);
/* {"name": "value", ...} in the order of the fields (arena). */
const char *form_json(const struct form *f);
/* Is ID one of the ids of CSV ("1,3")? */
bool form_csv_has(const char *csv, const char *id);
/* Value of field I as read on a page: labels for choices and options, "sì"/"no". */
const char *form_display(const struct form *f, size_t i);

/* Route argument I: a numeric id (> 0), 0 for "nuovo" when NEW_OK, -1 otherwise. */
long long form_route_id(struct req *r, int i, bool new_ok);
/* Query parameter NAME as an id (digits), or -1. */
long long form_param_id(struct req *r, const char *name);

/* A slug of at most MAX bytes from TEXT: lower case ASCII, Latin letters
 * without accents, '-' between words ("" when TEXT has no letter or digit). */
const char *form_slugify(struct arena *a, const char *text, unsigned max);

#endif
