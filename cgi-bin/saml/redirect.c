/* redirect.c - the HTTP-Redirect binding (saml_redirect_url and
 * saml_redirect_receive of build.h). The signature covers the query octets
 * "PARAM=v&RelayState=v&SigAlg=v" in that order, with the values exactly as
 * transmitted: we encode canonically when sending, and verify the raw
 * received forms when receiving, never a re-encoding of decoded values. */
#include "saml/build.h"

#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/log.h"
#include "core/query.h"
#include "saml/codec.h"
#include "saml/sign.h"

#define SIGALG_RSA_SHA256 "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
#define REDIRECT_MAX_QUERY (64u << 10)      /* a signed LogoutRequest is ~3 KiB */
#define REDIRECT_MAX_DEFLATED (48u << 10)
#define REDIRECT_MAX_XML (256u << 10)       /* inflated size cap: refuses bombs */

char *saml_redirect_url(struct arena *a, const char *endpoint, const char *param,
			const char *xml, const char *relay, const struct saml_key *k)
{
	if (!endpoint || !*endpoint || !param || !xml) {
		log_error("saml redirect: missing endpoint, parameter or message");
		return NULL;
	}
	size_t zlen;
	char *z = codec_deflate(a, xml, strlen(xml), &zlen);
	char *b64 = z ? codec_b64_encode(a, z, zlen) : NULL;
	if (!b64)
		return NULL;
	char *octets = arena_printf(a, "%s=%s", param, codec_pct_encode(a, b64));
	if (relay)
		octets = arena_printf(a, "%s&RelayState=%s", octets, codec_pct_encode(a, relay));
	octets = arena_printf(a, "%s&SigAlg=%s", octets, codec_pct_encode(a, SIGALG_RSA_SHA256));
	char *sig = saml_sign_raw_b64(a, octets, strlen(octets), k);
	if (!sig)
		return NULL;
	return arena_printf(a, "%s%c%s&Signature=%s", endpoint, strchr(endpoint, '?') ? '&' : '?',
			    octets, codec_pct_encode(a, sig));
}

/* One parameter of the received query: its raw (still encoded) value. */
struct raw_param {
	const char *name;
	const char *v;
	size_t len;
	bool seen;
};

enum { RP_MSG, RP_RELAY, RP_SIGALG, RP_SIG, RP_N };

/* Split RAW at '&' and keep the raw values of the four parameters we know;
 * a repeated one is refused (which of two values was signed?). */
static int split_query(const char *raw, struct raw_param *p)
{
	for (const char *s = raw; *s;) {
		const char *end = strchr(s, '&');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		const char *eq = memchr(s, '=', n);
		for (int i = 0; eq && i < RP_N; i++) {
			if ((size_t)(eq - s) != strlen(p[i].name) || memcmp(s, p[i].name, (size_t)(eq - s)))
				continue;
			if (p[i].seen)
				return -1;
			p[i] = (struct raw_param){ p[i].name, eq + 1, n - (size_t)(eq - s) - 1, true };
		}
		s += n + (end != NULL);
	}
	return 0;
}

/* Percent-decode a raw value into the arena; NULL on a bad escape or NUL. */
static char *pct_decode(struct arena *a, const struct raw_param *p)
{
	char *d = arena_alloc(a, p->len + 1);
	long n = url_decode(d, p->v, p->len);
	if (n < 0 || memchr(d, '\0', (size_t)n))
		return NULL;
	d[n] = '\0';
	return d;
}

/* The signed octets rebuilt from the raw forms, in the binding's order. */
static char *signed_octets(struct arena *a, const struct raw_param *p)
{
	char *s = arena_printf(a, "%s=%.*s", p[RP_MSG].name, (int)p[RP_MSG].len, p[RP_MSG].v);
	if (p[RP_RELAY].seen)
		s = arena_printf(a, "%s&RelayState=%.*s", s, (int)p[RP_RELAY].len, p[RP_RELAY].v);
	return arena_printf(a, "%s&SigAlg=%.*s", s, (int)p[RP_SIGALG].len, p[RP_SIGALG].v);
}

static char *decode_message(struct arena *a, const struct raw_param *msg)
{
	char *b64 = pct_decode(a, msg);
	size_t zlen, xlen;
	char *z = b64 ? codec_b64_decode(a, b64, REDIRECT_MAX_DEFLATED, &zlen) : NULL;
	char *xml = z ? codec_inflate(a, z, zlen, REDIRECT_MAX_XML, &xlen) : NULL;
	if (xml && strlen(xml) != xlen)
		return NULL;            /* a NUL inside: not a document we accept */
	return xml;
}

char *saml_redirect_receive(struct arena *a, const char *raw_query, const char *param,
			    const char *const *certs_pem, size_t ncerts, const char **relay)
{
	struct raw_param p[RP_N] = {
		[RP_MSG] = { .name = param }, [RP_RELAY] = { .name = "RelayState" },
		[RP_SIGALG] = { .name = "SigAlg" }, [RP_SIG] = { .name = "Signature" },
	};
	*relay = NULL;
	if (!raw_query || strlen(raw_query) > REDIRECT_MAX_QUERY || split_query(raw_query, p) < 0 ||
	    !p[RP_MSG].seen || !p[RP_SIGALG].seen || !p[RP_SIG].seen) {
		log_warn("saml redirect: query malformed, too long, or without %s/SigAlg/Signature",
			 param);
		return NULL;
	}
	char *sigalg = pct_decode(a, &p[RP_SIGALG]), *sig = pct_decode(a, &p[RP_SIG]);
	char *octets = signed_octets(a, p);
	if (!sigalg || !sig ||
	    saml_verify_raw_alg_b64(sigalg, octets, strlen(octets), sig, certs_pem, ncerts) != 0) {
		log_warn("saml redirect: signature missing, unsupported or invalid");
		return NULL;
	}
	char *xml = decode_message(a, &p[RP_MSG]);
	if (!xml) {
		log_warn("saml redirect: %s is not valid deflate+base64 within limits", param);
		return NULL;
	}
	if (p[RP_RELAY].seen && !(*relay = pct_decode(a, &p[RP_RELAY]))) {
		log_warn("saml redirect: RelayState is not valid percent-encoding");
		return NULL;
	}
	return xml;
}
