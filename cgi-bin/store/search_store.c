/* search_store.c - see search_store.h. Titles weigh three times the body. */
#include "search_store.h"

#define TOPIC_FILTER                                                                        \
	"AND (? = '' OR (d.kind = 'service' AND EXISTS (SELECT 1 FROM service_topics st "  \
	"JOIN topics t ON t.id = st.topic_id WHERE st.service_id = d.ref_id AND t.slug = ?)) " \
	"OR (d.kind = 'faq' AND f.topic_id = (SELECT id FROM topics WHERE slug = ?))) "

#define DOC_JOINS                                                                   \
	"FROM search_docs d "                                                       \
	"LEFT JOIN services s ON d.kind = 'service' AND s.id = d.ref_id "           \
	"LEFT JOIN faqs f ON d.kind = 'faq' AND f.id = d.ref_id "                   \
	"LEFT JOIN offices o ON d.kind = 'office' AND o.id = d.ref_id "             \
	"WHERE MATCH (d.title_stems, d.body_stems) AGAINST (? IN BOOLEAN MODE) "    \
	"AND (d.kind <> 'service' OR s.published) "

int search_docs_find(struct db *db, struct arena *a, const char *match, const char *kind,
		     const char *topic, int limit, struct db_rows *out)
{
	static const char sql[] =
		"SELECT d.kind, COALESCE(s.slug, f.slug, o.slug) AS slug, "
		"COALESCE(s.title, f.question, o.name) AS title, "
		"COALESCE(s.summary, LEFT(f.answer, 220), o.summary) AS summary, "
		"MATCH (d.title_stems) AGAINST (? IN BOOLEAN MODE) * 3 + "
		"MATCH (d.title_stems, d.body_stems) AGAINST (? IN BOOLEAN MODE) AS score "
		DOC_JOINS "AND (? = '' OR d.kind = ?) " TOPIC_FILTER
		"ORDER BY score DESC, FIELD(d.kind, 'service', 'office', 'faq'), "
		"COALESCE(s.popularity, 0) DESC LIMIT ?";
	return db_query(db, a, out, sql, "ssssssssi", match, match, match, kind, kind, topic, topic,
			topic, limit);
}

int search_docs_count(struct db *db, struct arena *a, const char *match, const char *topic,
		      struct db_rows *out)
{
	static const char sql[] = "SELECT d.kind, COUNT(*) AS n " DOC_JOINS TOPIC_FILTER
				  "GROUP BY d.kind";
	return db_query(db, a, out, sql, "ssss", match, topic, topic, topic);
}

int search_sources(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT 'service' AS kind, s.id, s.title, CONCAT_WS(' ', s.summary, s.audience, "
		"s.description, s.how_to, s.requirements, s.outputs, s.costs, "
		"(SELECT GROUP_CONCAT(t.name SEPARATOR ' ') FROM service_topics st "
		"JOIN topics t ON t.id = st.topic_id WHERE st.service_id = s.id)) AS body "
		"FROM services s WHERE s.published "
		"UNION ALL SELECT 'faq', f.id, f.question, CONCAT_WS(' ', f.answer, t.name) "
		"FROM faqs f JOIN topics t ON t.id = f.topic_id "
		"UNION ALL SELECT 'office', o.id, o.name, CONCAT_WS(' ', o.summary, o.description, "
		"o.address) FROM offices o";
	return db_query(db, a, out, sql, "");
}

int search_docs_clear(struct db *db)
{
	static const char sql[] = "DELETE FROM search_docs";
	return db_exec(db, sql, "");
}

int search_docs_put(struct db *db, const char *kind, const char *ref_id, const char *title_stems,
		    const char *body_stems)
{
	static const char sql[] = "REPLACE INTO search_docs (kind, ref_id, title_stems, body_stems) "
				  "VALUES (?, ?, ?, ?)";
	return db_exec(db, sql, "ssss", kind, ref_id, title_stems, body_stems);
}
