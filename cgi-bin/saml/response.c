/* response.c - see response.h.
 *
 * One pass per message: parse without DTDs or network, check the document's
 * shape (IDs, where Assertions and Signatures sit), read every loggable field
 * from the nodes located structurally, then run the checks in a fixed order
 * and stop at the first refusal. Signatures are verified before any field is
 * judged, and fields are read only from the nodes whose signature was
 * verified, so what we judge is what the IdP signed. */
#include "saml/response.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/globals.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include "core/arena.h"
#include "core/log.h"

#define NS_P  "urn:oasis:names:tc:SAML:2.0:protocol"
#define NS_A  "urn:oasis:names:tc:SAML:2.0:assertion"
#define NS_DS "http://www.w3.org/2000/09/xmldsig#"
#define STATUS_PREFIX "urn:oasis:names:tc:SAML:2.0:status:"
#define STATUS_SUCCESS STATUS_PREFIX "Success"
#define FMT_ENTITY "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
#define FMT_TRANSIENT "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
#define CM_BEARER "urn:oasis:names:tc:SAML:2.0:cm:bearer"
#define ACR_PREFIX "https://www.spid.gov.it/SpidL"
#define EXC_C14N "http://www.w3.org/2001/10/xml-exc-c14n#"

/* A SAML message is a few kB; anything near this is an attack or a bug. */
#define MAX_XML (1024 * 1024)

/* Algorithms we accept, mirrored by the xmlsec whitelist in allow_transforms(). */
static const char *const C14N_OK[] = { EXC_C14N, NULL };
static const char *const SIGNATURE_OK[] = {
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", NULL };
static const char *const DIGEST_OK[] = {
	"http://www.w3.org/2001/04/xmlenc#sha256",
	"http://www.w3.org/2001/04/xmldsig-more#sha384",
	"http://www.w3.org/2001/04/xmlenc#sha512", NULL };
static const char *const TRANSFORM_OK[] = {
	"http://www.w3.org/2000/09/xmldsig#enveloped-signature", EXC_C14N, NULL };

/* Top-level status codes of SAML core §3.2.2.2; anything else is malformed. */
static const char *const STATUS_ERRORS[] = {
	STATUS_PREFIX "Requester", STATUS_PREFIX "Responder", STATUS_PREFIX "VersionMismatch", NULL };

static bool inited;
static int quiet;               /* > 0 while libraries chew on untrusted input */
static char lib_error[256];     /* the first library error seen while quiet */

struct judge {
	struct arena *a;
	const struct saml_expect *e;
	struct saml_outcome *out;   /* NULL for logout messages */
	struct saml_refusal *why;
	xmlDoc *doc;
	xmlNode *root, *assertion;
};

/* ---- library set-up and error capture ---------------------------------- */

static void note_error(const char *what, const char *msg)
{
	if (lib_error[0])
		return;
	snprintf(lib_error, sizeof lib_error, "%s: %s", what, msg ? msg : "?");
	lib_error[strcspn(lib_error, "\n")] = '\0';
}

static void xmlsec_error(const char *file, int line, const char *func, const char *obj,
			 const char *subj, int reason, const char *msg)
{
	(void)file;
	(void)line;
	(void)obj;
	if (quiet) {
		note_error(func ? func : "xmlsec", msg);
		return;
	}
	log_warn("xmlsec: %s: %s (%s, reason %d)", func ? func : "?", msg ? msg : "?",
		 subj ? subj : "-", reason);
}

static void xml_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	note_error("libxml2", err ? err->message : NULL);
}

int saml_init(void)
{
	if (inited)
		return 0;
	xmlInitParser();
	if (xmlSecInit() < 0) {
		log_error("saml: xmlSecInit failed");
		return -1;
	}
	if (xmlSecCheckVersion() != 1) {
		log_error("saml: libxmlsec1 version mismatch");
		xmlSecShutdown();
		return -1;
	}
	if (xmlSecCryptoAppInit(NULL) < 0) {
		log_error("saml: xmlSecCryptoAppInit failed");
		xmlSecShutdown();
		return -1;
	}
	if (xmlSecCryptoInit() < 0) {
		log_error("saml: xmlSecCryptoInit failed");
		xmlSecCryptoAppShutdown();
		xmlSecShutdown();
		return -1;
	}
	xmlSecErrorsSetCallback(xmlsec_error);
	inited = true;
	return 0;
}

void saml_shutdown(void)
{
	if (!inited)
		return;
	xmlSecCryptoShutdown();
	xmlSecCryptoAppShutdown();
	xmlSecShutdown();
	xmlCleanupParser();
	inited = false;
}

/* ---- small helpers ------------------------------------------------------ */

__attribute__((format(printf, 3, 4)))
static int refuse(struct judge *j, const char *code, const char *fmt, ...)
{
	if (!j->why->code) {           /* the first reason is the one reported */
		va_list ap;
		va_start(ap, fmt);
		j->why->code = code;
		j->why->detail = arena_vprintf(j->a, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* S made safe for a log line: no control characters, at most 120 bytes. */
static const char *shown(struct judge *j, const char *s)
{
	if (!s)
		return "(absent)";
	size_t n = strlen(s), max = 120;
	bool cut = n > max;
	if (cut)
		for (n = max; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	char *d = arena_alloc(j->a, n + 4);
	for (size_t i = 0; i < n; i++)
		d[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' : s[i];
	memcpy(d + n, cut ? "..." : "", cut ? 4 : 1);
	return d;
}

static bool xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Copy of S without leading/trailing XML whitespace, in the arena. */
static const char *trimmed(struct arena *a, const char *s)
{
	while (xml_space(*s))
		s++;
	size_t n = strlen(s);
	while (n > 0 && xml_space(s[n - 1]))
		n--;
	return arena_strndup(a, s, n);
}

static bool in_list(const char *v, const char *const *list)
{
	for (; v && *list; list++)
		if (!strcmp(v, *list))
			return true;
	return false;
}

static bool is(const xmlNode *n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       !strcmp((const char *)n->ns->href, ns) && !strcmp((const char *)n->name, name);
}

static xmlNode *first(const xmlNode *parent, const char *ns, const char *name)
{
	for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (is(c, ns, name))
			return c;
	return NULL;
}

static int count(const xmlNode *parent, const char *ns, const char *name)
{
	int n = 0;
	for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		n += is(c, ns, name);
	return n;
}

/* All the text below N (comments excluded, so a comment cannot split a
 * value into a part we read and a part we ignore), trimmed. */
static const char *text(struct judge *j, const xmlNode *n)
{
	if (!n)
		return NULL;
	xmlChar *c = xmlNodeGetContent(n);
	const char *r = trimmed(j->a, c ? (const char *)c : "");
	xmlFree(c);
	return r;
}

/* The un-namespaced attribute NAME of N, trimmed or raw; NULL if absent. */
static const char *attr_of(struct judge *j, const xmlNode *n, const char *name, bool trim)
{
	xmlChar *v = n ? xmlGetNoNsProp(n, BAD_CAST name) : NULL;
	if (!v)
		return NULL;
	const char *r = trim ? trimmed(j->a, (const char *)v) : arena_strdup(j->a, (const char *)v);
	xmlFree(v);
	return r;
}

static const char *attr(struct judge *j, const xmlNode *n, const char *name)
{
	return attr_of(j, n, name, true);
}

/* The one child NS:NAME of PARENT in *OUT, refusing with MISSING when there
 * is none (unless MISSING is NULL: optional) and when there are several. */
static int only(struct judge *j, const xmlNode *parent, const char *ns, const char *name,
		xmlNode **out, const char *missing)
{
	int n = count(parent, ns, name);
	*out = first(parent, ns, name);
	if (n == 0 && missing)
		return refuse(j, missing, "%s is absent", name);
	if (n > 1)
		return refuse(j, "duplicate-element", "%d %s elements where one is allowed", n, name);
	return 0;
}

static int need(struct judge *j, const char *v, const char *code, const char *what)
{
	if (!v || !*v)
		return refuse(j, code, "%s is %s", what, v ? "empty" : "absent");
	return 0;
}

static int match(struct judge *j, const char *v, const char *want, const char *missing,
		 const char *wrong, const char *what)
{
	if (need(j, v, missing, what))
		return -1;
	if (strcmp(v, want))
		return refuse(j, wrong, "%s '%s' is not '%s'", what, shown(j, v), shown(j, want));
	return 0;
}

/* An xs:ID (ASCII NCName): also keeps quotes out of xmlsec's XPointer. */
static bool ncname(const char *s)
{
	if (!s || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
		return false;
	for (s++; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
			return false;
	return true;
}

/* ---- time --------------------------------------------------------------- */

static bool digits(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return true;
}

static bool valid_date(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1 || m < 1 || m > 12 || d < 1)
		return false;
	bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	return d <= mdays[m - 1] + (m == 2 && leap);
}

/* "YYYY-MM-DD" at S, exactly 10 characters consumed. */
static bool parse_date(const char *s, int *y, int *m, int *d)
{
	return digits(s, 4, y) && s[4] == '-' && digits(s + 5, 2, m) && s[7] == '-' &&
	       digits(s + 8, 2, d) && valid_date(*y, *m, *d);
}

double saml_parse_instant(const char *s)
{
	int y, mo, d, h, mi, sec;
	if (!s || !parse_date(s, &y, &mo, &d) || s[10] != 'T' || !digits(s + 11, 2, &h) ||
	    s[13] != ':' || !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &sec))
		return -1;
	if (y < 1970 || h > 23 || mi > 59 || sec > 59)
		return -1;
	const char *p = s + 19;
	double frac = 0, unit = 0.1;
	if (*p == '.') {
		if (*++p < '0' || *p > '9')
			return -1;
		for (int n = 0; *p >= '0' && *p <= '9'; p++, n++)
			if (n < 9) {       /* nanoseconds are plenty; the rest must still be digits */
				frac += (*p - '0') * unit;
				unit /= 10;
			}
	}
	if (p[0] != 'Z' || p[1])
		return -1;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d,
			 .tm_hour = h, .tm_min = mi, .tm_sec = sec };
	return (double)timegm(&tm) + frac;
}

/* The xs:dateTime attribute NAME of N in *T, or a refusal. */
static int need_instant(struct judge *j, const xmlNode *n, const char *name, const char *what,
			const char *missing, const char *bad, double *t)
{
	const char *v = attr(j, n, name);
	if (need(j, v, missing, what))
		return -1;
	if ((*t = saml_parse_instant(v)) < 0)
		return refuse(j, bad, "%s '%s' is not a UTC xs:dateTime", what, shown(j, v));
	return 0;
}

/* IssueInstant: not before our request (less the skew), not after now (plus it). */
static int check_issue_instant(struct judge *j, const xmlNode *n, const char *what,
			       const char *missing, const char *bad, const char *early,
			       const char *future)
{
	double t, skew = j->e->skew_seconds;
	if (need_instant(j, n, "IssueInstant", what, missing, bad, &t))
		return -1;
	if (t < j->e->request_instant - skew)
		return refuse(j, early, "%s %s is before the request", what, attr(j, n, "IssueInstant"));
	if (t > j->e->now + skew)
		return refuse(j, future, "%s %s is in the future", what, attr(j, n, "IssueInstant"));
	return 0;
}

/* ---- parsing and the document's shape ----------------------------------- */

/* SAX hook: a DOCTYPE (internal or external subset) stops the parser at once,
 * before any entity or attribute default can be declared. */
static void deny_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	(void)name;
	(void)ext;
	(void)sys;
	xmlParserCtxtPtr c = ctx;
	*(bool *)c->_private = true;
	xmlStopParser(c);
}

static int parse(struct judge *j, const char *xml, size_t len)
{
	if (len > MAX_XML)
		return refuse(j, "too-large", "%zu bytes, the limit is %d", len, MAX_XML);
	if (!xml || len == 0)
		return refuse(j, "malformed-xml", "empty message");
	xmlParserCtxtPtr c = xmlNewParserCtxt();
	if (!c)
		return refuse(j, "internal-error", "cannot create a parser context");
	bool dtd = false;
	c->_private = &dtd;
	c->sax->internalSubset = deny_dtd;
	c->sax->serror = xml_error;
	lib_error[0] = '\0';
	/* NONET; never NOENT/DTDLOAD/DTDATTR/XINCLUDE/HUGE, nor NOBLANKS (c14n). */
	j->doc = xmlCtxtReadMemory(c, xml, (int)len, "saml.xml", NULL,
				   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlFreeParserCtxt(c);
	if (dtd || (j->doc && (j->doc->intSubset || j->doc->extSubset)))
		return refuse(j, "dtd-forbidden", "the message carries a DOCTYPE");
	if (!j->doc)
		return refuse(j, "malformed-xml", "not well-formed XML (%s)", shown(j, lib_error));
	return 0;
}

struct shape {
	int assertions, encrypted, misplaced;
	bool stray_signature;
	const char *dup_id;          /* a value two elements share, or an xml:id */
};

/* Depth-first successor of N below TOP, descending into elements only. */
static xmlNode *walk_next(xmlNode *n, const xmlNode *top)
{
	if (n->type == XML_ELEMENT_NODE && n->children)
		return n->children;
	while (n != top && !n->next)
		n = n->parent;
	return n == top ? NULL : n->next;
}

static bool xml_id(const xmlAttr *at)
{
	return at->ns && at->ns->href && !strcmp((const char *)at->ns->href,
						 (const char *)XML_XML_NAMESPACE) &&
	       !strcmp((const char *)at->name, "id");
}

/* ID attributes: every value unique, no xml:id at all (libxml2 registers
 * those by itself, which would let a message pre-claim our Assertion's ID). */
static void scan_ids(struct judge *j, const xmlNode *n, xmlHashTable *seen, struct shape *s)
{
	for (xmlAttr *at = n->properties; at && !s->dup_id; at = at->next) {
		if (xml_id(at)) {
			s->dup_id = "(xml:id)";
			continue;
		}
		if (at->ns || strcmp((const char *)at->name, "ID"))
			continue;
		xmlChar *v = xmlNodeGetContent((xmlNode *)at);
		if (v && *v && xmlHashAddEntry(seen, v, (void *)n) != 0)
			s->dup_id = arena_strdup(j->a, (const char *)v);
		xmlFree(v);
	}
}

/* Where Assertions and Signatures are: the only places allowed are the
 * root (Response signature) and one Assertion child of the root. */
static void scan(struct judge *j, struct shape *s)
{
	memset(s, 0, sizeof *s);
	if (j->doc->ids) {              /* registered by the parser: we have not yet */
		s->dup_id = "(pre-registered)";
		return;
	}
	xmlHashTable *seen = xmlHashCreate(16);
	if (!seen) {
		s->dup_id = "(out of memory)";
		return;
	}
	for (xmlNode *n = j->root; n; n = walk_next(n, j->root)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		scan_ids(j, n, seen, s);
		const xmlNode *p = n->parent;
		if (is(n, NS_A, "Assertion")) {
			s->assertions++;
			s->misplaced += p != (xmlNode *)j->root;
		} else if (is(n, NS_A, "EncryptedAssertion")) {
			s->encrypted++;
		} else if (is(n, NS_DS, "Signature")) {
			bool ok = p == j->root || (is(p, NS_A, "Assertion") && p->parent == j->root &&
						   is(j->root, NS_P, "Response"));
			s->stray_signature |= !ok;
		}
	}
	xmlHashFree(seen, NULL);
	if (count(j->root, NS_DS, "Signature") > 1 || count(j->assertion, NS_DS, "Signature") > 1)
		s->stray_signature = true;
}

/* The ID of N: present, an NCName, and registered as an ID for that node
 * only, so that "#ID" in a signature can resolve to nothing else. */
static int check_id(struct judge *j, xmlNode *n, const char *what, const char *missing,
		    const char *bad, const char **id)
{
	*id = attr_of(j, n, "ID", false);
	if (need(j, *id, missing, what))
		return -1;
	if (!ncname(*id))
		return refuse(j, bad, "%s '%s' is not an xs:ID", what, shown(j, *id));
	xmlAttr *at = xmlHasNsProp(n, BAD_CAST "ID", NULL), *known = xmlGetID(j->doc, BAD_CAST *id);
	if (known == at)
		return 0;
	if (known || !at || !xmlAddID(NULL, j->doc, BAD_CAST *id, at))
		return refuse(j, "duplicate-id", "%s '%s' is already taken", what, *id);
	return 0;
}

/* ---- signatures --------------------------------------------------------- */

static int check_algorithm(struct judge *j, const xmlNode *parent, const char *name,
			   const char *const *ok, const char *what)
{
	const char *alg = attr(j, first(parent, NS_DS, name), "Algorithm");
	if (count(parent, NS_DS, name) != 1 || !in_list(alg, ok))
		return refuse(j, "bad-signature-algorithm", "%s signature %s %s is not allowed",
			      what, name, shown(j, alg));
	return 0;
}

/* What the Signature claims, before any crypto: our algorithms, exactly one
 * Reference, to "#ID" of the node it sits in, with allowed transforms only. */
static int check_signed_info(struct judge *j, const xmlNode *sig, const char *id, const char *what)
{
	xmlNode *si = sig->children;
	while (si && si->type != XML_ELEMENT_NODE)
		si = si->next;
	if (!is(si, NS_DS, "SignedInfo"))
		return refuse(j, "bad-signature", "%s Signature has no SignedInfo", what);
	if (check_algorithm(j, si, "CanonicalizationMethod", C14N_OK, what) ||
	    check_algorithm(j, si, "SignatureMethod", SIGNATURE_OK, what))
		return -1;
	int nref = count(si, NS_DS, "Reference");
	if (nref != 1)
		return refuse(j, "bad-signature-reference", "%s Signature has %d References", what, nref);
	xmlNode *ref = first(si, NS_DS, "Reference"), *tr;
	const char *uri = attr_of(j, ref, "URI", false);
	if (!uri || uri[0] != '#' || strcmp(uri + 1, id))
		return refuse(j, "bad-signature-reference", "%s Signature references %s, not #%s",
			      what, shown(j, uri), id);
	if (only(j, ref, NS_DS, "Transforms", &tr, NULL))
		return -1;
	for (xmlNode *t = tr ? tr->children : NULL; t; t = t->next) {
		const char *alg = attr(j, t, "Algorithm");
		if (t->type == XML_ELEMENT_NODE && (!is(t, NS_DS, "Transform") || !in_list(alg, TRANSFORM_OK)))
			return refuse(j, "bad-signature-transform", "%s signature transform %s is not allowed",
				      what, shown(j, alg));
	}
	return check_algorithm(j, ref, "DigestMethod", DIGEST_OK, what);
}

/* The same whitelist enforced by xmlsec itself (XSLT, XPath, SHA-1... fail). */
static int allow_transforms(xmlSecDSigCtxPtr c)
{
	xmlSecTransformId ref[] = { xmlSecTransformEnvelopedId, xmlSecTransformExclC14NId,
				    xmlSecTransformSha256Id, xmlSecTransformSha384Id,
				    xmlSecTransformSha512Id };
	xmlSecTransformId sig[] = { xmlSecTransformExclC14NId, xmlSecTransformRsaSha256Id,
				    xmlSecTransformRsaSha384Id, xmlSecTransformRsaSha512Id };
	for (size_t i = 0; i < sizeof ref / sizeof *ref; i++)
		if (xmlSecDSigCtxEnableReferenceTransform(c, ref[i]) < 0)
			return -1;
	for (size_t i = 0; i < sizeof sig / sizeof *sig; i++)
		if (xmlSecDSigCtxEnableSignatureTransform(c, sig[i]) < 0)
			return -1;
	return 0;
}

static bool sole_reference_is(xmlSecDSigCtxPtr c, const char *id)
{
	if (xmlSecPtrListGetSize(&c->signedInfoReferences) != 1)
		return false;
	xmlSecDSigReferenceCtxPtr r = xmlSecPtrListGetItem(&c->signedInfoReferences, 0);
	return r && r->status == xmlSecDSigStatusSucceeded && r->uri && r->uri[0] == '#' &&
	       !strcmp((const char *)r->uri + 1, id);
}

/* 0 if SIG verifies with the certificate PEM (KeyInfo is never looked at:
 * the key is set before verification), -1 if not, -2 if PEM is unusable. */
static int verify_with(const xmlNode *sig, const char *pem, const char *id)
{
	xmlSecKeyPtr key = xmlSecCryptoAppKeyLoadMemory((const xmlSecByte *)pem,
							(xmlSecSize)strlen(pem),
							xmlSecKeyDataFormatCertPem, NULL, NULL, NULL);
	if (!key)
		return -2;
	xmlSecDSigCtxPtr c = xmlSecDSigCtxCreate(NULL);
	if (!c) {
		xmlSecKeyDestroy(key);
		return -2;
	}
	c->signKey = key;               /* owned by the context from now on */
	c->flags |= XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS;
	c->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
	int rc = -1;
	if (allow_transforms(c) == 0 && xmlSecDSigCtxVerify(c, (xmlNode *)sig) == 0 &&
	    c->status == xmlSecDSigStatusSucceeded && sole_reference_is(c, id))
		rc = 0;
	xmlSecDSigCtxDestroy(c);
	return rc;
}

/* Run verify_with() for each metadata certificate with library errors
 * captured rather than printed: they are the attacker's to provoke. */
static int verify_any(struct judge *j, const xmlNode *sig, const char *id)
{
	const struct idp *idp = j->e->idp;
	xmlStructuredErrorFunc old = xmlStructuredError;
	void *old_ctx = xmlStructuredErrorContext;
	int rc = -1;
	lib_error[0] = '\0';
	quiet++;
	xmlSetStructuredErrorFunc(NULL, xml_error);
	for (size_t i = 0; i < idp->ncerts && i < IDP_MAX_CERTS && rc != 0; i++) {
		if (!idp->certs_pem[i])
			continue;
		int r = verify_with(sig, idp->certs_pem[i], id);
		if (r == -2)
			log_error("saml: certificate %zu of %s cannot be loaded", i, idp->entity_id);
		rc = r == 0 ? 0 : -1;
	}
	xmlSetStructuredErrorFunc(old_ctx, old);
	quiet--;
	return rc;
}

/* The signature SIG of NODE (whose ID is ID): claims first, then crypto, then
 * the ID must still resolve to NODE itself. */
static int verify(struct judge *j, xmlNode *node, const xmlNode *sig, const char *id,
		  const char *what, const char *code)
{
	if (check_signed_info(j, sig, id, what))
		return -1;
	if (verify_any(j, sig, id))
		return refuse(j, code, "%s signature does not verify with the %zu metadata "
			      "certificate(s) of %s (%s)", what, j->e->idp->ncerts,
			      shown(j, j->e->idp->entity_id), lib_error[0] ? shown(j, lib_error) : "-");
	xmlAttr *at = xmlGetID(j->doc, BAD_CAST id);
	if (!at || at->parent != node)
		return refuse(j, "bad-signature-reference", "%s signature covers another node", what);
	return 0;
}

/* The Response signature is optional; when present it must verify. */
static int check_response_signature(struct judge *j)
{
	xmlNode *sig = first(j->root, NS_DS, "Signature");
	const char *id;
	if (!sig)
		return 0;
	return check_id(j, j->root, "Response ID", "missing-response-id", "bad-response-id", &id) ||
	       verify(j, j->root, sig, id, "Response", "bad-response-signature");
}

/* ---- the outcome, as far as it can be read ------------------------------ */

static int acr_level(const char *uri)
{
	if (!uri || strncmp(uri, ACR_PREFIX, strlen(ACR_PREFIX)))
		return 0;
	const char *n = uri + strlen(ACR_PREFIX);
	return n[0] >= '1' && n[0] <= '3' && !n[1] ? n[0] - '0' : 0;
}

static void read_attributes(struct judge *j, const xmlNode *stmt)
{
	struct saml_outcome *o = j->out;
	o->nattrs = 0;
	o->attrs = arena_calloc(j->a, (size_t)count(stmt, NS_A, "Attribute") + 1, sizeof *o->attrs);
	for (xmlNode *c = stmt ? stmt->children : NULL; c; c = c->next) {
		if (!is(c, NS_A, "Attribute"))
			continue;
		struct saml_attr *at = &o->attrs[o->nattrs++];
		at->name = attr(j, c, "Name");
		at->value = text(j, first(c, NS_A, "AttributeValue"));   /* NULL: no value */
		at->nvalues = count(c, NS_A, "AttributeValue");
	}
}

static void read_outcome(struct judge *j)
{
	struct saml_outcome *o = j->out;
	const xmlNode *r = j->root, *as = j->assertion;
	o->response_id = attr(j, r, "ID");
	o->response_instant = attr(j, r, "IssueInstant");
	o->response_issuer = text(j, first(r, NS_A, "Issuer"));
	o->assertion_id = attr(j, as, "ID");
	o->assertion_instant = attr(j, as, "IssueInstant");
	const xmlNode *subj = first(as, NS_A, "Subject"), *nid = first(subj, NS_A, "NameID");
	o->name_id = text(j, nid);
	o->name_qualifier = attr(j, nid, "NameQualifier");
	const xmlNode *st = first(as, NS_A, "AuthnStatement");
	o->session_index = attr(j, st, "SessionIndex");
	o->authn_context = text(j, first(first(st, NS_A, "AuthnContext"), NS_A, "AuthnContextClassRef"));
	o->level = acr_level(o->authn_context);
	const xmlNode *scd = first(first(subj, NS_A, "SubjectConfirmation"), NS_A,
				   "SubjectConfirmationData");
	double t = saml_parse_instant(attr(j, scd, "NotOnOrAfter"));
	o->assertion_not_on_or_after = t > 0 ? t : 0;
	read_attributes(j, first(as, NS_A, "AttributeStatement"));
}

/* ---- the checks, in order ------------------------------------------------ */

/* "ErrorCode nr19" (any case, optional spaces): 19; 0 when absent. */
static int error_number(const char *msg)
{
	for (const char *p = msg; p && *p; p++) {
		if (strncasecmp(p, "ErrorCode", 9))
			continue;
		for (p += 9; *p == ' '; p++)
			;
		if (strncasecmp(p, "nr", 2))
			return 0;
		for (p += 2; *p == ' '; p++)
			;
		int n = 0, k = 0;
		for (; k < 3 && p[k] >= '0' && p[k] <= '9'; k++)
			n = n * 10 + (p[k] - '0');
		return n;
	}
	return 0;
}

/* Success goes on; a well-formed error is the IdP's answer (believed only as
 * far as a Response signature, if any, allows); anything else is malformed. */
static int check_status(struct judge *j)
{
	xmlNode *st, *code;
	if (only(j, j->root, NS_P, "Status", &st, "missing-status"))
		return -1;
	int n = count(st, NS_P, "StatusCode");
	if (n != 1)
		return refuse(j, "bad-status", "Status has %d StatusCode elements", n);
	code = first(st, NS_P, "StatusCode");
	const char *v = attr(j, code, "Value");
	if (v && !strcmp(v, STATUS_SUCCESS))
		return 0;
	if (!in_list(v, STATUS_ERRORS))
		return refuse(j, "bad-status", "StatusCode Value %s is not a SAML status", shown(j, v));
	if (check_response_signature(j))
		return -1;
	const char *msg = text(j, first(st, NS_P, "StatusMessage"));
	j->out->idp_error = true;
	j->out->error_number = error_number(msg);
	const char *sub = attr(j, first(code, NS_P, "StatusCode"), "Value");
	return refuse(j, "idp-error", "the IdP answered %s%s%s (%s)", v, sub ? " / " : "",
		      sub ? shown(j, sub) : "", msg ? shown(j, msg) : "no StatusMessage");
}

static int check_shape(struct judge *j, const struct shape *s)
{
	if (s->encrypted)
		return refuse(j, "encrypted-assertion", "EncryptedAssertion is not used by SPID/CIE");
	if (s->assertions == 0)
		return refuse(j, "missing-assertion", "Status is Success but there is no Assertion");
	if (s->assertions > 1)
		return refuse(j, "multiple-assertions", "%d Assertions, exactly one is allowed", s->assertions);
	if (s->misplaced || !j->assertion)
		return refuse(j, "misplaced-assertion", "the Assertion is not a child of the Response");
	return 0;
}

static int check_signatures(struct judge *j, const char **aid)
{
	const char *rid;
	if (check_id(j, j->root, "Response ID", "missing-response-id", "bad-response-id", &rid) ||
	    check_id(j, j->assertion, "Assertion ID", "missing-assertion-id", "bad-assertion-id", aid) ||
	    check_response_signature(j))
		return -1;
	xmlNode *sig = first(j->assertion, NS_DS, "Signature");
	if (!sig)
		return refuse(j, "assertion-unsigned", "the Assertion is not signed");
	return verify(j, j->assertion, sig, *aid, "Assertion", "bad-signature");
}

static int check_version(struct judge *j, const xmlNode *n, const char *code, const char *what)
{
	const char *v = attr(j, n, "Version");
	if (!v || strcmp(v, "2.0"))
		return refuse(j, code, "%s Version %s is not 2.0", what, shown(j, v));
	return 0;
}

/* The Issuer child of PARENT: the IdP's entityID; Format absent (when
 * allowed) or nameid-format:entity. */
static int check_issuer(struct judge *j, const xmlNode *parent, bool format_required,
			const char *missing, const char *wrong, const char *bad_format,
			const char *what)
{
	xmlNode *is;
	if (only(j, parent, NS_A, "Issuer", &is, missing) ||
	    match(j, text(j, is), j->e->idp->entity_id, missing, wrong, what))
		return -1;
	const char *f = attr(j, is, "Format");
	if (f ? strcmp(f, FMT_ENTITY) != 0 : format_required)
		return refuse(j, bad_format, "%s Format %s is not " FMT_ENTITY, what, shown(j, f));
	return 0;
}

static int check_response_fields(struct judge *j)
{
	const xmlNode *r = j->root;
	return check_version(j, r, "bad-response-version", "Response") ||
	       check_issue_instant(j, r, "Response IssueInstant", "missing-response-instant",
				   "bad-response-instant", "early-response-instant",
				   "future-response-instant") ||
	       match(j, attr(j, r, "Destination"), j->e->acs_url, "missing-destination",
		     "wrong-destination", "Response Destination") ||
	       match(j, attr(j, r, "InResponseTo"), j->e->request_id, "missing-in-response-to",
		     "wrong-in-response-to", "Response InResponseTo") ||
	       check_issuer(j, r, false, "missing-issuer", "wrong-issuer", "bad-issuer-format",
			    "Response Issuer");
}

static int check_assertion_head(struct judge *j)
{
	const xmlNode *as = j->assertion;
	return check_version(j, as, "bad-assertion-version", "Assertion") ||
	       check_issue_instant(j, as, "Assertion IssueInstant", "missing-assertion-instant",
				   "bad-assertion-instant", "early-assertion-instant",
				   "future-assertion-instant") ||
	       check_issuer(j, as, j->e->idp->federation != FED_CIE, "missing-assertion-issuer",
			    "wrong-assertion-issuer", "bad-assertion-issuer-format",
			    "Assertion Issuer");
}

static int check_confirmation_data(struct judge *j, const xmlNode *scd)
{
	const struct saml_expect *e = j->e;
	double t;
	if (match(j, attr(j, scd, "Recipient"), e->acs_url, "missing-recipient", "wrong-recipient",
		  "SubjectConfirmationData Recipient") ||
	    match(j, attr(j, scd, "InResponseTo"), e->request_id, "missing-subject-in-response-to",
		  "wrong-subject-in-response-to", "SubjectConfirmationData InResponseTo") ||
	    need_instant(j, scd, "NotOnOrAfter", "SubjectConfirmationData NotOnOrAfter",
			 "missing-subject-not-on-or-after", "bad-subject-not-on-or-after", &t))
		return -1;
	if (t <= e->now - e->skew_seconds)     /* NotOnOrAfter is exclusive */
		return refuse(j, "expired-subject", "SubjectConfirmationData NotOnOrAfter %s has passed",
			      attr(j, scd, "NotOnOrAfter"));
	if (!attr(j, scd, "NotBefore"))        /* optional */
		return 0;
	if (need_instant(j, scd, "NotBefore", "SubjectConfirmationData NotBefore",
			 "bad-subject-not-before", "bad-subject-not-before", &t))
		return -1;
	if (t > e->now + e->skew_seconds)
		return refuse(j, "future-subject-not-before", "SubjectConfirmationData NotBefore %s "
			      "is in the future", attr(j, scd, "NotBefore"));
	return 0;
}

static int check_subject(struct judge *j)
{
	xmlNode *s, *nid, *sc, *scd;
	if (only(j, j->assertion, NS_A, "Subject", &s, "missing-subject") ||
	    only(j, s, NS_A, "NameID", &nid, "missing-name-id") ||
	    need(j, text(j, nid), "missing-name-id", "NameID"))
		return -1;
	const char *f = attr(j, nid, "Format"), *m;
	if (!f || strcmp(f, FMT_TRANSIENT))
		return refuse(j, "bad-name-id-format", "NameID Format %s is not " FMT_TRANSIENT,
			      shown(j, f));
	if (need(j, attr(j, nid, "NameQualifier"), "missing-name-qualifier", "NameID NameQualifier") ||
	    only(j, s, NS_A, "SubjectConfirmation", &sc, "missing-subject-confirmation"))
		return -1;
	m = attr(j, sc, "Method");
	if (!m || strcmp(m, CM_BEARER))
		return refuse(j, "bad-confirmation-method", "SubjectConfirmation Method %s is not "
			      CM_BEARER, shown(j, m));
	if (only(j, sc, NS_A, "SubjectConfirmationData", &scd, "missing-confirmation-data"))
		return -1;
	return check_confirmation_data(j, scd);
}

/* Every AudienceRestriction must name us (they are ANDed, SAML core §2.5.1.4). */
static int check_audiences(struct judge *j, const xmlNode *cond)
{
	if (!first(cond, NS_A, "AudienceRestriction"))
		return refuse(j, "missing-audience-restriction", "Conditions has no AudienceRestriction");
	for (xmlNode *ar = cond->children; ar; ar = ar->next) {
		if (!is(ar, NS_A, "AudienceRestriction"))
			continue;
		bool ours = false;
		if (!first(ar, NS_A, "Audience"))
			return refuse(j, "missing-audience", "an AudienceRestriction has no Audience");
		for (xmlNode *au = ar->children; au; au = au->next) {
			const char *v = is(au, NS_A, "Audience") ? text(j, au) : NULL;
			if (v && need(j, v, "missing-audience", "Audience"))
				return -1;
			ours |= v && !strcmp(v, j->e->sp_entity_id);
		}
		if (!ours)
			return refuse(j, "wrong-audience", "an AudienceRestriction does not name %s",
				      shown(j, j->e->sp_entity_id));
	}
	return 0;
}

static int check_conditions(struct judge *j)
{
	const struct saml_expect *e = j->e;
	xmlNode *c;
	double nb, noa;
	if (only(j, j->assertion, NS_A, "Conditions", &c, "missing-conditions") ||
	    need_instant(j, c, "NotBefore", "Conditions NotBefore", "missing-not-before",
			 "bad-not-before", &nb) ||
	    need_instant(j, c, "NotOnOrAfter", "Conditions NotOnOrAfter", "missing-not-on-or-after",
			 "bad-not-on-or-after", &noa))
		return -1;
	if (nb > e->now + e->skew_seconds)
		return refuse(j, "future-not-before", "Conditions NotBefore %s is in the future",
			      attr(j, c, "NotBefore"));
	if (noa <= e->now - e->skew_seconds)
		return refuse(j, "expired-conditions", "Conditions NotOnOrAfter %s has passed",
			      attr(j, c, "NotOnOrAfter"));
	return check_audiences(j, c);
}

/* SPID's rule (SPID.md §1.4): higher is always fine, equal unless "better"
 * was asked, lower only under "maximum". */
static bool level_ok(int got, int want, enum saml_comparison cmp)
{
	if (got > want)
		return true;
	if (got == want)
		return cmp != CMP_BETTER;
	return cmp == CMP_MAXIMUM;
}

static int check_authn(struct judge *j)
{
	xmlNode *st, *ctx, *ref;
	double t;
	if (only(j, j->assertion, NS_A, "AuthnStatement", &st, "missing-authn-statement") ||
	    need_instant(j, st, "AuthnInstant", "AuthnInstant", "missing-authn-instant",
			 "bad-authn-instant", &t) ||
	    only(j, st, NS_A, "AuthnContext", &ctx, "missing-authn-context") ||
	    only(j, ctx, NS_A, "AuthnContextClassRef", &ref, "missing-class-ref"))
		return -1;
	const char *uri = text(j, ref);
	if (need(j, uri, "missing-class-ref", "AuthnContextClassRef"))
		return -1;
	int got = acr_level(uri);
	if (!got)
		return refuse(j, "unknown-class-ref", "AuthnContextClassRef %s is not a SPID level",
			      shown(j, uri));
	if (!level_ok(got, j->e->level, j->e->comparison))
		return refuse(j, "level-not-acceptable", "level %d does not satisfy the requested %d "
			      "(comparison %d)", got, j->e->level, (int)j->e->comparison);
	return 0;
}

static const struct saml_attr *find_attr(const struct saml_outcome *o, const char *name)
{
	for (size_t i = 0; i < o->nattrs; i++)
		if (o->attrs[i].name && !strcmp(o->attrs[i].name, name))
			return &o->attrs[i];
	return NULL;
}

/* "TINIT-" and 16 uppercase letters or digits (omocodia included). */
static bool fiscal_number_ok(const char *v)
{
	if (strncmp(v, "TINIT-", 6) || strlen(v) != 22)
		return false;
	for (v += 6; *v; v++)
		if (!((*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9')))
			return false;
	return true;
}

static int check_attribute_values(struct judge *j)
{
	const struct saml_outcome *o = j->out;
	for (const char *const *n = j->e->attributes; n && *n; n++) {
		const struct saml_attr *at = find_attr(o, *n);
		if (!at || !at->value || !*at->value)
			return refuse(j, "missing-attribute", "requested attribute %s is %s",
				      shown(j, *n), at ? "empty" : "absent");
	}
	const struct saml_attr *fn = find_attr(o, "fiscalNumber"), *dob = find_attr(o, "dateOfBirth");
	if (fn && !fiscal_number_ok(fn->value))
		return refuse(j, "bad-fiscal-number", "fiscalNumber '%s' is not TINIT- and 16 "
			      "characters", shown(j, fn->value));
	int y, m, d;
	if (dob && *dob->value && (strlen(dob->value) != 10 || !parse_date(dob->value, &y, &m, &d)))
		return refuse(j, "bad-date-of-birth", "dateOfBirth '%s' is not YYYY-MM-DD",
			      shown(j, dob->value));
	return 0;
}

static int check_attributes(struct judge *j)
{
	xmlNode *stmt;
	const struct saml_outcome *o = j->out;
	if (only(j, j->assertion, NS_A, "AttributeStatement", &stmt, NULL))
		return -1;
	if (stmt && o->nattrs == 0)
		return refuse(j, "empty-attribute-statement", "AttributeStatement has no Attribute");
	for (size_t i = 0; i < o->nattrs; i++) {
		const struct saml_attr *at = &o->attrs[i];
		if (!at->name || !*at->name)
			return refuse(j, "bad-attribute", "an Attribute has no Name");
		if (!at->value)
			return refuse(j, "missing-attribute-value", "Attribute %s has no AttributeValue",
				      shown(j, at->name));
		/* SPID attributes are single-valued: with two, which citizen is it? */
		if (at->nvalues != 1)
			return refuse(j, "multiple-attribute-values", "Attribute %s has %d "
				      "AttributeValue elements where one is allowed",
				      shown(j, at->name), at->nvalues);
		if (find_attr(o, at->name) != at)
			return refuse(j, "duplicate-attribute", "Attribute %s appears twice",
				      shown(j, at->name));
	}
	return check_attribute_values(j);
}

static int judge_response(struct judge *j)
{
	struct shape s;
	const char *aid;
	scan(j, &s);
	if (s.dup_id)
		return refuse(j, "duplicate-id", "ID '%s' is used twice or as xml:id", shown(j, s.dup_id));
	if (s.stray_signature)
		return refuse(j, "unexpected-signature", "a Signature outside the Response or "
			      "Assertion, or two in one place");
	return check_status(j) || check_shape(j, &s) || check_signatures(j, &aid) ||
	       check_response_fields(j) || check_assertion_head(j) || check_subject(j) ||
	       check_conditions(j) || check_authn(j) || check_attributes(j);
}

static bool expect_ok(const struct saml_expect *e)
{
	return e && e->idp && e->idp->entity_id && *e->idp->entity_id && e->sp_entity_id &&
	       *e->sp_entity_id && e->acs_url && *e->acs_url && e->request_id && *e->request_id &&
	       e->level >= 1 && e->level <= 3 && e->skew_seconds >= 0;
}

static int check_root(struct judge *j, const char *code, const char *a, const char *b)
{
	j->root = xmlDocGetRootElement(j->doc);
	if (!is(j->root, NS_P, a) && !(b && is(j->root, NS_P, b)))
		return refuse(j, code, "the root element is not samlp:%s%s%s",
			      a, b ? " or samlp:" : "", b ? b : "");
	return 0;
}

int saml_response_judge(const char *xml, size_t len, const struct saml_expect *e,
			struct arena *a, struct saml_outcome *out)
{
	memset(out, 0, sizeof *out);
	struct judge j = { .a = a, .e = e, .out = out, .why = &out->refusal };
	int rc = -1;
	if (!expect_ok(e))
		refuse(&j, "internal-error", "incomplete expectation (caller bug)");
	else if (saml_init())
		refuse(&j, "internal-error", "xmlsec cannot be initialised");
	else if (parse(&j, xml, len) == 0 && check_root(&j, "not-a-response", "Response", NULL) == 0) {
		j.assertion = first(j.root, NS_A, "Assertion");
		read_outcome(&j);
		rc = judge_response(&j);
	}
	if (j.doc)
		xmlFreeDoc(j.doc);
	out->accepted = rc == 0 && !out->refusal.code;   /* never open by omission */
	if (out->accepted)
		out->refusal.detail = NULL;
	return 0;
}

/* ---- logout ------------------------------------------------------------- */

static void read_logout(struct judge *j, struct saml_logout_seen *o)
{
	const xmlNode *r = j->root;
	o->is_request = is(r, NS_P, "LogoutRequest");
	o->id = attr(j, r, "ID");
	o->issuer = text(j, first(r, NS_A, "Issuer"));
	o->in_response_to = attr(j, r, "InResponseTo");
	o->name_id = text(j, first(r, NS_A, "NameID"));
	o->session_index = text(j, first(r, NS_P, "SessionIndex"));
	const char *st = attr(j, first(first(r, NS_P, "Status"), NS_P, "StatusCode"), "Value");
	o->success = st && !strcmp(st, STATUS_SUCCESS);
}

static int check_logout_body(struct judge *j, const struct saml_logout_seen *o)
{
	const xmlNode *r = j->root;
	xmlNode *st;
	double t;
	if (o->is_request) {
		if (need(j, o->name_id, "missing-name-id", "LogoutRequest NameID"))
			return -1;
		if (!attr(j, r, "NotOnOrAfter"))
			return 0;
		if (need_instant(j, r, "NotOnOrAfter", "LogoutRequest NotOnOrAfter",
				 "bad-not-on-or-after", "bad-not-on-or-after", &t))
			return -1;
		if (t <= j->e->now - j->e->skew_seconds)
			return refuse(j, "expired-logout", "LogoutRequest NotOnOrAfter has passed");
		return 0;
	}
	if (only(j, r, NS_P, "Status", &st, "missing-status"))
		return -1;
	const char *v = attr(j, first(st, NS_P, "StatusCode"), "Value");
	if (count(st, NS_P, "StatusCode") != 1 || !v || !*v)
		return refuse(j, "bad-status", "LogoutResponse Status has no StatusCode Value");
	return 0;
}

static int judge_logout(struct judge *j, const char *slo_url, int signed_xml,
			struct saml_logout_seen *o)
{
	struct shape s;
	const char *id;
	scan(j, &s);
	read_logout(j, o);
	if (s.dup_id)
		return refuse(j, "duplicate-id", "ID '%s' is used twice or as xml:id", shown(j, s.dup_id));
	if (s.stray_signature)
		return refuse(j, "unexpected-signature", "a Signature outside the root, or two");
	if (check_id(j, j->root, "ID", "missing-id", "bad-id", &id) ||
	    check_version(j, j->root, "bad-version", j->root->name ? (const char *)j->root->name : "") ||
	    check_issue_instant(j, j->root, "IssueInstant", "missing-instant", "bad-instant",
				"early-instant", "future-instant") ||
	    match(j, attr(j, j->root, "Destination"), slo_url, "missing-destination",
		  "wrong-destination", "Destination") ||
	    check_issuer(j, j->root, false, "missing-issuer", "wrong-issuer", "bad-issuer-format",
			 "Issuer"))
		return -1;
	xmlNode *sig = first(j->root, NS_DS, "Signature");
	if (!sig && signed_xml)
		return refuse(j, "unsigned", "the message is not signed");
	/* With HTTP-Redirect the query was signed; a stray XML signature must still hold. */
	if (sig && verify(j, j->root, sig, id, "logout", "bad-signature"))
		return -1;
	return check_logout_body(j, o);
}

const char *saml_logout_issuer(const char *xml, size_t len, struct arena *a)
{
	struct saml_refusal why = { 0 };
	struct judge j = { .a = a, .why = &why };
	const char *issuer = NULL;
	if (saml_init() == 0 && parse(&j, xml, len) == 0 &&
	    check_root(&j, "not-a-logout", "LogoutRequest", "LogoutResponse") == 0 &&
	    count(j.root, NS_A, "Issuer") == 1)
		issuer = text(&j, first(j.root, NS_A, "Issuer"));
	if (j.doc)
		xmlFreeDoc(j.doc);
	return issuer && *issuer ? issuer : NULL;
}

int saml_logout_judge(const char *xml, size_t len, const struct idp *idp, const char *slo_url,
		      double now, int skew_seconds, int signed_xml, struct arena *a,
		      struct saml_logout_seen *out, struct saml_refusal *why)
{
	memset(out, 0, sizeof *out);
	memset(why, 0, sizeof *why);
	/* "Within the skew" of now, both ways: request_instant = now. */
	struct saml_expect e = { .idp = idp, .now = now, .request_instant = now,
				 .skew_seconds = skew_seconds };
	struct judge j = { .a = a, .e = &e, .why = why };
	int rc = -1;
	if (!idp || !idp->entity_id || !*idp->entity_id || !slo_url || !*slo_url || skew_seconds < 0)
		refuse(&j, "internal-error", "incomplete expectation (caller bug)");
	else if (saml_init())
		refuse(&j, "internal-error", "xmlsec cannot be initialised");
	else if (parse(&j, xml, len) == 0 && check_root(&j, "not-a-logout", "LogoutRequest", "LogoutResponse") == 0)
		rc = judge_logout(&j, slo_url, signed_xml, out);
	if (j.doc)
		xmlFreeDoc(j.doc);
	return rc == 0 && !why->code ? 0 : -1;
}
