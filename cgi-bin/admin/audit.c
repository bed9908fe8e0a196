/* audit.c - the staff session the pipeline checked (session/staff_sess.c
 * loads it for R_STAFF routes) and the audit log every action writes to. */
#include "admin.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "store/audit_store.h"

int admin_staff(struct req *r, struct staff *s)
{
	*s = *r->staff;
	return 0;
}

void admin_audit(struct req *r, const struct staff *s, const char *action, const char *type,
		 const char *id, const char *before, const char *after)
{
	struct audit_entry e = {
		.staff_id = s && s->valid ? s->id : 0, .action = action, .object_type = type,
		.object_id = id, .before = before, .after = after,
		.remote_addr = req_env(r, "REMOTE_ADDR"),
	};
	audit_write(r->db, &e);
}
