/* catalogue_store.h - read queries on the published catalogue: topics,
 * offices, services and FAQ. Every function returns 0 or -1 (logged) and
 * fills OUT with text cells named after the template fields. */
#ifndef STORE_CATALOGUE_STORE_H
#define STORE_CATALOGUE_STORE_H

#include "core/db.h"

struct catalogue_filter {
	const char *topic;      /* topic slug or "" */
	const char *audience;   /* "cittadini", "imprese" or "" */
};

/* The counter that every catalogue change bumps (sql/003), times a million, plus the
 * day number (TO_DAYS(CURDATE())): pages listing upcoming events change at midnight. */
int catalogue_generation(struct db *db, struct arena *a, unsigned long long *gen);
/* The same, and the seconds left until the database's midnight (when it moves by itself). */
int catalogue_generation_until(struct db *db, struct arena *a, unsigned long long *gen,
			       long *secs_left);
int catalogue_topics(struct db *db, struct arena *a, struct db_rows *out);
int catalogue_topic(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
int catalogue_popular_services(struct db *db, struct arena *a, int limit, struct db_rows *out);
int catalogue_count_services(struct db *db, struct arena *a, const struct catalogue_filter *f,
			     long *total);
int catalogue_services(struct db *db, struct arena *a, const struct catalogue_filter *f,
		       int offset, int limit, struct db_rows *out);
int catalogue_service(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The 15 service categories of the Modello Comuni (sql/040), each with the
 * count of its published services; one by slug (id, slug, name, summary);
 * its services (cards) and the offices that handle them (slug, name). */
int catalogue_categories(struct db *db, struct arena *a, struct db_rows *out);
int catalogue_category(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
int catalogue_category_services(struct db *db, struct arena *a, const char *category_id,
				struct db_rows *out);
int catalogue_category_offices(struct db *db, struct arena *a, const char *category_id,
			       struct db_rows *out);
int catalogue_service_topics(struct db *db, struct arena *a, const char *service_id,
			     struct db_rows *out);
int catalogue_topic_services(struct db *db, struct arena *a, const char *topic_id,
			     struct db_rows *out);
int catalogue_topic_faqs(struct db *db, struct arena *a, const char *topic_id,
			 struct db_rows *out);
int catalogue_topic_offices(struct db *db, struct arena *a, const char *topic_id,
			    struct db_rows *out);
int catalogue_offices(struct db *db, struct arena *a, struct db_rows *out);
int catalogue_office(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
int catalogue_office_services(struct db *db, struct arena *a, const char *office_id,
			      struct db_rows *out);
/* All FAQ with their topic (topic_slug, topic_name), grouped by topic order. */
int catalogue_faqs(struct db *db, struct arena *a, struct db_rows *out);
int catalogue_faq_sample(struct db *db, struct arena *a, int limit, struct db_rows *out);

#endif
