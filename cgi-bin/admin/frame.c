/* frame.c - the frame of every back office page: title, canonical URL,
 * breadcrumb from "Area riservata", template; and the staff header's data
 * (name, role, offices, the rooms the role opens), loaded with the session
 * so that every page of the program, error pages included, wears it. */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"
#include "store/bo_case_store.h"

void admin_frame(struct req *r, const char *title, const char *canonical, const char *list,
		 const char *list_url, const char *tpl)
{
	view_page(r, "admin", title, canonical);
	view_crumb(r, "Area riservata", "/admin");
	if (list)
		view_crumb(r, list, list_url);
	view_crumb(r, title, NULL);
	r->tpl = tpl;
}

static const char *role_label(unsigned role)
{
	if (role & ROLE_ADMIN)
		return "Amministratore";
	if (role & ROLE_MANAGER)
		return "Responsabile";
	if (role & ROLE_EDITOR)
		return "Redattore";
	return "Operatore";
}

/* Can.*: the rooms of the back office the role opens, for the header's
 * navigation and the home page. */
static void rooms(struct req *r, unsigned role)
{
	req_set_int(r, "Can.content", (role & (ROLE_EDITOR | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.cases", (role & (ROLE_OPERATOR | ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.dashboard", (role & (ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.setup", (role & ROLE_ADMIN) != 0);
}

int admin_access(struct req *r, unsigned flags)
{
	int st = staff_access(r, flags);
	if (!r->staff || !r->staff->valid)
		return st;
	struct bo_scope mine = { .staff_id = r->staff->id };
	struct db_rows offices;
	if (bo_offices(r->db, r->a, &mine, &offices) < 0)
		return 503;
	view_rows(r, "Staff.Offices", &offices);
	req_set(r, "Staff.role_label", role_label(r->staff->role));
	rooms(r, r->staff->role);
	return st;
}
