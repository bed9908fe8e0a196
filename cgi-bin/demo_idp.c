/* demo_idp.c - a DEMO SPID identity provider for `make run` and the tests:
 * it verifies the SP's signed AuthnRequest, lets the user pick one of a few
 * fictional citizens, and posts back a correctly signed Response. Enabled only
 * in the demo and test configuration (conf/ctl.sh); never in production. */
#include "core/app.h"
#include "demoidp/demoidp.h"

static const struct route routes[] = {
	/* method  pattern            handler              flags */
	{ "GET",  "/demo-idp/sso",    demoidp_sso_form,    0 },
	{ "POST", "/demo-idp/sso",    demoidp_sso_answer,  R_POST_BODY | R_NO_CSRF },
	{ "GET",  "/demo-idp/slo",    demoidp_slo,         0 },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "demo-idp",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.worker_init = demoidp_init,
		.worker_fini = demoidp_fini,
	};
	return app_main(&app, argc, argv);
}
