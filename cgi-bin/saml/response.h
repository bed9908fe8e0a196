/* response.h - the Assertion Consumer Service's judge: parses a SAML
 * Response (already base64-decoded) and accepts it only when every SPID/CIE
 * rule holds. Pure: no database, no clock of its own, no network. The caller
 * supplies what was asked (the pending AuthnRequest) and what is trusted (the
 * IdP chosen for that request, with certificates from our metadata only),
 * and stores the outcome (session, replay cache, log).
 *
 * Verification follows ../shared/SPID.md §1.4, §2.1 and §6: parse with no
 * DTD/entities/network, exactly one Assertion, signature by the IdP's
 * metadata certificate over that very Assertion (one Reference, "#ID",
 * enveloped + exc-c14n, RSA-SHA256 or stronger), the Response signature
 * verified too when present, every structural field present and matching,
 * times within the skew, level acceptable for the comparison requested,
 * requested attributes present and well formed, every attribute with exactly
 * one AttributeValue and no Attribute Name twice. */
#ifndef SAML_RESPONSE_H
#define SAML_RESPONSE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "saml/idp.h"

struct arena;

enum saml_comparison { CMP_EXACT, CMP_MINIMUM, CMP_BETTER, CMP_MAXIMUM };

struct saml_expect {
	const char *sp_entity_id;      /* Audience */
	const char *acs_url;           /* Destination and Recipient */
	const char *request_id;        /* InResponseTo (Response and SubjectConfirmationData) */
	double request_instant;        /* the AuthnRequest's IssueInstant, Unix seconds */
	const struct idp *idp;         /* the IdP the request was sent to */
	int level;                     /* 1..3 requested */
	enum saml_comparison comparison;
	const char *const *attributes; /* NULL-terminated names that must be present */
	double now;                    /* Unix seconds, with fraction */
	int skew_seconds;              /* tolerated clock difference */
};

/* Why a response was refused: a stable code for the log and tests, and an
 * Italian sentence for the courtesy page (never the SAML text). */
struct saml_refusal {
	const char *code;              /* e.g. "bad-signature", "wrong-audience" */
	const char *detail;            /* English detail for the log (arena) */
};

struct saml_attr {
	const char *name;
	const char *value;             /* the first AttributeValue, trimmed; NULL if none */
	int nvalues;                   /* AttributeValue elements (accepted: exactly 1) */
};

struct saml_outcome {
	bool accepted;
	struct saml_refusal refusal;   /* when !accepted */
	/* An error status from the IdP (StatusCode not Success, well formed):
	 * the AgID error number (19, 20, 21, 22, 23, 25, 30) or 0 if none given. */
	bool idp_error;
	int error_number;
	/* Logged in every case, as far as they could be read (may be NULL). */
	const char *response_id, *response_instant, *response_issuer;
	const char *assertion_id, *assertion_instant;
	const char *name_id, *name_qualifier, *session_index;
	const char *authn_context;     /* the AuthnContextClassRef URI */
	int level;                     /* 1..3 from authn_context when accepted */
	double assertion_not_on_or_after; /* Unix seconds: keep the replay entry until then */
	size_t nattrs;
	struct saml_attr *attrs;       /* accepted: the attributes, values trimmed */
};

/* Call once per process after fork (xmlsec/libxml2 init), and at exit. */
int saml_init(void);
void saml_shutdown(void);

/* Judge XML (LEN bytes). Never fails open: any parse or library error is a
 * refusal. Strings in OUT live in arena A. Returns 0 (see OUT->accepted). */
int saml_response_judge(const char *xml, size_t len, const struct saml_expect *e,
			struct arena *a, struct saml_outcome *out);

/* A LogoutRequest (IdP-initiated) or LogoutResponse (answer to ours) from
 * IDP, checked like a Response: Version, ID, IssueInstant within the skew,
 * Destination = SLO_URL, Issuer = the IdP; when SIGNED_XML is true (HTTP-POST)
 * an enveloped signature by the IdP's metadata certificate over the root is
 * required (with HTTP-Redirect the query signature was already checked). */
struct saml_logout_seen {
	int is_request;                /* 1 LogoutRequest, 0 LogoutResponse */
	const char *id, *issuer, *in_response_to;
	const char *name_id, *session_index;   /* LogoutRequest */
	int success;                   /* LogoutResponse: StatusCode Success */
};
int saml_logout_judge(const char *xml, size_t len, const struct idp *idp, const char *slo_url,
		      double now, int skew_seconds, int signed_xml, struct arena *a,
		      struct saml_logout_seen *out, struct saml_refusal *why);

/* Who sent this logout message? The text of the one Issuer child of a
 * LogoutRequest or LogoutResponse root (parsed as strictly as above, in
 * arena A), or NULL. Unverified: only to pick the IdP whose keys must then
 * verify the message, and whose entityID saml_logout_judge checks again. */
const char *saml_logout_issuer(const char *xml, size_t len, struct arena *a);

/* Strict xs:dateTime in UTC ("2026-01-02T03:04:05Z", any fraction): Unix
 * seconds, or -1. */
double saml_parse_instant(const char *s);

#endif
