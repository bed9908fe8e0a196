/* token.c - see token.h. A failing CSPRNG aborts the worker: no token is
 * better than a guessable one. */
#include "token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "log.h"

static void random_bytes(unsigned char *buf, size_t n)
{
	if (RAND_bytes(buf, (int)n) != 1) {
		log_error("RAND_bytes failed");
		abort();
	}
}

char *token_new(struct arena *a, size_t nbytes)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	unsigned char buf[64];
	if (nbytes > sizeof buf)
		abort();
	random_bytes(buf, nbytes);
	char *out = arena_alloc(a, nbytes * 4 / 3 + 4), *o = out;
	unsigned acc = 0;
	int bits = 0;
	for (size_t i = 0; i < nbytes; i++) {
		acc = acc << 8 | buf[i];
		bits += 8;
		while (bits >= 6) {
			bits -= 6;
			*o++ = alphabet[(acc >> bits) & 63];
		}
	}
	if (bits)
		*o++ = alphabet[(acc << (6 - bits)) & 63];
	*o = '\0';
	OPENSSL_cleanse(buf, sizeof buf);
	return out;
}

char *token_hex(struct arena *a, size_t nbytes)
{
	unsigned char buf[64];
	if (nbytes > sizeof buf)
		abort();
	random_bytes(buf, nbytes);
	char *out = arena_alloc(a, nbytes * 2 + 1);
	for (size_t i = 0; i < nbytes; i++)
		snprintf(out + 2 * i, 3, "%02x", buf[i]);
	return out;
}

char *token_sha256_hex(struct arena *a, const char *s)
{
	return token_sha256_hex_data(a, s, strlen(s));
}

static char *hex32(struct arena *a, const unsigned char md[32])
{
	char *out = arena_alloc(a, 65);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return out;
}

char *token_sha256_hex_data(struct arena *a, const void *data, size_t n)
{
	unsigned char md[32];
	unsigned len = sizeof md;
	EVP_Digest(data, n, md, &len, EVP_sha256(), NULL);
	return hex32(a, md);
}

char *token_hmac_hex(struct arena *a, const char *key, const char *msg)
{
	unsigned char md[32];
	unsigned len = sizeof md;
	if (!HMAC(EVP_sha256(), key, (int)strlen(key), (const unsigned char *)msg, strlen(msg), md, &len))
		return NULL;
	return hex32(a, md);
}

unsigned token_uniform(unsigned bound)
{
	unsigned limit = 0xFFFFFFFFu - 0xFFFFFFFFu % bound, v;
	do    /* rejection sampling: no modulo bias */
		random_bytes((unsigned char *)&v, sizeof v);
	while (v >= limit);
	return v % bound;
}

char *token_case_code(struct arena *a)
{
	static const char alphabet[] = "23456789abcdefghjkmnpqrstvwxyz";
	char *c = arena_alloc(a, 13);
	for (int i = 0; i < 12; i++)
		c[i] = alphabet[token_uniform(sizeof alphabet - 1)];
	c[12] = '\0';
	return c;
}

bool token_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la != lb)
		return false;
	return CRYPTO_memcmp(a, b, la) == 0;
}
