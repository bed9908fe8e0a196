/* acs.c - POST /auth/acs, the Assertion Consumer Service. The pending
 * request is found by RelayState, burnt at once (whatever follows), must be
 * live and bound to this browser; the Response is judged against it by
 * saml/response.c; an accepted one becomes a session after the replay
 * check. Every outcome is written to the authentication register. A refusal
 * answers 400/403 with a courtesy page: no redirect, no session, no raw SAML. */
#include "auth.h"

#include <stdbool.h>
#include <string.h>

#include "auth/sp.h"
#include "saml/instant.h"
#include "core/arena.h"
#include "core/req.h"
#include "session/sess.h"
#include "core/token.h"
#include "saml/codec.h"
#include "saml/response.h"
#include "store/identity_store.h"
#include "store/saml_store.h"

#define MAX_RESPONSE (192 * 1024)

struct acs {
	struct req *r;
	struct auth_log_entry log;
	struct saml_outcome out;
};

static void log_outcome(struct acs *c, const char *event, const char *reason)
{
	c->log.event = event;
	c->log.reason = reason;
	c->log.response_id = c->out.response_id;
	c->log.response_instant = c->out.response_instant;
	c->log.response_issuer = c->out.response_issuer;
	c->log.assertion_id = c->out.assertion_id;
	c->log.subject = c->out.name_id;
	c->log.subject_qualifier = c->out.name_qualifier;
	auth_log_write(c->r->db, &c->log);   /* a failed log write must not turn a refusal into a pass */
}

static int refuse(struct acs *c, int status, const char *code, const char *detail)
{
	log_outcome(c, "refused", arena_printf(c->r->a, "%s: %s", code, detail ? detail : ""));
	req_set(c->r, "Error.title", "Accesso non riuscito");
	return req_error(c->r, status, "La risposta del gestore di identità non è valida o è scaduta, "
				       "quindi l'accesso non è stato effettuato. Riprova dall'inizio.");
}

/* AgID's courtesy messages for the errors an IdP returns (SPID rules,
 * "messaggi di errore"), in our words. */
static const char *idp_error_text(int nr)
{
	switch (nr) {
	case 19: return "Hai inserito credenziali errate troppe volte. Attendi qualche minuto e "
			"riprova, oppure rivolgiti al tuo gestore di identità.";
	case 20: return "La tua identità digitale non ha credenziali del livello di sicurezza "
			"richiesto da questo servizio. Attiva il livello richiesto presso il tuo "
			"gestore di identità o usa un'altra identità.";
	case 21: return "Il tempo per completare l'accesso è scaduto. Riprova.";
	case 22: return "Hai negato il consenso all'invio dei dati richiesti: senza consenso non è "
			"possibile accedere al servizio.";
	case 23: return "La tua identità digitale risulta sospesa, revocata o bloccata. Rivolgiti al "
			"tuo gestore di identità.";
	case 25: return "Hai annullato l'accesso. Puoi riprovare quando vuoi.";
	case 30: return "L'identità digitale usata non è adatta a questo servizio (per esempio è "
			"un'identità professionale o di una persona giuridica): accedi con la tua "
			"identità personale.";
	default: return "Il gestore di identità non ha completato l'autenticazione. Riprova.";
	}
}

static int idp_error(struct acs *c)
{
	log_outcome(c, "idp-error", arena_printf(c->r->a, "ErrorCode nr%d", c->out.error_number));
	req_set(c->r, "Error.title", "Accesso non effettuato");
	req_set_int(c->r, "Error.code", c->out.error_number);
	return req_error(c->r, 403, idp_error_text(c->out.error_number));
}

static const char *attr(const struct saml_outcome *o, const char *name)
{
	for (size_t i = 0; i < o->nattrs; i++)
		if (strcmp(o->attrs[i].name, name) == 0)
			return o->attrs[i].value;
	return NULL;
}

static int login(struct acs *c, const struct idp *idp, const char *next)
{
	struct req *r = c->r;
	int replay = 0;
	if (saml_assertion_remember(r->db, c->out.assertion_id, idp->entity_id,
				    c->out.assertion_not_on_or_after, &replay) < 0)
		return 503;
	if (replay)
		return refuse(c, 403, "replay", "assertion ID already used");
	const char *fn = attr(&c->out, "fiscalNumber");
	if (!fn)   /* the judge checks it when requested; Auth.Attributes may not ask for it */
		return refuse(c, 403, "missing-attribute", "no fiscalNumber: citizens are keyed by it");
	const char *fed = idp->federation == FED_CIE ? "cie" : "spid";
	const char *email = attr(&c->out, "email"), *mobile = attr(&c->out, "mobilePhone");
	struct citizen_login cl = {
		.fiscal_code = fn + 6,   /* "TINIT-" checked by the judge */
		.name = attr(&c->out, "name"), .family_name = attr(&c->out, "familyName"),
		.email = email ? email : "", .mobile_phone = mobile ? mobile : "",
		.date_of_birth = attr(&c->out, "dateOfBirth"), .level = c->out.level,
		.federation = fed, .idp_entity_id = idp->entity_id,
	};
	long long id;
	struct session_row row = {
		.level = c->out.level, .federation = fed, .idp_entity_id = idp->entity_id,
		.name_id = c->out.name_id, .name_qualifier = c->out.name_qualifier,
		.session_index = c->out.session_index ? c->out.session_index : "",
	};
	if (citizen_upsert(r->db, r->a, &cl, &id) < 0)
		return 503;
	row.citizen_id = id;
	if (sess_start(r, &row) < 0)
		return 503;
	c->log.level = c->out.level;
	c->log.fiscal_code = cl.fiscal_code;
	log_outcome(c, "login", NULL);
	req_set_cookie(r, LOGIN_COOKIE, "", 0, SAMESITE_NONE);
	return req_redirect(r, 303, next);
}

static enum saml_comparison comparison(const char *s)
{
	return strcmp(s, "exact") == 0 ? CMP_EXACT : strcmp(s, "better") == 0 ? CMP_BETTER :
	       strcmp(s, "maximum") == 0 ? CMP_MAXIMUM : CMP_MINIMUM;
}

/* The pending request RELAY names, found, burnt and bound to this browser;
 * 0 when it may be answered, else the status of the refusal (or 503). */
static int pending(struct acs *c, const char *relay, struct saml_pending *p)
{
	struct req *r = c->r;
	bool found = false;
	int used = 0;
	if (saml_request_by_relay(r->db, r->a, relay, p, &found) < 0)
		return 503;
	if (!found)
		return refuse(c, 400, "unknown-request", "RelayState matches no request we sent");
	c->log.request_id = p->id;
	c->log.federation = p->federation;
	c->log.idp_entity_id = p->idp_entity_id;
	if (saml_request_consume(r->db, p->id, &used) < 0)
		return 503;
	if (!used || !p->live)
		return refuse(c, 400, "request-used-or-expired", "the request was answered or expired");
	return 0;
}

/* What the Response must match: the request P, sent to IDP. */
static struct saml_expect expectation(const struct saml_pending *p, const struct idp *idp)
{
	static const char *const cie_attrs[] = { "name", "familyName", "fiscalNumber", NULL };
	struct saml_expect e = {
		.sp_entity_id = idp->federation == FED_CIE ? sp_state.sp.cie_entity_id
							   : sp_state.sp.entity_id,
		.acs_url = sp_state.sp.acs_url, .request_id = p->id,
		.request_instant = p->issue_unix, .idp = idp, .level = p->level,
		.comparison = comparison(p->comparison), .attributes = sp_state.attributes,
		.now = saml_now(), .skew_seconds = sp_state.skew_seconds,
	};
	if (idp->federation == FED_CIE)
		e.attributes = cie_attrs;   /* CIE releases only the eIDAS minimum set */
	return e;
}

int auth_acs(struct req *r)
{
	struct acs c;
	struct saml_pending p;
	memset(&c, 0, sizeof c);
	c.r = r;
	c.log.remote_addr = req_env(r, "REMOTE_ADDR");
	r->cache_control = "no-store";
	const char *b64 = req_form(r, "SAMLResponse"), *relay = req_form(r, "RelayState");
	if (!relay || !*relay)
		return refuse(&c, 400, "missing-fields", "RelayState absent");
	int status = pending(&c, relay, &p);
	if (status)
		return status;
	if (!b64 || !*b64)   /* checked after the burn: a broken post ends the request too */
		return refuse(&c, 400, "missing-fields", "SAMLResponse absent");
	const char *cookie = req_cookie(r, LOGIN_COOKIE);
	if (!cookie || !token_equal(token_sha256_hex(r->a, cookie), p.browser_hash))
		return refuse(&c, 403, "other-browser", "the login cookie does not match the request");
	const struct idp *idp = idp_registry_find(&sp_state.idps, p.idp_entity_id);
	if (!idp)
		return refuse(&c, 403, "idp-not-trusted", "the IdP is no longer in the registry");
	size_t len = 0;
	const char *xml = codec_b64_decode(r->a, b64, MAX_RESPONSE, &len);
	if (!xml)
		return refuse(&c, 400, "bad-encoding", "SAMLResponse is not valid base64 or too large");
	struct saml_expect e = expectation(&p, idp);
	saml_response_judge(xml, len, &e, r->a, &c.out);
	if (c.out.idp_error)
		return idp_error(&c);
	if (!c.out.accepted)
		return refuse(&c, 403, c.out.refusal.code, c.out.refusal.detail);
	return login(&c, idp, p.next_path);
}
