/* codec.h - the encodings SAML bindings use: base64, raw DEFLATE, and the
 * canonical percent-encoding of the HTTP-Redirect binding (everything but
 * A-Z a-z 0-9 - . _ ~, uppercase hex), so that the signed octets are exactly
 * the ones sent. Sizes are bounded: decoders refuse more than max_out bytes. */
#ifndef SAML_CODEC_H
#define SAML_CODEC_H

#include <stddef.h>

struct arena;

char *codec_b64_encode(struct arena *a, const void *data, size_t len);
/* Strict base64 (whitespace allowed between groups); NULL if invalid or too large. */
char *codec_b64_decode(struct arena *a, const char *s, size_t max_out, size_t *out_len);
/* Raw DEFLATE (windowBits -15). */
char *codec_deflate(struct arena *a, const void *data, size_t len, size_t *out_len);
char *codec_inflate(struct arena *a, const void *data, size_t len, size_t max_out, size_t *out_len);
char *codec_pct_encode(struct arena *a, const char *s);

#endif
