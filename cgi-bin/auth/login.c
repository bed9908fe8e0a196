/* login.c - GET /auth/login: without parameters, the chooser (SPID button
 * with the trusted IdPs in random order, CIE button); with idp=ENTITYID
 * (&level=1|2|3&next=/path), the AuthnRequest to that IdP, by HTTP-Redirect
 * (302) or HTTP-POST (a self-submitting form). GET /auth/me: who is logged in,
 * as JSON for the page header. */
#include "auth.h"

#include <stdlib.h>
#include <string.h>

#include "auth/sp.h"
#include "core/app.h"
#include "saml/instant.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/log.h"
#include "core/req.h"
#include "session/sess.h"
#include "core/token.h"
#include "core/tpl.h"
#include "core/view.h"
#include "saml/codec.h"
#include "saml/sign.h"
#include "store/saml_store.h"

int auth_next_ok(const char *p)
{
	if (!p || p[0] != '/' || p[1] == '/' || p[1] == '\\' || strlen(p) > 500)
		return 0;
	for (const unsigned char *c = (const unsigned char *)p; *c; c++)
		if (*c < 0x21 || *c > 0x7e || *c == '\\')
			return 0;
	return 1;
}

/* Fisher-Yates with the CSPRNG: the SPID rules want the IdPs in random order. */
static void shuffle(size_t *idx, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = token_uniform((unsigned)i);
		size_t t = idx[i - 1];
		idx[i - 1] = idx[j];
		idx[j] = t;
	}
}

static int chooser(struct req *r, const char *next)
{
	size_t n = sp_state.idps.n, spid = 0, cie = 0;
	size_t *idx = arena_calloc(r->a, n + 1, sizeof(*idx));
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	shuffle(idx, n);
	for (size_t k = 0; k < n; k++) {
		const struct idp *idp = &sp_state.idps.idps[idx[k]];
		const char *base = idp->federation == FED_CIE ? arena_printf(r->a, "Login.Cie.%zu", cie++)
				   : arena_printf(r->a, "Login.Idps.%zu", spid++);
		req_set(r, arena_printf(r->a, "%s.entity_id", base), idp->entity_id);
		req_set(r, arena_printf(r->a, "%s.name", base), idp->display_name);
		req_set(r, arena_printf(r->a, "%s.logo", base), idp->logo);
	}
	req_set(r, "Login.next", next);
	/* who came to file a segnalazione may do it as a guest where the comune allows it */
	if (app_conf_int(r->app, "Cases.GuestReports", 0) == 1 &&
	    strncmp(next, "/segnalazioni/nuova", 19) == 0)
		req_set(r, "Login.guest", "1");
	view_page(r, "accesso", "Accedi ai servizi online", "/auth/login");
	view_crumb(r, "Accedi", NULL);
	r->tpl = "accesso.cs";
	r->cache_control = "no-store";
	return 200;
}

static const char *comparison_name(enum saml_comparison c)
{
	static const char *const names[] = { "exact", "minimum", "better", "maximum" };
	return names[c];
}

/* The form that carries a signed AuthnRequest by HTTP-POST. */
static int post_form(struct req *r, const struct idp *idp, const char *xml, const char *id,
		     const char *relay)
{
	const char *signed_xml = saml_sign(r->a, xml, id, sp_state.sp.key);
	if (!signed_xml)
		return 500;
	req_set(r, "Post.action", idp->sso_post);
	req_set(r, "Post.field", "SAMLRequest");
	req_set(r, "Post.value", codec_b64_encode(r->a, signed_xml, strlen(signed_xml)));
	req_set(r, "Post.relay", relay);
	req_set(r, "Post.idp", idp->display_name);
	view_page(r, "accesso", "Accesso in corso", "/auth/login");
	r->tpl = "saml_post.cs";
	r->cache_control = "no-store";
	return 200;
}

static int start(struct req *r, const struct idp *idp, int level, const char *next)
{
	double now = saml_now();
	struct authn_params p = {
		.id = arena_printf(r->a, "_%s", token_hex(r->a, 16)),
		.issue_instant = saml_instant(r->a, now),
		.level = level,
		.comparison = CMP_MINIMUM,
	};
	const char *xml = saml_authn_request(r->a, &sp_state.sp, idp, &p);
	const char *relay = token_new(r->a, 32);
	const char *browser = token_new(r->a, 32);
	const char *fed = idp->federation == FED_CIE ? "cie" : "spid";
	struct saml_pending pend = {
		.id = p.id, .relay_state = relay,
		.browser_hash = token_sha256_hex(r->a, browser), .federation = fed,
		.idp_entity_id = idp->entity_id, .level = level,
		.comparison = comparison_name(p.comparison), .next_path = next,
		.issue_instant = saml_sql_instant(r->a, now), .ttl_seconds = sp_state.request_seconds,
	};
	struct auth_log_entry log = {
		.event = "request", .federation = fed, .idp_entity_id = idp->entity_id,
		.request_id = p.id, .request_instant = p.issue_instant, .level = level,
		.remote_addr = req_env(r, "REMOTE_ADDR"),
	};
	if (!xml || saml_request_insert(r->db, &pend) < 0 || auth_log_write(r->db, &log) < 0)
		return 503;
	/* survives the IdP's cross-site POST back: SameSite=None (Secure under HTTPS) */
	req_set_cookie(r, LOGIN_COOKIE, browser, sp_state.request_seconds, SAMESITE_NONE);
	if (idp->binding == BIND_POST)
		return post_form(r, idp, xml, p.id, relay);
	const char *url = saml_redirect_url(r->a, idp->sso_redirect, "SAMLRequest", xml, relay,
					    sp_state.sp.key);
	if (!url)
		return 500;
	req_header(r, "Location", url);
	r->content_type = "text/plain; charset=utf-8";
	r->cache_control = "no-store";
	return 302;   /* SPID wants 302, not 303 */
}

int auth_login(struct req *r)
{
	const char *next = req_param(r, "next");
	if (!next || !auth_next_ok(next))
		next = "/";
	const char *entity = req_param(r, "idp");
	if (!entity || !*entity)
		return chooser(r, next);
	const struct idp *idp = idp_registry_find(&sp_state.idps, entity);
	if (!idp)
		return req_error(r, 400, "Il gestore di identità indicato non è tra quelli accettati.");
	const char *lv = req_param(r, "level");
	int level = sp_state.default_level;
	if (lv && *lv) {
		if (strlen(lv) != 1 || lv[0] < '1' || lv[0] > '3')
			return req_error(r, 400, "Il livello di sicurezza può essere 1, 2 o 3.");
		level = lv[0] - '0';
	}
	return start(r, idp, level, next);
}

int auth_me(struct req *r)
{
	const struct session s = *r->sess;
	static struct buf out;
	buf_reset(&out);
	if (!s.valid) {
		buf_puts(&out, "{\"logged\":false}");
	} else {
		char *name = tpl_json_string(s.name), *family = tpl_json_string(s.family_name);
		buf_puts(&out, "{\"logged\":true,\"name\":");
		buf_puts(&out, name ? name : "\"\"");
		buf_puts(&out, ",\"family_name\":");
		buf_puts(&out, family ? family : "\"\"");
		buf_puts(&out, "}");
		free(name);
		free(family);
	}
	r->body = &out;
	r->content_type = "application/json";
	r->cache_control = "no-store";
	return 200;
}
