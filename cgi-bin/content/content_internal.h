/* content_internal.h - what the editors' pages (content*.c, newsroom*.c)
 * share besides the forms (admin/form.h): the search index refresh, the save
 * notices and what the Modello Comuni's kinds have in common. */
#ifndef CONTENT_CONTENT_INTERNAL_H
#define CONTENT_CONTENT_INTERNAL_H

#include <stdbool.h>

struct db;
struct req;

/* After a change: the search_docs rows of the service SERVICE (dropped when
 * it is not published), of every service and FAQ of TOPIC, of FAQ and OFFICE. */
int content_reindex(struct req *r, long long service, long long topic, long long faq,
		    long long office);
/* After a change of item ID of KIND ("news", "event", "place", "person",
 * "document"): its search_docs row, dropped when it is not published. */
int content_reindex_item(struct req *r, const char *kind, long long id);
/* "?esito=WORD" of a redirect after a save: Notice.text for the page. */
void content_notice(struct req *r);

/* The crud engine's kinds whose revisions record the rows under the form
 * too (newsroom.c): their changes go through crud_members_change(). */
struct crud_kind;
extern const struct crud_kind newsroom_news_kind, newsroom_document_kind, newsroom_person_kind;

/* The rows under an item's form (a document's files, a person's roles):
 * POST /admin/PATH/:id/.../:n removes row N of item ID of ITEM by DEL (1
 * done, 0 no such row of that item, -1) with a revision of the item
 * recording it, audits ACTION on TYPE ({"KEY":"N"} before), back to the
 * form with ?esito=NOTICE; MISSING the 404's words. */
struct newsroom_sub {
	const char *path, *type, *action, *key, *notice, *missing;
	int (*del)(struct db *db, long long id, long long n);
	const struct crud_kind *item;
};
int newsroom_sub_delete(struct req *r, const struct newsroom_sub *sub);

/* A row refused under an item's form: each message in the error summary
 * (Form.error_list, linked to the field PREFIX + NAME) and beside its field
 * (Sub.errors.NAME); then the item's form again by FORM (bo_*_form), with
 * what was typed (Sub.values.*, set by the caller): 422, or FORM's status. */
struct sub_errors {
	struct req *r;
	const char *prefix;     /* of the fields' ids: "f-" files, "r-" roles */
	int n;
};
void newsroom_sub_error(struct sub_errors *e, const char *name, const char *msg);
int newsroom_sub_refused(struct sub_errors *e, int (*form)(struct req *r));

/* Is V "YYYY-MM-DD", a real day, followed by " HH:MM" when TIME? (newsroom.c) */
bool content_date_ok(const char *v, bool time);

/* A document's or a news item's form (route argument 0, "nuovo" for none)
 * with its PDF files (newsroom_files.c): STATUS, or 503. */
int newsroom_document_files_view(struct req *r, int status);
int newsroom_news_files_view(struct req *r, int status);

/* A person's form (route argument 0, "nuovo" for none) with its roles and
 * the choices of a new one (newsroom_roles.c): STATUS, or 503. */
int newsroom_roles_view(struct req *r, int status);

/* What the Modello Comuni's kinds of the crud engine share: the template,
 * a preview, revisions, the words. */
#define NEWSROOM_KIND .tpl = "admin/contenuti_modulo.cs", .preview = true, .revisions = true, \
	.missing = "Il contenuto non esiste.", \
	.taken = "Questo indirizzo è già usato: scegline un altro.", .notice = content_notice

#endif
