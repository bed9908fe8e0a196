/* staff_auth.c - the factors of a staff login, with maintained libraries:
 * Argon2id (libargon2) for passwords, TOTP RFC 6238 (liboath) for codes. */
#include "admin.h"

#include <argon2.h>
#include <liboath/oath.h>
#include <openssl/rand.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int staff_password_ok(const char *encoded, const char *password)
{
	if (!encoded || !password || strncmp(encoded, "$argon2id$", 10) != 0)
		return 0;
	return argon2id_verify(encoded, password, strlen(password)) == ARGON2_OK;
}

long long staff_totp_step(const char *secret_b32, const char *code)
{
	if (!secret_b32 || !code || strlen(code) != 6 || strspn(code, "0123456789") != 6)
		return -1;
	static int inited;
	if (!inited && oath_init() == OATH_OK)
		inited = 1;
	char *secret = NULL;
	size_t len = 0;
	if (oath_base32_decode(secret_b32, strlen(secret_b32), &secret, &len) != OATH_OK)
		return -1;
	uint64_t counter = 0;
	int pos = 0;
	int rc = oath_totp_validate3(secret, len, time(NULL), 30, 0, 1, &pos, &counter, code);
	free(secret);
	return rc >= 0 ? (long long)counter : -1;
}

/* OWASP's Argon2id floor: 19 MiB, 2 passes, 1 lane. */
int staff_password_hash(const char *password, char *out, size_t size)
{
	unsigned char salt[16];
	if (!password || RAND_bytes(salt, sizeof salt) != 1 ||
	    argon2id_hash_encoded(2, 19456, 1, password, strlen(password), salt, sizeof salt, 32,
				  out, size) != ARGON2_OK)
		return -1;
	return 0;
}

char *staff_totp_secret_new(void)
{
	unsigned char raw[20];
	char *secret = NULL;
	size_t len = 0;
	if (RAND_bytes(raw, sizeof raw) != 1 || oath_init() != OATH_OK ||
	    oath_base32_encode((const char *)raw, sizeof raw, &secret, &len) != OATH_OK)
		return NULL;
	return secret;
}
