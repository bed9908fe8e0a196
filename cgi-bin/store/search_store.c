/* search_store.c - see search_store.h. Titles weigh three times the body; results under a
 * quarter of the best score are cut. */
#include "search_store.h"

/* services and news have topics; FAQ have one; the other kinds none. */
#define TOPIC_FILTER                                                                        \
	"AND (? = '' OR (d.kind = 'service' AND EXISTS (SELECT 1 FROM service_topics st "  \
	"JOIN topics t ON t.id = st.topic_id WHERE st.service_id = d.ref_id AND t.slug = ?)) " \
	"OR (d.kind = 'news' AND EXISTS (SELECT 1 FROM news_topics nt "                    \
	"JOIN topics t ON t.id = nt.topic_id WHERE nt.news_id = d.ref_id AND t.slug = ?)) " \
	"OR (d.kind = 'faq' AND f.topic_id = (SELECT id FROM topics WHERE slug = ?))) "

/* Each document's item (T: the documents' alias), by kind. */
#define ITEMS(T)                                                                          \
	"LEFT JOIN services s ON " T ".kind = 'service' AND s.id = " T ".ref_id "         \
	"LEFT JOIN faqs f ON " T ".kind = 'faq' AND f.id = " T ".ref_id "                 \
	"LEFT JOIN offices o ON " T ".kind = 'office' AND o.id = " T ".ref_id "           \
	"LEFT JOIN news n ON " T ".kind = 'news' AND n.id = " T ".ref_id "                \
	"LEFT JOIN events e ON " T ".kind = 'event' AND e.id = " T ".ref_id "             \
	"LEFT JOIN places p ON " T ".kind = 'place' AND p.id = " T ".ref_id "             \
	"LEFT JOIN people pe ON " T ".kind = 'person' AND pe.id = " T ".ref_id "          \
	"LEFT JOIN documents doc ON " T ".kind = 'document' AND doc.id = " T ".ref_id "   \
	"LEFT JOIN case_categories cc ON " T ".kind = 'category' AND cc.id = " T ".ref_id "

/* The matching documents whose item exists and (where it can be withdrawn) is published. */
#define DOC_JOINS                                                                          \
	"FROM search_docs d " ITEMS("d")                                                   \
	"WHERE MATCH (d.title_stems, d.body_stems) AGAINST (? IN BOOLEAN MODE) "           \
	"AND COALESCE(s.id, f.id, o.id, n.id, e.id, p.id, pe.id, doc.id, cc.id) IS NOT NULL " \
	"AND COALESCE(s.published, n.published, e.published, p.published, pe.published, " \
	"doc.published, cc.active, TRUE) "

/* The relevance of a document: whole stems count more than prefixes (so "tari" does not
 * rank "targa"), a title match three times its body, and what the citizen can do (a service,
 * a form to report a problem) a quarter more than what they can read about it. */
#define SCORE                                                                             \
	"(MATCH (d.title_stems) AGAINST (? IN BOOLEAN MODE) * 3 + "                       \
	"MATCH (d.title_stems, d.body_stems) AGAINST (? IN BOOLEAN MODE) + 0.2 * ("       \
	"MATCH (d.title_stems) AGAINST (? IN BOOLEAN MODE) * 3 + "                        \
	"MATCH (d.title_stems, d.body_stems) AGAINST (? IN BOOLEAN MODE))) * "            \
	"IF(d.kind IN ('service', 'category'), 1.25, 1)"

/* The documents that match (topic filter applied), each with its score, the best score of
 * all and of its kind, by key and numbers alone: the windows' temporary tables then stay
 * in memory. With the texts in them they went to disk (Aria), three files made and dropped
 * a search, and MariaDB 10.11.19 crashed dropping one (signal 11 in ha_maria::drop_table)
 * or failed the search ("error 6") under 32 concurrent searches. Parameters: exact twice,
 * prefix three times, topic four times. */
#define SCORED                                                                             \
	"SELECT x.*, MAX(x.score) OVER () AS top, "                                          \
	"MAX(x.score) OVER (PARTITION BY x.kind) AS kind_top FROM ("                         \
	"SELECT d.kind, d.ref_id, COALESCE(s.popularity, 0) AS popularity, "                 \
	SCORE " AS score " DOC_JOINS TOPIC_FILTER ") x"

/* What is left after the cut-off (a document scoring under a quarter of the best one is
 * noise: a word met once in a long body), kinds in the order of their best, with their
 * items' texts. */
int search_docs_find(struct db *db, struct arena *a, const struct search_terms *t,
		     const char *topic, struct db_rows *out)
{
	static const char sql[] =
		"SELECT r.kind, COALESCE(s.slug, f.slug, o.slug, n.slug, e.slug, p.slug, pe.slug, "
		"doc.slug, cc.case_type) AS slug, COALESCE(s.title, f.question, o.name, n.title, "
		"e.title, p.name, CONCAT(pe.given_name, ' ', pe.family_name), doc.title, cc.name) "
		"AS title, COALESCE(s.summary, f.answer, o.summary, n.summary, e.summary, "
		"p.summary, pe.summary, doc.summary, cc.description) AS summary, r.score "
		"FROM (" SCORED ") r " ITEMS("r")
		"WHERE r.score >= r.top * 0.25 "
		"ORDER BY r.kind_top DESC, r.kind, r.score DESC, r.popularity DESC, r.ref_id DESC";
	return db_query(db, a, out, sql, "sssssssss", t->exact, t->exact, t->prefix, t->prefix,
			t->prefix, topic, topic, topic, topic);
}

/* A category's description is a list of the problems it takes ("Buche, asfalto dissestato"):
 * it is indexed with the name, as a title. */
#define SEARCH_SOURCES \
	"SELECT 'service' AS kind, s.id, s.title, CONCAT_WS(' ', s.summary, s.audience, " \
	"s.description, s.how_to, s.requirements, s.outputs, s.costs, " \
	"(SELECT GROUP_CONCAT(t.name SEPARATOR ' ') FROM service_topics st " \
	"JOIN topics t ON t.id = st.topic_id WHERE st.service_id = s.id)) AS body " \
	"FROM services s WHERE s.published " \
	"UNION ALL SELECT 'faq', f.id, f.question, CONCAT_WS(' ', f.answer, t.name) " \
	"FROM faqs f JOIN topics t ON t.id = f.topic_id " \
	"UNION ALL SELECT 'office', o.id, o.name, CONCAT_WS(' ', o.summary, o.description, " \
	"o.address) FROM offices o " \
	"UNION ALL SELECT 'news', n.id, n.title, CONCAT_WS(' ', n.summary, n.body, " \
	"(SELECT GROUP_CONCAT(t.name SEPARATOR ' ') FROM news_topics nt " \
	"JOIN topics t ON t.id = nt.topic_id WHERE nt.news_id = n.id)) " \
	"FROM news n WHERE n.published " \
	"UNION ALL SELECT 'event', e.id, e.title, CONCAT_WS(' ', e.summary, e.description, " \
	"e.audience, pl.name) FROM events e LEFT JOIN places pl ON pl.id = e.place_id " \
	"WHERE e.published " \
	"UNION ALL SELECT 'place', p.id, p.name, CONCAT_WS(' ', p.place_type, p.summary, " \
	"p.description, p.address, p.services) FROM places p WHERE p.published " \
	"UNION ALL SELECT 'person', pe.id, CONCAT(pe.given_name, ' ', pe.family_name), " \
	"CONCAT_WS(' ', pe.summary, pe.competences, (SELECT GROUP_CONCAT(r.title SEPARATOR ' ') " \
	"FROM person_roles r WHERE r.person_id = pe.id AND NOT r.removed)) FROM people pe " \
	"WHERE pe.published " \
	"UNION ALL SELECT 'document', doc.id, doc.title, CONCAT_WS(' ', doc.doc_type, " \
	"doc.summary, doc.description, doc.protocol) FROM documents doc WHERE doc.published " \
	"UNION ALL SELECT 'category', cc.id, CONCAT_WS(' ', cc.name, cc.description), " \
	"cc.case_type FROM case_categories cc WHERE cc.active"

int search_sources(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = SEARCH_SOURCES;
	return db_query(db, a, out, sql, "");
}

int search_source(struct db *db, struct arena *a, const char *kind, const char *id,
		  struct db_rows *out)
{
	static const char sql[] =
		"SELECT src.kind, src.id, src.title, src.body FROM (" SEARCH_SOURCES ") src "
		"WHERE src.kind = ? AND src.id = ?";
	return db_query(db, a, out, sql, "ss", kind, id);
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
