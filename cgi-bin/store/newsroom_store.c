/* newsroom_store.c - see newsroom_store.h. */
#include "newsroom_store.h"

#include <string.h>

#include "core/arena.h"

/* RC of the insert (when *ID was 0: *ID set to the new row) or of the update. */
static int saved(struct db *db, long long *id, int rc)
{
	if (rc == 0 && !*id)
		*id = (long long)db_insert_id(db);
	return rc;
}

int newsroom_news(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, news_type, title, summary, body, image, image_alt, image_caption, "
		"office_id, featured, published, DATE_FORMAT(published_at, '%Y-%m-%d %H:%i') AS "
		"published_at, (SELECT GROUP_CONCAT(nt.topic_id ORDER BY nt.topic_id) FROM news_topics "
		"nt WHERE nt.news_id = n.id) AS topics FROM news n WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

#define V12(v) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]

int newsroom_news_save(struct db *db, long long *id, const char *const v[NEWS_NCOLS])
{
	static const char ins[] =
		"INSERT INTO news (slug, news_type, title, summary, body, image, image_alt, "
		"image_caption, office_id, featured, published, published_at) VALUES "
		"(?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?)";
	static const char upd[] =
		"UPDATE news SET slug = ?, news_type = ?, title = ?, summary = ?, body = ?, "
		"image = ?, image_alt = ?, image_caption = ?, office_id = NULLIF(?, ''), "
		"featured = ?, published = ?, published_at = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "ssssssssssssL", V12(v), *id)
				 : db_exec(db, ins, "ssssssssssss", V12(v)));
}

int newsroom_news_topics(struct db *db, long long id, const char *topics)
{
	static const char drop[] = "DELETE FROM news_topics WHERE news_id = ? "
				   "AND NOT FIND_IN_SET(topic_id, ?)";
	static const char add[] = "INSERT IGNORE INTO news_topics (news_id, topic_id) "
				  "SELECT ?, id FROM topics WHERE FIND_IN_SET(id, ?)";
	if (db_exec(db, drop, "Ls", id, topics) < 0)
		return -1;
	return db_exec(db, add, "Ls", id, topics);
}

/* Events have no type of their own to filter by: the '' type matches all. */

int newsroom_event(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, title, summary, description, DATE_FORMAT(start_at, "
		"'%Y-%m-%d %H:%i') AS start_at, DATE_FORMAT(end_at, '%Y-%m-%d %H:%i') AS end_at, "
		"place_id, cost, audience, image, image_alt, featured, published FROM events "
		"WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

#define V13(v) V12(v), v[12]

int newsroom_event_save(struct db *db, long long *id, const char *const v[EVENT_NCOLS])
{
	static const char ins[] =
		"INSERT INTO events (slug, title, summary, description, start_at, end_at, place_id, "
		"cost, audience, image, image_alt, featured, published) VALUES "
		"(?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE events SET slug = ?, title = ?, summary = ?, description = ?, start_at = ?, "
		"end_at = ?, place_id = NULLIF(?, ''), cost = ?, audience = ?, image = ?, "
		"image_alt = ?, featured = ?, published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "sssssssssssssL", V13(v), *id)
				 : db_exec(db, ins, "sssssssssssss", V13(v)));
}

int newsroom_place(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, place_type, name, summary, description, address, hours, phone, "
		"email, website, services, image, image_alt, featured, published FROM places "
		"WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

#define V15(v) V13(v), v[13], v[14]

int newsroom_place_save(struct db *db, long long *id, const char *const v[PLACE_NCOLS])
{
	static const char ins[] =
		"INSERT INTO places (slug, place_type, name, summary, description, address, hours, "
		"phone, email, website, services, image, image_alt, featured, published) VALUES "
		"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE places SET slug = ?, place_type = ?, name = ?, summary = ?, description = ?, "
		"address = ?, hours = ?, phone = ?, email = ?, website = ?, services = ?, image = ?, "
		"image_alt = ?, featured = ?, published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "sssssssssssssssL", V15(v), *id)
				 : db_exec(db, ins, "sssssssssssssss", V15(v)));
}

int newsroom_place_options(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, name FROM places ORDER BY name, id";
	return db_query(db, a, out, sql, "");
}

int newsroom_person(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, given_name, family_name, kind, summary, biography, competences, "
		"email, phone, published FROM people WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

#define V10(v) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]

int newsroom_person_save(struct db *db, long long *id, const char *const v[PERSON_NCOLS])
{
	static const char ins[] =
		"INSERT INTO people (slug, given_name, family_name, kind, summary, biography, "
		"competences, email, phone, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE people SET slug = ?, given_name = ?, family_name = ?, kind = ?, summary = ?, "
		"biography = ?, competences = ?, email = ?, phone = ?, published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "ssssssssssL", V10(v), *id)
				 : db_exec(db, ins, "ssssssssss", V10(v)));
}

int newsroom_person_options(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, CONCAT(family_name, ' ', given_name) AS name "
				  "FROM people ORDER BY family_name, given_name, id";
	return db_query(db, a, out, sql, "");
}

int newsroom_document(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, title, doc_type, summary, description, protocol, "
		"DATE_FORMAT(protocol_date, '%Y-%m-%d') AS protocol_date, "
		"DATE_FORMAT(published_on, '%Y-%m-%d') AS published_on, licence, office_id, area_id, "
		"person_id, published FROM documents WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int newsroom_document_save(struct db *db, long long *id, const char *const v[DOCUMENT_NCOLS])
{
	static const char ins[] =
		"INSERT INTO documents (slug, title, doc_type, summary, description, protocol, "
		"protocol_date, published_on, licence, office_id, area_id, person_id, published) "
		"VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, NULLIF(?, ''), NULLIF(?, ''), "
		"NULLIF(?, ''), ?)";
	static const char upd[] =
		"UPDATE documents SET slug = ?, title = ?, doc_type = ?, summary = ?, description = ?, "
		"protocol = ?, protocol_date = NULLIF(?, ''), published_on = ?, licence = ?, "
		"office_id = NULLIF(?, ''), area_id = NULLIF(?, ''), person_id = NULLIF(?, ''), "
		"published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "sssssssssssssL", V13(v), *id)
				 : db_exec(db, ins, "sssssssssssss", V13(v)));
}

int newsroom_area_options(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, name FROM admin_areas ORDER BY name, id";
	return db_query(db, a, out, sql, "");
}

int newsroom_area(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, name, summary, description, address, phone, email, position, "
		"published FROM admin_areas WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

#define V9(v) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]

int newsroom_area_save(struct db *db, long long *id, const char *const v[AREA_NCOLS])
{
	static const char ins[] =
		"INSERT INTO admin_areas (slug, name, summary, description, address, phone, email, "
		"position, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE admin_areas SET slug = ?, name = ?, summary = ?, description = ?, "
		"address = ?, phone = ?, email = ?, position = ?, published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "sssssssssL", V9(v), *id)
				 : db_exec(db, ins, "sssssssss", V9(v)));
}

int newsroom_entity(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, slug, name, kind, summary, description, share, address, website, email, "
		"published FROM entities WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int newsroom_entity_save(struct db *db, long long *id, const char *const v[ENTITY_NCOLS])
{
	static const char ins[] =
		"INSERT INTO entities (slug, name, kind, summary, description, share, address, "
		"website, email, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE entities SET slug = ?, name = ?, kind = ?, summary = ?, description = ?, "
		"share = ?, address = ?, website = ?, email = ?, published = ? WHERE id = ?";
	return saved(db, id, *id ? db_exec(db, upd, "ssssssssssL", V10(v), *id)
				 : db_exec(db, ins, "ssssssssss", V10(v)));
}

int newsroom_document_file_add(struct db *db, long long doc_id, const char *label,
			       const char *filename, const void *data, size_t len)
{
	/* after the document's last file; the document must exist (its id from the URL) */
	static const char sql[] =
		"INSERT INTO document_files (document_id, label, filename, content_type, data, "
		"position) SELECT d.id, ?, ?, 'application/pdf', ?, "
		"(SELECT COALESCE(MAX(f.position), 0) + 1 FROM document_files f "
		"WHERE f.document_id = d.id) FROM documents d WHERE d.id = ?";
	return db_exec(db, sql, "ssbL", label, filename, data, len, doc_id) < 0
		       ? -1 : (int)db_affected_rows(db);
}

int newsroom_document_file_delete(struct db *db, long long doc_id, long long file_id)
{
	static const char sql[] = "UPDATE document_files SET removed = TRUE "
				  "WHERE id = ? AND document_id = ? AND NOT removed";
	return db_exec(db, sql, "LL", file_id, doc_id) < 0 ? -1 : (int)db_affected_rows(db);
}

int newsroom_category(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, summary FROM service_categories "
				  "WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int newsroom_category_save(struct db *db, long long *id, const char *const v[CATEGORY_NCOLS])
{
	static const char upd[] = "UPDATE service_categories SET summary = ? WHERE id = ?";
	return *id ? db_exec(db, upd, "sL", v[0], *id) : -1;
}

int newsroom_person_roles(struct db *db, struct arena *a, long long person_id,
			  struct db_rows *out)
{
	static const char sql[] =
		"SELECT r.id, r.title, r.organ, r.delegations, "
		"DATE_FORMAT(r.starts_on, '%d/%m/%Y') AS starts, "
		"DATE_FORMAT(r.ends_on, '%d/%m/%Y') AS ends, o.name AS office_name, "
		"ar.name AS area_name FROM person_roles r "
		"LEFT JOIN offices o ON o.id = r.office_id "
		"LEFT JOIN admin_areas ar ON ar.id = r.area_id "
		"WHERE r.person_id = ? AND NOT r.removed ORDER BY r.position, r.starts_on DESC, r.id";
	return db_query(db, a, out, sql, "L", person_id);
}

int newsroom_person_role_add(struct db *db, long long person_id,
			     const char *const v[ROLE_NCOLS])
{
	/* after the person's last role; the person must exist (the id from the URL) */
	static const char sql[] =
		"INSERT INTO person_roles (person_id, title, organ, delegations, office_id, "
		"area_id, starts_on, ends_on, position) SELECT p.id, ?, ?, ?, NULLIF(?, ''), "
		"NULLIF(?, ''), ?, NULLIF(?, ''), (SELECT COALESCE(MAX(r.position), 0) + 1 "
		"FROM person_roles r WHERE r.person_id = p.id) FROM people p WHERE p.id = ?";
	return db_exec(db, sql, "sssssssL", v[0], v[1], v[2], v[3], v[4], v[5], v[6],
		       person_id) < 0 ? -1 : (int)db_affected_rows(db);
}

int newsroom_person_role_delete(struct db *db, long long person_id, long long role_id)
{
	static const char sql[] = "UPDATE person_roles SET removed = TRUE "
				  "WHERE id = ? AND person_id = ? AND NOT removed";
	return db_exec(db, sql, "LL", role_id, person_id) < 0 ? -1 : (int)db_affected_rows(db);
}

int newsroom_news_files(struct db *db, struct arena *a, const char *news_id,
			struct db_rows *out)
{
	static const char sql[] = "SELECT id, title AS label, file AS filename, bytes "
				  "FROM news_attachments WHERE news_id = ? AND NOT removed "
				  "ORDER BY position, id";
	return db_query(db, a, out, sql, "s", news_id);
}

int newsroom_news_file_add(struct db *db, long long news_id, const char *label,
			   const char *filename, const void *data, size_t len)
{
	static const char sql[] =
		"INSERT INTO news_attachments (news_id, position, title, file, format, bytes, data) "
		"SELECT n.id, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM news_attachments f "
		"WHERE f.news_id = n.id), ?, ?, 'PDF', ?, ? FROM news n WHERE n.id = ?";
	return db_exec(db, sql, "ssLbL", label, filename, (long long)len, data, len, news_id) < 0
		       ? -1 : (int)db_affected_rows(db);
}

int newsroom_news_file_delete(struct db *db, long long news_id, long long file_id)
{
	static const char sql[] = "UPDATE news_attachments SET removed = TRUE "
				  "WHERE id = ? AND news_id = ? AND NOT removed";
	return db_exec(db, sql, "LL", file_id, news_id) < 0 ? -1 : (int)db_affected_rows(db);
}
