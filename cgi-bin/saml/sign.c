/* sign.c - see sign.h. Our key is held twice: as an xmlSecKey (with its
 * certificate, so that xmlsec writes <ds:X509Certificate> itself) for XML
 * signatures, and as an EVP_PKEY for the HTTP-Redirect binding, whose
 * signature is over query-string octets rather than XML. */
#include "saml/sign.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include "core/arena.h"
#include "core/log.h"
#include "saml/codec.h"

#define SAML_ASSERTION_NS "urn:oasis:names:tc:SAML:2.0:assertion"
#define SIG_MAX_BYTES 1024          /* RSA-8192: anything longer is not ours to check */
#define SIGN_MAX_XML (4u << 20)     /* what we sign is ours, but stay within int */

struct saml_key {
	xmlSecKeyPtr xkey;
	EVP_PKEY *pkey;
	char *cert_b64;
};

/* ---- loading ------------------------------------------------------------ */

static EVP_PKEY *read_private_key(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		log_error("saml key: cannot open %s", path);
		return NULL;
	}
	EVP_PKEY *k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
	fclose(f);
	if (!k)
		log_error("saml key: %s is not a PEM private key", path);
	return k;
}

static X509 *read_cert(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		log_error("saml key: cannot open %s", path);
		return NULL;
	}
	X509 *c = PEM_read_X509(f, NULL, NULL, NULL);
	fclose(f);
	if (!c)
		log_error("saml key: %s is not a PEM certificate", path);
	return c;
}

/* SPID wants RSA of at least 2048 bits, and the key must be the
 * certificate's, or the metadata would announce a key we do not sign with. */
static bool key_acceptable(EVP_PKEY *k, X509 *c)
{
	if (EVP_PKEY_get_base_id(k) != EVP_PKEY_RSA || EVP_PKEY_get_bits(k) < 2048) {
		log_error("saml key: need an RSA key of at least 2048 bits");
		return false;
	}
	if (X509_check_private_key(c, k) != 1) {
		log_error("saml key: the certificate does not match the private key");
		return false;
	}
	return true;
}

/* The DER certificate as one base64 line, heap-allocated (the key outlives
 * every request arena). */
static char *cert_der_b64(X509 *c)
{
	unsigned char *der = NULL;
	int n = i2d_X509(c, &der);
	if (n <= 0)
		return NULL;
	char *s = malloc((size_t)(n + 2) / 3 * 4 + 1);
	if (!s)
		abort();
	EVP_EncodeBlock((unsigned char *)s, der, n);
	OPENSSL_free(der);
	return s;
}

static xmlSecKeyPtr load_xmlsec_key(const char *key_path, const char *cert_path)
{
	xmlSecKeyPtr k = xmlSecCryptoAppKeyLoad(key_path, xmlSecKeyDataFormatPem, NULL, NULL, NULL);
	if (!k) {
		log_error("saml key: xmlsec cannot load %s", key_path);
		return NULL;
	}
	if (xmlSecCryptoAppKeyCertLoad(k, cert_path, xmlSecKeyDataFormatPem) < 0) {
		log_error("saml key: xmlsec cannot load %s", cert_path);
		xmlSecKeyDestroy(k);
		return NULL;
	}
	return k;
}

struct saml_key *saml_key_load(const char *key_path, const char *cert_path)
{
	struct saml_key *k = calloc(1, sizeof(*k));
	if (!k)
		abort();
	X509 *cert = read_cert(cert_path);
	k->pkey = read_private_key(key_path);
	if (!cert || !k->pkey || !key_acceptable(k->pkey, cert))
		goto fail;
	k->cert_b64 = cert_der_b64(cert);
	k->xkey = load_xmlsec_key(key_path, cert_path);
	if (!k->cert_b64 || !k->xkey)
		goto fail;
	X509_free(cert);
	return k;
fail:
	X509_free(cert);
	saml_key_free(k);
	ERR_clear_error();
	return NULL;
}

void saml_key_free(struct saml_key *k)
{
	if (!k)
		return;
	if (k->xkey)
		xmlSecKeyDestroy(k->xkey);
	EVP_PKEY_free(k->pkey);
	free(k->cert_b64);
	free(k);
}

const char *saml_key_cert_b64(const struct saml_key *k)
{
	return k->cert_b64;
}

/* ---- enveloped XML signatures ------------------------------------------- */

/* Depth-first search for the element carrying ID="id" (our own document,
 * so the first match is the one we built). */
static xmlAttrPtr find_id_attr(xmlNodePtr n, const char *id)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlAttrPtr at = xmlHasNsProp(n, BAD_CAST "ID", NULL);
		if (at) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)at);
			bool hit = v && strcmp((const char *)v, id) == 0;
			xmlFree(v);
			if (hit)
				return at;
		}
		xmlAttrPtr below = find_id_attr(n->children, id);
		if (below)
			return below;
	}
	return NULL;
}

/* SAML's ID is not a DTD ID: tell libxml2 about it so "#id" resolves. */
static bool register_id(xmlDocPtr doc, xmlAttrPtr at, const char *id)
{
	xmlAttrPtr known = xmlGetID(doc, BAD_CAST id);
	if (known)
		return known == at;
	return xmlAddID(NULL, doc, BAD_CAST id, at) != NULL;
}

static xmlNodePtr issuer_child(xmlNodePtr el)
{
	for (xmlNodePtr c = el->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "Issuer") && c->ns &&
		    xmlStrEqual(c->ns->href, BAD_CAST SAML_ASSERTION_NS))
			return c;
	return NULL;
}

/* Schema order: the Signature comes right after <saml:Issuer>, or first
 * when the element has none (md:EntityDescriptor). */
static void place_signature(xmlNodePtr el, xmlNodePtr sig)
{
	xmlNodePtr issuer = issuer_child(el);
	if (issuer)
		xmlAddNextSibling(issuer, sig);
	else if (el->children)
		xmlAddPrevSibling(el->children, sig);
	else
		xmlAddChild(el, sig);
}

/* <ds:Signature> with exc-c14n, RSA-SHA256, one Reference "#id" with the
 * enveloped and exc-c14n transforms, and an empty X509Certificate that
 * xmlsec fills from the key. */
static xmlNodePtr signature_template(xmlDocPtr doc, const char *id)
{
	xmlNodePtr sig = xmlSecTmplSignatureCreateNsPref(doc, xmlSecTransformExclC14NId,
							 xmlSecTransformRsaSha256Id, NULL,
							 BAD_CAST "ds");
	if (!sig)
		return NULL;
	char uri[512];
	if (snprintf(uri, sizeof uri, "#%s", id) >= (int)sizeof uri)
		goto fail;
	xmlNodePtr ref = xmlSecTmplSignatureAddReference(sig, xmlSecTransformSha256Id, NULL,
							 BAD_CAST uri, NULL);
	if (!ref || !xmlSecTmplReferenceAddTransform(ref, xmlSecTransformEnvelopedId) ||
	    !xmlSecTmplReferenceAddTransform(ref, xmlSecTransformExclC14NId))
		goto fail;
	xmlNodePtr ki = xmlSecTmplSignatureEnsureKeyInfo(sig, NULL);
	xmlNodePtr x509 = ki ? xmlSecTmplKeyInfoAddX509Data(ki) : NULL;
	if (!x509 || !xmlSecTmplX509DataAddCertificate(x509))
		goto fail;
	return sig;
fail:
	xmlFreeNode(sig);
	return NULL;
}

static int sign_node(xmlNodePtr sig, const struct saml_key *k)
{
	xmlSecDSigCtxPtr ctx = xmlSecDSigCtxCreate(NULL);
	if (!ctx)
		return -1;
	ctx->signKey = xmlSecKeyDuplicate(k->xkey);
	int rc = ctx->signKey ? xmlSecDSigCtxSign(ctx, sig) : -1;
	xmlSecDSigCtxDestroy(ctx);
	return rc;
}

static char *dump_doc(struct arena *a, xmlDocPtr doc)
{
	xmlChar *mem = NULL;
	int size = 0;
	xmlDocDumpMemory(doc, &mem, &size);
	if (!mem)
		return NULL;
	char *s = arena_strndup(a, (const char *)mem, (size_t)size);
	xmlFree(mem);
	return s;
}

/* Sign the element of DOC carrying ID. 0 or -1 (logged). */
static int sign_element(xmlDocPtr doc, const char *id, const struct saml_key *k)
{
	xmlAttrPtr at = find_id_attr(xmlDocGetRootElement(doc), id);
	if (!at || !register_id(doc, at, id)) {
		log_error("saml sign: no unique element with ID %s", id);
		return -1;
	}
	xmlNodePtr sig = signature_template(doc, id);
	if (!sig) {
		log_error("saml sign: cannot build the signature template");
		return -1;
	}
	place_signature(at->parent, sig);
	if (sign_node(sig, k) < 0) {
		log_error("saml sign: xmlsec failed to sign %s", id);
		return -1;
	}
	return 0;
}

char *saml_sign(struct arena *a, const char *xml, const char *id, const struct saml_key *k)
{
	size_t len = xml ? strlen(xml) : 0;
	if (!len || len > SIGN_MAX_XML || !id || !*id || !k) {
		log_error("saml sign: bad input");
		return NULL;
	}
	/* No NOBLANKS: whitespace is part of what gets canonicalised. */
	xmlDocPtr doc = xmlReadMemory(xml, (int)len, "sign.xml", NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		log_error("saml sign: the document to sign is not well-formed");
		return NULL;
	}
	char *out = sign_element(doc, id, k) == 0 ? dump_doc(a, doc) : NULL;
	xmlFreeDoc(doc);
	return out;
}

/* ---- raw signatures (HTTP-Redirect) -------------------------------------- */

char *saml_sign_raw_b64(struct arena *a, const void *data, size_t len, const struct saml_key *k)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	unsigned char sig[SIG_MAX_BYTES];
	size_t siglen = sizeof sig;
	char *out = NULL;
	if (ctx && EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, k->pkey) == 1 &&
	    EVP_DigestSign(ctx, NULL, &siglen, data, len) == 1 && siglen <= sizeof sig &&
	    EVP_DigestSign(ctx, sig, &siglen, data, len) == 1)
		out = codec_b64_encode(a, sig, siglen);
	else
		log_error("saml sign: RSA-SHA256 signing failed");
	EVP_MD_CTX_free(ctx);
	ERR_clear_error();
	return out;
}

/* 1 if SIG verifies over DATA with the RSA key of the PEM certificate. */
static int verify_with_cert(const char *pem, const EVP_MD *md, const void *data, size_t len,
			    const unsigned char *sig, size_t siglen)
{
	BIO *bio = BIO_new_mem_buf(pem, -1);
	X509 *c = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
	BIO_free(bio);
	if (!c)
		return 0;
	EVP_PKEY *pub = X509_get0_pubkey(c);
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int ok = pub && ctx && EVP_PKEY_get_base_id(pub) == EVP_PKEY_RSA &&
		 EVP_DigestVerifyInit(ctx, NULL, md, NULL, pub) == 1 &&
		 EVP_DigestVerify(ctx, sig, siglen, data, len) == 1;
	EVP_MD_CTX_free(ctx);
	X509_free(c);
	return ok;
}

static const EVP_MD *sigalg_digest(const char *sigalg)
{
	static const struct {
		const char *uri;
		const EVP_MD *(*md)(void);
	} algs[] = {
		{ "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", EVP_sha256 },
		{ "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", EVP_sha384 },
		{ "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", EVP_sha512 },
	};
	for (size_t i = 0; sigalg && i < sizeof algs / sizeof algs[0]; i++)
		if (strcmp(sigalg, algs[i].uri) == 0)
			return algs[i].md();
	return NULL;
}

int saml_verify_raw_alg_b64(const char *sigalg, const void *data, size_t len, const char *sig_b64,
			    const char *const *certs_pem, size_t ncerts)
{
	const EVP_MD *md = sigalg_digest(sigalg);
	if (!md) {
		log_warn("saml verify: SigAlg not accepted");
		return -1;
	}
	/* A private arena: this function has no caller arena, and the decoded
	 * signature is at most SIG_MAX_BYTES. */
	struct arena *a = arena_new();
	size_t siglen = 0;
	const unsigned char *sig = (const unsigned char *)codec_b64_decode(a, sig_b64, SIG_MAX_BYTES,
									   &siglen);
	int rc = -1;
	for (size_t i = 0; sig && siglen && rc != 0 && i < ncerts; i++)
		if (certs_pem[i] && verify_with_cert(certs_pem[i], md, data, len, sig, siglen))
			rc = 0;
	arena_free(a);
	ERR_clear_error();
	return rc;
}

int saml_verify_raw_b64(const void *data, size_t len, const char *sig_b64,
			const char *const *certs_pem, size_t ncerts)
{
	return saml_verify_raw_alg_b64("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", data, len,
				       sig_b64, certs_pem, ncerts);
}
