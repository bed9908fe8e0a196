/* crud.h - the one form engine of the back office's simple items (topics,
 * offices, FAQ in content/; case categories and areas in setup/): GET
 * /admin/PATH/:id shows the item's form ("nuovo" for a new one), POST checks
 * it, saves it through the store, audits it (the item before and after as
 * JSON), keeps it as a revision when the kind has them, and redirects with
 * ?esito=salvato. A kind says what differs, as
 * data and hooks. */
#ifndef ADMIN_CRUD_H
#define ADMIN_CRUD_H

#include "admin/form.h"

struct arena;
struct db;
struct db_rows;

struct crud_item;

#define CRUD_MAX_OPTIONS 3

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
	/* the options of FK_REF and FK_MULTI fields: FIELD's rows (id, name) */
	struct crud_options {
		const char *field;
		int (*rows)(struct db *db, struct arena *a, struct db_rows *out);
	} options[CRUD_MAX_OPTIONS];
	const char *name_col;           /* the item's name in its row; NULL: the first field's */
	bool fixed;                     /* no new items: the set is fixed (by the model) */
	bool preview;                   /* published or not, GET /admin/PATH/:id/anteprima */
	bool revisions;                 /* every save a revision (sql/070), restorable */
	/* the rows under the item its revisions record too (files, roles:
	 * crud_members_change()), as the diff names one and titles them all;
	 * NULL: none */
	const char *member_noun, *member_title;
	/* hooks, each may be NULL */
	void (*defaults)(struct form *f);                  /* a new item's form */
	void (*check)(struct form *f);                     /* beyond the fields' own rules */
	/* in the save's transaction, with the values saved */
	int (*after_save)(struct req *r, long long id, const struct form *f);
	void (*notice)(struct req *r);                     /* ?esito= of the redirect */
};

/* GET and POST of one item of kind K. */
int crud_form(struct req *r, const struct crud_kind *k);
int crud_save(struct req *r, const struct crud_kind *k);
/* K with revisions: GET /admin/PATH/:id/revisioni lists them, POST
 * /admin/PATH/:id/revisioni/:rev saves revision REV again as the item (its
 * publication left as it is now), audited as TYPE-restore; the newest
 * revision (the item as it is) is not restorable: 409. */
int crud_revisions(struct req *r, const struct crud_kind *k);
/* GET /admin/PATH/:id/revisioni/:rev: what REV changed since the revision
 * before it (all of it added for the first). */
int crud_revision(struct req *r, const struct crud_kind *k);
int crud_restore(struct req *r, const struct crud_kind *k);
/* A change of the rows under an item of K with revisions (a document's
 * files, a person's roles: store/revision_members_store.h), route argument 0
 * its id: CHANGE(R, CTX) (1 done, 0 no such row, -1) and a revision of the
 * item recording it, in one transaction; before it, for an item without
 * revisions yet, one of the item as it was. CHANGE's result; 0 for no such
 * item too; -1 (nothing changed) on a database error. */
int crud_members_change(struct req *r, const struct crud_kind *k,
			int (*change)(struct req *r, void *ctx), void *ctx);

#endif
