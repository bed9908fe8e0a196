/* organisation_store.c - see organisation_store.h. */
#include "organisation_store.h"

#define SERVICE_CARD "s.slug, s.title, s.summary, s.status"
#define PERSON_NAME "CONCAT(p.given_name, ' ', p.family_name) AS name"
#define ROLE_CURRENT "(r.ends_on IS NULL OR r.ends_on >= CURRENT_DATE)"

int org_areas(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] =
		"SELECT ar.slug, ar.name, ar.summary, COUNT(o.id) AS offices FROM admin_areas ar "
		"LEFT JOIN offices o ON o.area_id = ar.id WHERE ar.published GROUP BY ar.id "
		"ORDER BY ar.position, ar.name";
	return db_query(db, a, out, sql, "");
}

#define AREA_ITEM "SELECT id, slug, name, summary, description, address, phone, email, " \
	"updated_at FROM admin_areas "

int org_area(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = AREA_ITEM "WHERE slug = ? AND published";
	return db_query(db, a, out, sql, "s", slug);
}

int org_area_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = AREA_ITEM "WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int org_area_offices(struct db *db, struct arena *a, const char *area_id, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name, summary, address FROM offices "
				  "WHERE area_id = ? ORDER BY name";
	return db_query(db, a, out, sql, "s", area_id);
}

int org_area_services(struct db *db, struct arena *a, const char *area_id, struct db_rows *out)
{
	static const char sql[] = "SELECT " SERVICE_CARD " FROM services s "
				  "JOIN offices o ON o.id = s.office_id "
				  "WHERE o.area_id = ? AND s.published ORDER BY s.title";
	return db_query(db, a, out, sql, "s", area_id);
}

int org_office_area(struct db *db, struct arena *a, const char *office_id, struct db_rows *out)
{
	static const char sql[] = "SELECT ar.slug, ar.name FROM offices o "
				  "JOIN admin_areas ar ON ar.id = o.area_id AND ar.published "
				  "WHERE o.id = ?";
	return db_query(db, a, out, sql, "s", office_id);
}

int org_offices(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT o.slug, o.name, o.summary, o.address, ar.name AS area_name "
				  "FROM offices o "
				  "LEFT JOIN admin_areas ar ON ar.id = o.area_id AND ar.published "
				  "ORDER BY o.name";
	return db_query(db, a, out, sql, "");
}

int org_organ_members(struct db *db, struct arena *a, const char *organ, struct db_rows *out)
{
	static const char sql[] =
		"SELECT p.slug, " PERSON_NAME ", r.title, r.delegations, p.summary "
		"FROM person_roles r JOIN people p ON p.id = r.person_id "
		"WHERE r.organ = ? AND NOT r.removed AND p.published AND " ROLE_CURRENT " "
		"ORDER BY r.position, p.family_name, p.given_name";
	return db_query(db, a, out, sql, "s", organ);
}

int org_people(struct db *db, struct arena *a, const char *kind, struct db_rows *out)
{
	static const char sql[] =
		"SELECT p.slug, " PERSON_NAME ", p.summary, "
		"(SELECT r.title FROM person_roles r WHERE r.person_id = p.id AND NOT r.removed AND "
		ROLE_CURRENT " "
		"ORDER BY r.position, r.id LIMIT 1) AS role "
		"FROM people p WHERE p.kind = ? AND p.published ORDER BY p.family_name, p.given_name";
	return db_query(db, a, out, sql, "s", kind);
}

#define PERSON_ITEM                                                                        \
	"SELECT p.id, p.slug, " PERSON_NAME ", p.kind, p.summary, p.biography, p.competences, "  \
	"p.email, p.phone, p.updated_at FROM people p "

int org_person(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = PERSON_ITEM "WHERE p.slug = ? AND p.published";
	return db_query(db, a, out, sql, "s", slug);
}

int org_person_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = PERSON_ITEM "WHERE p.id = ?";
	return db_query(db, a, out, sql, "L", id);
}

int org_person_roles(struct db *db, struct arena *a, const char *person_id, struct db_rows *out)
{
	static const char sql[] =
		"SELECT r.title, r.organ, r.delegations, DATE_FORMAT(r.starts_on, '%d/%m/%Y') AS starts, "
		"DATE_FORMAT(r.ends_on, '%d/%m/%Y') AS ends, " ROLE_CURRENT " AS current, "
		"o.slug AS office_slug, o.name AS office_name, ar.slug AS area_slug, ar.name AS area_name "
		"FROM person_roles r LEFT JOIN offices o ON o.id = r.office_id "
		"LEFT JOIN admin_areas ar ON ar.id = r.area_id AND ar.published WHERE r.person_id = ? "
		"AND NOT r.removed "
		"ORDER BY " ROLE_CURRENT " DESC, r.position, r.starts_on DESC";
	return db_query(db, a, out, sql, "s", person_id);
}

int org_unit_people(struct db *db, struct arena *a, const char *office_id, const char *area_id,
		    struct db_rows *out)
{
	static const char sql[] =
		"SELECT p.slug, " PERSON_NAME ", r.title FROM person_roles r "
		"JOIN people p ON p.id = r.person_id WHERE (r.office_id = ? OR r.area_id = ?) "
		"AND NOT r.removed AND p.published AND " ROLE_CURRENT " "
		"ORDER BY r.position, p.family_name";
	return db_query(db, a, out, sql, "ss", office_id, area_id);
}

int org_entities(struct db *db, struct arena *a, struct db_rows *out)
{
	static const char sql[] = "SELECT slug, name, kind, summary FROM entities WHERE published "
				  "ORDER BY name";
	return db_query(db, a, out, sql, "");
}

#define ENTITY_ITEM "SELECT slug, name, kind, summary, description, share, address, " \
	"website, email, updated_at FROM entities "

int org_entity(struct db *db, struct arena *a, const char *slug, struct db_rows *out)
{
	static const char sql[] = ENTITY_ITEM "WHERE slug = ? AND published";
	return db_query(db, a, out, sql, "s", slug);
}

int org_entity_preview(struct db *db, struct arena *a, long long id, struct db_rows *out)
{
	static const char sql[] = ENTITY_ITEM "WHERE id = ?";
	return db_query(db, a, out, sql, "L", id);
}
