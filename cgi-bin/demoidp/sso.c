/* sso.c - the demo IdP's single sign-on and logout. Every message from the
 * SP is verified with the SP's certificate, on the form and again on the
 * answer (the form carries the original signed query, not loose fields). */
#include "demoidp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/log.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "saml/build.h"
#include "saml/codec.h"
#include "saml/instant.h"
#include "saml/response.h"
#include "saml/sign.h"

#define MAX_CITIZENS 16

static struct {
	struct saml_key *key;
	char *sp_cert;
	char entity_id[600], sp_entity_id[600], acs_url[600], sp_slo_url[600], slo_url[600];
} idp;

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	char *buf = calloc(1, 65536);
	if (!buf)
		abort();
	size_t n = fread(buf, 1, 65535, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

int demoidp_init(struct app *app)
{
	if (saml_init() < 0)
		return -1;
	const char *base = app_conf(app, "Site.BaseUrl", "");
	snprintf(idp.entity_id, sizeof idp.entity_id, "%s/demo-idp", base);
	snprintf(idp.slo_url, sizeof idp.slo_url, "%s/demo-idp/slo", base);
	snprintf(idp.sp_entity_id, sizeof idp.sp_entity_id, "%s/auth/metadata", base);
	snprintf(idp.acs_url, sizeof idp.acs_url, "%s/auth/acs", base);
	snprintf(idp.sp_slo_url, sizeof idp.sp_slo_url, "%s/auth/slo", base);
	idp.key = saml_key_load(app_conf(app, "Idp.KeyFile", ""), app_conf(app, "Idp.CertFile", ""));
	idp.sp_cert = read_file(app_conf(app, "Idp.SpCertFile", ""));
	if (!idp.key || !idp.sp_cert) {
		log_error("demo IdP: key or SP certificate missing");
		return -1;
	}
	return 0;
}

void demoidp_fini(struct app *app)
{
	(void)app;
	saml_key_free(idp.key);
	free(idp.sp_cert);
	saml_shutdown();
}

/* The AuthnRequest in QUERY (raw HTTP-Redirect query), verified. */
static int read_request(struct req *r, const char *query, struct authn_seen *seen,
			const char **relay)
{
	const char *certs[] = { idp.sp_cert };
	const char *xml = query ? saml_redirect_receive(r->a, query, "SAMLRequest", certs, 1, relay)
				: NULL;
	if (!xml || saml_authn_request_read(r->a, xml, strlen(xml), seen) < 0)
		return -1;
	return strcmp(seen->issuer, idp.sp_entity_id) == 0 ? 0 : -1;
}

static int citizen_count(struct req *r)
{
	int n = 0;
	while (n < MAX_CITIZENS &&
	       app_conf(r->app, arena_printf(r->a, "Idp.Citizens.%d.fiscalNumber", n), NULL))
		n++;
	return n;
}

static const char *citizen(struct req *r, int i, const char *field)
{
	return app_conf(r->app, arena_printf(r->a, "Idp.Citizens.%d.%s", i, field), "");
}

int demoidp_sso_form(struct req *r)
{
	struct authn_seen seen;
	const char *relay = NULL, *query = req_env(r, "QUERY_STRING");
	if (read_request(r, query, &seen, &relay) < 0)
		return req_error(r, 400, "Richiesta di autenticazione assente, non firmata dal "
					 "fornitore di servizi o non valida.");
	int n = citizen_count(r);
	for (int i = 0; i < n; i++) {
		req_setf(r, "DemoIdp.Citizens.%d.index=%d", i, i);
		req_set(r, arena_printf(r->a, "DemoIdp.Citizens.%d.name", i), citizen(r, i, "name"));
		req_set(r, arena_printf(r->a, "DemoIdp.Citizens.%d.family_name", i),
			citizen(r, i, "familyName"));
		req_set(r, arena_printf(r->a, "DemoIdp.Citizens.%d.fiscal_code", i),
			citizen(r, i, "fiscalNumber") + 6);
	}
	req_set(r, "DemoIdp.q", query);
	req_set_int(r, "DemoIdp.level", seen.level);
	req_set(r, "DemoIdp.name", app_conf(r->app, "Idp.Name", "Demo IdP"));
	view_page(r, "accesso", "Demo IdP: scegli l'identità", "/demo-idp/sso");
	r->tpl = "demo_idp.cs";
	r->cache_control = "no-store";
	return 200;
}

static const char *new_id(struct req *r)
{
	return arena_printf(r->a, "_%s", token_hex(r->a, 16));
}

int demoidp_sso_answer(struct req *r)
{
	struct authn_seen seen;
	const char *relay = NULL;
	if (read_request(r, req_form(r, "q"), &seen, &relay) < 0)
		return req_error(r, 400, "Richiesta di autenticazione non valida.");
	const char *pick = req_form(r, "citizen");
	int n = citizen_count(r), i = pick && *pick ? atoi(pick) : -1;
	if (i < 0 || i >= n || strspn(pick, "0123456789") != strlen(pick))
		return req_error(r, 400, "Scegli una delle identità proposte.");
	static const char *const names[] = { "name", "familyName", "fiscalNumber", "email" };
	struct saml_attr attrs[4];
	for (int k = 0; k < 4; k++) {
		attrs[k].name = names[k];
		attrs[k].value = citizen(r, i, names[k]);
	}
	struct idp_assertion p = {
		.idp_entity_id = idp.entity_id, .sp_entity_id = idp.sp_entity_id,
		.acs_url = idp.acs_url, .in_response_to = seen.id, .response_id = new_id(r),
		.assertion_id = new_id(r), .name_id = new_id(r), .session_index = new_id(r),
		.now = saml_now(), .level = seen.level, .nattrs = 4, .attrs = attrs,
	};
	const char *xml = saml_idp_response(r->a, &p, idp.key);
	if (!xml)
		return 500;
	req_set(r, "Post.action", idp.acs_url);
	req_set(r, "Post.field", "SAMLResponse");
	req_set(r, "Post.value", codec_b64_encode(r->a, xml, strlen(xml)));
	req_set(r, "Post.relay", relay ? relay : "");
	req_set(r, "Post.idp", "Comune di Valdimonte");
	view_page(r, "accesso", "Ritorno al servizio", "/demo-idp/sso");
	r->tpl = "saml_post.cs";
	r->cache_control = "no-store";
	return 200;
}

int demoidp_slo(struct req *r)
{
	const char *certs[] = { idp.sp_cert }, *relay = NULL;
	const char *xml = saml_redirect_receive(r->a, req_env(r, "QUERY_STRING"), "SAMLRequest",
						certs, 1, &relay);
	/* roles swapped: the SP is "the other party" whose message we judge */
	struct idp sp = { .entity_id = idp.sp_entity_id, .ncerts = 1 };
	sp.certs_pem[0] = idp.sp_cert;
	struct saml_logout_seen seen;
	struct saml_refusal why;
	if (!xml || saml_logout_judge(xml, strlen(xml), &sp, idp.slo_url, saml_now(), 120, 0,
				      r->a, &seen, &why) < 0 || !seen.is_request)
		return req_error(r, 400, "Richiesta di logout non valida.");
	struct saml_sp me = { .entity_id = idp.entity_id, .key = idp.key };
	struct idp back = { .entity_id = idp.sp_entity_id, .slo_redirect = idp.sp_slo_url };
	const char *resp = saml_logout_response(r->a, &me, &back, new_id(r),
						saml_instant(r->a, saml_now()), seen.id, 1);
	const char *url = resp ? saml_redirect_url(r->a, idp.sp_slo_url, "SAMLResponse", resp, relay,
						   idp.key) : NULL;
	return url ? req_redirect_external(r, url) : 500;
}
