/* frame.c - the frame of every back office page: title, canonical URL,
 * breadcrumb from "Area riservata", template. */
#include "admin.h"

#include "core/req.h"
#include "core/view.h"

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
