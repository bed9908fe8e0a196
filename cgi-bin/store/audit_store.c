/* audit_store.c - see audit_store.h. */
#include "audit_store.h"

int audit_write(struct db *db, const struct audit_entry *e)
{
	static const char sql[] =
		"INSERT INTO audit_log (at, staff_id, action, object_type, object_id, before_value, "
		"after_value, remote_addr) VALUES (NOW(3), NULLIF(?, 0), ?, ?, ?, ?, ?, ?)";
	return db_exec(db, sql, "Lssssss", e->staff_id, e->action, e->object_type ? e->object_type : "",
		       e->object_id ? e->object_id : "", e->before, e->after, e->remote_addr);
}
