/* audit_store.h - the audit log: every staff action with who, what, when,
 * and the object before and after. */
#ifndef STORE_AUDIT_STORE_H
#define STORE_AUDIT_STORE_H

#include "core/db.h"

struct audit_entry {
	long long staff_id;            /* 0: unknown (a failed login) */
	const char *action, *object_type, *object_id;
	const char *before, *after;    /* may be NULL */
	const char *remote_addr;
};

int audit_write(struct db *db, const struct audit_entry *e);

#endif
