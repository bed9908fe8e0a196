/* admin.c - the back office: staff sign in with a password and a TOTP code;
 * editors publish content, operators work the cases of their offices,
 * managers see the dashboard. Its own database account and sessions. */
#include "admin/admin.h"
#include "core/app.h"

static const struct route routes[] = {
	/* method  pattern              handler                  flags */
	{ "GET",  "/admin",             page_admin_home,         0 },
	{ "GET",  "/admin/login",       page_admin_login_form,   0 },
	{ "POST", "/admin/login",       page_admin_login,        R_POST_BODY },
	{ "POST", "/admin/logout",      page_admin_logout,       R_POST_BODY },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "admin",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
	};
	return app_main(&app, argc, argv);
}
