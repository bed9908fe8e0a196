/* fuzz_saml_response.c - saml_response_judge (and saml_logout_judge) on
 * arbitrary bytes, with a fixed expectation and clock so that the seeds in
 * corpus/fuzz_saml_response/ (real signed messages, made by
 * tests/unit/saml/fuzz_seeds.sh) reach the signature and field checks.
 * Whatever the input: no crash, no leak, and a coherent verdict. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "saml/response.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

/* Throw-away test certificate (tests/fuzz/idp_cert.c): its key signed the
 * seeds and was discarded. */
extern const char FUZZ_IDP_CERT[];

static const char *const WANTED[] = { "name", "familyName", "fiscalNumber", NULL };
static struct idp idp = { .entity_id = "https://idp.example.org/", .federation = FED_SPID,
			  .ncerts = 1 };
static struct arena *A;

static void judge_response(const char *xml, size_t len)
{
	/* the seeds were issued at 10:00:20 for a request of 10:00:00 */
	struct saml_expect e = { .sp_entity_id = "https://comune.example.it/spid",
				 .acs_url = "https://comune.example.it/auth/acs", .request_id = "_req1",
				 .request_instant = 1772445600, .idp = &idp, .level = 2,
				 .comparison = CMP_MINIMUM, .attributes = WANTED, .now = 1772445630,
				 .skew_seconds = 60 };
	struct saml_outcome o;
	CHECK(saml_response_judge(xml, len, &e, A, &o) == 0);
	CHECK(o.accepted == (o.refusal.code == NULL));
	CHECK(o.accepted || o.refusal.detail);
	CHECK(!o.idp_error || (!o.accepted && !strcmp(o.refusal.code, "idp-error")));
	if (o.accepted) {
		CHECK(o.level >= 2 && o.level <= 3 && o.name_id && *o.name_id);
		CHECK(o.assertion_not_on_or_after > e.now - e.skew_seconds);
		for (const char *const *n = WANTED; *n; n++) {
			size_t i = 0;
			while (i < o.nattrs && strcmp(o.attrs[i].name, *n))
				i++;
			CHECK(i < o.nattrs && o.attrs[i].value && *o.attrs[i].value);
		}
	}
}

static void judge_logout(const char *xml, size_t len)
{
	struct saml_logout_seen seen;
	struct saml_refusal why;
	int rc = saml_logout_judge(xml, len, &idp, "https://comune.example.it/auth/slo", 1772445630,
				   60, 1, A, &seen, &why);
	CHECK((rc == 0) == (why.code == NULL));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!A) {
		CHECK(saml_init() == 0);
		idp.certs_pem[0] = (char *)FUZZ_IDP_CERT;
		A = arena_new();
	}
	judge_response((const char *)data, size);
	judge_logout((const char *)data, size);
	arena_reset(A);
	return 0;
}
