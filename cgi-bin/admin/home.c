/* home.c - GET /admin: what the signed-in staff member can do, by role. */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"

int page_admin_home(struct req *r)
{
	struct staff s;
	int st = admin_staff(r, &s);
	if (st)
		return st;
	req_set_int(r, "Can.content", (s.role & (ROLE_EDITOR | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.cases", (s.role & (ROLE_OPERATOR | ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.dashboard", (s.role & (ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.setup", (s.role & ROLE_ADMIN) != 0);
	view_page(r, "admin", "Area riservata", "/admin");
	r->tpl = "admin/home.cs";
	return 200;
}
