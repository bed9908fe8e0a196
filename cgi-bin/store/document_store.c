/* document_store.c - see document_store.h. */
#include "document_store.h"

#define DOC_DATE "DATE_FORMAT(d.published_on, '%d/%m/%Y') AS published"

int doc_types(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT doc_type, COUNT(*) AS count FROM documents "
				  "WHERE published GROUP BY doc_type ORDER BY doc_type";
	return db_query(db, a, out, sql, "");
}

int doc_list(struct db *db, struct arena *a, const char *type, struct db_rows *out)
{
	static const char sql[] =
		"SELECT d.slug, d.title, d.doc_type, d.summary, " DOC_DATE " FROM documents d "
		"WHERE d.published AND (? = '' OR d.doc_type = ?) "
		"ORDER BY d.published_on DESC, d.title";
	return db_query(db, a, out, sql, "ss", type, type);
}

#define DOC_ITEM                                                                           \
	"SELECT d.id, d.slug, d.title, d.doc_type, d.summary, d.description, d.protocol, "        \
	"DATE_FORMAT(d.protocol_date, '%d/%m/%Y') AS protocol_date, " DOC_DATE ", d.licence, "   \
	"d.updated_at, o.slug AS office_slug, o.name AS office_name, ar.slug AS area_slug, "      \
	"ar.name AS area_name, p.slug AS person_slug, "                                           \
	"CONCAT(p.given_name, ' ', p.family_name) AS person_name FROM documents d "               \
	"LEFT JOIN offices o ON o.id = d.office_id "                                              \
	"LEFT JOIN admin_areas ar ON ar.id = d.area_id AND ar.published "                          \
	"LEFT JOIN people p ON p.id = d.person_id AND p.published "

int doc_get(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = DOC_ITEM "WHERE d.slug = ? AND d.published";
	return db_query(db, a, out, sql, "s", slug);
}

int doc_get_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = DOC_ITEM "WHERE d.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int doc_files(struct db *db, struct arena *a, const char *doc_id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, label, filename, LENGTH(data) AS bytes "
				  "FROM document_files WHERE document_id = ? AND NOT removed "
				  "ORDER BY position, id";
	return db_query(db, a, out, sql, "s", doc_id);
}

int doc_file_data(struct db *db, struct arena *a, const char *slug, long long file_id,
		  struct db_rows *out)
{
	static const char sql[] = "SELECT f.data, f.content_type, f.filename FROM document_files f "
				  "JOIN documents d ON d.id = f.document_id "
				  "WHERE d.slug = ? AND d.published AND f.id = ? AND NOT f.removed";
	return db_query(db, a, out, sql, "sL", slug, file_id);
}

int doc_file_data_preview(struct db *db, struct arena *a, const char *doc_id, long long file_id,
			  struct db_rows *out)
{
	static const char sql[] = "SELECT data, content_type, filename FROM document_files "
				  "WHERE document_id = ? AND id = ? AND NOT removed";
	return db_query(db, a, out, sql, "sL", doc_id, file_id);
}

int doc_related(struct db *db, struct arena *a, const char *office_id, const char *area_id,
		const char *person_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT d.slug, d.title, d.doc_type, " DOC_DATE " FROM documents d "
		"WHERE d.published AND (d.office_id = ? OR d.area_id = ? OR d.person_id = ?) "
		"ORDER BY d.published_on DESC, d.title";
	return db_query(db, a, out, sql, "sss", office_id, area_id, person_id);
}
