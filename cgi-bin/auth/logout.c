/* logout.c - ending a session. GET /auth/logout shows a confirmation form;
 * POST /auth/logout (CSRF-checked) ends the local session at once, then for
 * SPID sends a LogoutRequest to the IdP by HTTP-Redirect, for CIE (no SAML
 * logout) sends the browser to its logout page. /auth/slo receives the IdP's
 * LogoutResponse, or an IdP-initiated LogoutRequest that we honour and answer
 * with a signed LogoutResponse. */
#include "auth.h"

#include <string.h>

#include "auth/sp.h"
#include "saml/instant.h"
#include "core/arena.h"
#include "core/req.h"
#include "session/sess.h"
#include "core/token.h"
#include "core/view.h"
#include "saml/codec.h"
#include "saml/response.h"
#include "store/session_store.h"
#include "store/saml_store.h"

#define MAX_LOGOUT (64 * 1024)

static int done_page(struct req *r, const char *message)
{
	req_set(r, "Logout.message", message);
	view_page(r, "accesso", "Sei uscito", "/auth/logout");
	r->tpl = "logout.cs";
	r->cache_control = "no-store";
	return 200;
}

int auth_logout_form(struct req *r)
{
	if (!r->sess->valid)
		return done_page(r, "Non risulta un accesso attivo su questo browser.");
	view_page(r, "accesso", "Esci", "/auth/logout");
	r->tpl = "logout.cs";
	r->cache_control = "no-store";
	return 200;
}

static void log_logout(struct req *r, const struct session *s, const char *reason)
{
	struct auth_log_entry e = {
		.event = "logout", .federation = s->federation, .idp_entity_id = s->idp_entity_id,
		.subject = s->name_id, .subject_qualifier = s->name_qualifier,
		.fiscal_code = s->fiscal_code, .reason = reason,
		.remote_addr = req_env(r, "REMOTE_ADDR"),
	};
	auth_log_write(r->db, &e);
}

int auth_logout(struct req *r)
{
	const struct session s = *r->sess;   /* R_CSRF was checked against it */
	if (!s.valid)
		return done_page(r, "Non risulta un accesso attivo su questo browser.");
	if (sess_end(r, &s) < 0)
		return 503;
	log_logout(r, &s, "sp-initiated");
	const struct idp *idp = idp_registry_find(&sp_state.idps, s.idp_entity_id);
	if (!idp || !*idp->slo_redirect)
		return done_page(r, "Sei uscito dai servizi online del Comune.");
	if (idp->federation == FED_CIE)   /* CIE: a plain redirect to its logout page */
		return req_redirect_external(r, idp->slo_redirect);
	const char *id = arena_printf(r->a, "_%s", token_hex(r->a, 16));
	const char *xml = saml_logout_request(r->a, &sp_state.sp, idp, id, saml_instant(r->a, saml_now()),
					      s.name_id, s.name_qualifier, s.session_index);
	const char *url = xml ? saml_redirect_url(r->a, idp->slo_redirect, "SAMLRequest", xml,
						  token_new(r->a, 24), sp_state.sp.key) : NULL;
	if (!url)
		return done_page(r, "Sei uscito dai servizi online del Comune.");
	return req_redirect_external(r, url);
}

/* Which IdP sent this? Only the Issuer tells, before verification; the
 * verification that follows is against that IdP's own keys. */
static const struct idp *issuer_of(struct req *r, const char *xml, size_t len)
{
	const char *issuer = saml_logout_issuer(xml, len, r->a);
	return issuer ? idp_registry_find(&sp_state.idps, issuer) : NULL;
}

/* IdP-initiated: end the subject's sessions, answer Success (by HTTP-Redirect). */
static int answer_request(struct req *r, const struct idp *idp, const struct saml_logout_seen *seen,
			  const char *relay)
{
	if (session_delete_subject(r->db, idp->entity_id, seen->name_id) < 0)
		return 503;
	struct session none = { .federation = idp->federation == FED_CIE ? "cie" : "spid",
				.idp_entity_id = idp->entity_id, .name_id = seen->name_id };
	log_logout(r, &none, "idp-initiated");
	req_set_cookie(r, SESS_COOKIE, "", 0, SAMESITE_LAX);
	const char *xml = saml_logout_response(r->a, &sp_state.sp, idp,
					       arena_printf(r->a, "_%s", token_hex(r->a, 16)),
					       saml_instant(r->a, saml_now()), seen->id, 1);
	const char *url = xml ? saml_redirect_url(r->a, idp->slo_redirect, "SAMLResponse", xml,
						  relay, sp_state.sp.key) : NULL;
	if (!url)
		return 500;
	return req_redirect_external(r, url);
}

/* A logout message from IDP, its signature already checked (Redirect) or
 * to be checked in the XML (POST). */
static int handle(struct req *r, const struct idp *idp, const char *xml, size_t len,
		  const char *relay, int signed_xml)
{
	struct saml_logout_seen seen;
	struct saml_refusal why;
	if (saml_logout_judge(xml, len, idp, sp_state.sp.slo_url, saml_now(),
			      sp_state.skew_seconds, signed_xml, r->a, &seen, &why) < 0)
		return req_error(r, 400, "Messaggio di logout non valido.");
	if (seen.is_request)
		return answer_request(r, idp, &seen, relay);
	return done_page(r, seen.success ? "Sei uscito dai servizi online e dal gestore di identità."
					 : "Sei uscito dai servizi online del Comune; il gestore di "
					   "identità non ha confermato l'uscita dalla sua sessione.");
}

/* GET /auth/slo: HTTP-Redirect. The query signature is tried with each
 * IdP's keys; the one that verifies must also be the message's Issuer. */
int auth_slo(struct req *r)
{
	r->cache_control = "no-store";
	const char *param = req_param(r, "SAMLRequest") ? "SAMLRequest" : "SAMLResponse";
	const char *query = req_env(r, "QUERY_STRING");
	if (!req_param(r, param))
		return req_error(r, 400, "Messaggio di logout assente.");
	const char *relay = NULL;
	for (size_t i = 0; i < sp_state.idps.n; i++) {
		const struct idp *idp = &sp_state.idps.idps[i];
		const char *xml = saml_redirect_receive(r->a, query, param,
							(const char *const *)idp->certs_pem,
							idp->ncerts, &relay);
		if (xml && issuer_of(r, xml, strlen(xml)) == idp)
			return handle(r, idp, xml, strlen(xml), relay, 0);
	}
	return req_error(r, 400, "Messaggio di logout non valido o di un gestore di identità sconosciuto.");
}

/* POST /auth/slo: HTTP-POST, the XML must carry the IdP's signature. */
int auth_slo_post(struct req *r)
{
	r->cache_control = "no-store";
	const char *b64 = req_form(r, "SAMLRequest");
	if (!b64)
		b64 = req_form(r, "SAMLResponse");
	size_t len = 0;
	const char *xml = b64 ? codec_b64_decode(r->a, b64, MAX_LOGOUT, &len) : NULL;
	const struct idp *idp = xml ? issuer_of(r, xml, len) : NULL;
	if (!idp)
		return req_error(r, 400, "Messaggio di logout non valido o di un gestore di identità sconosciuto.");
	return handle(r, idp, xml, len, req_form(r, "RelayState"), 1);
}
