/* fuzz_saml_logout.c - what /auth/slo reads before and while it trusts a
 * logout message: saml_logout_issuer (which IdP's keys to use),
 * saml_logout_judge (LogoutRequest and LogoutResponse, with the XML
 * signature required or not) and saml_redirect_receive (the HTTP-Redirect
 * query: split, percent-decode, SigAlg and Signature) on the same bytes.
 * Whatever the input: no crash, no leak, a coherent verdict, and nothing
 * accepted without a signature by the (throw-away) IdP certificate, whose
 * key was discarded: a query can never verify. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/log.h"
#include "saml/build.h"
#include "saml/response.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

/* The same throw-away certificate as fuzz_saml_response.c (the seeds of
 * both were signed by its discarded key; see tests/unit/saml/fuzz_seeds.sh). */
extern const char FUZZ_IDP_CERT[];

static struct idp idp = { .entity_id = "https://idp.example.org/", .federation = FED_SPID,
			  .ncerts = 1 };
static struct arena *A;

/* Log lines are formatted (their arguments are checked) and dropped. */
void log_msg(const char *level, const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	(void)level;
}

static void judge(const char *xml, size_t len, int signed_xml)
{
	struct saml_logout_seen seen;
	struct saml_refusal why;
	int rc = saml_logout_judge(xml, len, &idp, "https://comune.example.it/auth/slo", 1772445630,
				   60, signed_xml, A, &seen, &why);
	CHECK((rc == 0) == (why.code == NULL));
	if (rc == 0) {
		const char *issuer = saml_logout_issuer(xml, len, A);
		CHECK(issuer && !strcmp(issuer, idp.entity_id));
		CHECK(seen.issuer && !strcmp(seen.issuer, idp.entity_id));
		CHECK(!seen.is_request || (seen.name_id && *seen.name_id));
	}
}

static void redirect(const char *query)
{
	const char *const certs[] = { idp.certs_pem[0] };
	const char *relay = "unset";
	CHECK(saml_redirect_receive(A, query, "SAMLRequest", certs, 1, &relay) == NULL);
	CHECK(relay == NULL);
	CHECK(saml_redirect_receive(A, query, "SAMLResponse", certs, 1, &relay) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!A) {
		CHECK(saml_init() == 0);
		idp.certs_pem[0] = (char *)FUZZ_IDP_CERT;
		A = arena_new();
	}
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	const char *issuer = saml_logout_issuer(s, size, A);
	CHECK(!issuer || (*issuer && !strchr(" \t\r\n", issuer[0])));
	judge(s, size, 1);
	judge(s, size, 0);
	redirect(s);
	free(s);
	arena_reset(A);
	return 0;
}
