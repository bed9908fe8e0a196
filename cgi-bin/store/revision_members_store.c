/* revision_members_store.c - see revision_members_store.h. */
#include "revision_members_store.h"

#include <string.h>

static const char doc_list[] =
	"SELECT id, CONCAT(label, ' (', filename, ')') AS name FROM document_files "
	"WHERE document_id = ? ORDER BY id";
static const char doc_restore[] =
	"UPDATE document_files f JOIN content_revisions r ON r.id = ? AND r.kind = 'document' "
	"AND r.ref_id = f.document_id AND r.members IS NOT NULL "
	"SET f.removed = NOT FIND_IN_SET(f.id, r.members) WHERE f.document_id = ?";
static const char news_list[] =
	"SELECT id, CONCAT(title, ' (', SUBSTRING_INDEX(file, '/', -1), ')') AS name "
	"FROM news_attachments WHERE news_id = ? ORDER BY id";
static const char news_restore[] =
	"UPDATE news_attachments f JOIN content_revisions r ON r.id = ? AND r.kind = 'news' "
	"AND r.ref_id = f.news_id AND r.members IS NOT NULL "
	"SET f.removed = NOT FIND_IN_SET(f.id, r.members) WHERE f.news_id = ?";
static const char role_list[] =
	"SELECT id, CONCAT(title, ' (dal ', DATE_FORMAT(starts_on, '%d/%m/%Y'), "
	"COALESCE(CONCAT(' al ', DATE_FORMAT(ends_on, '%d/%m/%Y')), ''), ')') AS name "
	"FROM person_roles WHERE person_id = ? ORDER BY id";
static const char role_restore[] =
	"UPDATE person_roles p JOIN content_revisions r ON r.id = ? AND r.kind = 'person' "
	"AND r.ref_id = p.person_id AND r.members IS NOT NULL "
	"SET p.removed = NOT FIND_IN_SET(p.id, r.members) WHERE p.person_id = ?";

enum kind { NONE, DOCUMENT, NEWS, PERSON };

static enum kind of(const char *kind)
{
	return strcmp(kind, "document") == 0 ? DOCUMENT : strcmp(kind, "news") == 0 ? NEWS
	       : strcmp(kind, "person") == 0 ? PERSON : NONE;
}

bool revision_members_kind(const char *kind)
{
	return of(kind) != NONE;
}

int revision_members(struct db *db, struct arena *a, const char *kind, long long ref_id,
		     struct db_rows *out)
{
	memset(out, 0, sizeof(*out));
	switch (of(kind)) {
	case DOCUMENT:
		return db_query(db, a, out, doc_list, "L", ref_id);
	case NEWS:
		return db_query(db, a, out, news_list, "L", ref_id);
	case PERSON:
		return db_query(db, a, out, role_list, "L", ref_id);
	default:
		return 0;
	}
}

int revision_members_restore(struct db *db, const char *kind, long long ref_id, long long rev)
{
	switch (of(kind)) {
	case DOCUMENT:
		return db_exec(db, doc_restore, "LL", rev, ref_id);
	case NEWS:
		return db_exec(db, news_restore, "LL", rev, ref_id);
	case PERSON:
		return db_exec(db, role_restore, "LL", rev, ref_id);
	default:
		return 0;
	}
}
