/* home.c - GET /admin: what the signed-in staff member can do, by role
 * (the Can.* rooms frame.c sets for every page). */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"

int page_admin_home(struct req *r)
{
	view_page(r, "admin", "Area riservata", "/admin");
	r->tpl = "admin/home.cs";
	return 200;
}
