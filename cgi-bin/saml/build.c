/* build.c - the SAML documents of build.h: AuthnRequest, SP metadata (SPID
 * and CIE), LogoutRequest/LogoutResponse, and for the demo IdP the Response
 * and the reading of an AuthnRequest. Values enter the tree only as text
 * nodes or attribute values, so libxml2 escapes them; nothing is pasted.
 * The HTTP-Redirect binding lives in redirect.c. */
#include "saml/build.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <openssl/rand.h>

#include "core/arena.h"
#include "core/log.h"
#include "saml/instant.h"
#include "saml/sign.h"

#define NS_SAMLP "urn:oasis:names:tc:SAML:2.0:protocol"
#define NS_SAML "urn:oasis:names:tc:SAML:2.0:assertion"
#define NS_MD "urn:oasis:names:tc:SAML:2.0:metadata"
#define NS_DS "http://www.w3.org/2000/09/xmldsig#"
#define NS_SPID "https://spid.gov.it/saml-extensions"
#define NS_CIE "https://www.cartaidentita.interno.gov.it/saml-extensions"
#define NS_XS "http://www.w3.org/2001/XMLSchema"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"

#define NAMEID_ENTITY "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
#define NAMEID_TRANSIENT "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
#define BINDING_POST "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
#define BINDING_REDIRECT "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
#define ATTRNAME_BASIC "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"
#define STATUS_SUCCESS "urn:oasis:names:tc:SAML:2.0:status:Success"
#define STATUS_RESPONDER "urn:oasis:names:tc:SAML:2.0:status:Responder"
#define CM_BEARER "urn:oasis:names:tc:SAML:2.0:cm:bearer"
#define SPID_LEVEL_URI "https://www.spid.gov.it/SpidL"

#define ASSERTION_LIFETIME 300.0       /* seconds: SubjectConfirmation and Conditions */
#define READ_MAX_XML (256 << 10)

/* ---- small tree helpers -------------------------------------------------- */

static bool present(const char *s)
{
	return s && *s;
}

/* A new document whose root element NAME is in namespace HREF (PREFIX). */
static xmlNodePtr new_root(xmlDocPtr *doc, const char *href, const char *prefix, const char *name)
{
	*doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewDocNode(*doc, NULL, BAD_CAST name, NULL);
	xmlSetNs(root, xmlNewNs(root, BAD_CAST href, BAD_CAST prefix));
	xmlDocSetRootElement(*doc, root);
	return root;
}

static xmlNsPtr ns_decl(xmlNodePtr n, const char *href, const char *prefix)
{
	return xmlNewNs(n, BAD_CAST href, BAD_CAST prefix);
}

/* A child element with TEXT (escaped by libxml2) or empty when TEXT is NULL. */
static xmlNodePtr add(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
	return xmlNewTextChild(parent, ns, BAD_CAST name, BAD_CAST text);
}

static void attr(xmlNodePtr n, const char *name, const char *value)
{
	xmlNewProp(n, BAD_CAST name, BAD_CAST value);
}

/* A child with xml:lang="it", as metadata wants for human-readable names. */
static xmlNodePtr add_it(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
	xmlNodePtr n = add(parent, ns, name, text);
	xmlNodeSetLang(n, BAD_CAST "it");
	return n;
}

/* Serialise (UTF-8, no reformatting) into the arena and free the document. */
static char *finish(struct arena *a, xmlDocPtr doc)
{
	xmlChar *mem = NULL;
	int n = 0;
	xmlDocDumpMemoryEnc(doc, &mem, &n, "UTF-8");
	xmlFreeDoc(doc);
	if (!mem) {
		log_error("saml build: serialisation failed");
		return NULL;
	}
	char *s = arena_strndup(a, (const char *)mem, (size_t)n);
	xmlFree(mem);
	return s;
}

static char *level_uri(struct arena *a, int level)
{
	return arena_printf(a, SPID_LEVEL_URI "%d", level);
}

static const char *comparison_name(enum saml_comparison c)
{
	static const char *const names[] = { "exact", "minimum", "better", "maximum" };
	return (unsigned)c < sizeof names / sizeof names[0] ? names[c] : NULL;
}

/* The entityID we are known by at this IdP's federation. */
static const char *our_entity(const struct saml_sp *sp, const struct idp *idp)
{
	return idp->federation == FED_CIE ? sp->cie_entity_id : sp->entity_id;
}

/* <saml:Issuer Format=entity NameQualifier=entity>entity</saml:Issuer> */
static void add_sp_issuer(xmlNodePtr parent, xmlNsPtr saml, const char *entity)
{
	xmlNodePtr is = add(parent, saml, "Issuer", entity);
	attr(is, "Format", NAMEID_ENTITY);
	attr(is, "NameQualifier", entity);
}

/* The attributes every request/response root carries. */
static void protocol_attrs(xmlNodePtr root, const char *id, const char *issue_instant,
			   const char *destination)
{
	attr(root, "ID", id);
	attr(root, "Version", "2.0");
	attr(root, "IssueInstant", issue_instant);
	attr(root, "Destination", destination);
}

/* ---- AuthnRequest ----------------------------------------------------------- */

static const char *sso_location(const struct idp *idp)
{
	return idp->binding == BIND_POST ? idp->sso_post : idp->sso_redirect;
}

static bool authn_params_ok(const struct saml_sp *sp, const struct idp *idp,
			    const struct authn_params *p)
{
	if (!present(p->id) || !present(p->issue_instant) || p->level < 1 || p->level > 3 ||
	    !comparison_name(p->comparison)) {
		log_error("saml authn: bad request parameters");
		return false;
	}
	if (!present(our_entity(sp, idp)) || !present(sso_location(idp))) {
		log_error("saml authn: no entityID, or IdP %s has no SSO endpoint for our binding",
			  idp->entity_id ? idp->entity_id : "?");
		return false;
	}
	return true;
}

char *saml_authn_request(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			 const struct authn_params *p)
{
	if (!authn_params_ok(sp, idp, p))
		return NULL;
	xmlDocPtr doc;
	xmlNodePtr root = new_root(&doc, NS_SAMLP, "samlp", "AuthnRequest");
	xmlNsPtr samlp = root->ns, saml = ns_decl(root, NS_SAML, "saml");
	protocol_attrs(root, p->id, p->issue_instant, sso_location(idp));
	/* SPID: mandatory for L2/L3; CIE: always (IsPassive stays absent). */
	if (p->level >= 2 || idp->federation == FED_CIE)
		attr(root, "ForceAuthn", "true");
	attr(root, "AssertionConsumerServiceIndex", "0");
	attr(root, "AttributeConsumingServiceIndex", "0");
	add_sp_issuer(root, saml, our_entity(sp, idp));
	/* transient, and no AllowCreate: validators reject it. */
	attr(add(root, samlp, "NameIDPolicy", NULL), "Format", NAMEID_TRANSIENT);
	xmlNodePtr rac = add(root, samlp, "RequestedAuthnContext", NULL);
	attr(rac, "Comparison", comparison_name(p->comparison));
	add(rac, saml, "AuthnContextClassRef", level_uri(a, p->level));
	return finish(a, doc);
}

/* ---- SP metadata -------------------------------------------------------------- */

/* The SPID attribute names (RT attributi.rst, Avviso 25): metadata naming
 * anything else fails validation, so we refuse to publish it. */
static const char *const spid_attribute_names[] = {
	"spidCode", "name", "familyName", "placeOfBirth", "countyOfBirth", "dateOfBirth",
	"gender", "companyName", "registeredOffice", "fiscalNumber", "ivaCode", "idCard",
	"companyFiscalNumber", "mobilePhone", "email", "address", "expirationDate",
	"digitalAddress", "domicileStreetAddress", "domicilePostalCode",
	"domicileMunicipality", "domicileProvince", "domicileNation", NULL,
};

/* CIE releases only the eIDAS minimum data set (or a subset of it). */
static const char *const cie_attribute_names[] = {
	"name", "familyName", "fiscalNumber", "dateOfBirth", NULL,
};

static bool in_list(const char *const *list, const char *s)
{
	for (; list && *list; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* Random "_" + 32 hex: the EntityDescriptor's ID, the signature's target. */
static char *random_id(struct arena *a)
{
	unsigned char r[16];
	if (RAND_bytes(r, sizeof r) != 1)
		return NULL;
	char *s = arena_alloc(a, 2 * sizeof r + 2), *o = s;
	*o++ = '_';
	for (size_t i = 0; i < sizeof r; i++)
		o += snprintf(o, 3, "%02x", r[i]);
	return s;
}

static bool sp_ok(const struct saml_sp *sp, const char *entity)
{
	const char *need[] = { entity, sp->acs_url, sp->slo_url, sp->org_name, sp->org_display_name,
			       sp->org_url, sp->ipa_code, sp->email, sp->service_name };
	for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
		if (!present(need[i])) {
			log_error("saml metadata: SP configuration incomplete (item %zu)", i);
			return false;
		}
	if (!sp->key || !sp->attributes || !sp->attributes[0]) {
		log_error("saml metadata: no key or no requested attributes");
		return false;
	}
	return true;
}

static void md_key_descriptor(xmlNodePtr sso, xmlNsPtr md, xmlNsPtr ds, const struct saml_sp *sp)
{
	xmlNodePtr kd = add(sso, md, "KeyDescriptor", NULL);
	attr(kd, "use", "signing");
	xmlNodePtr x509 = add(add(kd, ds, "KeyInfo", NULL), ds, "X509Data", NULL);
	add(x509, ds, "X509Certificate", saml_key_cert_b64(sp->key));
}

static void md_endpoint(xmlNodePtr sso, xmlNsPtr md, const char *el, const char *binding,
			const char *location)
{
	xmlNodePtr n = add(sso, md, el, NULL);
	attr(n, "Binding", binding);
	attr(n, "Location", location);
}

/* AttributeConsumingService index 0 with the names of WANT that ALLOWED
 * lists, in the caller's order; -1 on an unknown or repeated name, or none. */
static int md_attribute_service(xmlNodePtr sso, xmlNsPtr md, const struct saml_sp *sp,
				const char *const *allowed, bool skip_unknown)
{
	xmlNodePtr acs = add(sso, md, "AttributeConsumingService", NULL);
	attr(acs, "index", "0");
	add_it(acs, md, "ServiceName", sp->service_name);
	int n = 0;
	for (const char *const *w = sp->attributes; *w; w++) {
		bool repeated = false;
		for (const char *const *v = sp->attributes; v < w; v++)
			repeated |= strcmp(*v, *w) == 0;
		if (!in_list(allowed, *w) && skip_unknown)
			continue;
		if (!in_list(allowed, *w) || repeated) {
			log_error("saml metadata: attribute %s unknown or repeated", *w);
			return -1;
		}
		xmlNodePtr ra = add(acs, md, "RequestedAttribute", NULL);
		attr(ra, "Name", *w);
		attr(ra, "NameFormat", ATTRNAME_BASIC);
		n++;
	}
	return n ? 0 : -1;
}

/* SPSSODescriptor children in schema order: KeyDescriptor,
 * SingleLogoutService, NameIDFormat, AssertionConsumerService,
 * AttributeConsumingService. */
static int md_sp_descriptor(xmlNodePtr root, xmlNsPtr md, xmlNsPtr ds, const struct saml_sp *sp,
			    const char *const *allowed, bool skip_unknown)
{
	xmlNodePtr sso = add(root, md, "SPSSODescriptor", NULL);
	attr(sso, "protocolSupportEnumeration", NS_SAMLP);
	attr(sso, "AuthnRequestsSigned", "true");
	attr(sso, "WantAssertionsSigned", "true");
	md_key_descriptor(sso, md, ds, sp);
	md_endpoint(sso, md, "SingleLogoutService", BINDING_REDIRECT, sp->slo_url);
	md_endpoint(sso, md, "SingleLogoutService", BINDING_POST, sp->slo_url);
	add(sso, md, "NameIDFormat", NAMEID_TRANSIENT);
	xmlNodePtr acs = add(sso, md, "AssertionConsumerService", NULL);
	attr(acs, "index", "0");
	attr(acs, "isDefault", "true");
	attr(acs, "Binding", BINDING_POST);
	attr(acs, "Location", sp->acs_url);
	return md_attribute_service(sso, md, sp, allowed, skip_unknown);
}

static void md_organization(xmlNodePtr root, xmlNsPtr md, const struct saml_sp *sp)
{
	xmlNodePtr org = add(root, md, "Organization", NULL);
	add_it(org, md, "OrganizationName", sp->org_name);
	add_it(org, md, "OrganizationDisplayName", sp->org_display_name);
	add_it(org, md, "OrganizationURL", sp->org_url);
}

static void md_email_phone(xmlNodePtr cp, xmlNsPtr md, const struct saml_sp *sp)
{
	add(cp, md, "EmailAddress", sp->email);
	if (present(sp->phone))
		add(cp, md, "TelephoneNumber", sp->phone);
}

/* SPID public SP: contactType "other", Extensions IPACode then Public, no
 * billing contact (that one is for private SPs only). */
static void md_contact_spid(xmlNodePtr root, xmlNsPtr md, xmlNsPtr spid, const struct saml_sp *sp)
{
	xmlNodePtr cp = add(root, md, "ContactPerson", NULL);
	attr(cp, "contactType", "other");
	xmlNodePtr ext = add(cp, md, "Extensions", NULL);
	add(ext, spid, "IPACode", sp->ipa_code);
	add(ext, spid, "Public", NULL);
	md_email_phone(cp, md, sp);
}

/* CIE: contactType "administrative", cie: extensions in the order of the
 * CIE federation manual, Company equal to OrganizationName. IPACategory L6
 * is "Comuni": this portal serves a municipality. */
static void md_contact_cie(xmlNodePtr root, xmlNsPtr md, xmlNsPtr cie, const struct saml_sp *sp)
{
	xmlNodePtr cp = add(root, md, "ContactPerson", NULL);
	attr(cp, "contactType", "administrative");
	xmlNodePtr ext = add(cp, md, "Extensions", NULL);
	add(ext, cie, "Public", NULL);
	add(ext, cie, "IPACode", sp->ipa_code);
	add(ext, cie, "IPACategory", "L6");
	add(ext, cie, "Municipality", sp->municipality);
	add(cp, md, "Company", sp->org_name);
	md_email_phone(cp, md, sp);
}

/* <md:EntityDescriptor entityID ID> with md and ds declared once on it. */
static xmlNodePtr md_root(xmlDocPtr *doc, const char *entity, const char *id, xmlNsPtr *ds)
{
	xmlNodePtr root = new_root(doc, NS_MD, "md", "EntityDescriptor");
	*ds = ns_decl(root, NS_DS, "ds");
	attr(root, "entityID", entity);
	attr(root, "ID", id);
	return root;
}

static char *sign_metadata(struct arena *a, xmlDocPtr doc, const char *id, const struct saml_sp *sp)
{
	char *xml = finish(a, doc);
	return xml ? saml_sign(a, xml, id, sp->key) : NULL;
}

char *saml_metadata_spid(struct arena *a, const struct saml_sp *sp)
{
	char *id = random_id(a);
	if (!id || !sp_ok(sp, sp->entity_id))
		return NULL;
	xmlDocPtr doc;
	xmlNsPtr ds;
	xmlNodePtr root = md_root(&doc, sp->entity_id, id, &ds);
	xmlNsPtr spid = ns_decl(root, NS_SPID, "spid");
	if (md_sp_descriptor(root, root->ns, ds, sp, spid_attribute_names, false) < 0) {
		xmlFreeDoc(doc);
		return NULL;
	}
	md_organization(root, root->ns, sp);
	md_contact_spid(root, root->ns, spid, sp);
	return sign_metadata(a, doc, id, sp);
}

char *saml_metadata_cie(struct arena *a, const struct saml_sp *sp)
{
	char *id = random_id(a);
	if (!id || !sp_ok(sp, sp->cie_entity_id) || !present(sp->municipality)) {
		log_error("saml metadata: CIE needs cie_entity_id and municipality");
		return NULL;
	}
	xmlDocPtr doc;
	xmlNsPtr ds;
	xmlNodePtr root = md_root(&doc, sp->cie_entity_id, id, &ds);
	xmlNsPtr cie = ns_decl(root, NS_CIE, "cie");
	/* Attributes outside the eIDAS minimum set are left out, not refused:
	 * the same configured list serves SPID. */
	if (md_sp_descriptor(root, root->ns, ds, sp, cie_attribute_names, true) < 0) {
		log_error("saml metadata: no CIE-compatible requested attribute");
		xmlFreeDoc(doc);
		return NULL;
	}
	md_organization(root, root->ns, sp);
	md_contact_cie(root, root->ns, cie, sp);
	return sign_metadata(a, doc, id, sp);
}

/* ---- Single Logout ------------------------------------------------------------- */

/* Where logout messages to IDP go: its Redirect endpoint (the binding the
 * caller uses), else its POST one. */
static const char *slo_location(const struct idp *idp)
{
	return present(idp->slo_redirect) ? idp->slo_redirect : idp->slo_post;
}

static bool logout_ok(const struct saml_sp *sp, const struct idp *idp, const char *id,
		      const char *issue_instant)
{
	if (!present(id) || !present(issue_instant) || !present(our_entity(sp, idp)) ||
	    !present(slo_location(idp))) {
		log_error("saml logout: missing ID, instant, entityID or IdP SLO endpoint");
		return false;
	}
	return true;
}

char *saml_logout_request(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			  const char *id, const char *issue_instant, const char *name_id,
			  const char *name_qualifier, const char *session_index)
{
	if (!logout_ok(sp, idp, id, issue_instant) || !present(name_id)) {
		log_error("saml logout: no NameID for the LogoutRequest");
		return NULL;
	}
	xmlDocPtr doc;
	xmlNodePtr root = new_root(&doc, NS_SAMLP, "samlp", "LogoutRequest");
	xmlNsPtr samlp = root->ns, saml = ns_decl(root, NS_SAML, "saml");
	protocol_attrs(root, id, issue_instant, slo_location(idp));
	add_sp_issuer(root, saml, our_entity(sp, idp));
	/* NameID exactly as the IdP gave it to us in the Assertion. */
	xmlNodePtr nid = add(root, saml, "NameID", name_id);
	attr(nid, "Format", NAMEID_TRANSIENT);
	attr(nid, "NameQualifier", present(name_qualifier) ? name_qualifier : idp->entity_id);
	if (present(session_index))
		add(root, samlp, "SessionIndex", session_index);
	return finish(a, doc);
}

char *saml_logout_response(struct arena *a, const struct saml_sp *sp, const struct idp *idp,
			   const char *id, const char *issue_instant, const char *in_response_to,
			   int success)
{
	if (!logout_ok(sp, idp, id, issue_instant) || !present(in_response_to)) {
		log_error("saml logout: no InResponseTo for the LogoutResponse");
		return NULL;
	}
	xmlDocPtr doc;
	xmlNodePtr root = new_root(&doc, NS_SAMLP, "samlp", "LogoutResponse");
	xmlNsPtr samlp = root->ns, saml = ns_decl(root, NS_SAML, "saml");
	protocol_attrs(root, id, issue_instant, slo_location(idp));
	attr(root, "InResponseTo", in_response_to);
	add_sp_issuer(root, saml, our_entity(sp, idp));
	xmlNodePtr st = add(root, samlp, "Status", NULL);
	attr(add(st, samlp, "StatusCode", NULL), "Value", success ? STATUS_SUCCESS : STATUS_RESPONDER);
	return finish(a, doc);
}

/* ---- demo IdP: Response ---------------------------------------------------------- */

static bool idp_params_ok(const struct idp_assertion *p)
{
	const char *need[] = { p->idp_entity_id, p->sp_entity_id, p->acs_url, p->in_response_to,
			       p->response_id, p->assertion_id, p->name_id };
	for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
		if (!present(need[i])) {
			log_error("saml idp response: missing field %zu", i);
			return false;
		}
	if (p->level < 1 || p->level > 3 || (p->level == 1 && !present(p->session_index)) ||
	    (p->nattrs && !p->attrs)) {
		log_error("saml idp response: bad level, session index or attributes");
		return false;
	}
	return true;
}

static void idp_issuer(xmlNodePtr parent, xmlNsPtr saml, const char *entity)
{
	attr(add(parent, saml, "Issuer", entity), "Format", NAMEID_ENTITY);
}

static void add_subject(struct arena *a, xmlNodePtr as, xmlNsPtr saml, const struct idp_assertion *p)
{
	xmlNodePtr subj = add(as, saml, "Subject", NULL);
	xmlNodePtr nid = add(subj, saml, "NameID", p->name_id);
	attr(nid, "Format", NAMEID_TRANSIENT);
	attr(nid, "NameQualifier", p->idp_entity_id);
	xmlNodePtr sc = add(subj, saml, "SubjectConfirmation", NULL);
	attr(sc, "Method", CM_BEARER);
	xmlNodePtr scd = add(sc, saml, "SubjectConfirmationData", NULL);
	attr(scd, "InResponseTo", p->in_response_to);
	attr(scd, "NotOnOrAfter", saml_instant(a, p->now + ASSERTION_LIFETIME));
	attr(scd, "Recipient", p->acs_url);
}

static void add_conditions(struct arena *a, xmlNodePtr as, xmlNsPtr saml,
			   const struct idp_assertion *p)
{
	xmlNodePtr c = add(as, saml, "Conditions", NULL);
	attr(c, "NotBefore", saml_instant(a, p->now));
	attr(c, "NotOnOrAfter", saml_instant(a, p->now + ASSERTION_LIFETIME));
	add(add(c, saml, "AudienceRestriction", NULL), saml, "Audience", p->sp_entity_id);
}

/* SessionIndex only at level 1: SPID L2/L3 logins leave no IdP session. */
static void add_authn(struct arena *a, xmlNodePtr as, xmlNsPtr saml, const struct idp_assertion *p)
{
	xmlNodePtr st = add(as, saml, "AuthnStatement", NULL);
	attr(st, "AuthnInstant", saml_instant(a, p->now));
	if (p->level == 1)
		attr(st, "SessionIndex", p->session_index);
	add(add(st, saml, "AuthnContext", NULL), saml, "AuthnContextClassRef", level_uri(a, p->level));
}

static void add_attributes(xmlNodePtr as, xmlNsPtr saml, xmlNsPtr xsi, const struct idp_assertion *p)
{
	if (!p->nattrs)
		return;
	xmlNodePtr stmt = add(as, saml, "AttributeStatement", NULL);
	for (size_t i = 0; i < p->nattrs; i++) {
		xmlNodePtr at = add(stmt, saml, "Attribute", NULL);
		attr(at, "Name", p->attrs[i].name);
		attr(at, "NameFormat", ATTRNAME_BASIC);
		xmlNodePtr v = add(at, saml, "AttributeValue", p->attrs[i].value);
		xmlNewNsProp(v, xsi, BAD_CAST "type", BAD_CAST "xs:string");
	}
}

/* The Assertion declares xs and xsi itself, so that it stays meaningful
 * once canonicalised alone for its signature. */
static void add_assertion(struct arena *a, xmlNodePtr resp, xmlNsPtr saml, const char *now,
			  const struct idp_assertion *p)
{
	xmlNodePtr as = add(resp, saml, "Assertion", NULL);
	ns_decl(as, NS_XS, "xs");
	xmlNsPtr xsi = ns_decl(as, NS_XSI, "xsi");
	attr(as, "ID", p->assertion_id);
	attr(as, "Version", "2.0");
	attr(as, "IssueInstant", now);
	idp_issuer(as, saml, p->idp_entity_id);
	add_subject(a, as, saml, p);
	add_conditions(a, as, saml, p);
	add_authn(a, as, saml, p);
	add_attributes(as, saml, xsi, p);
}

char *saml_idp_response(struct arena *a, const struct idp_assertion *p, const struct saml_key *k)
{
	const char *now = saml_instant(a, p->now);
	if (!idp_params_ok(p) || !now)
		return NULL;
	xmlDocPtr doc;
	xmlNodePtr root = new_root(&doc, NS_SAMLP, "samlp", "Response");
	xmlNsPtr samlp = root->ns, saml = ns_decl(root, NS_SAML, "saml");
	protocol_attrs(root, p->response_id, now, p->acs_url);
	attr(root, "InResponseTo", p->in_response_to);
	idp_issuer(root, saml, p->idp_entity_id);
	attr(add(add(root, samlp, "Status", NULL), samlp, "StatusCode", NULL), "Value",
	     STATUS_SUCCESS);
	add_assertion(a, root, saml, now, p);
	/* Assertion first: the Response signature then covers the signed Assertion. */
	char *xml = finish(a, doc);
	xml = xml ? saml_sign(a, xml, p->assertion_id, k) : NULL;
	return xml ? saml_sign(a, xml, p->response_id, k) : NULL;
}

/* ---- demo IdP: reading an AuthnRequest ------------------------------------------- */

static bool is_el(xmlNodePtr n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST ns) &&
	       xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNodePtr child_el(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (is_el(c, ns, name))
			return c;
	return NULL;
}

/* An attribute's value in the arena, or NULL when absent. */
static const char *attr_dup(struct arena *a, xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
	if (!v)
		return NULL;
	char *s = arena_strdup(a, (const char *)v);
	xmlFree(v);
	return s;
}

/* All the element's text (never just the first node), XML whitespace trimmed. */
static const char *text_dup(struct arena *a, xmlNodePtr n)
{
	xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
	if (!v)
		return NULL;
	const char *s = (const char *)v, *e = s + strlen(s);
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		e--;
	char *d = arena_strndup(a, s, (size_t)(e - s));
	xmlFree(v);
	return d;
}

static int parse_comparison(const char *s, enum saml_comparison *out)
{
	if (!s)
		s = "exact";                    /* the SAML default */
	for (int c = CMP_EXACT; c <= CMP_MAXIMUM; c++)
		if (strcmp(s, comparison_name((enum saml_comparison)c)) == 0) {
			*out = (enum saml_comparison)c;
			return 0;
		}
	return -1;
}

static int parse_level(const char *uri)
{
	size_t n = strlen(SPID_LEVEL_URI);
	if (!uri || strncmp(uri, SPID_LEVEL_URI, n) != 0 || uri[n] < '1' || uri[n] > '3' ||
	    uri[n + 1])
		return -1;
	return uri[n] - '0';
}

/* The same safe parse as for responses: no network, no entities, no DTD. */
static xmlDocPtr parse_untrusted(const char *xml, size_t len)
{
	if (len == 0 || len > READ_MAX_XML)
		return NULL;
	xmlDocPtr doc = xmlReadMemory(xml, (int)len, "request.xml", NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc && (doc->intSubset || doc->extSubset)) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

static int read_request(struct arena *a, xmlNodePtr root, struct authn_seen *out)
{
	if (!is_el(root, NS_SAMLP, "AuthnRequest"))
		return -1;
	out->id = attr_dup(a, root, "ID");
	out->destination = attr_dup(a, root, "Destination");
	out->issue_instant = attr_dup(a, root, "IssueInstant");
	out->acs_url = attr_dup(a, root, "AssertionConsumerServiceURL");
	out->issuer = text_dup(a, child_el(root, NS_SAML, "Issuer"));
	xmlNodePtr rac = child_el(root, NS_SAMLP, "RequestedAuthnContext");
	const char *cmp = rac ? attr_dup(a, rac, "Comparison") : NULL;
	out->level = parse_level(text_dup(a, child_el(rac, NS_SAML, "AuthnContextClassRef")));
	if (!present(out->id) || !present(out->issuer) || !present(out->issue_instant) ||
	    out->level < 0 || parse_comparison(cmp, &out->comparison) < 0)
		return -1;
	return 0;
}

int saml_authn_request_read(struct arena *a, const char *xml, size_t len, struct authn_seen *out)
{
	memset(out, 0, sizeof(*out));
	xmlDocPtr doc = parse_untrusted(xml, len);
	if (!doc) {
		log_warn("saml authn read: not well-formed, too large, or with a DTD");
		return -1;
	}
	int rc = read_request(a, xmlDocGetRootElement(doc), out);
	xmlFreeDoc(doc);
	if (rc < 0)
		log_warn("saml authn read: not an AuthnRequest with ID, Issuer, instant and level");
	return rc;
}
