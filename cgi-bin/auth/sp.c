/* sp.c - see sp.h. */
#include "sp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/log.h"
#include "core/req.h"
#include "saml/response.h"
#include "saml/sign.h"

struct sp_state sp_state;

static char base_buf[4][1100];

static const char *join(int slot, const char *base, const char *path)
{
	snprintf(base_buf[slot], sizeof base_buf[slot], "%s%s", base, path);
	return base_buf[slot];
}

static void load_attributes(struct app *app)
{
	size_t n = 0;
	for (; n + 1 < sizeof sp_state.attributes / sizeof *sp_state.attributes; n++) {
		char key[40];
		snprintf(key, sizeof key, "Auth.Attributes.%zu", n);
		const char *v = app_conf(app, key, NULL);
		if (!v)
			break;
		sp_state.attributes[n] = v;
	}
	sp_state.attributes[n] = NULL;
}

static int load_idps(struct app *app)
{
	const char *dirs[8];
	const char *post[16];
	size_t nd = 0, np = 0;
	char key[40];
	for (; nd < 8; nd++) {
		snprintf(key, sizeof key, "Auth.IdpDirs.%zu", nd);
		if (!(dirs[nd] = app_conf(app, key, NULL)))
			break;
	}
	for (; np + 1 < 16; np++) {
		snprintf(key, sizeof key, "Auth.PostBinding.%zu", np);
		if (!(post[np] = app_conf(app, key, NULL)))
			break;
	}
	post[np] = NULL;
	return idp_registry_load(&sp_state.idps, dirs, nd, post);
}

int sp_init(struct app *app)
{
	if (saml_init() < 0)
		return -1;
	const char *base = app_conf(app, "Site.BaseUrl", "");
	struct saml_sp *sp = &sp_state.sp;
	sp->entity_id = join(0, base, "/auth/metadata");
	sp->cie_entity_id = join(1, base, "/auth/metadata/cie");
	sp->acs_url = join(2, base, "/auth/acs");
	sp->slo_url = join(3, base, "/auth/slo");
	sp->org_name = app_conf(app, "Auth.Org.Name", "");
	sp->org_display_name = app_conf(app, "Auth.Org.DisplayName", sp->org_name);
	sp->org_url = app_conf(app, "Auth.Org.Url", base);
	sp->ipa_code = app_conf(app, "Auth.Org.IpaCode", "");
	sp->email = app_conf(app, "Auth.Org.Email", "");
	sp->phone = app_conf(app, "Auth.Org.Phone", "");
	sp->municipality = app_conf(app, "Auth.Org.Municipality", "");
	sp->service_name = app_conf(app, "Auth.Org.ServiceName", sp->org_name);
	load_attributes(app);
	sp->attributes = sp_state.attributes;
	sp_state.skew_seconds = app_conf_int(app, "Auth.SkewSeconds", 120);
	sp_state.request_seconds = app_conf_int(app, "Auth.RequestSeconds", 900);
	sp_state.default_level = app_conf_int(app, "Auth.DefaultLevel", 2);
	sp->key = saml_key_load(app_conf(app, "Auth.KeyFile", "var/keys/sp.key"),
				app_conf(app, "Auth.CertFile", "var/keys/sp.crt"));
	if (!sp->key)
		return -1;
	return load_idps(app);
}

void sp_fini(struct app *app)
{
	(void)app;
	idp_registry_free(&sp_state.idps);
	saml_key_free((struct saml_key *)sp_state.sp.key);
	sp_state.sp.key = NULL;
	saml_shutdown();
}
