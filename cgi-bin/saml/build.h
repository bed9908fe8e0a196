/* build.h - the SAML messages we write: AuthnRequest, SP metadata (SPID and
 * CIE), LogoutRequest/LogoutResponse, and the HTTP-Redirect / HTTP-POST
 * bindings that carry them; plus, for the demo identity provider only, the
 * Response with its Assertion. All XML is built with libxml2's tree API (never
 * by pasting strings), and signed with sign.h. */
#ifndef SAML_BUILD_H
#define SAML_BUILD_H

#include <stddef.h>

#include "saml/idp.h"
#include "saml/response.h"

struct arena;
struct saml_key;

/* Who we are, from the auth program's configuration. */
struct saml_sp {
	const char *entity_id;          /* SPID metadata entityID */
	const char *cie_entity_id;      /* CIE metadata entityID */
	const char *acs_url;            /* AssertionConsumerService, index 0, HTTP-POST */
	const char *slo_url;            /* SingleLogoutService (Redirect and POST) */
	const char *org_name;           /* OrganizationName: "Comune di Valdimonte" */
	const char *org_display_name;   /* OrganizationDisplayName */
	const char *org_url;
	const char *ipa_code;           /* spid:IPACode / cie:IPACode, e.g. "c_v999" */
	const char *email;              /* ContactPerson EmailAddress */
	const char *phone;              /* "+39..." no spaces, may be "" */
	const char *municipality;       /* cie:Municipality, Belfiore code */
	const char *service_name;       /* AttributeConsumingService ServiceName */
	const char *const *attributes;  /* requested attribute names, NULL-terminated */
	const struct saml_key *key;
};

struct authn_params {
	const char *id;                 /* "_" + 32 hex */
	const char *issue_instant;      /* "2026-11-26T10:00:00.123Z" */
	int level;                      /* 1..3 */
	enum saml_comparison comparison;
};

/* The AuthnRequest for IDP (Destination = its SSO Location for the binding
 * used; ForceAuthn for level >= 2 and always for CIE). Unsigned XML. */
char *saml_authn_request(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			 const struct authn_params *p);

/* HTTP-Redirect: ENDPOINT?PARAM=...&RelayState=...&SigAlg=...&Signature=...
 * (PARAM is "SAMLRequest" or "SAMLResponse"; RELAY may be NULL). */
char *saml_redirect_url(struct arena *a, const char *endpoint, const char *param,
			const char *xml, const char *relay, const struct saml_key *k);
/* Verify and decode an incoming HTTP-Redirect message from the raw query
 * string: the signature must be RSA-SHA256 (or stronger) by one of CERTS.
 * Returns the inflated XML (arena) or NULL. */
char *saml_redirect_receive(struct arena *a, const char *raw_query, const char *param,
			    const char *const *certs_pem, size_t ncerts, const char **relay);

/* SP metadata, signed. */
char *saml_metadata_spid(struct arena *a, const struct saml_sp *sp);
char *saml_metadata_cie(struct arena *a, const struct saml_sp *sp);

/* SP-initiated logout: a LogoutRequest for the session's NameID and SessionIndex. */
char *saml_logout_request(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			  const char *id, const char *issue_instant, const char *name_id,
			  const char *name_qualifier, const char *session_index);
/* Our answer to an IdP-initiated LogoutRequest. */
char *saml_logout_response(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			   const char *id, const char *issue_instant, const char *in_response_to,
			   int success);

/* Demo IdP only: a Response with one Assertion, both signed by K. */
struct idp_assertion {
	const char *idp_entity_id;
	const char *sp_entity_id, *acs_url, *in_response_to;
	const char *response_id, *assertion_id, *name_id, *session_index;
	double now;
	int level;
	size_t nattrs;
	const struct saml_attr *attrs;
};
char *saml_idp_response(struct arena *a, const struct idp_assertion *p, const struct saml_key *k);
/* Demo IdP only: the fields of an incoming AuthnRequest (unverified XML is
 * parsed with the same safe options). 0 or -1. */
struct authn_seen {
	const char *id, *issuer, *acs_url, *destination, *issue_instant;
	int level;
	enum saml_comparison comparison;
};
int saml_authn_request_read(struct arena *a, const char *xml, size_t len, struct authn_seen *out);

#endif
