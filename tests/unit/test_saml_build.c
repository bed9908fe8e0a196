/* test_saml_build.c - the SAML messages we write, checked from outside:
 * every AuthnRequest rule of SPID.md §1.1 read back with libxml2; the
 * HTTP-Redirect signature checked by `openssl dgst` on the exact octets and
 * round-tripped through saml_redirect_receive; SP metadata (SPID and CIE)
 * verified by `xmlsec1 --verify` and validated by `xmllint --schema` with
 * the OASIS XSDs; the demo IdP's Response verified on both signatures.
 * A throw-away key and certificate are made with openssl in a mkdtemp dir. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "core/arena.h"
#include "core/query.h"
#include "saml/build.h"
#include "saml/codec.h"
#include "saml/response.h"
#include "saml/sign.h"

#define NS_SAMLP "urn:oasis:names:tc:SAML:2.0:protocol"
#define NS_SAML "urn:oasis:names:tc:SAML:2.0:assertion"
#define NS_MD "urn:oasis:names:tc:SAML:2.0:metadata"
#define NS_DS "http://www.w3.org/2000/09/xmldsig#"
#define NS_SPID "https://spid.gov.it/saml-extensions"
#define NS_CIE "https://www.cartaidentita.interno.gov.it/saml-extensions"
#define TRANSIENT "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
#define ENTITY "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
#define SIGALG "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
#define XSD_DIR "/usr/share/xml/opensaml"
#define XSD_IMPORTS "/usr/share/xml/xmltooling"

static char dir[64];
static struct saml_key *key;
static char *cert_pem, *other_cert_pem;
static const char *attrs[] = { "name", "familyName", "fiscalNumber", "email", NULL };

static const struct saml_sp sp_template = {
	.entity_id = "https://comune.example.it/auth/metadata",
	.cie_entity_id = "https://comune.example.it/auth/metadata/cie",
	.acs_url = "https://comune.example.it/auth/acs",
	.slo_url = "https://comune.example.it/auth/slo",
	.org_name = "Comune di Valdimonte",
	.org_display_name = "Valdimonte",
	.org_url = "https://comune.example.it/",
	.ipa_code = "c_v999",
	.email = "protocollo@comune.example.it",
	.phone = "+390612345678",
	.municipality = "V999",
	.service_name = "Servizi online",
	.attributes = attrs,
};
static struct saml_sp sp;

static struct idp spid_idp = {
	.entity_id = "https://idp.example.org",
	.federation = FED_SPID,
	.sso_redirect = "https://idp.example.org/sso-redirect",
	.sso_post = "https://idp.example.org/sso-post",
	.slo_redirect = "https://idp.example.org/slo-redirect",
	.slo_post = "https://idp.example.org/slo-post",
	.binding = BIND_REDIRECT,
};

static struct idp cie_idp = {
	.entity_id = "https://idserver.example/idp/profile/SAML2/POST/SSO",
	.federation = FED_CIE,
	.sso_redirect = "https://idserver.example/idp/profile/SAML2/Redirect/SSO",
	.sso_post = "https://idserver.example/idp/profile/SAML2/POST/SSO",
	.slo_redirect = "https://idserver.example/idp/profile/SAML2/Redirect/SLO",
	.slo_post = "",
	.binding = BIND_REDIRECT,
};

/* ---- helpers -------------------------------------------------------------- */

/* Run a shell command (printf-style); its output goes to DIR/log, shown
 * when the command fails. Returns the exit status. */
static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...)
{
	char cmd[4096];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(cmd, sizeof cmd - 100, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof cmd - 100)
		return -1;
	memmove(cmd + 2, cmd, (size_t)n + 1);
	memcpy(cmd, "( ", 2);
	snprintf(cmd + n + 2, sizeof cmd - (size_t)n - 2, " ) >%s/log 2>&1", dir);
	int rc = system(cmd);
	rc = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
	return rc;
}

static void show_log(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "cat %s/log >&2", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "(no log)\n");
}

static char *path(const char *name)
{
	static char buf[4][256];
	static int i;
	i = (i + 1) % 4;
	snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
	return buf[i];
}

static void write_file(const char *name, const void *data, size_t len)
{
	FILE *f = fopen(path(name), "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static char *slurp(const char *file)
{
	FILE *f = fopen(file, "rb");
	if (!f)
		return NULL;
	char *buf = calloc(1, 1 << 16);
	size_t n = fread(buf, 1, (1 << 16) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static bool tool(const char *name)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
	return system(cmd) == 0;
}

static xmlDocPtr parse(const char *xml)
{
	assert_non_null(xml);
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	assert_non_null(doc);
	return doc;
}

static bool is_el(xmlNodePtr n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && strcmp((char *)n->ns->href, ns) == 0 &&
	       strcmp((char *)n->name, name) == 0;
}

/* The first child element NS:NAME (asserted present). */
static xmlNodePtr kid(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (is_el(c, ns, name))
			return c;
	fail_msg("no child %s under %s", name, n->name);
	return NULL;
}

/* Attribute NAME equals WANT; WANT NULL means the attribute is absent. */
static void assert_prop(xmlNodePtr n, const char *name, const char *want)
{
	xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
	if (!want) {
		if (v)
			fail_msg("%s has %s=\"%s\", expected none", n->name, name, v);
	} else {
		if (!v)
			fail_msg("%s has no %s", n->name, name);
		assert_string_equal((char *)v, want);
	}
	xmlFree(v);
}

static void assert_text(xmlNodePtr n, const char *want)
{
	xmlChar *v = xmlNodeGetContent(n);
	assert_string_equal((char *)v, want);
	xmlFree(v);
}

/* The element children's local names, space-separated, in document order. */
static void assert_children(xmlNodePtr n, const char *want)
{
	char got[1024] = "";
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			if (*got)
				strcat(got, " ");
			strncat(got, (char *)c->name, sizeof got - strlen(got) - 2);
		}
	assert_string_equal(got, want);
}

static int count_attrs(xmlNodePtr n)
{
	int k = 0;
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		k++;
	return k;
}

/* xmllint with the OASIS schema XSD (imports resolved through a local catalog). */
static int schema_check(const char *xsd, const char *file)
{
	return sh("XML_CATALOG_FILES=%s xmllint --nonet --noout --schema " XSD_DIR "/%s %s",
		  path("catalog.xml"), xsd, file);
}

static bool schemas_available(void)
{
	return access(XSD_DIR "/saml-schema-metadata-2.0.xsd", R_OK) == 0 &&
	       access(XSD_IMPORTS "/xmldsig-core-schema.xsd", R_OK) == 0 && tool("xmllint");
}

static void write_catalog(void)
{
	const char *cat =
		"<?xml version=\"1.0\"?>\n"
		"<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
		"<system systemId=\"http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/"
		"xmldsig-core-schema.xsd\" uri=\"file://" XSD_IMPORTS "/xmldsig-core-schema.xsd\"/>\n"
		"<system systemId=\"http://www.w3.org/TR/2002/REC-xmlenc-core-20021210/"
		"xenc-schema.xsd\" uri=\"file://" XSD_IMPORTS "/xenc-schema.xsd\"/>\n"
		"<system systemId=\"http://www.w3.org/2001/xml.xsd\" uri=\"file://" XSD_IMPORTS
		"/xml.xsd\"/>\n"
		"</catalog>\n";
	write_file("catalog.xml", cat, strlen(cat));
}

/* xmlsec1 --verify of the signature of the element NS:NAME in FILE, with the
 * public key of CERT; XPATH picks which Signature when there are two. */
static int xmlsec_verify(const char *cert, const char *ns_name, const char *xpath,
			 const char *file)
{
	return sh("xmlsec1 --verify --pubkey-cert-pem %s --id-attr:ID %s %s%s%s %s", path(cert),
		  ns_name, xpath ? "--node-xpath \"" : "", xpath ? xpath : "", xpath ? "\"" : "",
		  file);
}

/* ---- fixture ----------------------------------------------------------------- */

static int make_keys(void)
{
	const char *subj = "/C=IT/O=Comune di Valdimonte/CN=Valdimonte";
	if (sh("openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj '%s' "
	       "-keyout %s -out %s", subj, path("key.pem"), path("cert.pem")) ||
	    sh("openssl x509 -in %s -pubkey -noout -out %s", path("cert.pem"), path("pub.pem")) ||
	    sh("openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj '/CN=other' "
	       "-keyout %s -out %s", path("other-key.pem"), path("other-cert.pem")) ||
	    sh("openssl req -x509 -newkey rsa:1024 -nodes -sha256 -days 2 -subj '/CN=small' "
	       "-keyout %s -out %s", path("small-key.pem"), path("small-cert.pem"))) {
		show_log();
		return -1;
	}
	return 0;
}

static int group_setup(void **state)
{
	(void)state;
	if (saml_init() < 0)            /* libxml2 + xmlsec, as the programs do it */
		return -1;
	strcpy(dir, "/tmp/saml-build-XXXXXX");
	if (!mkdtemp(dir) || make_keys() < 0)
		return -1;
	write_catalog();
	key = saml_key_load(path("key.pem"), path("cert.pem"));
	cert_pem = slurp(path("cert.pem"));
	other_cert_pem = slurp(path("other-cert.pem"));
	sp = sp_template;
	sp.key = key;
	return key && cert_pem && other_cert_pem ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	saml_key_free(key);
	free(cert_pem);
	free(other_cert_pem);
	if (*dir && sh("rm -rf %s", dir) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	saml_shutdown();
	return 0;
}

static int setup(void **state)
{
	*state = arena_new();
	return 0;
}

static int teardown(void **state)
{
	arena_free(*state);
	return 0;
}

static const struct authn_params l2 = {
	.id = "_0123456789abcdef0123456789abcdef",
	.issue_instant = "2026-11-26T10:00:00.123Z",
	.level = 2,
	.comparison = CMP_MINIMUM,
};

/* ---- AuthnRequest ------------------------------------------------------------------ */

static void test_authn_request_spid_l2(void **state)
{
	char *xml = saml_authn_request(*state, &sp, &spid_idp, &l2);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_true(is_el(r, NS_SAMLP, "AuthnRequest"));
	assert_prop(r, "ID", l2.id);
	assert_prop(r, "Version", "2.0");
	assert_prop(r, "IssueInstant", l2.issue_instant);
	assert_prop(r, "Destination", spid_idp.sso_redirect);
	assert_prop(r, "ForceAuthn", "true");
	assert_prop(r, "AssertionConsumerServiceIndex", "0");
	assert_prop(r, "AttributeConsumingServiceIndex", "0");
	assert_prop(r, "IsPassive", NULL);
	assert_prop(r, "AssertionConsumerServiceURL", NULL);   /* never both ACS styles */
	assert_prop(r, "ProtocolBinding", NULL);
	assert_int_equal(count_attrs(r), 7);
	assert_children(r, "Issuer NameIDPolicy RequestedAuthnContext");
	xmlNodePtr is = kid(r, NS_SAML, "Issuer");
	assert_text(is, sp.entity_id);
	assert_prop(is, "Format", ENTITY);
	assert_prop(is, "NameQualifier", sp.entity_id);
	xmlNodePtr pol = kid(r, NS_SAMLP, "NameIDPolicy");
	assert_prop(pol, "Format", TRANSIENT);
	assert_prop(pol, "AllowCreate", NULL);
	assert_int_equal(count_attrs(pol), 1);
	xmlNodePtr rac = kid(r, NS_SAMLP, "RequestedAuthnContext");
	assert_prop(rac, "Comparison", "minimum");
	assert_children(rac, "AuthnContextClassRef");
	assert_text(kid(rac, NS_SAML, "AuthnContextClassRef"), "https://www.spid.gov.it/SpidL2");
	xmlFreeDoc(doc);
}

static void test_authn_request_spid_l1_post(void **state)
{
	struct idp post = spid_idp;
	post.binding = BIND_POST;
	struct authn_params p = l2;
	p.level = 1;
	p.comparison = CMP_EXACT;
	xmlDocPtr doc = parse(saml_authn_request(*state, &sp, &post, &p));
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_prop(r, "Destination", post.sso_post);
	assert_prop(r, "ForceAuthn", NULL);                     /* SPID L1: not forced */
	xmlNodePtr rac = kid(r, NS_SAMLP, "RequestedAuthnContext");
	assert_prop(rac, "Comparison", "exact");
	assert_text(kid(rac, NS_SAML, "AuthnContextClassRef"), "https://www.spid.gov.it/SpidL1");
	xmlFreeDoc(doc);
}

static void test_authn_request_cie(void **state)
{
	struct authn_params p = l2;
	p.level = 1;
	xmlDocPtr doc = parse(saml_authn_request(*state, &sp, &cie_idp, &p));
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_prop(r, "Destination", cie_idp.sso_redirect);    /* SSO Location, never entityID */
	assert_prop(r, "ForceAuthn", "true");                   /* CIE: always */
	xmlNodePtr is = kid(r, NS_SAML, "Issuer");
	assert_text(is, sp.cie_entity_id);
	assert_prop(is, "NameQualifier", sp.cie_entity_id);
	xmlFreeDoc(doc);
}

static void test_authn_request_refused(void **state)
{
	struct authn_params p = l2;
	p.level = 0;
	assert_null(saml_authn_request(*state, &sp, &spid_idp, &p));
	p.level = 4;
	assert_null(saml_authn_request(*state, &sp, &spid_idp, &p));
	p = l2;
	p.id = "";
	assert_null(saml_authn_request(*state, &sp, &spid_idp, &p));
	struct idp no_sso = spid_idp;
	no_sso.sso_redirect = "";
	assert_null(saml_authn_request(*state, &sp, &no_sso, &l2));
}

/* The POST binding's signed request: Signature right after Issuer, valid
 * for xmlsec1 and for the protocol schema. */
static void test_authn_request_signed_post(void **state)
{
	char *xml = saml_authn_request(*state, &sp, &spid_idp, &l2);
	char *signed_xml = saml_sign(*state, xml, l2.id, key);
	assert_non_null(signed_xml);
	xmlDocPtr doc = parse(signed_xml);
	assert_children(xmlDocGetRootElement(doc),
			"Issuer Signature NameIDPolicy RequestedAuthnContext");
	xmlFreeDoc(doc);
	write_file("authn.xml", signed_xml, strlen(signed_xml));
	if (!tool("xmlsec1"))
		skip();
	assert_int_equal(xmlsec_verify("cert.pem", NS_SAMLP ":AuthnRequest", NULL, path("authn.xml")), 0);
	assert_int_not_equal(
		xmlsec_verify("other-cert.pem", NS_SAMLP ":AuthnRequest", NULL, path("authn.xml")), 0);
	if (!schemas_available())
		skip();
	if (schema_check("saml-schema-protocol-2.0.xsd", path("authn.xml")) != 0)
		show_log();
	assert_int_equal(schema_check("saml-schema-protocol-2.0.xsd", path("authn.xml")), 0);
}

/* ---- HTTP-Redirect -------------------------------------------------------------------- */

/* The raw value of NAME in the query part of URL (arena), or NULL. */
static char *raw_param(struct arena *a, const char *url, const char *name)
{
	const char *q = strchr(url, '?');
	size_t n = strlen(name);
	for (const char *s = q ? q + 1 : url; s && *s; s = strchr(s, '&') ? strchr(s, '&') + 1 : NULL)
		if (strncmp(s, name, n) == 0 && s[n] == '=') {
			const char *e = strchr(s, '&');
			return arena_strndup(a, s + n + 1, e ? (size_t)(e - s - n - 1) : strlen(s + n + 1));
		}
	return NULL;
}

static char *pct_decode(struct arena *a, const char *s)
{
	char *d = arena_alloc(a, strlen(s) + 1);
	long n = url_decode(d, s, strlen(s));
	assert_true(n >= 0);
	d[n] = '\0';
	return d;
}

static void assert_uppercase_escapes(const char *s)
{
	for (; (s = strchr(s, '%')); s++) {
		assert_true(strchr("0123456789ABCDEF", s[1]) && s[1]);
		assert_true(strchr("0123456789ABCDEF", s[2]) && s[2]);
	}
}

static void test_redirect_url_openssl(void **state)
{
	struct arena *a = *state;
	char *xml = saml_authn_request(a, &sp, &spid_idp, &l2);
	const char *relay = "tok+en/with=reserved chars~";
	char *url = saml_redirect_url(a, spid_idp.sso_redirect, "SAMLRequest", xml, relay, key);
	assert_non_null(url);
	size_t elen = strlen(spid_idp.sso_redirect);
	assert_memory_equal(url, spid_idp.sso_redirect, elen);
	assert_int_equal(url[elen], '?');
	const char *q = url + elen + 1;
	assert_memory_equal(q, "SAMLRequest=", 12);
	const char *sig_at = strstr(q, "&Signature=");
	assert_non_null(sig_at);
	char *octets = arena_strndup(a, q, (size_t)(sig_at - q));
	char *expect_tail = arena_printf(a, "&RelayState=%s&SigAlg=%s", codec_pct_encode(a, relay),
					 codec_pct_encode(a, SIGALG));
	assert_non_null(strstr(octets, expect_tail));
	assert_string_equal(octets + strlen(octets) - strlen(expect_tail), expect_tail);
	assert_uppercase_escapes(url);
	assert_string_equal(pct_decode(a, raw_param(a, url, "RelayState")), relay);
	/* the message inflates back to the request */
	size_t zlen, xlen;
	char *z = codec_b64_decode(a, pct_decode(a, raw_param(a, url, "SAMLRequest")), 1 << 20, &zlen);
	assert_non_null(z);
	assert_string_equal(codec_inflate(a, z, zlen, 1 << 20, &xlen), xml);
	/* the signature, checked by openssl on the very octets sent */
	size_t slen;
	char *sig = codec_b64_decode(a, pct_decode(a, sig_at + 11), 1024, &slen);
	assert_non_null(sig);
	assert_int_equal(slen, 256);
	write_file("octets.txt", octets, strlen(octets));
	write_file("sig.bin", sig, slen);
	int rc = sh("openssl dgst -sha256 -verify %s -signature %s %s", path("pub.pem"),
		    path("sig.bin"), path("octets.txt"));
	if (rc)
		show_log();
	assert_int_equal(rc, 0);
	octets[20] ^= 1;
	write_file("octets.txt", octets, strlen(octets));
	assert_int_not_equal(sh("openssl dgst -sha256 -verify %s -signature %s %s", path("pub.pem"),
				path("sig.bin"), path("octets.txt")), 0);
}

static void test_redirect_round_trip(void **state)
{
	struct arena *a = *state;
	char *xml = saml_authn_request(a, &sp, &spid_idp, &l2);
	char *url = saml_redirect_url(a, spid_idp.sso_redirect, "SAMLRequest", xml, "abc 123", key);
	const char *certs[] = { other_cert_pem, cert_pem };  /* the second one signed it */
	const char *relay = "unset";
	char *back = saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLRequest", certs, 2, &relay);
	assert_non_null(back);
	assert_string_equal(back, xml);
	assert_string_equal(relay, "abc 123");
	/* no RelayState at all */
	url = saml_redirect_url(a, spid_idp.slo_redirect, "SAMLResponse", xml, NULL, key);
	assert_null(strstr(url, "RelayState"));
	back = saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLResponse", certs, 2, &relay);
	assert_string_equal(back, xml);
	assert_null(relay);
	/* the parameter asked for must be the one sent */
	assert_null(saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLRequest", certs, 2, &relay));
}

/* What was signed is the raw octets received: a sender that escapes in
 * lowercase, or orders parameters differently, still verifies. */
static void test_redirect_raw_forms_verified(void **state)
{
	struct arena *a = *state;
	const char *xml = "<x>raw forms</x>";
	size_t zlen;
	char *z = codec_deflate(a, xml, strlen(xml), &zlen);
	char *msg = codec_pct_encode(a, codec_b64_encode(a, z, zlen));
	for (char *p = msg; (p = strchr(p, '%')); p++) {
		p[1] = (char)(p[1] >= 'A' ? p[1] + 32 : p[1]);
		p[2] = (char)(p[2] >= 'A' ? p[2] + 32 : p[2]);
	}
	const char *alg = "http%3a%2f%2fwww.w3.org%2f2001%2f04%2fxmldsig-more%23rsa-sha256";
	char *octets = arena_printf(a, "SAMLRequest=%s&RelayState=r%%2fs&SigAlg=%s", msg, alg);
	char *sig = saml_sign_raw_b64(a, octets, strlen(octets), key);
	char *query = arena_printf(a, "Signature=%s&SigAlg=%s&RelayState=r%%2fs&SAMLRequest=%s",
				   codec_pct_encode(a, sig), alg, msg);
	const char *certs[] = { cert_pem }, *relay;
	assert_string_equal(saml_redirect_receive(a, query, "SAMLRequest", certs, 1, &relay), xml);
	assert_string_equal(relay, "r/s");
}

static void test_redirect_tampered(void **state)
{
	struct arena *a = *state;
	char *xml = saml_authn_request(a, &sp, &spid_idp, &l2);
	char *url = saml_redirect_url(a, spid_idp.sso_redirect, "SAMLRequest", xml, "relay", key);
	char *q = arena_strdup(a, strchr(url, '?') + 1);
	const char *good[] = { cert_pem }, *wrong[] = { other_cert_pem }, *relay;
	assert_non_null(saml_redirect_receive(a, q, "SAMLRequest", good, 1, &relay));
	assert_null(saml_redirect_receive(a, q, "SAMLRequest", wrong, 1, &relay));
	assert_null(saml_redirect_receive(a, q, "SAMLRequest", good, 0, &relay));
	char *t = arena_strdup(a, q);
	strstr(t, "RelayState=relay")[11] = 'R';                /* RelayState changed */
	assert_null(saml_redirect_receive(a, t, "SAMLRequest", good, 1, &relay));
	t = arena_strdup(a, q);
	t[15] = t[15] == 'A' ? 'B' : 'A';                       /* message changed */
	assert_null(saml_redirect_receive(a, t, "SAMLRequest", good, 1, &relay));
	t = arena_strdup(a, q);
	*strstr(t, "&Signature=") = '\0';                       /* unsigned */
	assert_null(saml_redirect_receive(a, t, "SAMLRequest", good, 1, &relay));
	t = arena_printf(a, "%s&RelayState=other", q);          /* which RelayState was signed? */
	assert_null(saml_redirect_receive(a, t, "SAMLRequest", good, 1, &relay));
	/* SigAlg rsa-sha1 is refused even when the signature matches it */
	char *octets = arena_printf(a, "SAMLRequest=%s&SigAlg=%s", raw_param(a, url, "SAMLRequest"),
				    codec_pct_encode(a, "http://www.w3.org/2000/09/xmldsig#rsa-sha1"));
	t = arena_printf(a, "%s&Signature=%s", octets,
			 codec_pct_encode(a, saml_sign_raw_b64(a, octets, strlen(octets), key)));
	assert_null(saml_redirect_receive(a, t, "SAMLRequest", good, 1, &relay));
	assert_null(saml_redirect_receive(a, "", "SAMLRequest", good, 1, &relay));
}

/* A correctly signed message that inflates beyond the cap is refused. */
static void test_redirect_inflate_cap(void **state)
{
	struct arena *a = *state;
	size_t big = 300 << 10;
	char *xml = arena_alloc(a, big + 1);
	memset(xml, ' ', big);
	memcpy(xml, "<a>", 3);
	memcpy(xml + big - 4, "</a>", 4);
	xml[big] = '\0';
	char *url = saml_redirect_url(a, "https://x.example/slo", "SAMLRequest", xml, NULL, key);
	assert_non_null(url);
	assert_true(strlen(url) < 4096);
	const char *certs[] = { cert_pem }, *relay;
	assert_null(saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLRequest", certs, 1, &relay));
}

static void test_redirect_endpoint_with_query(void **state)
{
	char *url = saml_redirect_url(*state, "https://idp.example.org/sso?tenant=1", "SAMLRequest",
				      "<x/>", NULL, key);
	assert_non_null(url);
	assert_memory_equal(url, "https://idp.example.org/sso?tenant=1&SAMLRequest=", 49);
	assert_null(saml_redirect_url(*state, "", "SAMLRequest", "<x/>", NULL, key));
	assert_null(saml_redirect_url(*state, "https://x", "SAMLRequest", NULL, NULL, key));
}

/* ---- metadata -------------------------------------------------------------------------- */

static void check_signed_metadata(const char *xml, const char *file)
{
	write_file(file, xml, strlen(xml));
	if (!tool("xmlsec1"))
		skip();
	int rc = xmlsec_verify("cert.pem", NS_MD ":EntityDescriptor", NULL, path(file));
	if (rc)
		show_log();
	assert_int_equal(rc, 0);
	assert_int_not_equal(xmlsec_verify("other-cert.pem", NS_MD ":EntityDescriptor", NULL,
					   path(file)), 0);
	if (!schemas_available())
		skip();
	rc = schema_check("saml-schema-metadata-2.0.xsd", path(file));
	if (rc)
		show_log();
	assert_int_equal(rc, 0);
}

/* The schema check must be able to fail: ContactPerson before Organization. */
static void test_schema_check_effective(void **state)
{
	(void)state;
	if (!schemas_available())
		skip();
	const char *bad = "<md:EntityDescriptor xmlns:md=\"" NS_MD "\" entityID=\"https://x\">"
			  "<md:SPSSODescriptor protocolSupportEnumeration=\"" NS_SAMLP "\">"
			  "<md:AssertionConsumerService index=\"0\" Binding=\"b\" Location=\"l\"/>"
			  "</md:SPSSODescriptor>"
			  "<md:ContactPerson contactType=\"other\"><md:EmailAddress>a@b</md:EmailAddress>"
			  "</md:ContactPerson><md:Organization><md:OrganizationName xml:lang=\"it\">O"
			  "</md:OrganizationName><md:OrganizationDisplayName xml:lang=\"it\">O"
			  "</md:OrganizationDisplayName><md:OrganizationURL xml:lang=\"it\">u"
			  "</md:OrganizationURL></md:Organization></md:EntityDescriptor>";
	write_file("bad.xml", bad, strlen(bad));
	assert_int_not_equal(schema_check("saml-schema-metadata-2.0.xsd", path("bad.xml")), 0);
}

static void assert_lang_it(xmlNodePtr n)
{
	xmlChar *l = xmlNodeGetLang(n);
	assert_non_null(l);
	assert_string_equal((char *)l, "it");
	xmlFree(l);
}

static void check_sp_descriptor(xmlNodePtr sso, const char *attr_names)
{
	assert_prop(sso, "protocolSupportEnumeration", NS_SAMLP);
	assert_prop(sso, "AuthnRequestsSigned", "true");
	assert_prop(sso, "WantAssertionsSigned", "true");
	assert_children(sso, "KeyDescriptor SingleLogoutService SingleLogoutService NameIDFormat "
			     "AssertionConsumerService AttributeConsumingService");
	xmlNodePtr kd = kid(sso, NS_MD, "KeyDescriptor");
	assert_prop(kd, "use", "signing");
	xmlNodePtr x = kid(kid(kid(kd, NS_DS, "KeyInfo"), NS_DS, "X509Data"), NS_DS, "X509Certificate");
	assert_text(x, saml_key_cert_b64(key));
	xmlNodePtr slo = kid(sso, NS_MD, "SingleLogoutService");
	assert_prop(slo, "Binding", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect");
	assert_prop(slo, "Location", sp.slo_url);
	while (slo->next && slo->next->type != XML_ELEMENT_NODE)
		slo = slo->next;
	assert_prop(slo->next, "Binding", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
	assert_text(kid(sso, NS_MD, "NameIDFormat"), TRANSIENT);
	xmlNodePtr acs = kid(sso, NS_MD, "AssertionConsumerService");
	assert_prop(acs, "index", "0");
	assert_prop(acs, "isDefault", "true");
	assert_prop(acs, "Binding", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
	assert_prop(acs, "Location", sp.acs_url);
	xmlNodePtr atcs = kid(sso, NS_MD, "AttributeConsumingService");
	assert_prop(atcs, "index", "0");
	xmlNodePtr sn = kid(atcs, NS_MD, "ServiceName");
	assert_text(sn, sp.service_name);
	assert_lang_it(sn);
	char got[256] = "";
	for (xmlNodePtr c = atcs->children; c; c = c->next)
		if (is_el(c, NS_MD, "RequestedAttribute")) {
			xmlChar *v = xmlGetNoNsProp(c, BAD_CAST "Name");
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", *got ? " " : "",
				 (char *)v);
			xmlFree(v);
		}
	assert_string_equal(got, attr_names);
}

static void check_organization(xmlNodePtr org)
{
	assert_children(org, "OrganizationName OrganizationDisplayName OrganizationURL");
	assert_text(kid(org, NS_MD, "OrganizationName"), sp.org_name);
	assert_text(kid(org, NS_MD, "OrganizationDisplayName"), sp.org_display_name);
	assert_text(kid(org, NS_MD, "OrganizationURL"), sp.org_url);
	for (xmlNodePtr c = org->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			assert_lang_it(c);
}

static void test_metadata_spid(void **state)
{
	char *xml = saml_metadata_spid(*state, &sp);
	assert_non_null(xml);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_true(is_el(r, NS_MD, "EntityDescriptor"));
	assert_prop(r, "entityID", sp.entity_id);
	xmlChar *id = xmlGetNoNsProp(r, BAD_CAST "ID");
	assert_true(id && id[0] == '_' && strlen((char *)id) == 33);
	xmlFree(id);
	assert_children(r, "Signature SPSSODescriptor Organization ContactPerson");
	check_sp_descriptor(kid(r, NS_MD, "SPSSODescriptor"), "name familyName fiscalNumber email");
	check_organization(kid(r, NS_MD, "Organization"));
	xmlNodePtr cp = kid(r, NS_MD, "ContactPerson");
	assert_prop(cp, "contactType", "other");
	assert_children(cp, "Extensions EmailAddress TelephoneNumber");
	xmlNodePtr ext = kid(cp, NS_MD, "Extensions");
	assert_children(ext, "IPACode Public");
	assert_text(kid(ext, NS_SPID, "IPACode"), sp.ipa_code);
	assert_null(kid(ext, NS_SPID, "Public")->children);
	assert_text(kid(cp, NS_MD, "EmailAddress"), sp.email);
	assert_text(kid(cp, NS_MD, "TelephoneNumber"), sp.phone);
	xmlFreeDoc(doc);
	check_signed_metadata(xml, "spid-md.xml");
}

static void test_metadata_spid_no_phone(void **state)
{
	struct saml_sp s = sp;
	s.phone = "";
	xmlDocPtr doc = parse(saml_metadata_spid(*state, &s));
	assert_children(kid(xmlDocGetRootElement(doc), NS_MD, "ContactPerson"),
			"Extensions EmailAddress");
	xmlFreeDoc(doc);
}

static void test_metadata_cie(void **state)
{
	char *xml = saml_metadata_cie(*state, &sp);
	assert_non_null(xml);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_prop(r, "entityID", sp.cie_entity_id);
	assert_children(r, "Signature SPSSODescriptor Organization ContactPerson");
	/* email is not in the eIDAS minimum set CIE releases */
	check_sp_descriptor(kid(r, NS_MD, "SPSSODescriptor"), "name familyName fiscalNumber");
	check_organization(kid(r, NS_MD, "Organization"));
	xmlNodePtr cp = kid(r, NS_MD, "ContactPerson");
	assert_prop(cp, "contactType", "administrative");
	assert_children(cp, "Extensions Company EmailAddress TelephoneNumber");
	xmlNodePtr ext = kid(cp, NS_MD, "Extensions");
	assert_children(ext, "Public IPACode IPACategory Municipality");
	assert_text(kid(ext, NS_CIE, "IPACode"), sp.ipa_code);
	assert_text(kid(ext, NS_CIE, "IPACategory"), "L6");
	assert_text(kid(ext, NS_CIE, "Municipality"), sp.municipality);
	assert_text(kid(cp, NS_MD, "Company"), sp.org_name);
	xmlFreeDoc(doc);
	check_signed_metadata(xml, "cie-md.xml");
}

static void test_metadata_refused(void **state)
{
	struct saml_sp s = sp;
	const char *bad[] = { "name", "codiceFiscale", NULL };
	s.attributes = bad;
	assert_null(saml_metadata_spid(*state, &s));
	const char *twice[] = { "name", "name", NULL };
	s.attributes = twice;
	assert_null(saml_metadata_spid(*state, &s));
	const char *email_only[] = { "email", NULL };
	s.attributes = email_only;
	assert_null(saml_metadata_cie(*state, &s));             /* nothing CIE can release */
	s = sp;
	s.ipa_code = "";
	assert_null(saml_metadata_spid(*state, &s));
	s = sp;
	s.municipality = NULL;
	assert_null(saml_metadata_cie(*state, &s));
}

/* Values are text, never markup: a name with & < " survives intact. */
static void test_metadata_escapes_values(void **state)
{
	struct saml_sp s = sp;
	s.org_name = "Comune di \"Valle\" & <Monte>";
	s.acs_url = "https://comune.example.it/acs?a=1&b=\"2\"&c=&amp;";
	char *xml = saml_metadata_spid(*state, &s);
	assert_null(strstr(xml, "<Monte>"));
	xmlDocPtr doc = parse(xml);
	assert_text(kid(kid(xmlDocGetRootElement(doc), NS_MD, "Organization"), NS_MD,
			"OrganizationName"), s.org_name);
	assert_prop(kid(kid(xmlDocGetRootElement(doc), NS_MD, "SPSSODescriptor"), NS_MD,
			"AssertionConsumerService"), "Location", s.acs_url);
	xmlFreeDoc(doc);
	check_signed_metadata(xml, "escaped-md.xml");
}

/* ---- logout ----------------------------------------------------------------------------- */

static void test_logout_request(void **state)
{
	struct arena *a = *state;
	char *xml = saml_logout_request(a, &sp, &spid_idp, "_logout1", l2.issue_instant, "_nameid",
					"https://idp.example.org", "_session");
	xmlDocPtr doc = parse(xml);
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_true(is_el(r, NS_SAMLP, "LogoutRequest"));
	assert_prop(r, "ID", "_logout1");
	assert_prop(r, "Version", "2.0");
	assert_prop(r, "IssueInstant", l2.issue_instant);
	assert_prop(r, "Destination", spid_idp.slo_redirect);
	assert_children(r, "Issuer NameID SessionIndex");
	xmlNodePtr is = kid(r, NS_SAML, "Issuer");
	assert_text(is, sp.entity_id);
	assert_prop(is, "Format", ENTITY);
	assert_prop(is, "NameQualifier", sp.entity_id);
	xmlNodePtr nid = kid(r, NS_SAML, "NameID");
	assert_text(nid, "_nameid");
	assert_prop(nid, "Format", TRANSIENT);
	assert_prop(nid, "NameQualifier", "https://idp.example.org");
	assert_text(kid(r, NS_SAMLP, "SessionIndex"), "_session");
	xmlFreeDoc(doc);
	/* L2/L3 sessions have no SessionIndex */
	doc = parse(saml_logout_request(a, &sp, &spid_idp, "_l2", l2.issue_instant, "_n", NULL, NULL));
	assert_children(xmlDocGetRootElement(doc), "Issuer NameID");
	xmlFreeDoc(doc);
	assert_null(saml_logout_request(a, &sp, &spid_idp, "_x", l2.issue_instant, "", NULL, NULL));
	write_file("logout.xml", xml, strlen(xml));
	if (!schemas_available())
		skip();
	assert_int_equal(schema_check("saml-schema-protocol-2.0.xsd", path("logout.xml")), 0);
}

static void test_logout_response(void **state)
{
	struct arena *a = *state;
	char *xml = saml_logout_response(a, &sp, &cie_idp, "_resp1", l2.issue_instant, "_req1", 1);
	xmlDocPtr doc = parse(xml);
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_true(is_el(r, NS_SAMLP, "LogoutResponse"));
	assert_prop(r, "ID", "_resp1");
	assert_prop(r, "InResponseTo", "_req1");
	assert_prop(r, "Destination", cie_idp.slo_redirect);
	assert_children(r, "Issuer Status");
	assert_text(kid(r, NS_SAML, "Issuer"), sp.cie_entity_id);
	assert_prop(kid(kid(r, NS_SAMLP, "Status"), NS_SAMLP, "StatusCode"), "Value",
		    "urn:oasis:names:tc:SAML:2.0:status:Success");
	xmlFreeDoc(doc);
	doc = parse(saml_logout_response(a, &sp, &spid_idp, "_r2", l2.issue_instant, "_q", 0));
	xmlNodePtr st = kid(kid(xmlDocGetRootElement(doc), NS_SAMLP, "Status"), NS_SAMLP, "StatusCode");
	assert_prop(st, "Value", "urn:oasis:names:tc:SAML:2.0:status:Responder");
	xmlFreeDoc(doc);
	/* carried by the Redirect binding, signed in the query */
	char *url = saml_redirect_url(a, cie_idp.slo_redirect, "SAMLResponse", xml, "rs", key);
	const char *certs[] = { cert_pem }, *relay;
	assert_string_equal(saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLResponse", certs, 1,
						  &relay), xml);
	write_file("logout-resp.xml", xml, strlen(xml));
	if (!schemas_available())
		skip();
	assert_int_equal(schema_check("saml-schema-protocol-2.0.xsd", path("logout-resp.xml")), 0);
}

/* ---- demo IdP ----------------------------------------------------------------------------- */

static const struct saml_attr demo_attrs[] = {
	{ "name", "Maria" },
	{ "familyName", "Rossi & Figli" },
	{ "fiscalNumber", "TINIT-RSSMRA80A01H501U" },
};

static struct idp_assertion demo(int level)
{
	return (struct idp_assertion){
		.idp_entity_id = "https://demo-idp.example.it",
		.sp_entity_id = sp.entity_id,
		.acs_url = sp.acs_url,
		.in_response_to = l2.id,
		.response_id = "_resp0123456789abcdef",
		.assertion_id = "_assert0123456789abcdef",
		.name_id = "_nameid0123",
		.session_index = "_session0123",
		.now = 1795687200.25,                 /* 2026-11-26T10:00:00.250Z */
		.level = level,
		.nattrs = 3,
		.attrs = demo_attrs,
	};
}

static void test_idp_response_signatures(void **state)
{
	struct idp_assertion p = demo(2);
	char *xml = saml_idp_response(*state, &p, key);
	assert_non_null(xml);
	write_file("resp.xml", xml, strlen(xml));
	if (!tool("xmlsec1"))
		skip();
	const char *resp = NS_SAMLP ":Response", *as = NS_SAML ":Assertion";
	const char *as_sig = "//*[local-name()='Assertion']/*[local-name()='Signature']";
	int rc = xmlsec_verify("cert.pem", resp, NULL, path("resp.xml"));
	if (rc)
		show_log();
	assert_int_equal(rc, 0);
	rc = xmlsec_verify("cert.pem", as, as_sig, path("resp.xml"));
	if (rc)
		show_log();
	assert_int_equal(rc, 0);
	assert_int_not_equal(xmlsec_verify("other-cert.pem", as, as_sig, path("resp.xml")), 0);
	/* the two checks are distinct: spoil only the Response's SignatureValue
	 * (the first in the document) and only the Response check fails */
	char *spoilt = arena_strdup(*state, xml);
	char *sv = strstr(spoilt, "<ds:SignatureValue>") + strlen("<ds:SignatureValue>");
	sv[0] = sv[0] == 'A' ? 'B' : 'A';
	write_file("resp-spoilt.xml", spoilt, strlen(spoilt));
	assert_int_not_equal(xmlsec_verify("cert.pem", resp, NULL, path("resp-spoilt.xml")), 0);
	assert_int_equal(xmlsec_verify("cert.pem", as, as_sig, path("resp-spoilt.xml")), 0);
	/* tampering with a value breaks both signatures */
	char *t = strstr(xml, "Maria");
	memcpy(t, "Marta", 5);
	write_file("resp-bad.xml", xml, strlen(xml));
	assert_int_not_equal(xmlsec_verify("cert.pem", as, as_sig, path("resp-bad.xml")), 0);
	assert_int_not_equal(xmlsec_verify("cert.pem", resp, NULL, path("resp-bad.xml")), 0);
	if (!schemas_available())
		skip();
	assert_int_equal(schema_check("saml-schema-protocol-2.0.xsd", path("resp.xml")), 0);
}

static void check_assertion(xmlNodePtr as, const struct idp_assertion *p)
{
	assert_prop(as, "ID", p->assertion_id);
	assert_prop(as, "Version", "2.0");
	assert_prop(as, "IssueInstant", "2026-11-26T10:00:00.250Z");
	assert_children(as, "Issuer Signature Subject Conditions AuthnStatement AttributeStatement");
	assert_prop(kid(as, NS_SAML, "Issuer"), "Format", ENTITY);
	xmlNodePtr subj = kid(as, NS_SAML, "Subject");
	xmlNodePtr nid = kid(subj, NS_SAML, "NameID");
	assert_text(nid, p->name_id);
	assert_prop(nid, "Format", TRANSIENT);
	assert_prop(nid, "NameQualifier", p->idp_entity_id);
	xmlNodePtr sc = kid(subj, NS_SAML, "SubjectConfirmation");
	assert_prop(sc, "Method", "urn:oasis:names:tc:SAML:2.0:cm:bearer");
	xmlNodePtr scd = kid(sc, NS_SAML, "SubjectConfirmationData");
	assert_prop(scd, "Recipient", p->acs_url);
	assert_prop(scd, "InResponseTo", p->in_response_to);
	assert_prop(scd, "NotOnOrAfter", "2026-11-26T10:05:00.250Z");
	xmlNodePtr c = kid(as, NS_SAML, "Conditions");
	assert_prop(c, "NotBefore", "2026-11-26T10:00:00.250Z");
	assert_prop(c, "NotOnOrAfter", "2026-11-26T10:05:00.250Z");
	assert_text(kid(kid(c, NS_SAML, "AudienceRestriction"), NS_SAML, "Audience"), p->sp_entity_id);
	xmlNodePtr at = kid(kid(as, NS_SAML, "AttributeStatement"), NS_SAML, "Attribute");
	assert_prop(at, "Name", "name");
	xmlNodePtr v = kid(at, NS_SAML, "AttributeValue");
	assert_text(v, "Maria");
	xmlChar *type = xmlGetNsProp(v, BAD_CAST "type", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
	assert_string_equal((char *)type, "xs:string");
	xmlFree(type);
	xmlNsPtr xs = xmlSearchNs(v->doc, v, BAD_CAST "xs");
	assert_non_null(xs);
	assert_string_equal((char *)xs->href, "http://www.w3.org/2001/XMLSchema");
}

static void test_idp_response_fields(void **state)
{
	struct idp_assertion p = demo(1);
	xmlDocPtr doc = parse(saml_idp_response(*state, &p, key));
	xmlNodePtr r = xmlDocGetRootElement(doc);
	assert_true(is_el(r, NS_SAMLP, "Response"));
	assert_prop(r, "ID", p.response_id);
	assert_prop(r, "Version", "2.0");
	assert_prop(r, "InResponseTo", p.in_response_to);
	assert_prop(r, "Destination", p.acs_url);
	assert_children(r, "Issuer Signature Status Assertion");
	assert_text(kid(r, NS_SAML, "Issuer"), p.idp_entity_id);
	assert_prop(kid(kid(r, NS_SAMLP, "Status"), NS_SAMLP, "StatusCode"), "Value",
		    "urn:oasis:names:tc:SAML:2.0:status:Success");
	xmlNodePtr as = kid(r, NS_SAML, "Assertion");
	check_assertion(as, &p);
	xmlNodePtr st = kid(as, NS_SAML, "AuthnStatement");
	assert_prop(st, "SessionIndex", "_session0123");          /* level 1 only */
	assert_text(kid(kid(st, NS_SAML, "AuthnContext"), NS_SAML, "AuthnContextClassRef"),
		    "https://www.spid.gov.it/SpidL1");
	xmlFreeDoc(doc);
	p = demo(3);
	doc = parse(saml_idp_response(*state, &p, key));
	st = kid(kid(xmlDocGetRootElement(doc), NS_SAML, "Assertion"), NS_SAML, "AuthnStatement");
	assert_prop(st, "SessionIndex", NULL);
	assert_text(kid(kid(st, NS_SAML, "AuthnContext"), NS_SAML, "AuthnContextClassRef"),
		    "https://www.spid.gov.it/SpidL3");
	xmlFreeDoc(doc);
	p.level = 0;
	assert_null(saml_idp_response(*state, &p, key));
}

/* The other half agrees: the SP's own judge (response.c) accepts what the
 * demo IdP builds, and refuses it when the IdP key is not the trusted one. */
static void test_idp_response_accepted_by_judge(void **state)
{
	struct arena *a = *state;
	struct idp_assertion p = demo(2);
	char *xml = saml_idp_response(a, &p, key);
	struct idp trusted = { .entity_id = (char *)p.idp_entity_id, .federation = FED_SPID,
			       .ncerts = 1 };
	trusted.certs_pem[0] = cert_pem;
	static const char *const want[] = { "name", "familyName", "fiscalNumber", NULL };
	struct saml_expect e = {
		.sp_entity_id = sp.entity_id, .acs_url = sp.acs_url, .request_id = l2.id,
		.request_instant = p.now - 5, .idp = &trusted, .level = 2,
		.comparison = CMP_MINIMUM, .attributes = want, .now = p.now + 1, .skew_seconds = 60,
	};
	struct saml_outcome out;
	assert_int_equal(saml_response_judge(xml, strlen(xml), &e, a, &out), 0);
	if (!out.accepted)
		fail_msg("refused: %s (%s)", out.refusal.code, out.refusal.detail);
	assert_string_equal(out.name_id, p.name_id);
	assert_int_equal(out.level, 2);
	trusted.certs_pem[0] = other_cert_pem;
	assert_int_equal(saml_response_judge(xml, strlen(xml), &e, a, &out), 0);
	assert_false(out.accepted);
}

/* Our LogoutRequest, through the Redirect binding, as an IdP's judge sees it. */
static void test_logout_request_accepted_by_judge(void **state)
{
	struct arena *a = *state;
	double now = 1795687200.0;
	const char *instant = "2026-11-26T10:00:00.000Z";
	char *xml = saml_logout_request(a, &sp, &spid_idp, "_lo1", instant, "_nid", NULL, "_si");
	char *url = saml_redirect_url(a, spid_idp.slo_redirect, "SAMLRequest", xml, "r", key);
	const char *certs[] = { cert_pem }, *relay;
	char *back = saml_redirect_receive(a, strchr(url, '?') + 1, "SAMLRequest", certs, 1, &relay);
	assert_non_null(back);
	struct idp us = { .entity_id = (char *)sp.entity_id, .ncerts = 1 };
	us.certs_pem[0] = cert_pem;
	struct saml_logout_seen seen;
	struct saml_refusal why;
	int rc = saml_logout_judge(back, strlen(back), &us, spid_idp.slo_redirect, now + 1, 60, 0, a,
				   &seen, &why);
	if (rc < 0)
		fail_msg("refused: %s (%s)", why.code, why.detail);
	assert_int_equal(seen.is_request, 1);
	assert_string_equal(seen.id, "_lo1");
	assert_string_equal(seen.name_id, "_nid");
	assert_string_equal(seen.session_index, "_si");
}

static void test_authn_request_read(void **state)
{
	struct arena *a = *state;
	char *xml = saml_authn_request(a, &sp, &spid_idp, &l2);
	struct authn_seen seen;
	assert_int_equal(saml_authn_request_read(a, xml, strlen(xml), &seen), 0);
	assert_string_equal(seen.id, l2.id);
	assert_string_equal(seen.issuer, sp.entity_id);
	assert_string_equal(seen.destination, spid_idp.sso_redirect);
	assert_string_equal(seen.issue_instant, l2.issue_instant);
	assert_null(seen.acs_url);
	assert_int_equal(seen.level, 2);
	assert_int_equal(seen.comparison, CMP_MINIMUM);
	/* a signed request reads the same; so does a URL+ProtocolBinding one */
	char *signed_xml = saml_sign(a, xml, l2.id, key);
	assert_int_equal(saml_authn_request_read(a, signed_xml, strlen(signed_xml), &seen), 0);
	const char *other =
		"<samlp:AuthnRequest xmlns:samlp=\"" NS_SAMLP "\" xmlns:saml=\"" NS_SAML "\" "
		"ID=\"_r\" Version=\"2.0\" IssueInstant=\"2026-01-01T00:00:00Z\" "
		"AssertionConsumerServiceURL=\"https://sp/acs\"><saml:Issuer>\n  https://sp \n"
		"</saml:Issuer><samlp:RequestedAuthnContext><saml:AuthnContextClassRef>"
		"https://www.spid.gov.it/SpidL3</saml:AuthnContextClassRef>"
		"</samlp:RequestedAuthnContext></samlp:AuthnRequest>";
	assert_int_equal(saml_authn_request_read(a, other, strlen(other), &seen), 0);
	assert_string_equal(seen.issuer, "https://sp");
	assert_string_equal(seen.acs_url, "https://sp/acs");
	assert_int_equal(seen.level, 3);
	assert_int_equal(seen.comparison, CMP_EXACT);           /* SAML's default */
}

static void test_authn_request_read_refused(void **state)
{
	struct arena *a = *state;
	struct authn_seen seen;
	const char *bad[] = {
		/* a DTD (entity expansion, XXE) is refused outright */
		"<!DOCTYPE r [<!ENTITY e \"x\">]><samlp:AuthnRequest xmlns:samlp=\"" NS_SAMLP
		"\" ID=\"_r\"/>",
		"<samlp:Response xmlns:samlp=\"" NS_SAMLP "\" ID=\"_r\"/>",
		"<AuthnRequest ID=\"_r\"/>",
		"<samlp:AuthnRequest xmlns:samlp=\"" NS_SAMLP "\" xmlns:saml=\"" NS_SAML "\" ID=\"_r\" "
		"IssueInstant=\"2026-01-01T00:00:00Z\"><saml:Issuer>x</saml:Issuer>"
		"<samlp:RequestedAuthnContext Comparison=\"exact\"><saml:AuthnContextClassRef>"
		"urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1</saml:AuthnContextClassRef>"
		"</samlp:RequestedAuthnContext></samlp:AuthnRequest>",
		"<samlp:AuthnRequest xmlns:samlp=\"" NS_SAMLP "\" xmlns:saml=\"" NS_SAML "\" ID=\"_r\" "
		"IssueInstant=\"2026-01-01T00:00:00Z\"><saml:Issuer>x</saml:Issuer>"
		"<samlp:RequestedAuthnContext Comparison=\"most\"><saml:AuthnContextClassRef>"
		"https://www.spid.gov.it/SpidL1</saml:AuthnContextClassRef>"
		"</samlp:RequestedAuthnContext></samlp:AuthnRequest>",
		"<unclosed",
		"",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(saml_authn_request_read(a, bad[i], strlen(bad[i]), &seen), -1);
}

/* ---- keys ------------------------------------------------------------------------------------ */

static void test_key_load_refused(void **state)
{
	(void)state;
	assert_null(saml_key_load(path("missing.pem"), path("cert.pem")));
	assert_null(saml_key_load(path("key.pem"), path("other-cert.pem")));    /* not its cert */
	assert_null(saml_key_load(path("small-key.pem"), path("small-cert.pem"))); /* RSA-1024 */
	assert_null(saml_key_load(path("cert.pem"), path("key.pem")));
	char *der = NULL;
	if (sh("openssl x509 -in %s -outform DER | base64 -w0 > %s", path("cert.pem"),
	       path("der.b64")) == 0)
		der = slurp(path("der.b64"));
	assert_non_null(der);
	assert_string_equal(saml_key_cert_b64(key), der);
	free(der);
}

static void test_sign_refused(void **state)
{
	assert_null(saml_sign(*state, "<a ID=\"_x\"/>", "_y", key));     /* no such ID */
	assert_null(saml_sign(*state, "<a ID=\"_x\">", "_x", key));      /* not well-formed */
	assert_null(saml_sign(*state, NULL, "_x", key));
	char *s = saml_sign(*state, "<a ID=\"_x\"><b/></a>", "_x", key);
	assert_non_null(s);
	xmlDocPtr doc = parse(s);
	assert_children(xmlDocGetRootElement(doc), "Signature b");      /* first when no Issuer */
	xmlFreeDoc(doc);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_authn_request_spid_l2),
		T(test_authn_request_spid_l1_post),
		T(test_authn_request_cie),
		T(test_authn_request_refused),
		T(test_authn_request_signed_post),
		T(test_redirect_url_openssl),
		T(test_redirect_round_trip),
		T(test_redirect_raw_forms_verified),
		T(test_redirect_tampered),
		T(test_redirect_inflate_cap),
		T(test_redirect_endpoint_with_query),
		T(test_schema_check_effective),
		T(test_metadata_spid),
		T(test_metadata_spid_no_phone),
		T(test_metadata_cie),
		T(test_metadata_refused),
		T(test_metadata_escapes_values),
		T(test_logout_request),
		T(test_logout_response),
		T(test_idp_response_signatures),
		T(test_idp_response_fields),
		T(test_idp_response_accepted_by_judge),
		T(test_logout_request_accepted_by_judge),
		T(test_authn_request_read),
		T(test_authn_request_read_refused),
		T(test_key_load_refused),
		T(test_sign_refused),
	};
#undef T
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
