/* revision_members_store.h - the rows under an item that its revisions
 * record besides the form's fields (sql/230): a document's files
 * (document_files), a news item's attachments (news_attachments), a
 * person's roles (person_roles), keyed by the crud engine's kind ("document",
 * "news", "person"; any other kind has none). A revision keeps the ids of the
 * rows not removed when it was saved (content_revisions.members, written by
 * content_kind_revision_add()); the rows are only ever marked removed, so a
 * restore re-links them. Every function returns 0 or -1 (logged). */
#ifndef STORE_REVISION_MEMBERS_STORE_H
#define STORE_REVISION_MEMBERS_STORE_H

#include <stdbool.h>

#include "core/db.h"

/* Does KIND have such rows? */
bool revision_members_kind(const char *kind);
/* Every row of item REF_ID of KIND, removed ones too: id, name (a file's
 * label and file name, a role's title and dates), by id. */
int revision_members(struct db *db, struct arena *a, const char *kind, long long ref_id,
		     struct db_rows *out);
/* The rows of item REF_ID become exactly those revision REV recorded (none
 * recorded, a revision older than sql/230: left as they are). In the
 * caller's transaction. */
int revision_members_restore(struct db *db, const char *kind, long long ref_id, long long rev);

#endif
