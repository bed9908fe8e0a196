/* news_store.c - see news_store.h. */
#include "news_store.h"

#define NEWS_CARD "n.slug, n.news_type, n.title, n.summary, n.published_at, n.image, n.image_alt"

/* Unbounded dates stand for the widest range, so the SQL has no branches. */
#define FROM(f) ((f)->from[0] ? (f)->from : "1000-01-01")
#define TO(f) ((f)->to[0] ? (f)->to : "9999-12-30")

#define NEWS_WHERE                                                                          \
	"WHERE n.published AND (? = '' OR n.news_type = ?) "                                \
	"AND (? = '' OR EXISTS (SELECT 1 FROM news_topics nt JOIN topics t "                \
	"ON t.id = nt.topic_id WHERE nt.news_id = n.id AND t.slug = ?)) "                   \
	"AND n.published_at >= ? AND n.published_at < ? + INTERVAL 1 DAY "

int news_count(struct db *db, struct arena *a, const struct news_filter *f, long *total)
{
	static const char sql[] = "SELECT COUNT(*) AS n FROM news n " NEWS_WHERE;
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "ssssss", f->type, f->type, f->topic, f->topic, FROM(f),
		     TO(f)) < 0)
		return -1;
	*total = rows.nrows ? (long)db_get_ll(&rows, 0, "n") : 0;
	return 0;
}

int news_list(struct db *db, struct arena *a, const struct news_filter *f, int offset, int limit,
	      struct db_rows *out)
{
	static const char sql[] = "SELECT " NEWS_CARD " FROM news n " NEWS_WHERE
				  "ORDER BY n.published_at DESC, n.id DESC LIMIT ? OFFSET ?";
	return db_query(db, a, out, sql, "ssssssii", f->type, f->type, f->topic, f->topic,
			FROM(f), TO(f), limit, offset);
}

int news_featured(struct db *db, struct arena *a, int limit, struct db_rows *out)
{
	static const char sql[] = "SELECT " NEWS_CARD " FROM news n "
				  "WHERE n.published AND n.featured "
				  "ORDER BY n.published_at DESC, n.id DESC LIMIT ?";
	return db_query(db, a, out, sql, "i", limit);
}

int news_topics_used(struct db *db, struct arena *a, const char *type, struct db_rows *out)
{
	static const char sql[] =
		"SELECT t.slug, t.name, COUNT(*) AS count FROM topics t "
		"JOIN news_topics nt ON nt.topic_id = t.id "
		"JOIN news n ON n.id = nt.news_id AND n.published AND (? = '' OR n.news_type = ?) "
		"GROUP BY t.id ORDER BY t.position, t.name";
	return db_query(db, a, out, sql, "ss", type, type);
}

#define NEWS_ITEM                                                                          \
	"SELECT n.id, " NEWS_CARD ", n.body, n.image_caption, n.updated_at, "              \
	"o.slug AS office_slug, o.name AS office_name, o.address AS office_address, "      \
	"o.phone AS office_phone, o.email AS office_email "                                \
	"FROM news n LEFT JOIN offices o ON o.id = n.office_id "

int news_item(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = NEWS_ITEM "WHERE n.slug = ? AND n.published";
	return db_query(db, a, out, sql, "s", slug);
}

int news_item_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = NEWS_ITEM "WHERE n.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int news_item_topics(struct db *db, struct arena *a, const char *news_id, struct db_rows *out)
{
	static const char sql[] = "SELECT t.slug, t.name FROM topics t "
				  "JOIN news_topics nt ON nt.topic_id = t.id "
				  "WHERE nt.news_id = ? ORDER BY t.position, t.name";
	return db_query(db, a, out, sql, "s", news_id);
}

int news_item_attachments(struct db *db, struct arena *a, const char *news_id,
			  struct db_rows *out)
{
	static const char sql[] = "SELECT id, title, file, format, bytes, data IS NOT NULL AS stored "
				  "FROM news_attachments WHERE news_id = ? AND NOT removed "
				  "ORDER BY position, id";
	return db_query(db, a, out, sql, "s", news_id);
}

int news_attachment_data(struct db *db, struct arena *a, const char *slug, long long id,
			 struct db_rows *out)
{
	static const char sql[] = "SELECT f.data, f.file AS filename FROM news_attachments f "
				  "JOIN news n ON n.id = f.news_id "
				  "WHERE n.slug = ? AND n.published AND f.id = ? AND f.data IS NOT NULL "
				  "AND NOT f.removed";
	return db_query(db, a, out, sql, "sL", slug, id);
}

int news_attachment_data_preview(struct db *db, struct arena *a, const char *news_id, long long id,
				 struct db_rows *out)
{
	static const char sql[] = "SELECT data, file AS filename FROM news_attachments "
				  "WHERE news_id = ? AND id = ? AND data IS NOT NULL AND NOT removed";
	return db_query(db, a, out, sql, "sL", news_id, id);
}
