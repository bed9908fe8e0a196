/* content_internal.h - what the editors' pages (content*.c, newsroom*.c)
 * share besides the forms (admin/form.h): the search index refresh, the save
 * notices and what the Modello Comuni's kinds have in common. */
#ifndef CONTENT_CONTENT_INTERNAL_H
#define CONTENT_CONTENT_INTERNAL_H

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

/* A document's form (route argument 0, "nuovo" for none) with its PDF files
 * (newsroom_files.c): STATUS, or 503. */
int newsroom_files_view(struct req *r, int status);

/* What the Modello Comuni's kinds of the crud engine share: the template,
 * a preview, revisions, the words. */
#define NEWSROOM_KIND .tpl = "admin/contenuti_modulo.cs", .preview = true, .revisions = true, \
	.missing = "Il contenuto non esiste.", \
	.taken = "Questo indirizzo è già usato: scegline un altro.", .notice = content_notice

#endif
