/* content_internal.h - what the editors' pages (content*.c) share besides
 * the forms (admin/form.h): the search index refresh and the save notices. */
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

#endif
