/* test_saml_response.c - the ACS judge (saml/response.c) against real signed
 * messages: one good Response template, one mutation per case, signed by the
 * xmlsec1 command-line tool with a throw-away IdP key (or a rogue one) made
 * by openssl in a temporary directory. Each case is its own cmocka test,
 * named after the SPID validator case it mirrors (cNN) or the attack. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/arena.h"
#include "saml/response.h"

#define IDP_ID "https://idp.example.org/"
#define SP_ID  "https://comune.example.it/spid"
#define ACS    "https://comune.example.it/auth/acs"
#define SLO    "https://comune.example.it/auth/slo"
#define REQ_ID "_req0123456789abcdef0123456789abcd"

#define NS_P "urn:oasis:names:tc:SAML:2.0:protocol"
#define NS_A "urn:oasis:names:tc:SAML:2.0:assertion"
#define ST   "urn:oasis:names:tc:SAML:2.0:status:"
#define ENTITY "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"

/* ---- signature templates (filled in by xmlsec1 --sign) ------------------ */
#define EXC    "http://www.w3.org/2001/10/xml-exc-c14n#"
#define C14N   "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
#define ENV    "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
#define RSA256 "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
#define RSA1   "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
#define HMAC   "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"
#define SHA256 "http://www.w3.org/2001/04/xmlenc#sha256"
#define SHA1   "http://www.w3.org/2000/09/xmldsig#sha1"
#define TF(alg) "<ds:Transform Algorithm=\"" alg "\"/>"
#define STD_TF TF(ENV) TF(EXC)
#define REF(uri, tf, dig) "<ds:Reference URI=\"" uri "\"><ds:Transforms>" tf "</ds:Transforms>" \
	"<ds:DigestMethod Algorithm=\"" dig "\"/><ds:DigestValue/></ds:Reference>"
#define SIGR(c14n, alg, refs) \
	"<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>" \
	"<ds:CanonicalizationMethod Algorithm=\"" c14n "\"/><ds:SignatureMethod Algorithm=\"" alg "\"/>" \
	refs "</ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data><ds:X509Certificate/>" \
	"</ds:X509Data></ds:KeyInfo></ds:Signature>"
#define SIG(c14n, alg, uri, tf, dig) SIGR(c14n, alg, REF(uri, tf, dig))
#define ASIG SIG(EXC, RSA256, "#_a1", STD_TF, SHA256)
#define RSIG SIG(EXC, RSA256, "#_r1", STD_TF, SHA256)
#define XPATH_TF "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\">" \
	"<ds:XPath>not(ancestor-or-self::ds:Signature)</ds:XPath></ds:Transform>"
#define XSLT_TF "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">" \
	"<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\">" \
	"<xsl:template match=\"/\">x</xsl:template></xsl:stylesheet></ds:Transform>"

/* ---- the good Response -------------------------------------------------- *
 * Placeholders are expanded in three stages (see build()): @ASSERTION@; then
 * @RISS@ @AISS@ @ASIG@ @NF@; then the values. A mutation applies at the
 * first stage where its text appears, so it can target any of them. */
#define ISSUER "<saml:Issuer Format=\"" ENTITY "\">@IDP@</saml:Issuer>"
#define ATTR(n, v) "<saml:Attribute Name=\"" n "\"@NF@><saml:AttributeValue xsi:type=\"xs:string\">" \
	v "</saml:AttributeValue></saml:Attribute>\n"
/* closes the AttributeValue of ATTR() and opens a second one */
#define AVAL(v) "</saml:AttributeValue><saml:AttributeValue xsi:type=\"xs:string\">" v
#define SUCCESS "<samlp:StatusCode Value=\"" ST "Success\"/>"

static const char TEMPLATE[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<samlp:Response xmlns:samlp=\"" NS_P "\" xmlns:saml=\"" NS_A "\" ID=\"_r1\" Version=\"2.0\""
	" IssueInstant=\"@RI@\" Destination=\"@ACS@\" InResponseTo=\"@REQ@\">\n"
	"@RISS@\n<!--RSIG-->\n"
	"<samlp:Status>" SUCCESS "</samlp:Status>\n"
	"@ASSERTION@\n"
	"</samlp:Response>\n";

static const char ASSERTION[] =
	"<saml:Assertion xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
	" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ID=\"_a1\" Version=\"2.0\""
	" IssueInstant=\"@AI@\">\n"
	"@AISS@\n@ASIG@\n"
	"<saml:Subject>\n"
	"<saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\""
	" NameQualifier=\"@IDP@\">_0123456789abcdef</saml:NameID>\n"
	"<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">\n"
	"<saml:SubjectConfirmationData Recipient=\"@ACS@\" NotOnOrAfter=\"@SNOA@\" InResponseTo=\"@REQ@\"/>\n"
	"</saml:SubjectConfirmation>\n"
	"</saml:Subject>\n"
	"<saml:Conditions NotBefore=\"@NB@\" NotOnOrAfter=\"@NOA@\">\n"
	"<saml:AudienceRestriction><saml:Audience>@SP@</saml:Audience></saml:AudienceRestriction>\n"
	"</saml:Conditions>\n"
	"<saml:AuthnStatement AuthnInstant=\"@AUI@\">\n"
	"<saml:AuthnContext><saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL2</saml:AuthnContextClassRef>"
	"</saml:AuthnContext>\n"
	"</saml:AuthnStatement>\n"
	"<saml:AttributeStatement>\n"
	ATTR("name", "Mario") ATTR("familyName", "Rossi") ATTR("fiscalNumber", "TINIT-RSSMRA80A01H501U")
	ATTR("email", "mario.rossi@example.it")
	"</saml:AttributeStatement>\n"
	"</saml:Assertion>";

/* An IdP error answer: no Assertion, Response signed (validator 104-111). */
#define ERROR_STATUS(msg) "<samlp:StatusCode Value=\"" ST "Responder\"><samlp:StatusCode Value=\"" ST \
	"AuthnFailed\"/></samlp:StatusCode><samlp:StatusMessage>" msg "</samlp:StatusMessage>"
#define IDP_ERROR(msg) { SUCCESS, ERROR_STATUS(msg), "@ASSERTION@", "" }

static const char *const WANTED[] = { "name", "familyName", "fiscalNumber", "email", NULL };

/* ---- fixtures ------------------------------------------------------------ */

static char dir[] = "/tmp/test_saml_response.XXXXXX";
static char *idp_cert, *rogue_cert;
static struct arena *A;
static double NOW;

static char *path(const char *name)
{
	static char buf[4][128];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static char *slurp(const char *file)
{
	FILE *f = fopen(file, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	size_t got = fread(s, 1, (size_t)n, f);
	s[got] = '\0';
	fclose(f);
	return s;
}

static void spit(const char *file, const char *s)
{
	FILE *f = fopen(file, "wb");
	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

static int run(const char *cmd)
{
	int rc = system(cmd);
	return rc == 0 ? 0 : -1;
}

static int make_key(const char *name, const char *cn, int bits)
{
	char cmd[512];
	snprintf(cmd, sizeof cmd, "openssl req -x509 -newkey rsa:%d -nodes -subj '/CN=%s' -days 2 "
		 "-keyout %s/%s.key -out %s/%s.crt >/dev/null 2>&1", bits, cn, dir, name, dir, name);
	return run(cmd);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir) || make_key("idp", "Test IdP (throw-away)", 2048) ||
	    make_key("rogue", "Rogue IdP", 2048))
		return -1;
	spit(path("hmac.bin"), "0123456789abcdef0123456789abcdef");
	idp_cert = slurp(path("idp.crt"));
	rogue_cert = slurp(path("rogue.crt"));
	A = arena_new();
	return idp_cert && rogue_cert && saml_init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	const char *files[] = { "idp.key", "idp.crt", "rogue.key", "rogue.crt", "hmac.bin",
				"in.xml", "out.xml", "err.txt" };
	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		unlink(path(files[i]));
	rmdir(dir);
	free(idp_cert);
	free(rogue_cert);
	arena_free(A);
	saml_shutdown();
	return 0;
}

/* ---- string surgery ------------------------------------------------------ */

/* Replace every FROM in *S with TO; returns how many. */
static int replace(char **s, const char *from, const char *to)
{
	size_t lf = strlen(from), lt = strlen(to);
	int n = 0;
	for (char *p = strstr(*s, from); p; p = strstr(p + lt, from)) {
		size_t off = (size_t)(p - *s), len = strlen(*s);
		char *d = malloc(len - lf + lt + 1);
		memcpy(d, *s, off);
		memcpy(d + off, to, lt);
		memcpy(d + off + lt, p + lf, len - off - lf + 1);
		free(*s);
		*s = d;
		p = d + off;
		n++;
	}
	return n;
}

static void must_replace(char **s, const char *from, const char *to)
{
	if (replace(s, from, to) == 0)
		fail_msg("text not found: %.60s", from);
}

/* Malloc'd copy of the part of S from the first FROM to the end of the
 * first END after it. */
static char *cut(const char *s, const char *from, const char *end)
{
	const char *p = strstr(s, from), *q = p ? strstr(p, end) : NULL;
	assert_non_null(q);
	size_t n = (size_t)(q + strlen(end) - p);
	char *d = malloc(n + 1);
	memcpy(d, p, n);
	d[n] = '\0';
	return d;
}

static const char *iso(double t, const char *frac)
{
	static char buf[16][48];
	static int k;
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	k = (k + 1) % 16;
	size_t n = strftime(buf[k], sizeof buf[k], "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf[k] + n, sizeof buf[k] - n, "%sZ", frac);
	return buf[k];
}

/* Sign the first ds:Signature template in XML with KEY (idp, rogue, hmac). */
static char *sign(const char *xml, const char *key)
{
	char cmd[1024], keyopt[256];
	if (!strcmp(key, "hmac"))
		snprintf(keyopt, sizeof keyopt, "--hmackey %s", path("hmac.bin"));
	else
		snprintf(keyopt, sizeof keyopt, "--privkey-pem %s/%s.key,%s/%s.crt", dir, key, dir, key);
	spit(path("in.xml"), xml);
	unlink(path("out.xml"));
	snprintf(cmd, sizeof cmd, "xmlsec1 --sign %s"
		 " --id-attr:ID " NS_A ":Assertion --id-attr:ID " NS_P ":Response"
		 " --id-attr:ID " NS_P ":LogoutRequest --id-attr:ID " NS_P ":LogoutResponse"
		 " --id-attr:ID urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor"
		 " --output %s %s 2>%s", keyopt, path("out.xml"), path("in.xml"), path("err.txt"));
	if (run(cmd)) {
		char *err = slurp(path("err.txt"));
		print_error("xmlsec1 failed: %.300s\n", err ? err : "");
		free(err);
		return NULL;
	}
	return slurp(path("out.xml"));
}

/* ---- the cases ------------------------------------------------------------ */

enum {
	NOSIGN  = 1 << 0,   /* leave signature templates unsigned (structure only) */
	AROGUE  = 1 << 1,   /* the Assertion signed by the rogue key */
	RSIGN   = 1 << 2,   /* also sign the Response */
	RROGUE  = 1 << 3,   /* ... with the rogue key */
	AHMAC   = 1 << 4,   /* the Assertion "signed" with an HMAC key */
};

struct tcase {
	const char *name;
	const char *code;             /* the expected refusal; NULL: accepted */
	const char *mut[10];          /* FROM, TO pairs applied to the template */
	unsigned flags;
	const char *rsig;             /* Response signature template (default RSIG) */
	void (*post)(char **xml);     /* surgery on the signed message */
	void (*tweak)(struct saml_expect *e, struct idp *idp);
	void (*check)(const struct saml_outcome *o);
	int errnum;                   /* for "idp-error" */
};

static void apply(char **s, const struct tcase *c, bool *done)
{
	for (int i = 0; i < 10 && c->mut[i]; i += 2)
		if (!done[i / 2] && strstr(*s, c->mut[i])) {
			replace(s, c->mut[i], c->mut[i + 1]);
			done[i / 2] = true;
		}
}

/* The unsigned message for case C: template, mutations, placeholders. */
static char *build(const struct tcase *c)
{
	char *s = strdup(TEMPLATE);
	bool done[5] = { false };
	double req = NOW - 30;
	const char *stages[][2] = {
		{ "@ASSERTION@", ASSERTION }, { NULL, NULL },
		{ "@RISS@", ISSUER }, { "@AISS@", ISSUER }, { "@ASIG@", ASIG },
		{ "@NF@", " NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\"" },
		{ NULL, NULL },
		{ "@RI@", iso(NOW - 5, "") }, { "@AI@", iso(NOW - 5, "") }, { "@NB@", iso(NOW - 5, "") },
		{ "@NOA@", iso(NOW + 300, "") }, { "@SNOA@", iso(NOW + 300, "") },
		{ "@AUI@", iso(NOW - 6, "") }, { "@REQI@", iso(req, "") },
		{ "@F1@", iso(NOW - 5, ".1") }, { "@F6@", iso(NOW - 5, ".123456") },
		{ "@IDP@", IDP_ID }, { "@SP@", SP_ID }, { "@ACS@", ACS }, { "@REQ@", REQ_ID },
		{ NULL, NULL },
	};
	apply(&s, c, done);
	for (size_t i = 0; i < sizeof stages / sizeof *stages; i++) {
		if (stages[i][0]) {
			replace(&s, stages[i][0], stages[i][1]);
			continue;
		}
		apply(&s, c, done);
	}
	for (int i = 0; i < 10 && c->mut[i]; i += 2)
		if (!done[i / 2])
			fail_msg("%s: mutation text not found: %.60s", c->name, c->mut[i]);
	return s;
}

/* Sign as the case says: the Assertion first, then (RSIGN) the Response. */
static char *sign_case(const struct tcase *c, char *xml)
{
	if (strstr(xml, "<ds:Signature") && !(c->flags & NOSIGN)) {
		char *signed_xml = sign(xml, c->flags & AHMAC ? "hmac" : c->flags & AROGUE ? "rogue" : "idp");
		free(xml);
		if (!(xml = signed_xml))
			fail_msg("%s: signing the Assertion failed", c->name);
	}
	if (!(c->flags & RSIGN)) {
		replace(&xml, "<!--RSIG-->", "");
		return xml;
	}
	must_replace(&xml, "<!--RSIG-->", c->rsig ? c->rsig : RSIG);
	char *signed_xml = c->flags & NOSIGN ? strdup(xml) : sign(xml, c->flags & RROGUE ? "rogue" : "idp");
	free(xml);
	if (!signed_xml)
		fail_msg("%s: signing the Response failed", c->name);
	return signed_xml;
}

static struct idp test_idp(void)
{
	struct idp idp = { .entity_id = IDP_ID, .display_name = "Test IdP", .federation = FED_SPID,
			   .ncerts = 1, .certs_pem = { idp_cert } };
	return idp;
}

static struct saml_expect test_expect(const struct idp *idp)
{
	struct saml_expect e = { .sp_entity_id = SP_ID, .acs_url = ACS, .request_id = REQ_ID,
				 .request_instant = NOW - 30, .idp = idp, .level = 2,
				 .comparison = CMP_MINIMUM, .attributes = WANTED, .now = NOW,
				 .skew_seconds = 60 };
	return e;
}

static void run_case(void **state)
{
	const struct tcase *c = *state;
	NOW = (double)time(NULL);
	char *xml = sign_case(c, build(c));
	if (c->post)
		c->post(&xml);
	struct idp idp = test_idp();
	struct saml_expect e = test_expect(&idp);
	if (c->tweak)
		c->tweak(&e, &idp);
	struct saml_outcome o;
	assert_int_equal(saml_response_judge(xml, strlen(xml), &e, A, &o), 0);
	const char *got = o.accepted ? "(accepted)" : o.refusal.code;
	const char *want = c->code ? c->code : "(accepted)";
	if (strcmp(got, want) || (o.accepted && o.refusal.code))
		fail_msg("%s: expected %s, got %s: %s", c->name, want, got,
			 o.refusal.detail ? o.refusal.detail : "");
	if (!o.accepted)
		assert_non_null(o.refusal.detail);
	if (c->code && !strcmp(c->code, "idp-error")) {
		assert_true(o.idp_error);
		assert_int_equal(o.error_number, c->errnum);
	} else {
		assert_false(o.idp_error);
	}
	if (c->check)
		c->check(&o);
	free(xml);
	arena_reset(A);
}

/* ---- expectations other than the default ------------------------------- */

static void cie(struct saml_expect *e, struct idp *idp) { (void)e; idp->federation = FED_CIE; }
static void l1_minimum(struct saml_expect *e, struct idp *idp) { (void)idp; e->level = 1; }
static void l2_exact(struct saml_expect *e, struct idp *idp) { (void)idp; e->comparison = CMP_EXACT; }
static void l2_better(struct saml_expect *e, struct idp *idp) { (void)idp; e->comparison = CMP_BETTER; }
static void l3_exact(struct saml_expect *e, struct idp *idp)
{
	(void)idp;
	e->level = 3;
	e->comparison = CMP_EXACT;
}
static void l3_maximum(struct saml_expect *e, struct idp *idp)
{
	(void)idp;
	e->level = 3;
	e->comparison = CMP_MAXIMUM;
}
static void l3_minimum(struct saml_expect *e, struct idp *idp)
{
	(void)idp;
	e->level = 3;
}
static void two_certs(struct saml_expect *e, struct idp *idp)
{
	(void)e;
	idp->ncerts = 2;
	idp->certs_pem[0] = rogue_cert;
	idp->certs_pem[1] = idp_cert;
}
static void rogue_only(struct saml_expect *e, struct idp *idp) { (void)e; idp->certs_pem[0] = rogue_cert; }
static void no_certs(struct saml_expect *e, struct idp *idp) { (void)e; idp->ncerts = 0; }
static void want_dob(struct saml_expect *e, struct idp *idp)
{
	static const char *const names[] = { "fiscalNumber", "dateOfBirth", NULL };
	(void)idp;
	e->attributes = names;
}
static void other_request(struct saml_expect *e, struct idp *idp) { (void)idp; e->request_id = "_another"; }
static void other_sp(struct saml_expect *e, struct idp *idp) { (void)idp; e->sp_entity_id = "https://other.example.it/"; }
static void late(struct saml_expect *e, struct idp *idp) { (void)idp; e->now += 400; }
static void incomplete(struct saml_expect *e, struct idp *idp) { (void)idp; e->acs_url = NULL; }

/* ---- checks on accepted outcomes ---------------------------------------- */

static const char *value(const struct saml_outcome *o, const char *name)
{
	for (size_t i = 0; i < o->nattrs; i++)
		if (!strcmp(o->attrs[i].name, name))
			return o->attrs[i].value;
	return NULL;
}

static void check_good(const struct saml_outcome *o)
{
	assert_string_equal(o->response_id, "_r1");
	assert_string_equal(o->assertion_id, "_a1");
	assert_string_equal(o->response_issuer, IDP_ID);
	assert_string_equal(o->response_instant, iso(NOW - 5, ""));
	assert_string_equal(o->assertion_instant, iso(NOW - 5, ""));
	assert_string_equal(o->name_id, "_0123456789abcdef");
	assert_string_equal(o->name_qualifier, IDP_ID);
	assert_null(o->session_index);
	assert_string_equal(o->authn_context, "https://www.spid.gov.it/SpidL2");
	assert_int_equal(o->level, 2);
	assert_true(o->assertion_not_on_or_after == NOW + 300);
	assert_int_equal(o->nattrs, 4);
	assert_string_equal(value(o, "name"), "Mario");
	assert_string_equal(value(o, "familyName"), "Rossi");
	assert_string_equal(value(o, "fiscalNumber"), "TINIT-RSSMRA80A01H501U");
	assert_string_equal(value(o, "email"), "mario.rossi@example.it");
}
static void check_l1_session(const struct saml_outcome *o)
{
	assert_int_equal(o->level, 1);
	assert_string_equal(o->session_index, "_s1");
}
static void check_l3(const struct saml_outcome *o) { assert_int_equal(o->level, 3); }
static void check_name_id(const struct saml_outcome *o) { assert_string_equal(o->name_id, "_0123456789abcdef"); }
static void check_fiscal(const struct saml_outcome *o)
{
	assert_string_equal(value(o, "fiscalNumber"), "TINIT-RSSMRA80A01H501U");
}
static void check_refused_fields(const struct saml_outcome *o)
{
	/* read for the log even though refused */
	assert_string_equal(o->response_id, "_r1");
	assert_string_equal(o->assertion_id, "_a1");
	assert_string_equal(o->name_id, "_0123456789abcdef");
	assert_string_equal(o->authn_context, "https://www.spid.gov.it/SpidL1");
}

/* ---- surgery on signed messages ----------------------------------------- */

#define DOCTYPE_AT(xml, dt) must_replace(xml, "?>\n", "?>\n" dt "\n")
static void dtd_internal(char **x) { DOCTYPE_AT(x, "<!DOCTYPE samlp:Response [<!ENTITY e \"x\">]>"); }
static void dtd_external(char **x) { DOCTYPE_AT(x, "<!DOCTYPE samlp:Response SYSTEM \"file:///etc/passwd\">"); }
static void dtd_bare(char **x) { DOCTYPE_AT(x, "<!DOCTYPE samlp:Response>"); }
static void xxe(char **x)
{
	DOCTYPE_AT(x, "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>");
	must_replace(x, ">_0123456789abcdef<", ">&xxe;<");
}
static void billion_laughs(char **x)
{
	DOCTYPE_AT(x, "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
		   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>");
	must_replace(x, ">Mario<", ">&d;<");
}
static void garbage(char **x) { free(*x); *x = strdup("this is not XML <<<"); }
static void truncated(char **x) { (*x)[strlen(*x) / 2] = '\0'; }
static void wrong_root(char **x)
{
	free(*x);
	*x = strdup("<samlp:LogoutResponse xmlns:samlp=\"" NS_P "\" ID=\"_x\" Version=\"2.0\"/>");
}
static void wrong_ns(char **x) { must_replace(x, "xmlns:samlp=\"" NS_P "\"", "xmlns:samlp=\"urn:evil\""); }
static void too_large(char **x)
{
	size_t n = 2u << 20;
	free(*x);
	*x = malloc(n + 1);
	memset(*x, ' ', n);
	(*x)[n] = '\0';
}

static void before_status(char **x, const char *ins)
{
	char *to = malloc(strlen(ins) + 16);
	sprintf(to, "%s<samlp:Status>", ins);
	must_replace(x, "<samlp:Status>", to);
	free(to);
}
static void dup_id(char **x) { before_status(x, "<samlp:Extensions><e:x xmlns:e=\"urn:e\" ID=\"_a1\"/></samlp:Extensions>"); }
static void xml_id(char **x) { before_status(x, "<samlp:Extensions><e:x xmlns:e=\"urn:e\" xml:id=\"_a1\"/></samlp:Extensions>"); }
static void xml_id_other(char **x) { before_status(x, "<samlp:Extensions><e:x xmlns:e=\"urn:e\" xml:id=\"_zz\"/></samlp:Extensions>"); }
static void encrypted_extra(char **x)
{
	must_replace(x, "</samlp:Response>", "<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="
		     "\"http://www.w3.org/2001/04/xmlenc#\"/></saml:EncryptedAssertion></samlp:Response>");
}

static char *the_assertion(const char *x) { return cut(x, "<saml:Assertion", "</saml:Assertion>"); }

/* An attacker's copy of the signed Assertion: another NameID, ID NEWID, and
 * its Signature dropped (KEEP_SIG false) or left as it is. */
static char *evil_copy(const char *x, const char *newid, bool keep_sig)
{
	char *ev = the_assertion(x);
	must_replace(&ev, ">_0123456789abcdef<", ">_attacker<");
	if (newid) {
		char idattr[64];
		snprintf(idattr, sizeof idattr, "ID=\"%s\"", newid);
		must_replace(&ev, "ID=\"_a1\"", idattr);
	}
	if (!keep_sig) {
		char *sig = cut(ev, "<ds:Signature", "</ds:Signature>");
		must_replace(&ev, sig, "");
		free(sig);
	}
	return ev;
}

/* Genuine Assertion hidden in Extensions, evil one (ID EVIL_ID) in its place. */
static void wrap(char **x, const char *evil_id, bool keep_sig)
{
	char *good = the_assertion(*x), *ev = evil_copy(*x, evil_id, keep_sig);
	char *ext = malloc(strlen(good) + 64);
	sprintf(ext, "<samlp:Extensions>%s</samlp:Extensions>", good);
	must_replace(x, good, ev);
	before_status(x, ext);
	free(good);
	free(ev);
	free(ext);
}
static void wrap_same_id(char **x) { wrap(x, NULL, false); }
static void wrap_new_id(char **x) { wrap(x, "_evil", false); }
static void wrap_copied_sig(char **x) { wrap(x, "_evil", true); }
static void two_assertions(char **x)
{
	char *ev = evil_copy(*x, "_evil", false);
	char *to = malloc(strlen(ev) + 32);
	sprintf(to, "%s</samlp:Response>", ev);
	must_replace(x, "</samlp:Response>", to);
	free(ev);
	free(to);
}
static void evil_first(char **x)
{
	char *ev = evil_copy(*x, "_evil", false);
	char *p = strstr(*x, "<saml:Assertion");
	assert_non_null(p);
	size_t off = (size_t)(p - *x);
	char *d = malloc(strlen(*x) + strlen(ev) + 1);
	memcpy(d, *x, off);
	strcpy(d + off, ev);
	strcat(d, p);
	free(*x);
	*x = d;
	free(ev);
}
static void move_to_extensions(char **x)
{
	char *good = the_assertion(*x);
	char *ext = malloc(strlen(good) + 64);
	sprintf(ext, "<samlp:Extensions>%s</samlp:Extensions>", good);
	must_replace(x, good, "");
	before_status(x, ext);
	free(good);
	free(ext);
}
static void double_signature(char **x)
{
	char *sig = cut(*x, "<ds:Signature", "</ds:Signature>");
	char *two = malloc(2 * strlen(sig) + 1);
	sprintf(two, "%s%s", sig, sig);
	must_replace(x, sig, two);
	free(sig);
	free(two);
}
/* validator 112/113: a foreign, validly signed EntityDescriptor as first child. */
static void foreign_metadata(char **x)
{
	char *md = sign("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" ID=\"_md\""
			" entityID=\"https://evil.example/\">"
			SIG(EXC, RSA256, "#_md", STD_TF, SHA256) "</md:EntityDescriptor>", "rogue");
	assert_non_null(md);
	char *body = strstr(md, "<md:EntityDescriptor");
	char *p = strstr(*x, "\">\n<saml:Issuer");
	assert_non_null(p);
	p += 3;
	size_t off = (size_t)(p - *x);
	char *d = malloc(strlen(*x) + strlen(body) + 1);
	memcpy(d, *x, off);
	strcpy(d + off, body);
	strcat(d, p);
	free(*x);
	*x = d;
	free(md);
}
static void tamper_name_id(char **x) { must_replace(x, ">_0123456789abcdef<", ">_0123456789abcdeX<"); }
static void tamper_response(char **x) { before_status(x, "<samlp:Extensions/>"); }
static void tamper_attribute(char **x) { must_replace(x, "TINIT-RSSMRA80A01H501U", "TINIT-VRDLGU80A01H501X"); }
static void comment_name_id(char **x) { must_replace(x, ">_0123456789abcdef<", ">_0123456789<!-- x -->abcdef<"); }
static void comment_fiscal(char **x) { must_replace(x, ">TINIT-RSSMRA80A01H501U<", ">TINIT-RSSMRA<!---->80A01H501U<"); }
/* KeyInfo outside SignedInfo: swap the certificate for the rogue one. */
static void keyinfo_rogue(char **x)
{
	char *old = cut(*x, "<ds:X509Certificate>", "</ds:X509Certificate>");
	char *b64 = strdup(rogue_cert);
	replace(&b64, "-----BEGIN CERTIFICATE-----", "");
	replace(&b64, "-----END CERTIFICATE-----", "");
	replace(&b64, "\n", "");
	char *to = malloc(strlen(b64) + 64);
	sprintf(to, "<ds:X509Certificate>%s</ds:X509Certificate>", b64);
	must_replace(x, old, to);
	free(old);
	free(b64);
	free(to);
}

/* ---- the table ------------------------------------------------------------ */

#define AS_ATTR(a, b) "@ASIG@", "", a, b                /* unsigned-assertion mutations */
static const struct tcase CASES[] = {
	/* accepted */
	{ "ok-1NS-good", NULL, { NULL }, 0, NULL, NULL, NULL, check_good, 0 },
	{ "ok-1-level1-with-session-index", NULL, { "AuthnInstant=\"@AUI@\"",
	  "AuthnInstant=\"@AUI@\" SessionIndex=\"_s1\"", "SpidL2<", "SpidL1<" }, 0, NULL, NULL,
	  l1_minimum, check_l1_session, 0 },
	{ "ok-response-signed-too", NULL, { NULL }, RSIGN, NULL, NULL, NULL, check_good, 0 },
	{ "ok-31-response-issuer-without-format", NULL, { "@RISS@", "<saml:Issuer>@IDP@</saml:Issuer>" } },
	{ "ok-96-level3-for-2-minimum", NULL, { "SpidL2<", "SpidL3<" }, 0, NULL, NULL, NULL, check_l3, 0 },
	{ "ok-level3-for-2-exact", NULL, { "SpidL2<", "SpidL3<" }, 0, NULL, NULL, l2_exact, check_l3, 0 },
	{ "ok-level2-exact", NULL, { NULL }, 0, NULL, NULL, l2_exact },
	{ "ok-level2-for-1-minimum", NULL, { NULL }, 0, NULL, NULL, l1_minimum },
	{ "ok-level2-for-3-maximum", NULL, { NULL }, 0, NULL, NULL, l3_maximum },
	{ "ok-110-fraction-1-digit", NULL, { "@RI@", "@F1@", "@AI@", "@F1@" } },
	{ "ok-110-fraction-6-digits", NULL, { "@RI@", "@F6@", "@AI@", "@F6@", "@NB@", "@F6@" } },
	{ "ok-issue-instant-equal-to-request", NULL, { "@RI@", "@REQI@", "@AI@", "@REQI@" } },
	{ "ok-109-attributes-without-nameformat", NULL, { "@NF@", "" } },
	{ "ok-cie-issuers-without-format", NULL, { "@RISS@", "<saml:Issuer>@IDP@</saml:Issuer>",
	  "@AISS@", "<saml:Issuer>@IDP@</saml:Issuer>", "SpidL2<", "SpidL3<" }, 0, NULL, NULL, cie },
	{ "ok-comment-split-name-id", NULL, { NULL }, 0, NULL, comment_name_id, NULL, check_name_id, 0 },
	{ "ok-comment-split-fiscal-number", NULL, { NULL }, 0, NULL, comment_fiscal, NULL, check_fiscal, 0 },
	{ "ok-keyinfo-rogue-cert-ignored", NULL, { NULL }, 0, NULL, keyinfo_rogue },
	{ "ok-second-metadata-cert", NULL, { NULL }, 0, NULL, NULL, two_certs },
	{ "ok-values-trimmed", NULL, { ">TINIT-RSSMRA80A01H501U<", ">\n  TINIT-RSSMRA80A01H501U \t\n<" },
	  0, NULL, NULL, NULL, check_fiscal, 0 },
	{ "ok-date-of-birth-and-extras", NULL, { "</saml:AttributeStatement>", ATTR("dateOfBirth", "1980-02-29")
	  ATTR("mobilePhone", "+393331234567") "</saml:AttributeStatement>" }, 0, NULL, NULL, want_dob },
	{ "ok-two-audiences-in-one-restriction", NULL, { "<saml:Audience>@SP@</saml:Audience>",
	  "<saml:Audience>https://other.example/</saml:Audience><saml:Audience>@SP@</saml:Audience>" } },
	{ "ok-subject-not-before-past", NULL, { "NotOnOrAfter=\"@SNOA@\"", "NotOnOrAfter=\"@SNOA@\" NotBefore=\"@NB@\"" } },

	/* validator catalogue */
	{ "c02-nothing-signed", "assertion-unsigned", { "@ASIG@", "" } },
	{ "c03-response-signed-assertion-not", "assertion-unsigned", { "@ASIG@", "" }, RSIGN },
	{ "c04-both-signed-by-rogue", "bad-response-signature", { NULL }, AROGUE | RSIGN | RROGUE },
	{ "c08-response-id-empty", "missing-response-id", { "ID=\"_r1\"", "ID=\"\"" } },
	{ "c09-response-id-absent", "missing-response-id", { "ID=\"_r1\"", "" } },
	{ "c10-response-version-1.0", "bad-response-version", { "Version=\"2.0\" IssueInstant=\"@RI@\"",
	  "Version=\"1.0\" IssueInstant=\"@RI@\"" } },
	{ "c11-response-instant-empty", "missing-response-instant", { "IssueInstant=\"@RI@\"", "IssueInstant=\"\"" } },
	{ "c12-response-instant-absent", "missing-response-instant", { "IssueInstant=\"@RI@\"", "" } },
	{ "c13-response-instant-date-only", "bad-response-instant", { "@RI@", "2018-09-04" } },
	{ "c14-response-instant-before-request", "early-response-instant", { "@RI@", "2018-09-04T10:00:00Z" } },
	{ "c15-response-instant-2099", "future-response-instant", { "@RI@", "2099-09-04T10:00:00Z" } },
	{ "c16-in-response-to-empty", "missing-in-response-to", { "InResponseTo=\"@REQ@\">", "InResponseTo=\"\">",
	  "InResponseTo=\"@REQ@\"/>", "InResponseTo=\"\"/>" } },
	{ "c17-in-response-to-absent", "missing-in-response-to", { "InResponseTo=\"@REQ@\">", ">",
	  "InResponseTo=\"@REQ@\"/>", "/>" } },
	{ "c18-in-response-to-other", "wrong-in-response-to", { "InResponseTo=\"@REQ@\">", "InResponseTo=\"_x\">" } },
	{ "c19-destination-empty", "missing-destination", { "Destination=\"@ACS@\"", "Destination=\"\"" } },
	{ "c20-destination-absent", "missing-destination", { "Destination=\"@ACS@\"", "" } },
	{ "c21-destination-other", "wrong-destination", { "Destination=\"@ACS@\"", "Destination=\"https://evil/acs\"" } },
	{ "c22-status-empty", "bad-status", { SUCCESS, "" } },
	{ "c23-status-absent", "missing-status", { "<samlp:Status>" SUCCESS "</samlp:Status>", "" } },
	{ "c24-status-code-value-empty", "bad-status", { ST "Success", "" } },
	{ "c25-status-code-absent", "bad-status", { SUCCESS, "<samlp:StatusMessage>x</samlp:StatusMessage>" } },
	{ "c26-status-code-unknown", "bad-status", { ST "Success", ST "Whatever" } },
	{ "c27-response-issuer-empty", "missing-issuer", { "@RISS@", "<saml:Issuer Format=\"" ENTITY "\"/>" } },
	{ "c28-response-issuer-absent", "missing-issuer", { "@RISS@", "", "@AISS@", "<saml:Issuer/>" } },
	{ "c29-response-issuer-other", "wrong-issuer", { "@RISS@", "<saml:Issuer>https://evil/</saml:Issuer>" } },
	{ "c30-response-issuer-format-other", "bad-issuer-format", { "@RISS@",
	  "<saml:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\">@IDP@</saml:Issuer>" } },
	{ "c32-no-assertion", "missing-assertion", { "@ASSERTION@", "" } },
	{ "c33-assertion-id-empty", "missing-assertion-id", { AS_ATTR("ID=\"_a1\"", "ID=\"\"") } },
	{ "c34-assertion-id-absent", "missing-assertion-id", { AS_ATTR("ID=\"_a1\"", "") } },
	{ "c35-assertion-version-1.0", "bad-assertion-version", { "Version=\"2.0\" IssueInstant=\"@AI@\"",
	  "Version=\"1.0\" IssueInstant=\"@AI@\"" } },
	{ "c36-assertion-instant-empty", "missing-assertion-instant", { "IssueInstant=\"@AI@\"", "IssueInstant=\"\"" } },
	{ "c37-assertion-instant-absent", "missing-assertion-instant", { "IssueInstant=\"@AI@\"", "" } },
	{ "c38-assertion-instant-space", "bad-assertion-instant", { "@AI@", "2018-09-06 16:00" } },
	{ "c39-assertion-instant-2000", "early-assertion-instant", { "@AI@", "2000-01-01T00:00:00Z" } },
	{ "c40-assertion-instant-2099", "future-assertion-instant", { "@AI@", "2099-01-01T00:00:00Z" } },
	{ "c41-subject-empty", "missing-name-id", { "<saml:Subject>\n", "<saml:Subject></saml:Subject><x:y xmlns:x=\"urn:x\">" ,
	  "</saml:Subject>\n<saml:Conditions", "</x:y>\n<saml:Conditions" } },
	{ "c42-subject-absent", "missing-subject", { "<saml:Subject>\n", "<x:y xmlns:x=\"urn:x\">",
	  "</saml:Subject>\n<saml:Conditions", "</x:y>\n<saml:Conditions" } },
	{ "c43-name-id-empty", "missing-name-id", { ">_0123456789abcdef<", "><", "NameQualifier=\"@IDP@\"", "NameQualifier=\"\"" } },
	{ "c44-name-id-absent", "missing-name-id", { "<saml:NameID ", "<x:NameID xmlns:x=\"urn:x\" ", "</saml:NameID>", "</x:NameID>" } },
	{ "c45-name-id-format-empty", "bad-name-id-format", { "Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\"", "Format=\"\"" } },
	{ "c46-name-id-format-absent", "bad-name-id-format", { "Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\"", "" } },
	{ "c47-name-id-format-persistent", "bad-name-id-format", { "nameid-format:transient", "nameid-format:persistent" } },
	{ "c48-name-qualifier-empty", "missing-name-qualifier", { "NameQualifier=\"@IDP@\"", "NameQualifier=\" \"" } },
	{ "c49-name-qualifier-absent", "missing-name-qualifier", { "NameQualifier=\"@IDP@\"", "" } },
	{ "c51-subject-confirmation-empty", "missing-confirmation-data", { "<saml:SubjectConfirmationData Recipient=\"@ACS@\" "
	  "NotOnOrAfter=\"@SNOA@\" InResponseTo=\"@REQ@\"/>\n", "" } },
	{ "c52-subject-confirmation-absent", "missing-subject-confirmation", { "<saml:SubjectConfirmation ",
	  "<x:SubjectConfirmation xmlns:x=\"urn:x\" ", "</saml:SubjectConfirmation>", "</x:SubjectConfirmation>" } },
	{ "c53-method-empty", "bad-confirmation-method", { "Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"", "Method=\"\"" } },
	{ "c54-method-absent", "bad-confirmation-method", { "Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"", "" } },
	{ "c55-method-holder-of-key", "bad-confirmation-method", { "cm:bearer", "cm:holder-of-key" } },
	{ "c56-confirmation-data-absent", "missing-confirmation-data", { "<saml:SubjectConfirmationData ",
	  "<x:SubjectConfirmationData xmlns:x=\"urn:x\" " } },
	{ "c57-recipient-empty", "missing-recipient", { "Recipient=\"@ACS@\"", "Recipient=\"\"" } },
	{ "c58-recipient-absent", "missing-recipient", { "Recipient=\"@ACS@\"", "" } },
	{ "c59-recipient-other", "wrong-recipient", { "Recipient=\"@ACS@\"", "Recipient=\"https://evil/acs\"" } },
	{ "c60-subject-in-response-to-empty", "missing-subject-in-response-to", { "InResponseTo=\"@REQ@\"/>", "InResponseTo=\"\"/>" } },
	{ "c61-subject-in-response-to-absent", "missing-subject-in-response-to", { "InResponseTo=\"@REQ@\"/>", "/>" } },
	{ "c62-subject-in-response-to-other", "wrong-subject-in-response-to", { "InResponseTo=\"@REQ@\"/>", "InResponseTo=\"_x\"/>" } },
	{ "c63-subject-not-on-or-after-empty", "missing-subject-not-on-or-after", { "@SNOA@", "" } },
	{ "c64-subject-not-on-or-after-absent", "missing-subject-not-on-or-after", { "NotOnOrAfter=\"@SNOA@\"", "" } },
	{ "c65-subject-not-on-or-after-dots", "bad-subject-not-on-or-after", { "@SNOA@", "2018.09.18" } },
	{ "c66-subject-not-on-or-after-2000", "expired-subject", { "@SNOA@", "2000-01-01T00:00:00Z" } },
	{ "c67-assertion-issuer-empty", "missing-assertion-issuer", { "@AISS@", "<saml:Issuer Format=\"" ENTITY "\"></saml:Issuer>" } },
	{ "c68-assertion-issuer-absent", "missing-assertion-issuer", { "@AISS@", "" } },
	{ "c69-assertion-issuer-other", "wrong-assertion-issuer", { "@AISS@", "<saml:Issuer Format=\"" ENTITY "\">https://evil/</saml:Issuer>" } },
	{ "c70-assertion-issuer-format-empty", "bad-assertion-issuer-format", { "@AISS@", "<saml:Issuer Format=\"\">@IDP@</saml:Issuer>" } },
	{ "c71-assertion-issuer-format-absent", "bad-assertion-issuer-format", { "@AISS@", "<saml:Issuer>@IDP@</saml:Issuer>" } },
	{ "c72-assertion-issuer-format-other", "bad-assertion-issuer-format", { "@AISS@",
	  "<saml:Issuer Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">@IDP@</saml:Issuer>" } },
	{ "c73-conditions-without-audience-restriction", "missing-audience-restriction", {
	  "<saml:AudienceRestriction><saml:Audience>@SP@</saml:Audience></saml:AudienceRestriction>", "<saml:OneTimeUse/>" } },
	{ "c74-conditions-absent", "missing-conditions", { "<saml:Conditions ", "<x:Conditions xmlns:x=\"urn:x\" ",
	  "</saml:Conditions>", "</x:Conditions>" } },
	{ "c75-not-before-empty", "missing-not-before", { "NotBefore=\"@NB@\"", "NotBefore=\"\"" } },
	{ "c76-not-before-absent", "missing-not-before", { "NotBefore=\"@NB@\"", "" } },
	{ "c77-not-before-slashes", "bad-not-before", { "@NB@", "2018/09/10" } },
	{ "c78-not-before-2099", "future-not-before", { "@NB@", "2099-01-01T00:00:00Z" } },
	{ "c79-not-on-or-after-empty", "missing-not-on-or-after", { "@NOA@", "" } },
	{ "c80-not-on-or-after-absent", "missing-not-on-or-after", { "NotOnOrAfter=\"@NOA@\"", "" } },
	{ "c81-not-on-or-after-day-first", "bad-not-on-or-after", { "@NOA@", "10-09-2018" } },
	{ "c82-not-on-or-after-2000", "expired-conditions", { "@NOA@", "2000-01-01T00:00:00Z" } },
	{ "c83-audience-restriction-empty", "missing-audience", { "<saml:Audience>@SP@</saml:Audience>", "" } },
	{ "c84-audience-restriction-absent", "missing-audience-restriction", {
	  "<saml:AudienceRestriction><saml:Audience>@SP@</saml:Audience></saml:AudienceRestriction>", "" } },
	{ "c85-audience-empty", "missing-audience", { "<saml:Audience>@SP@</saml:Audience>", "<saml:Audience> </saml:Audience>" } },
	{ "c86-audience-absent", "missing-audience", { "<saml:Audience>@SP@</saml:Audience>", "<x:Audience xmlns:x=\"urn:x\">@SP@</x:Audience>" } },
	{ "c87-audience-other", "wrong-audience", { "<saml:Audience>@SP@</saml:Audience>", "<saml:Audience>https://evil/</saml:Audience>" } },
	{ "c88-authn-statement-empty", "missing-authn-context", { "<saml:AuthnContext>", "<!--", "</saml:AuthnContext>", "-->" } },
	{ "c89-authn-and-attribute-statements-absent", "missing-authn-statement", { "<saml:AuthnStatement ",
	  "<!--<saml:AuthnStatement ", "</saml:AttributeStatement>\n", "</saml:AttributeStatement>-->\n" } },
	{ "c90-authn-context-empty", "missing-class-ref", { "<saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL2"
	  "</saml:AuthnContextClassRef>", "" } },
	{ "c91-authn-context-absent", "missing-authn-context", { "<saml:AuthnContext>", "<x:AuthnContext xmlns:x=\"urn:x\">",
	  "</saml:AuthnContext>", "</x:AuthnContext>" } },
	{ "c92-class-ref-empty", "missing-class-ref", { "https://www.spid.gov.it/SpidL2", "" } },
	{ "c93-class-ref-absent", "missing-class-ref", { "<saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL2"
	  "</saml:AuthnContextClassRef>", "<saml:AuthnContextDeclRef>x</saml:AuthnContextDeclRef>" } },
	{ "c94-level1-for-2-minimum", "level-not-acceptable", { "SpidL2<", "SpidL1<" }, 0, NULL, NULL, NULL,
	  check_refused_fields, 0 },
	{ "c95-level2-for-2-better", "level-not-acceptable", { NULL }, 0, NULL, NULL, l2_better },
	{ "c95-level2-for-3-minimum", "level-not-acceptable", { NULL }, 0, NULL, NULL, l3_minimum },
	{ "c95-level2-for-3-exact", "level-not-acceptable", { NULL }, 0, NULL, NULL, l3_exact },
	{ "c97-class-ref-obsolete-urn", "unknown-class-ref", { "https://www.spid.gov.it/SpidL2",
	  "urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL2" } },
	{ "class-ref-level-4", "unknown-class-ref", { "SpidL2<", "SpidL4<" } },
	{ "c98-attribute-statement-empty", "empty-attribute-statement", { "<saml:AttributeStatement>\n",
	  "<saml:AttributeStatement>\n<!--", "</saml:Attribute>\n</saml:AttributeStatement>",
	  "</saml:Attribute>-->\n</saml:AttributeStatement>" } },
	{ "c99-attribute-without-value", "missing-attribute-value", { ATTR("email", "mario.rossi@example.it"),
	  "<saml:Attribute Name=\"email\"></saml:Attribute>" } },
	{ "c100-assertion-signed-by-rogue", "bad-signature", { NULL }, AROGUE },
	{ "c103-other-attribute-set", "missing-attribute", { ATTR("name", "Mario") ATTR("familyName", "Rossi")
	  ATTR("fiscalNumber", "TINIT-RSSMRA80A01H501U") ATTR("email", "mario.rossi@example.it"),
	  ATTR("spidCode", "SPID0123456789") ATTR("address", "Via Roma 1") } },
	{ "c104-idp-error-19", "idp-error", IDP_ERROR("ErrorCode nr19"), RSIGN, .errnum = 19 },
	{ "c105-idp-error-20", "idp-error", IDP_ERROR("ErrorCode nr20"), RSIGN, .errnum = 20 },
	{ "c106-idp-error-21", "idp-error", IDP_ERROR("ErrorCode nr21"), RSIGN, .errnum = 21 },
	{ "c107-idp-error-22", "idp-error", IDP_ERROR("ErrorCode nr22"), RSIGN, .errnum = 22 },
	{ "c108-idp-error-23", "idp-error", IDP_ERROR("ErrorCode nr23"), RSIGN, .errnum = 23 },
	{ "c111-idp-error-25", "idp-error", IDP_ERROR("ErrorCode nr25"), RSIGN, .errnum = 25 },
	{ "idp-error-30-unsigned-spaced", "idp-error", IDP_ERROR("  errorcode NR 30 "), 0, .errnum = 30 },
	{ "idp-error-no-message", "idp-error", { SUCCESS, "<samlp:StatusCode Value=\"" ST "Requester\"/>",
	  "@ASSERTION@", "" }, RSIGN, .errnum = 0 },
	{ "idp-error-forged-response-signature", "bad-response-signature", IDP_ERROR("ErrorCode nr22"),
	  RSIGN | RROGUE },
	{ "c112-foreign-signed-metadata-assertion-unsigned", "unexpected-signature", { "@ASIG@", "" },
	  RSIGN | RROGUE, NULL, foreign_metadata },
	{ "c113-foreign-signed-metadata-all-rogue", "unexpected-signature", { NULL }, AROGUE | RSIGN | RROGUE,
	  NULL, foreign_metadata },

	/* parsing */
	{ "dtd-internal-subset", "dtd-forbidden", { NULL }, 0, NULL, dtd_internal },
	{ "dtd-external-subset", "dtd-forbidden", { NULL }, 0, NULL, dtd_external },
	{ "dtd-bare-doctype", "dtd-forbidden", { NULL }, 0, NULL, dtd_bare },
	{ "dtd-xxe-in-name-id", "dtd-forbidden", { NULL }, 0, NULL, xxe },
	{ "dtd-billion-laughs", "dtd-forbidden", { NULL }, 0, NULL, billion_laughs },
	{ "not-xml", "malformed-xml", { NULL }, 0, NULL, garbage },
	{ "truncated-xml", "malformed-xml", { NULL }, 0, NULL, truncated },
	{ "too-large", "too-large", { NULL }, 0, NULL, too_large },
	{ "root-is-logout-response", "not-a-response", { NULL }, 0, NULL, wrong_root },
	{ "root-in-wrong-namespace", "not-a-response", { NULL }, 0, NULL, wrong_ns },
	{ "incomplete-expectation", "internal-error", { NULL }, 0, NULL, NULL, incomplete },

	/* structure and wrapping */
	{ "response-id-not-an-xs-id", "bad-response-id", { "ID=\"_r1\"", "ID=\"1r\"" } },
	{ "assertion-id-not-an-xs-id", "bad-assertion-id", { AS_ATTR("ID=\"_a1\"", "ID=\"_a'1\"") } },
	{ "duplicate-id-in-extensions", "duplicate-id", { NULL }, 0, NULL, dup_id },
	{ "duplicate-id-response-and-assertion", "duplicate-id", { AS_ATTR("ID=\"_a1\"", "ID=\"_r1\"") } },
	{ "xml-id-claims-assertion-id", "duplicate-id", { NULL }, 0, NULL, xml_id },
	{ "xml-id-anywhere", "duplicate-id", { NULL }, 0, NULL, xml_id_other },
	{ "two-assertions", "multiple-assertions", { NULL }, 0, NULL, two_assertions },
	{ "evil-assertion-first", "multiple-assertions", { NULL }, 0, NULL, evil_first },
	{ "wrap-genuine-in-extensions-same-id", "duplicate-id", { NULL }, 0, NULL, wrap_same_id },
	{ "wrap-genuine-in-extensions-new-id", "unexpected-signature", { NULL }, 0, NULL, wrap_new_id },
	{ "wrap-signature-copied-to-evil", "unexpected-signature", { NULL }, 0, NULL, wrap_copied_sig },
	{ "assertion-only-in-extensions", "misplaced-assertion", { "@ASIG@", "" }, 0, NULL, move_to_extensions },
	{ "encrypted-assertion-alongside", "encrypted-assertion", { NULL }, 0, NULL, encrypted_extra },
	{ "encrypted-assertion-instead", "encrypted-assertion", { "@ASSERTION@", "<saml:EncryptedAssertion/>" } },
	{ "signature-inside-subject", "unexpected-signature", { "@ASIG@", "", "<saml:Subject>\n", "<saml:Subject>\n" ASIG } },
	{ "two-signatures-in-assertion", "unexpected-signature", { NULL }, 0, NULL, double_signature },
	{ "duplicate-subject", "duplicate-element", { "</saml:Subject>\n", "</saml:Subject>\n<saml:Subject/>\n" } },
	{ "duplicate-response-issuer", "duplicate-element", { "@RISS@", ISSUER ISSUER } },
	{ "advice-with-assertion", "multiple-assertions", { "<saml:Conditions ", "<saml:Advice><saml:Assertion ID=\"_adv\"/>"
	  "</saml:Advice><saml:Conditions " } },

	/* signatures */
	{ "response-signature-by-rogue", "bad-response-signature", { NULL }, RSIGN | RROGUE },
	{ "rogue-cert-in-metadata-only", "bad-signature", { NULL }, 0, NULL, NULL, rogue_only },
	{ "no-metadata-certs", "bad-signature", { NULL }, 0, NULL, NULL, no_certs },
	{ "tampered-name-id", "bad-signature", { NULL }, 0, NULL, tamper_name_id },
	{ "tampered-fiscal-number", "bad-signature", { NULL }, 0, NULL, tamper_attribute },
	{ "tampered-response", "bad-response-signature", { NULL }, RSIGN, NULL, tamper_response },
	{ "reference-to-response", "bad-signature-reference", { "@ASIG@", SIG(EXC, RSA256, "#_r1", STD_TF, SHA256) } },
	{ "reference-empty-uri", "bad-signature-reference", { "@ASIG@", SIG(EXC, RSA256, "", STD_TF, SHA256) } },
	{ "reference-xpointer", "bad-signature-reference", { "@ASIG@", SIG(EXC, RSA256, "#xpointer(id('_a1'))", STD_TF, SHA256) } },
	{ "two-references", "bad-signature-reference", { "@ASIG@", SIGR(EXC, RSA256, REF("#_a1", STD_TF, SHA256)
	  REF("#_r1", STD_TF, SHA256)) } },
	{ "rsa-sha1", "bad-signature-algorithm", { "@ASIG@", SIG(EXC, RSA1, "#_a1", STD_TF, SHA1) } },
	{ "sha1-digest", "bad-signature-algorithm", { "@ASIG@", SIG(EXC, RSA256, "#_a1", STD_TF, SHA1) } },
	{ "hmac-sha256", "bad-signature-algorithm", { "@ASIG@", SIG(EXC, HMAC, "#_a1", STD_TF, SHA256) }, AHMAC },
	{ "inclusive-c14n", "bad-signature-algorithm", { "@ASIG@", SIG(C14N, RSA256, "#_a1", STD_TF, SHA256) } },
	{ "response-rsa-sha1", "bad-signature-algorithm", { NULL }, RSIGN, SIG(EXC, RSA1, "#_r1", STD_TF, SHA1) },
	{ "xpath-transform", "bad-signature-transform", { "@ASIG@", SIG(EXC, RSA256, "#_a1", TF(ENV) XPATH_TF TF(EXC), SHA256) } },
	{ "xslt-transform", "bad-signature-transform", { "@ASIG@", SIG(EXC, RSA256, "#_a1", TF(ENV) XSLT_TF, SHA256) } },
	{ "unsigned-template", "bad-signature", { NULL }, NOSIGN },

	/* attributes and time */
	{ "fiscal-number-short", "bad-fiscal-number", { "TINIT-RSSMRA80A01H501U", "TINIT-RSSMRA80A01H501" } },
	{ "fiscal-number-lowercase", "bad-fiscal-number", { "TINIT-RSSMRA80A01H501U", "TINIT-rssmra80a01h501u" } },
	{ "fiscal-number-without-prefix", "bad-fiscal-number", { "TINIT-RSSMRA80A01H501U", "RSSMRA80A01H501U" } },
	{ "fiscal-number-symbols", "bad-fiscal-number", { "TINIT-RSSMRA80A01H501U", "TINIT-RSSMRA80A01H50'U" } },
	{ "date-of-birth-slashes", "bad-date-of-birth", { "</saml:AttributeStatement>", ATTR("dateOfBirth", "1980/01/01")
	  "</saml:AttributeStatement>" } },
	{ "date-of-birth-feb-30", "bad-date-of-birth", { "</saml:AttributeStatement>", ATTR("dateOfBirth", "1980-02-30")
	  "</saml:AttributeStatement>" } },
	{ "requested-attribute-empty", "missing-attribute", { ">mario.rossi@example.it<", "> <" } },
	{ "requested-attribute-absent", "missing-attribute", { ATTR("email", "mario.rossi@example.it"), "" } },
	{ "attribute-statement-absent", "missing-attribute", { "<saml:AttributeStatement>", "<!--",
	  "</saml:AttributeStatement>", "-->" } },
	{ "attribute-without-name", "bad-attribute", { "Name=\"email\"", "" } },
	{ "duplicate-fiscal-number", "duplicate-attribute", { "</saml:AttributeStatement>",
	  ATTR("fiscalNumber", "TINIT-VRDLGU80A01H501X") "</saml:AttributeStatement>" } },
	/* SPID attributes are single-valued: two values would leave the choice of
	 * the citizen to the order of the elements */
	{ "fiscal-number-two-values", "multiple-attribute-values", { ">TINIT-RSSMRA80A01H501U<",
	  ">TINIT-RSSMRA80A01H501U" AVAL("TINIT-VRDLGU80A01H501X") "<" } },
	{ "fiscal-number-two-values-swapped", "multiple-attribute-values", { ">TINIT-RSSMRA80A01H501U<",
	  ">TINIT-VRDLGU80A01H501X" AVAL("TINIT-RSSMRA80A01H501U") "<" } },
	{ "fiscal-number-two-values-same", "multiple-attribute-values", { ">TINIT-RSSMRA80A01H501U<",
	  ">TINIT-RSSMRA80A01H501U" AVAL("TINIT-RSSMRA80A01H501U") "<" } },
	{ "unrequested-attribute-two-values", "multiple-attribute-values", { "</saml:AttributeStatement>",
	  ATTR("mobilePhone", "+393331234567" AVAL("+393339999999")) "</saml:AttributeStatement>" } },
	{ "duplicate-fiscal-number-victim-first", "duplicate-attribute", { "<saml:AttributeStatement>\n",
	  "<saml:AttributeStatement>\n" ATTR("fiscalNumber", "TINIT-VRDLGU80A01H501X") } },
	{ "duplicate-unrequested-attribute", "duplicate-attribute", { "</saml:AttributeStatement>",
	  ATTR("mobilePhone", "+393331234567") ATTR("mobilePhone", "+393339999999") "</saml:AttributeStatement>" } },
	{ "authn-instant-absent", "missing-authn-instant", { "AuthnInstant=\"@AUI@\"", "" } },
	{ "authn-instant-malformed", "bad-authn-instant", { "@AUI@", "yesterday" } },
	{ "instant-with-offset", "bad-response-instant", { "@RI@", "2026-01-01T10:00:00+01:00" } },
	{ "subject-not-before-future", "future-subject-not-before", { "NotOnOrAfter=\"@SNOA@\"",
	  "NotOnOrAfter=\"@SNOA@\" NotBefore=\"2099-01-01T00:00:00Z\"" } },
	{ "subject-not-before-malformed", "bad-subject-not-before", { "NotOnOrAfter=\"@SNOA@\"",
	  "NotOnOrAfter=\"@SNOA@\" NotBefore=\"now\"" } },
	{ "response-arrives-too-late", "expired-subject", { NULL }, 0, NULL, NULL, late },
	{ "answer-to-another-request", "wrong-in-response-to", { NULL }, 0, NULL, NULL, other_request },
	{ "audience-is-another-sp", "wrong-audience", { NULL }, 0, NULL, NULL, other_sp },
	{ "second-restriction-without-us", "wrong-audience", { "</saml:AudienceRestriction>",
	  "</saml:AudienceRestriction><saml:AudienceRestriction><saml:Audience>https://other/</saml:Audience>"
	  "</saml:AudienceRestriction>" } },
	{ "cie-assertion-issuer-format-other", "bad-assertion-issuer-format", { "@AISS@",
	  "<saml:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\">@IDP@</saml:Issuer>" },
	  0, NULL, NULL, cie },
	{ "cie-response-issuer-other", "wrong-issuer", { "@RISS@", "<saml:Issuer>https://evil/</saml:Issuer>" },
	  0, NULL, NULL, cie },
};
#define NCASES (sizeof CASES / sizeof *CASES)

/* ---- saml_parse_instant -------------------------------------------------- */

static void test_parse_instant(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"2018-09-04", "2018-09-06 16:00", "2018.09.18", "2018/09/10", "10-09-2018",
		"2018-09-06T16:00Z", "2018-09-06T16:00:00", "2018-09-06T16:00:00+01:00",
		"2018-09-06T16:00:00.Z", "2018-09-06t16:00:00Z", "2018-09-06T16:00:00z",
		" 2018-09-06T16:00:00Z", "2018-09-06T16:00:00Z ", "2018-13-06T16:00:00Z",
		"2018-00-06T16:00:00Z", "2018-02-29T16:00:00Z", "2018-04-31T16:00:00Z",
		"2018-09-06T24:00:00Z", "2018-09-06T23:60:00Z", "2018-09-06T23:59:60Z",
		"1969-12-31T23:59:59Z", "2018-9-06T16:00:00Z", "+2018-09-06T16:00:00Z",
		"2018-09-06T16:00:00.1.2Z", "", "2018-09-06T16:00:00Zjunk",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (saml_parse_instant(bad[i]) != -1)
			fail_msg("accepted '%s'", bad[i]);
	assert_true(saml_parse_instant(NULL) == -1);
	assert_true(saml_parse_instant("1970-01-01T00:00:00Z") == 0);
	assert_true(saml_parse_instant("2000-01-01T00:00:00Z") == 946684800);
	assert_true(saml_parse_instant("2024-02-29T12:00:00Z") == 1709208000);
	assert_true(saml_parse_instant("2026-01-02T03:04:05Z") == 1767323045);
	double t = saml_parse_instant("2026-01-02T03:04:05.1Z");
	assert_true(t > 1767323045.09 && t < 1767323045.11);
	t = saml_parse_instant("2026-01-02T03:04:05.123456Z");
	assert_true(t > 1767323045.1234 && t < 1767323045.1235);
	t = saml_parse_instant("2026-01-02T03:04:05.12345678901234567890123Z");
	assert_true(t > 1767323045.1234 && t < 1767323045.1235);
}

/* ---- saml_logout_judge --------------------------------------------------- */

#define LOGOUT_REQUEST \
	"<samlp:LogoutRequest xmlns:samlp=\"" NS_P "\" xmlns:saml=\"" NS_A "\" ID=\"_l1\" Version=\"2.0\"" \
	" IssueInstant=\"@T@\" Destination=\"" SLO "\">" ISSUER "<!--SIG-->" \
	"<saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\"" \
	" NameQualifier=\"" IDP_ID "\">_0123456789abcdef</saml:NameID>" \
	"<samlp:SessionIndex>_s1</samlp:SessionIndex></samlp:LogoutRequest>"
#define LOGOUT_RESPONSE \
	"<samlp:LogoutResponse xmlns:samlp=\"" NS_P "\" xmlns:saml=\"" NS_A "\" ID=\"_l1\" Version=\"2.0\"" \
	" IssueInstant=\"@T@\" Destination=\"" SLO "\" InResponseTo=\"_ours\">" ISSUER "<!--SIG-->" \
	"<samlp:Status>" SUCCESS "</samlp:Status></samlp:LogoutResponse>"
#define LSIG SIG(EXC, RSA256, "#_l1", STD_TF, SHA256)

/* TEMPLATE with @T@ = now + DT, FROM replaced by TO, signed by KEY (or not). */
static char *logout_xml(const char *tmpl, double dt, const char *from, const char *to, const char *key)
{
	char *s = strdup(tmpl);
	replace(&s, "@IDP@", IDP_ID);
	replace(&s, "@T@", iso(NOW + dt, ".123"));
	if (from)
		must_replace(&s, from, to);
	if (!key) {
		replace(&s, "<!--SIG-->", "");
		return s;
	}
	must_replace(&s, "<!--SIG-->", LSIG);
	char *signed_xml = sign(s, key);
	free(s);
	assert_non_null(signed_xml);
	return signed_xml;
}

static const char *logout(const char *xml, int signed_xml, struct saml_logout_seen *seen)
{
	struct idp idp = test_idp();
	struct saml_refusal why;
	int rc = saml_logout_judge(xml, strlen(xml), &idp, SLO, NOW, 60, signed_xml, A, seen, &why);
	assert_int_equal(rc == 0, why.code == NULL);
	return rc == 0 ? "(accepted)" : why.code;
}

static void test_logout_accepts(void **state)
{
	(void)state;
	struct saml_logout_seen seen;
	NOW = (double)time(NULL);
	char *x = logout_xml(LOGOUT_RESPONSE, -2, NULL, NULL, "idp");
	assert_string_equal(logout(x, 1, &seen), "(accepted)");
	assert_int_equal(seen.is_request, 0);
	assert_int_equal(seen.success, 1);
	assert_string_equal(seen.in_response_to, "_ours");
	assert_string_equal(seen.issuer, IDP_ID);
	free(x);
	x = logout_xml(LOGOUT_REQUEST, 0, NULL, NULL, "idp");
	assert_string_equal(logout(x, 1, &seen), "(accepted)");
	assert_int_equal(seen.is_request, 1);
	assert_string_equal(seen.id, "_l1");
	assert_string_equal(seen.name_id, "_0123456789abcdef");
	assert_string_equal(seen.session_index, "_s1");
	free(x);
	x = logout_xml(LOGOUT_REQUEST, 0, NULL, NULL, NULL);     /* HTTP-Redirect: query was signed */
	assert_string_equal(logout(x, 0, &seen), "(accepted)");
	free(x);
	x = logout_xml(LOGOUT_RESPONSE, 0, SUCCESS, "<samlp:StatusCode Value=\"" ST "Requester\"/>", "idp");
	assert_string_equal(logout(x, 1, &seen), "(accepted)");
	assert_int_equal(seen.success, 0);
	free(x);
	arena_reset(A);
}

static void test_logout_refuses(void **state)
{
	(void)state;
	struct saml_logout_seen seen;
	NOW = (double)time(NULL);
	struct { const char *tmpl; double dt; const char *from, *to, *key; int signed_xml; const char *code; } t[] = {
		{ LOGOUT_REQUEST, 0, NULL, NULL, NULL, 1, "unsigned" },
		{ LOGOUT_REQUEST, 0, NULL, NULL, "rogue", 1, "bad-signature" },
		{ LOGOUT_REQUEST, 0, NULL, NULL, "rogue", 0, "bad-signature" },
		{ LOGOUT_REQUEST, -600, NULL, NULL, "idp", 1, "early-instant" },
		{ LOGOUT_REQUEST, 600, NULL, NULL, "idp", 1, "future-instant" },
		{ LOGOUT_REQUEST, 0, "Destination=\"" SLO "\"", "Destination=\"https://evil/\"", "idp", 1, "wrong-destination" },
		{ LOGOUT_REQUEST, 0, "Destination=\"" SLO "\"", "", "idp", 1, "missing-destination" },
		{ LOGOUT_REQUEST, 0, ">" IDP_ID "</saml:Issuer>", ">https://evil/</saml:Issuer>", "idp", 1, "wrong-issuer" },
		{ LOGOUT_REQUEST, 0, ">_0123456789abcdef<", "><", "idp", 1, "missing-name-id" },
		{ LOGOUT_REQUEST, 0, "Version=\"2.0\"", "Version=\"1.0\"", "idp", 1, "bad-version" },
		{ LOGOUT_RESPONSE, 0, "<samlp:Status>" SUCCESS "</samlp:Status>", "", "idp", 1, "missing-status" },
		{ LOGOUT_RESPONSE, 0, "samlp:LogoutResponse", "samlp:Response", NULL, 0, "not-a-logout" },
		{ LOGOUT_RESPONSE, 0, "<samlp:LogoutResponse", "<!DOCTYPE x [<!ENTITY a \"b\">]><samlp:LogoutResponse",
		  NULL, 0, "dtd-forbidden" },
		{ LOGOUT_RESPONSE, 0, "ID=\"_l1\"", "ID=\"_l1\" xml:id=\"_x\"", NULL, 0, "duplicate-id" },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		char *x = logout_xml(t[i].tmpl, t[i].dt, t[i].from, t[i].to, t[i].key);
		const char *got = logout(x, t[i].signed_xml, &seen);
		if (strcmp(got, t[i].code))
			fail_msg("logout case %zu: expected %s, got %s", i, t[i].code, got);
		free(x);
	}
	arena_reset(A);
}

/* ---- saml_logout_issuer --------------------------------------------------- */

static const char *issuer_after(const char *tmpl, const char *from, const char *to)
{
	char *x = logout_xml(tmpl, 0, from, to, NULL);
	const char *got = saml_logout_issuer(x, strlen(x), A);
	free(x);
	return got ? got : "(none)";
}

#define IDP_ISSUER "<saml:Issuer Format=\"" ENTITY "\">" IDP_ID "</saml:Issuer>"

static void test_logout_issuer(void **state)
{
	(void)state;
	NOW = (double)time(NULL);
	assert_string_equal(issuer_after(LOGOUT_REQUEST, NULL, NULL), IDP_ID);
	assert_string_equal(issuer_after(LOGOUT_RESPONSE, NULL, NULL), IDP_ID);
	assert_string_equal(issuer_after(LOGOUT_REQUEST, ">" IDP_ID "<", ">\n " IDP_ID " <"), IDP_ID);
	/* the Issuer element is read, not the first entityID found after "Issuer" */
	assert_string_equal(issuer_after(LOGOUT_REQUEST, ">" IDP_ID "</saml:Issuer>",
					 ">https://evil.example/</saml:Issuer>"), "https://evil.example/");
	assert_string_equal(issuer_after(LOGOUT_REQUEST, IDP_ISSUER, "<!-- Issuer " IDP_ID " -->"), "(none)");
	assert_string_equal(issuer_after(LOGOUT_REQUEST, IDP_ISSUER, IDP_ISSUER IDP_ISSUER), "(none)");
	assert_string_equal(issuer_after(LOGOUT_REQUEST, IDP_ISSUER, "<saml:Issuer> </saml:Issuer>"), "(none)");
	assert_string_equal(issuer_after(LOGOUT_RESPONSE, "samlp:LogoutResponse", "samlp:Response"), "(none)");
	assert_string_equal(issuer_after(LOGOUT_RESPONSE, "<samlp:LogoutResponse",
					 "<!DOCTYPE x [<!ENTITY a \"b\">]><samlp:LogoutResponse"), "(none)");
	assert_null(saml_logout_issuer("Issuer " IDP_ID, strlen("Issuer " IDP_ID), A));
	assert_null(saml_logout_issuer("", 0, A));
	arena_reset(A);
}

int main(void)
{
	size_t n = 0;
	struct CMUnitTest *tests = calloc(NCASES + 4, sizeof *tests);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_parse_instant);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_logout_accepts);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_logout_refuses);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_logout_issuer);
	for (size_t i = 0; i < NCASES; i++)
		tests[n++] = (struct CMUnitTest){ .name = CASES[i].name, .test_func = run_case,
						  .initial_state = (void *)&CASES[i] };
	int rc = _cmocka_run_group_tests("saml_response", tests, n, setup, teardown);
	free(tests);
	return rc;
}
