/* sp.h - the auth program's per-worker state: who we are as a Service
 * Provider (entityIDs, ACS and SLO URLs from Site.BaseUrl, the organisation
 * from Auth.Org.*), our signing key, and the trusted IdPs. Built after fork,
 * rebuilt by the next generation of workers on SIGHUP. */
#ifndef AUTH_SP_H
#define AUTH_SP_H

#include "saml/build.h"
#include "saml/idp_registry.h"

struct app;
struct req;

struct sp_state {
	struct saml_sp sp;
	struct idp_registry idps;
	int skew_seconds;
	int request_seconds;
	int default_level;
	const char *attributes[16];
};

extern struct sp_state sp_state;

int sp_init(struct app *app);
void sp_fini(struct app *app);

#endif
