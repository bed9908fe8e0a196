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

/* Throw-away test certificate (its key was discarded after signing the
 * seeds); not used anywhere else. Regenerate with fuzz_seeds.sh. */
static const char TEST_CERT[] =
	"-----BEGIN CERTIFICATE-----\n"
	"MIIDITCCAgmgAwIBAgIUWDi1actWag/4dChfrwroCE8MzMEwDQYJKoZIhvcNAQEL\n"
	"BQAwIDEeMBwGA1UEAwwVZnV6eiBJZFAgKHRocm93LWF3YXkpMB4XDTI2MTEyNjAy\n"
	"NTYzN1oXDTI2MTEyODAyNTYzN1owIDEeMBwGA1UEAwwVZnV6eiBJZFAgKHRocm93\n"
	"LWF3YXkpMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA32RbkrjtThHi\n"
	"M2fvNoYaf/4ZZJNhdnygzvMR6/YyfLGq4l/Gg28BVbo5i6H3WBOCG3H5Dx6YIWSY\n"
	"pLeRu8x/sSI2uPcUHvxcbsX2JWcyeHdECOoRaVTW4rgFByC6Q2paD3jUOXZQD1cH\n"
	"1a/g22tqfKcJPRwmkPQNtqq9MmKhUz2qUdBJZ95Y7gnItLMk78TmqxDiQ2kDdBKW\n"
	"iLaifVZDMDMTn6yDa8gh4iwgUbkl7Sph0nyl863meUCCYNpp7naaYtxZ7aLTRbvn\n"
	"7jThiT9oQtzPFZ54Ejbcc/sIR6qapAxuyH4/vW2pyZ0kAoIlLZTAav7SPzyEaheH\n"
	"8SC0s/n1fwIDAQABo1MwUTAdBgNVHQ4EFgQUAPshNjF1Is58N4tx4/hEQRKkUJEw\n"
	"HwYDVR0jBBgwFoAUAPshNjF1Is58N4tx4/hEQRKkUJEwDwYDVR0TAQH/BAUwAwEB\n"
	"/zANBgkqhkiG9w0BAQsFAAOCAQEAV7dq8VQlV1iG91a0vIudZ9pdtH95QOPJf0qn\n"
	"si2FmPkWkjfW4A7QiuHpj3s6B+qHFqOqeAd5UPyubmcnE4gu7OalaX2VL9RiTqAk\n"
	"9JII+x+/bkTq8A7lbtLAqlkkoS7NgOrr/wLK2xF+/64bQQZxvcR8t7rEAZ39BbS5\n"
	"4fmUBicAgsrTl73d3c7a0BqDql5wTTbxb3G4akFn8KmzAR9d8eMza1aUiHINrQOE\n"
	"3UWuC9Ir9FfgVYYWolRIzQCiU/EjpzVo/m7lJaDKQil6LMwsaK83jda68SA+YuBC\n"
	"AdqT9yaC4ll21bzkSLUUQZQ9ESaRTBaZbWixVDCvjALWL1e2ug==\n"
	"-----END CERTIFICATE-----\n";

static const char *const WANTED[] = { "name", "familyName", "fiscalNumber", NULL };
static struct idp idp = { .entity_id = "https://idp.example.org/", .federation = FED_SPID,
			  .ncerts = 1, .certs_pem = { (char *)TEST_CERT } };
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
		A = arena_new();
	}
	judge_response((const char *)data, size);
	judge_logout((const char *)data, size);
	arena_reset(A);
	return 0;
}
