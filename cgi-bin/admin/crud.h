/* crud.h - the one form engine of the back office's simple items (topics,
 * offices, FAQ in content/; case categories and areas in setup/): GET
 * /admin/PATH/:id shows the item's form ("nuovo" for a new one), POST checks
 * it, saves it through the store, audits it (the item before and after as
 * JSON) and redirects with ?esito=salvato. A kind says what differs, as
 * data and hooks. */
#ifndef ADMIN_CRUD_H
#define ADMIN_CRUD_H

#include "admin/form.h"

struct arena;
struct db;
struct db_rows;

struct crud_item;

struct crud_kind {
	const char *type;               /* the audit's object type */
	const char *path;               /* the URL: /admin/PATH/:id */
	const char *noun, *new_title;   /* "Modifica NOUN: name"; the title of a new one */
	const char *tpl;
	const char *crumb, *crumb_url;  /* the list it belongs to */
	const char *portal;             /* the portal's page is PORTAL + slug; NULL: none */
	const char *missing, *taken;    /* no such item; slug already used */
	const struct field *fields;
	size_t nfields;
	const char *const *columns;     /* the store's order of the values */
	int (*get)(struct db *db, struct arena *a, long long id, struct db_rows *out);
	int (*save)(struct db *db, long long *id, const char *const *v);
	/* hooks, each may be NULL */
	const char *options_field;      /* the FK_REF field whose options OPTIONS lists */
	int (*options)(struct db *db, struct arena *a, struct db_rows *out);
	void (*defaults)(struct form *f);                  /* a new item's form */
	void (*check)(struct form *f);                     /* beyond the fields' own rules */
	int (*after_save)(struct req *r, long long id);    /* in the save's transaction */
	void (*notice)(struct req *r);                     /* ?esito= of the redirect */
};

/* GET and POST of one item of kind K. */
int crud_form(struct req *r, const struct crud_kind *k);
int crud_save(struct req *r, const struct crud_kind *k);

#endif
