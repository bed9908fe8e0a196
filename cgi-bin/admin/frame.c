/* frame.c - the frame of every back office page: title, canonical URL,
 * breadcrumb from "Area riservata", template; and the staff header's data
 * (name, role, offices, the rooms the role opens), loaded with the session
 * so that every page of the program, error pages included, wears it. */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"
#include <string.h>

#include "core/arena.h"
#include "store/session_store.h"

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

/* Staff.Offices.N.name: the names the session statement read (one round
 * trip less on every page than a query of their own). */
static void offices(struct req *r, const char *names)
{
	HDF *list = req_node(r, "Staff.Offices");
	size_t n = 0;
	for (const char *p = names; p && *p; n++) {
		const char *end = strchr(p, STAFF_OFFICE_SEP);
		size_t len = end ? (size_t)(end - p) : strlen(p);
		req_node_set(view_list_row(list, n), "name", arena_strndup(r->a, p, len));
		p = end ? end + 1 : p + len;
	}
}

int admin_access(struct req *r, unsigned flags)
{
	int st = staff_access(r, flags);
	if (!r->staff || !r->staff->valid)
		return st;
	offices(r, r->staff->office_names);
	req_set(r, "Staff.role_label", role_label(r->staff->role));
	rooms(r, r->staff->role);
	return st;
}
