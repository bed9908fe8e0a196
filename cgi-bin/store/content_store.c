/* content_store.c - see content_store.h. */
#include "content_store.h"

#include <stdlib.h>

#define SERVICE_COLS                                                                       \
	"slug, title, status, status_reason, summary, for_citizens, for_businesses, audience, " \
	"description, how_to, requirements, outputs, times, costs, online_url, online_label, "  \
	"in_person, booking, conditions, office_id, category_id, contacts"
#define S22 "ssssssssssssssssssssss"

int content_services(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT s.id, s.slug, s.title, s.status, s.published, "
		"(SELECT COUNT(*) FROM service_revisions r WHERE r.service_id = s.id AND r.id > "
		"COALESCE((SELECT MAX(p.id) FROM service_revisions p WHERE p.service_id = s.id "
		"AND p.state = 'published'), 0)) AS drafts "
		"FROM services s ORDER BY s.title, s.id";
	return db_query(db, a, out, sql, "");
}

int content_service(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT id, " SERVICE_COLS ", published, (SELECT GROUP_CONCAT(st.topic_id "
		"ORDER BY st.topic_id) FROM service_topics st WHERE st.service_id = s.id) AS topics "
		"FROM services s WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int content_service_slug_used(struct db *db, struct arena *a, const char *slug, long long id,
			      int *used)
{
	static const char sql[] = "SELECT COUNT(*) AS n FROM services WHERE slug = ? AND id <> ?";
	struct db_rows rows;
	if (db_query(db, a, &rows, sql, "sL", slug, id) < 0)
		return -1;
	*used = rows.nrows && db_get_ll(&rows, 0, "n") > 0;
	return 0;
}

#define V22(v) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], \
	v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21]

int content_service_insert(struct db *db, const char *const v[SERVICE_NCOLS], long long *id)
{
	static const char sql[] = "INSERT INTO services (" SERVICE_COLS ", published) VALUES "
				  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
	if (db_exec(db, sql, S22, V22(v)) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int content_service_publish(struct db *db, long long id, const char *const v[SERVICE_NCOLS])
{
	static const char sql[] =
		"UPDATE services SET slug = ?, title = ?, status = ?, status_reason = ?, summary = ?, "
		"for_citizens = ?, for_businesses = ?, audience = ?, description = ?, how_to = ?, "
		"requirements = ?, outputs = ?, times = ?, costs = ?, online_url = ?, "
		"online_label = ?, in_person = ?, booking = ?, conditions = ?, office_id = ?, "
		"category_id = ?, contacts = ?, published = 1 WHERE id = ?";
	return db_exec(db, sql, S22 "L", V22(v), id);
}

int content_service_unpublish(struct db *db, long long id)
{
	static const char sql[] = "UPDATE services SET published = 0 WHERE id = ?";
	return db_exec(db, sql, "L", id);
}

int content_service_topics(struct db *db, long long id, const char *topics)
{
	static const char drop[] = "DELETE FROM service_topics WHERE service_id = ? "
				   "AND NOT FIND_IN_SET(topic_id, ?)";
	static const char add[] = "INSERT IGNORE INTO service_topics (service_id, topic_id) "
				  "SELECT ?, id FROM topics WHERE FIND_IN_SET(id, ?)";
	if (db_exec(db, drop, "Ls", id, topics) < 0)
		return -1;
	return db_exec(db, add, "Ls", id, topics);
}

#define REVISION_SELECT                                                                  \
	"SELECT r.id, DATE_FORMAT(r.at, '%d/%m/%Y %H:%i') AS at, r.state, "             \
	"COALESCE(t.display_name, '') AS author, r.snapshot FROM service_revisions r "   \
	"LEFT JOIN staff t ON t.id = r.staff_id WHERE r.service_id = ? "

int content_revisions(struct db *db, struct arena *a, long long service_id, struct db_rows *out)
{
	static const char sql[] = REVISION_SELECT "ORDER BY r.id DESC";
	return db_query(db, a, out, sql, "L", service_id);
}

int content_revision(struct db *db, struct arena *a, long long service_id, long long rev,
		     struct db_rows *out)
{
	static const char sql[] = REVISION_SELECT "AND r.id = ?";
	return db_query(db, a, out, sql, "LL", service_id, rev);
}

int content_revision_latest(struct db *db, struct arena *a, long long service_id,
			    struct db_rows *out)
{
	static const char sql[] = REVISION_SELECT "ORDER BY r.id DESC LIMIT 1";
	return db_query(db, a, out, sql, "L", service_id);
}

int content_revision_before(struct db *db, struct arena *a, long long service_id, long long rev,
			    struct db_rows *out)
{
	static const char sql[] = REVISION_SELECT "AND r.id < ? ORDER BY r.id DESC LIMIT 1";
	return db_query(db, a, out, sql, "LL", service_id, rev);
}

int content_revision_add(struct db *db, long long service_id, long long staff_id,
			 const char *state, const char *snapshot, long long *id)
{
	static const char sql[] =
		"INSERT INTO service_revisions (service_id, at, staff_id, state, snapshot) "
		"VALUES (?, NOW(3), NULLIF(?, 0), ?, ?)";
	if (db_exec(db, sql, "LLss", service_id, staff_id, state, snapshot) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int content_revision_published(struct db *db, long long rev)
{
	static const char sql[] = "UPDATE service_revisions SET state = 'published' WHERE id = ?";
	return db_exec(db, sql, "L", rev);
}

#define KIND_REVISION_SELECT                                                              \
	"SELECT r.id, DATE_FORMAT(r.at, '%d/%m/%Y %H:%i') AS at, "                          \
	"COALESCE(t.display_name, '') AS author, r.snapshot, r.members "                    \
	"FROM content_revisions r "                                                         \
	"LEFT JOIN staff t ON t.id = r.staff_id WHERE r.kind = ? AND r.ref_id = ? "

int content_kind_revisions(struct db *db, struct arena *a, const char *kind, long long ref_id,
			   struct db_rows *out)
{
	static const char sql[] = KIND_REVISION_SELECT "ORDER BY r.id DESC";
	return db_query(db, a, out, sql, "sL", kind, ref_id);
}

int content_kind_revision(struct db *db, struct arena *a, const char *kind, long long ref_id,
			  long long rev, struct db_rows *out)
{
	static const char sql[] = KIND_REVISION_SELECT "AND r.id = ?";
	return db_query(db, a, out, sql, "sLL", kind, ref_id, rev);
}

int content_kind_revision_before(struct db *db, struct arena *a, const char *kind,
				 long long ref_id, long long rev, struct db_rows *out)
{
	static const char sql[] = KIND_REVISION_SELECT "AND r.id < ? ORDER BY r.id DESC LIMIT 1";
	return db_query(db, a, out, sql, "sLL", kind, ref_id, rev);
}

int content_kind_revision_add(struct db *db, const char *kind, long long ref_id,
			      long long staff_id, const char *snapshot)
{
	/* the rows under the item as they are now (store/revision_members_store.h) */
	static const char sql[] =
		"INSERT INTO content_revisions (kind, ref_id, at, staff_id, snapshot, members) "
		"VALUES (?, ?, NOW(3), NULLIF(?, 0), ?, CASE ? "
		"WHEN 'document' THEN (SELECT COALESCE(GROUP_CONCAT(id ORDER BY id), '') "
		"FROM document_files WHERE document_id = ? AND NOT removed) "
		"WHEN 'news' THEN (SELECT COALESCE(GROUP_CONCAT(id ORDER BY id), '') "
		"FROM news_attachments WHERE news_id = ? AND NOT removed) "
		"WHEN 'person' THEN (SELECT COALESCE(GROUP_CONCAT(id ORDER BY id), '') "
		"FROM person_roles WHERE person_id = ? AND NOT removed) END)";
	return db_exec(db, sql, "sLLssLLL", kind, ref_id, staff_id, snapshot, kind, ref_id, ref_id,
		       ref_id);
}

/* RC of the insert (when *ID was 0: *ID set to the new row) or of the update. */
static int saved(struct db *db, long long *id, int rc)
{
	if (rc == 0 && !*id)
		*id = (long long)db_insert_id(db);
	return rc;
}

int content_transaction(struct db *db, int (*work)(void *ctx), void *ctx)
{
	if (db_begin(db) < 0)
		return -1;
	if (work(ctx) < 0) {
		int taken = db_errno(db) == 1062;
		db_rollback(db);
		return taken ? 1 : -1;
	}
	if (db_commit(db) < 0) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

struct item_save {
	struct db *db;
	int (*save)(struct db *db, long long *id, const char *const *v);
	long long *id;
	const char *const *v;
	int (*after)(void *ctx, long long id);
	void *ctx;
};

static int item_save(void *ctx)
{
	struct item_save *s = ctx;
	return s->save(s->db, s->id, s->v) < 0 || s->after(s->ctx, *s->id) < 0 ? -1 : 0;
}

int content_item_save(struct db *db, int (*save)(struct db *db, long long *id, const char *const *v),
		      long long *id, const char *const *v, int (*after)(void *ctx, long long id),
		      void *ctx)
{
	long long was = *id;
	struct item_save s = { db, save, id, v, after, ctx };
	int rc = after ? content_transaction(db, item_save, &s)
		       : save(db, id, v) == 0 ? 0 : db_errno(db) == 1062 ? 1 : -1;
	if (rc)
		*id = was;
	return rc;
}

int content_topics(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name FROM topics ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

int content_topic(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, summary, position FROM topics WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int content_topic_save(struct db *db, long long *id, const char *const v[TOPIC_NCOLS])
{
	static const char ins[] = "INSERT INTO topics (slug, name, summary, position) "
				  "VALUES (?, ?, ?, ?)";
	static const char upd[] = "UPDATE topics SET slug = ?, name = ?, summary = ?, position = ? "
				  "WHERE id = ?";
	return saved(db, id,
		     *id ? db_exec(db, upd, "ssssL", v[0], v[1], v[2], v[3], *id)
			: db_exec(db, ins, "ssss", v[0], v[1], v[2], v[3]));
}

int content_categories(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, name FROM service_categories ORDER BY position, name";
	return db_query(db, a, out, sql, "");
}

int content_offices(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name FROM offices ORDER BY name";
	return db_query(db, a, out, sql, "");
}

int content_office(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, name, summary, description, manager, address, "
				  "opening_hours, phone, email, pec FROM offices WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int content_office_save(struct db *db, long long *id, const char *const v[OFFICE_NCOLS])
{
	static const char ins[] =
		"INSERT INTO offices (slug, name, summary, description, manager, address, "
		"opening_hours, phone, email, pec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] =
		"UPDATE offices SET slug = ?, name = ?, summary = ?, description = ?, manager = ?, "
		"address = ?, opening_hours = ?, phone = ?, email = ?, pec = ? WHERE id = ?";
	return saved(db, id,
		     *id ? db_exec(db, upd, "ssssssssssL", v[0], v[1], v[2], v[3], v[4], v[5], v[6],
				  v[7], v[8], v[9], *id)
			: db_exec(db, ins, "ssssssssss", v[0], v[1], v[2], v[3], v[4], v[5], v[6],
				  v[7], v[8], v[9]));
}

int content_faqs(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT f.id, f.slug, f.question, t.name AS topic FROM faqs f "
				  "JOIN topics t ON t.id = f.topic_id "
				  "ORDER BY t.position, t.name, f.position, f.question";
	return db_query(db, a, out, sql, "");
}

int content_faq(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = "SELECT id, slug, topic_id, question, answer, position FROM faqs "
				  "WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int content_faq_save(struct db *db, long long *id, const char *const v[FAQ_NCOLS])
{
	static const char ins[] = "INSERT INTO faqs (slug, topic_id, question, answer, position) "
				  "VALUES (?, ?, ?, ?, ?)";
	static const char upd[] = "UPDATE faqs SET slug = ?, topic_id = ?, question = ?, answer = ?, "
				  "position = ? WHERE id = ?";
	return saved(db, id,
		     *id ? db_exec(db, upd, "sssssL", v[0], v[1], v[2], v[3], v[4], *id)
			: db_exec(db, ins, "sssss", v[0], v[1], v[2], v[3], v[4]));
}

int content_search_sources(struct db *db, struct arena *a, long long service, long long topic,
			   long long faq, long long office, struct db_rows *out)
{
	static const char sql[] =
		"SELECT 'service' AS kind, s.id, s.title, CONCAT_WS(' ', s.summary, s.audience, "
		"s.description, s.how_to, s.requirements, s.outputs, s.costs, "
		"(SELECT GROUP_CONCAT(t.name SEPARATOR ' ') FROM service_topics st "
		"JOIN topics t ON t.id = st.topic_id WHERE st.service_id = s.id)) AS body "
		"FROM services s WHERE s.published AND (s.id = ? OR s.id IN "
		"(SELECT service_id FROM service_topics WHERE topic_id = ?)) "
		"UNION ALL SELECT 'faq', f.id, f.question, CONCAT_WS(' ', f.answer, t.name) "
		"FROM faqs f JOIN topics t ON t.id = f.topic_id WHERE f.id = ? OR f.topic_id = ? "
		"UNION ALL SELECT 'office', o.id, o.name, CONCAT_WS(' ', o.summary, o.description, "
		"o.address) FROM offices o WHERE o.id = ?";
	return db_query(db, a, out, sql, "LLLLL", service, topic, faq, topic, office);
}

int content_search_drop(struct db *db, const char *kind, long long id)
{
	static const char sql[] = "DELETE FROM search_docs WHERE kind = ? AND ref_id = ?";
	return db_exec(db, sql, "sL", kind, id);
}
