/* auth.c - SPID and CIE login: a SAML 2.0 Service Provider following the
 * AgID rules. Its database account reaches sessions, citizens and the SAML
 * state only. */
#include "auth/auth.h"
#include "auth/sp.h"
#include "core/app.h"
#include "session/sess.h"

static const struct route routes[] = {
	/* method  pattern               handler               flags */
	{ "GET",  "/auth/login",         auth_login,           R_SESSION },
	{ "GET",  "/auth/me",            auth_me,              R_SESSION },
	{ "POST", "/auth/acs",           auth_acs,             R_POST_BODY | R_NO_CSRF },
	{ "GET",  "/auth/metadata",      auth_metadata_spid,   0 },
	{ "GET",  "/auth/metadata/cie",  auth_metadata_cie,    0 },
	{ "GET",  "/auth/logout",        auth_logout_form,     R_SESSION },
	{ "POST", "/auth/logout",        auth_logout,          R_POST_BODY | R_SESSION | R_CSRF },
	{ "GET",  "/auth/slo",           auth_slo,             0 },
	{ "POST", "/auth/slo",           auth_slo_post,        R_POST_BODY | R_NO_CSRF },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "auth",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.worker_init = sp_init,
		.worker_fini = sp_fini,
		.access = sess_access,
		.csrf_token = sess_csrf_token,
	};
	return app_main(&app, argc, argv);
}
