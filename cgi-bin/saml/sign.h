/* sign.h - our signing keys and enveloped XML signatures (libxmlsec1,
 * OpenSSL backend): exc-c14n, RSA-SHA256, SHA-256 digest, one Reference to
 * "#ID", the Signature placed right after <Issuer> as the schemas require. */
#ifndef SAML_SIGN_H
#define SAML_SIGN_H

#include <stddef.h>

struct arena;
struct saml_key;

/* PEM private key and certificate files. NULL after logging on error. */
struct saml_key *saml_key_load(const char *key_path, const char *cert_path);
void saml_key_free(struct saml_key *k);
/* The certificate as one base64 line (DER), for <ds:X509Certificate>. */
const char *saml_key_cert_b64(const struct saml_key *k);

/* Sign the element of XML (a whole document) whose ID attribute is ID:
 * returns the signed document (arena), or NULL after logging. */
char *saml_sign(struct arena *a, const char *xml, const char *id, const struct saml_key *k);

/* RSA-SHA256 over DATA, base64 (arena): the HTTP-Redirect binding's Signature. */
char *saml_sign_raw_b64(struct arena *a, const void *data, size_t len, const struct saml_key *k);
/* Check a base64 RSA-SHA256 signature over DATA with one of the PEM certificates. 0 if valid. */
int saml_verify_raw_b64(const void *data, size_t len, const char *sig_b64,
			const char *const *certs_pem, size_t ncerts);
/* The same with the digest named by an HTTP-Redirect SigAlg URI: xmldsig-more#
 * rsa-sha256, rsa-sha384 or rsa-sha512; any other SigAlg is refused. */
int saml_verify_raw_alg_b64(const char *sigalg, const void *data, size_t len, const char *sig_b64,
			    const char *const *certs_pem, size_t ncerts);

#endif
