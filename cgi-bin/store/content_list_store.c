/* content_list_store.c - see content_list_store.h. */
#include "content_list_store.h"

#include <string.h>

#include "core/arena.h"

/* A branch of ITEMS read only when the list is of every kind or of its own:
 * with the kind a constant of the execution, the optimiser skips the others. */
#define KIND(k) "WHERE ? IN ('', '" k "') "

/* Every item as one row: what the list shows, what it filters and sorts by. */
#define ITEMS                                                                                   \
	"SELECT 'service' AS kind, s.id, s.slug, s.title, s.title AS search, '' AS subtype, "   \
	"s.published, s.office_id, s.updated_at, NULL AS day, 0 AS ord_num, s.title AS ord_text, " \
	"s.id AS ord_id, (SELECT COUNT(*) FROM service_revisions r WHERE r.service_id = s.id "   \
	"AND r.id > COALESCE((SELECT MAX(p.id) FROM service_revisions p WHERE p.service_id = "  \
	"s.id AND p.state = 'published'), 0)) AS drafts FROM services s " KIND("service")                       \
	"UNION ALL SELECT 'news', id, slug, title, title, news_type, published, office_id, "     \
	"updated_at, published_at, -UNIX_TIMESTAMP(published_at), '', -id, 0 FROM news " KIND("news")        \
	"UNION ALL SELECT 'event', id, slug, title, title, '', published, NULL, updated_at, "    \
	"start_at, -UNIX_TIMESTAMP(start_at), '', -id, 0 FROM events " KIND("event")                          \
	"UNION ALL SELECT 'place', id, slug, name, name, place_type, published, NULL, "          \
	"updated_at, NULL, 0, name, id, 0 FROM places " KIND("place")                                         \
	"UNION ALL SELECT 'person', id, slug, CONCAT(family_name, ' ', given_name), "            \
	"CONCAT(given_name, ' ', family_name), kind, published, NULL, updated_at, NULL, 0, "     \
	"CONCAT(family_name, ' ', given_name), id, 0 FROM people " KIND("person")                              \
	"UNION ALL SELECT 'document', id, slug, title, title, doc_type, published, office_id, "  \
	"updated_at, published_on, -UNIX_TIMESTAMP(published_on), '', -id, 0 FROM documents " KIND("document")   \
	"UNION ALL SELECT 'admin_area', id, slug, name, name, '', published, NULL, updated_at, " \
	"NULL, position, name, id, 0 FROM admin_areas " KIND("admin_area")                                         \
	"UNION ALL SELECT 'entity', id, slug, name, name, kind, published, NULL, updated_at, "   \
	"NULL, 0, name, id, 0 FROM entities " KIND("entity")                                                   \
	"UNION ALL SELECT 'category', id, slug, name, name, '', 1, NULL, updated_at, NULL, "     \
	"position, '', id, 0 FROM service_categories " KIND("category")

/* The filter's parameters, in the order of FILTER_ARGS. */
#define FILTERED                                                                              \
	"FROM (" ITEMS ") x WHERE x.search LIKE ? "                  \
	"AND (? = '' OR x.subtype = ?) AND (? < 0 OR x.published = ?) "                         \
	"AND (? = 0 OR x.office_id = ?) "                                                       \
	"AND (? = 0 OR (x.kind = 'service' AND EXISTS (SELECT 1 FROM service_topics t "        \
	"WHERE t.service_id = x.id AND t.topic_id = ?)) OR (x.kind = 'news' AND EXISTS "        \
	"(SELECT 1 FROM news_topics t WHERE t.news_id = x.id AND t.topic_id = ?))) "           \
	"AND (? = 0 OR (x.kind = 'service' AND EXISTS (SELECT 1 FROM service_revisions r "      \
	"WHERE r.service_id = x.id AND r.staff_id = ?)) OR EXISTS (SELECT 1 FROM "             \
	"content_revisions r WHERE r.kind = x.kind AND r.ref_id = x.id AND r.staff_id = ?)) "
#define FILTER_TYPES "sssssssss" "sssiiLLLLLLLL"
#define FILTER_ARGS(f, like)                                                            \
	(f)->kind, (f)->kind, (f)->kind, (f)->kind, (f)->kind, (f)->kind, (f)->kind, (f)->kind, \
	(f)->kind, like, (f)->type, (f)->type, (f)->published, (f)->published, \
	(f)->office, (f)->office, (f)->topic, (f)->topic, (f)->topic, (f)->staff,         \
	(f)->staff, (f)->staff
#define SHOWN                                                                            \
	"SELECT x.kind, x.id, x.slug, x.title, x.subtype, x.published, "                     \
	"COALESCE(DATE_FORMAT(x.day, '%d/%m/%Y'), '') AS date, "                             \
	"DATE_FORMAT(x.updated_at, '%d/%m/%Y %H:%i') AS updated, x.drafts "

/* "%Q%" for LIKE, with Q's own % _ \ escaped. */
static const char *contains(struct arena *a, const char *q)
{
	size_t n = strlen(q);
	char *p = arena_alloc(a, 2 * n + 3), *o = p;
	*o++ = '%';
	for (; *q; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			*o++ = '\\';
		*o++ = *q;
	}
	*o++ = '%';
	*o = '\0';
	return p;
}

int content_list(struct db *db, struct arena *a, const struct content_filter *f, int offset,
		 int limit, struct db_rows *out, long *total)
{
	static const char count[] = "SELECT COUNT(*) AS n " FILTERED;
	static const char by_kind[] = SHOWN FILTERED
		"ORDER BY x.ord_num, x.ord_text, x.ord_id LIMIT ? OFFSET ?";
	static const char by_change[] = SHOWN FILTERED
		"ORDER BY x.updated_at DESC, x.kind, x.id DESC LIMIT ? OFFSET ?";
	const char *like = contains(a, f->q);
	struct db_rows n;
	if (db_query(db, a, &n, count, FILTER_TYPES, FILTER_ARGS(f, like)) < 0)
		return -1;
	int rc = *f->kind ? db_query(db, a, out, by_kind, FILTER_TYPES "ii", FILTER_ARGS(f, like),
				     limit, offset)
			  : db_query(db, a, out, by_change, FILTER_TYPES "ii", FILTER_ARGS(f, like),
				     limit, offset);
	if (rc < 0)
		return -1;
	*total = n.nrows ? (long)db_get_ll(&n, 0, "n") : 0;
	return 0;
}
