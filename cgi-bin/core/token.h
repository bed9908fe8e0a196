/* token.h - unguessable tokens (session ids, CSRF tokens, RelayState, SAML
 * IDs) from OpenSSL's CSPRNG, their SHA-256 for storage, and constant-time
 * comparison. */
#ifndef CORE_TOKEN_H
#define CORE_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* NBYTES random bytes as base64url without padding (32 bytes -> 43 chars). */
char *token_new(struct arena *a, size_t nbytes);
/* NBYTES random bytes as lowercase hex. */
char *token_hex(struct arena *a, size_t nbytes);
/* SHA-256 of S (or of LEN bytes at DATA) as 64 lowercase hex characters (arena). */
char *token_sha256_hex(struct arena *a, const char *s);
char *token_sha256_hex_data(struct arena *a, const void *data, size_t len);
/* HMAC-SHA256 of MSG under KEY as 64 lowercase hex characters (arena), NULL on error:
 * a value the browser carries back and must not be able to forge. */
char *token_hmac_hex(struct arena *a, const char *key, const char *msg);
/* A public case code: 12 characters from an alphabet without look-alikes
 * (about 59 bits) drawn with the CSPRNG, so one code tells nothing of others. */
char *token_case_code(struct arena *a);
/* A uniformly random number in [0, BOUND) (BOUND > 0), for shuffles. */
unsigned token_uniform(unsigned bound);
/* Equal strings, compared in time independent of where they differ. */
bool token_equal(const char *a, const char *b);

#endif
