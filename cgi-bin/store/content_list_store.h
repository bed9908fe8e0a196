/* content_list_store.h - the editors' one list of content: services and the
 * Modello Comuni's kinds (news, events, places, people, documents,
 * administrative areas, enti, service categories) as one table, searched by
 * title and filtered by kind, type, publication, topic, office and by who
 * changed them; for /admin/contenuti and each kind's own list. Returns 0, or
 * -1 after logging. */
#ifndef STORE_CONTENT_LIST_STORE_H
#define STORE_CONTENT_LIST_STORE_H

#include "core/db.h"

struct content_filter {
	const char *kind;       /* service, news, event, place, person, document, admin_area,
				   entity, category; "" any */
	const char *q;          /* the title contains it; "" any */
	const char *type;       /* news_type, place_type, a person's or an ente's kind,
				   doc_type; "" any */
	int published;          /* 1, 0, -1 any */
	long long topic;        /* services and news with this topic; 0 any */
	long long office;       /* services, news and documents of this office; 0 any */
	long long staff;        /* only what this account saved a revision of; 0 any */
};

/* Rows: kind, id, slug, title, subtype, published, date (dd/mm/yyyy or ""),
 * updated (dd/mm/yyyy hh:mm), drafts (a service's revisions after the
 * published one); LIMIT at most from OFFSET, *TOTAL the rows matching. With a
 * kind, in the kind's own order (news, events, documents newest first; the
 * others by name or position); without, the last changed first. */
int content_list(struct db *db, struct arena *a, const struct content_filter *f, int offset,
		 int limit, struct db_rows *out, long *total);

#endif
