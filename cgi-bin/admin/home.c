/* home.c - GET /admin: what the signed-in staff member can do, by role. */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"

int page_admin_home(struct req *r)
{
	unsigned role = r->staff->role;
	req_set_int(r, "Can.content", (role & (ROLE_EDITOR | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.cases", (role & (ROLE_OPERATOR | ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.dashboard", (role & (ROLE_MANAGER | ROLE_ADMIN)) != 0);
	req_set_int(r, "Can.setup", (role & ROLE_ADMIN) != 0);
	view_page(r, "admin", "Area riservata", "/admin");
	r->tpl = "admin/home.cs";
	return 200;
}
