/* identity_store.c - see identity_store.h. */
#include "identity_store.h"

#include <stdlib.h>

#include "core/db.h"

int citizen_upsert(struct db *db, struct arena *a, const struct citizen_login *c, long long *id)
{
	/* LAST_INSERT_ID(id) makes the existing row's id readable after an update */
	static const char sql[] =
		"INSERT INTO citizens (fiscal_code, name, family_name, email, mobile_phone, "
		"date_of_birth, last_level, last_federation, last_idp, last_login_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3)) "
		"ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), name = VALUES(name), "
		"family_name = VALUES(family_name), "
		"email = IF(VALUES(email) = '', email, VALUES(email)), "
		"mobile_phone = IF(VALUES(mobile_phone) = '', mobile_phone, VALUES(mobile_phone)), "
		"date_of_birth = COALESCE(VALUES(date_of_birth), date_of_birth), "
		"last_level = VALUES(last_level), last_federation = VALUES(last_federation), "
		"last_idp = VALUES(last_idp), last_login_at = NOW(3)";
	(void)a;
	if (db_exec(db, sql, "ssssssiss", c->fiscal_code, c->name, c->family_name, c->email,
		    c->mobile_phone, c->date_of_birth, c->level, c->federation, c->idp_entity_id) < 0)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}
