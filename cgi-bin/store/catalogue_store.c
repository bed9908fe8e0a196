/* catalogue_store.c - see catalogue_store.h. */
#include "catalogue_store.h"

#include <stdlib.h>

#define SERVICE_CARD "s.slug, s.title, s.summary, s.status"

int catalogue_generation(struct db *db, struct arena *a, unsigned long long *gen)
{
	return catalogue_generation_until(db, a, gen, NULL);
}

int catalogue_generation_until(struct db *db, struct arena *a, unsigned long long *gen,
			       long *secs_left)
{
	static const char sql[] = "SELECT generation, TO_DAYS(CURDATE()) AS today, "
				  "TIMESTAMPDIFF(SECOND, NOW(), CURDATE() + INTERVAL 1 DAY) AS secs_left "
				  "FROM catalogue_state WHERE id = 1";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "") < 0 || rows.nrows != 1)
		return -1;
	/* The day is part of it: the upcoming events (live_store.h) change at midnight. */
	*gen = strtoull(db_get(&rows, 0, "generation"), NULL, 10) * 1000000ULL +
	       (unsigned long long)db_get_ll(&rows, 0, "today");
	if (secs_left)
		*secs_left = (long)db_get_ll(&rows, 0, "secs_left");
	return 0;
}

int catalogue_topics(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT t.slug, t.name, t.summary, COUNT(s.id) AS count FROM topics t "
		"LEFT JOIN service_topics st ON st.topic_id = t.id "
		"LEFT JOIN services s ON s.id = st.service_id AND s.published "
		"GROUP BY t.id ORDER BY t.position, t.name";
	return db_query(db, a, out, sql, "");
}

int catalogue_topic(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, summary FROM topics WHERE slug = ?";
	return db_query(db, a, out, sql, "s", slug);
}

int catalogue_popular_services(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM services s WHERE s.published "
				  "ORDER BY s.popularity DESC, s.title LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

#define FILTER_WHERE                                                                       \
	"WHERE s.published "                                                               \
	"AND (? = '' OR EXISTS (SELECT 1 FROM service_topics st JOIN topics t "            \
	"ON t.id = st.topic_id WHERE st.service_id = s.id AND t.slug = ?)) "               \
	"AND (? <> 'cittadini' OR s.for_citizens) AND (? <> 'imprese' OR s.for_businesses) "

int catalogue_count_services(struct db *db, struct arena *a, const struct catalogue_filter *f,
			     long *total)
{
	static const char sql[] = "SELECT COUNT(*) AS n FROM services s " FILTER_WHERE;
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "ssss", f->topic, f->topic, f->audience, f->audience) < 0)
		return -1;
	*total = rows.nrows ? (long)db_get_ll(&rows, 0, "n") : 0;
	return 0;
}

int catalogue_services(struct db *db, struct arena *a, const struct catalogue_filter *f,
		       int offset, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM services s " FILTER_WHERE
				  "ORDER BY s.title LIMIT ? OFFSET ?";
	return db_query(db, a, out, sql, "ssssii", f->topic, f->topic, f->audience, f->audience,
			limit, offset);
}

int catalogue_service(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] =
		"SELECT s.id, s.slug, s.title, s.status, s.status_reason, s.summary, "
		"s.for_citizens, s.for_businesses, s.audience, s.description, s.how_to, "
		"s.requirements, s.outputs, s.times, s.costs, s.online_url, s.online_label, "
		"s.in_person, s.booking, s.conditions, s.contacts, s.updated_at, "
		"o.slug AS office_slug, o.name AS office_name, o.address AS office_address, "
		"o.phone AS office_phone, o.email AS office_email, o.pec AS office_pec, "
		"c.slug AS category_slug, c.name AS category_name "
		"FROM services s JOIN offices o ON o.id = s.office_id "
		"JOIN service_categories c ON c.id = s.category_id "
		"WHERE s.slug = ? AND s.published";
	return db_query(db, a, out, sql, "s", slug);
}

int catalogue_categories(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT c.slug, c.name, c.summary, COUNT(s.id) AS count FROM service_categories c "
		"LEFT JOIN services s ON s.category_id = c.id AND s.published "
		"GROUP BY c.id ORDER BY c.position, c.name";
	return db_query(db, a, out, sql, "");
}

int catalogue_category(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, name, summary FROM service_categories WHERE slug = ?";
	return db_query(db, a, out, sql, "s", slug);
}

int catalogue_category_services(struct db *db, struct arena *a, const char *category_id,
				struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM services s "
				  "WHERE s.category_id = ? AND s.published ORDER BY s.title";
	return db_query(db, a, out, sql, "s", category_id);
}

int catalogue_category_offices(struct db *db, struct arena *a, const char *category_id,
			       struct db_rows *out)
{
	static const char sql[] = "SELECT DISTINCT o.slug, o.name FROM services s "
				  "JOIN offices o ON o.id = s.office_id "
				  "WHERE s.category_id = ? AND s.published ORDER BY o.name";
	return db_query(db, a, out, sql, "s", category_id);
}

int catalogue_service_topics(struct db *db, struct arena *a, const char *service_id,
			     struct db_rows *out)
{
	static const char sql[] = "SELECT t.slug, t.name FROM service_topics st "
				  "JOIN topics t ON t.id = st.topic_id WHERE st.service_id = ? "
				  "ORDER BY t.position, t.name";
	return db_query(db, a, out, sql, "s", service_id);
}

int catalogue_topic_services(struct db *db, struct arena *a, const char *topic_id,
			     struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM service_topics st "
				  "JOIN services s ON s.id = st.service_id "
				  "WHERE st.topic_id = ? AND s.published ORDER BY s.title";
	return db_query(db, a, out, sql, "s", topic_id);
}

int catalogue_topic_faqs(struct db *db, struct arena *a, const char *topic_id,
			 struct db_rows *out)
{
	static const char sql[] = "SELECT slug, question FROM faqs WHERE topic_id = ? "
				  "ORDER BY position, question";
	return db_query(db, a, out, sql, "s", topic_id);
}

int catalogue_topic_offices(struct db *db, struct arena *a, const char *topic_id,
			    struct db_rows *out)
{
	static const char sql[] = "SELECT DISTINCT o.slug, o.name FROM service_topics st "
				  "JOIN services s ON s.id = st.service_id AND s.published "
				  "JOIN offices o ON o.id = s.office_id WHERE st.topic_id = ? "
				  "ORDER BY o.name";
	return db_query(db, a, out, sql, "s", topic_id);
}

int catalogue_offices(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name, summary, address FROM offices ORDER BY name";
	return db_query(db, a, out, sql, "");
}

int catalogue_office(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, summary, description, manager, address, "
				  "opening_hours, phone, email, pec, updated_at "
				  "FROM offices WHERE slug = ?";
	return db_query(db, a, out, sql, "s", slug);
}

int catalogue_office_services(struct db *db, struct arena *a, const char *office_id,
			      struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM services s "
				  "WHERE s.office_id = ? AND s.published ORDER BY s.title";
	return db_query(db, a, out, sql, "s", office_id);
}

int catalogue_faqs(struct db *db, struct arena *a, struct db_rows *out)
{
	/* the topics' columns by primary key, not joined: a sort over a join
	 * copies the rows with the answers' TEXT into a temporary table on disk */
	static const char sql[] =
		"SELECT (SELECT t.slug FROM topics t WHERE t.id = f.topic_id) AS topic_slug, "
		"(SELECT t.name FROM topics t WHERE t.id = f.topic_id) AS topic_name, f.slug, "
		"f.question, f.answer FROM faqs f "
		"ORDER BY (SELECT t.position FROM topics t WHERE t.id = f.topic_id), topic_name, "
		"f.position, f.question";
	return db_query(db, a, out, sql, "");
}

int catalogue_faq_sample(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, question FROM faqs ORDER BY position, id LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}
