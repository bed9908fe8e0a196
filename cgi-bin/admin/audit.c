/* audit.c - the audit log every action of the staff writes to. */
#include "admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "store/audit_store.h"

int admin_audit(struct req *r, const struct staff *s, const char *action, const char *type,
		const char *id, const char *before, const char *after)
{
	struct audit_entry e = {
		.staff_id = s && s->valid ? s->id : 0, .action = action, .object_type = type,
		.object_id = id, .before = before, .after = after,
		.remote_addr = req_env(r, "REMOTE_ADDR"),
	};
	return audit_write(r->db, &e);
}
