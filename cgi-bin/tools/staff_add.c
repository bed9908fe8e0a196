/* staff_add.c - creates a back-office account with a random password and a
 * TOTP secret, and prints both once (with the otpauth:// URI for an
 * authenticator app). Used by `make run` for the demo accounts; production
 * accounts are made the same way by an administrator.
 * Usage: staff-add SOCKET DB_USER PASSWORD_FILE DATABASE USERNAME ROLE "Display name"
 *        EMAIL [OFFICE_SLUG...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin/admin.h"
#include "core/arena.h"
#include "core/db.h"
#include "core/log.h"
#include "core/secret.h"
#include "core/token.h"
#include "store/staff_store.h"

int main(int argc, char **argv)
{
	log_init("staff-add");
	if (argc < 9) {
		fprintf(stderr, "usage: %s SOCKET DB_USER PASSWORD_FILE DATABASE USERNAME ROLE "
				"\"Display name\" EMAIL [OFFICE_SLUG...]\n", argv[0]);
		return 2;
	}
	char *password_db = secret_read(argv[3]);
	struct db_config cfg = { .socket = argv[1], .user = argv[2], .password = password_db,
				 .database = argv[4] };
	struct arena *a = arena_new();
	const char *password = token_new(a, 12);   /* 16 characters */
	char *secret = staff_totp_secret_new();
	char hash_buf[200];
	const char *hash = staff_password_hash(password, hash_buf, sizeof hash_buf) == 0 ? hash_buf : NULL;
	if (!secret || !hash) {
		fprintf(stderr, "staff-add: no randomness\n");
		free(secret);
		return 1;
	}
	struct db *db = db_open(&cfg);
	long long id = 0;
	int rc = 1;
	if (db_begin(db) == 0 &&
	    staff_insert(db, argv[5], argv[7], argv[8], argv[6], hash, secret, &id) == 0) {
		rc = 0;
		for (int i = 9; i < argc && rc == 0; i++)
			rc = staff_office_add(db, id, argv[i]) < 0 || db_affected_rows(db) != 1;
		rc = rc == 0 && db_commit(db) == 0 ? 0 : 1;
	}
	if (rc) {
		db_rollback(db);
		fprintf(stderr, "staff-add: cannot create %s (exists already, or an unknown office)\n",
			argv[5]);
	} else {
		printf("%s\t%s\t%s\totpauth://totp/Valdimonte:%s?secret=%s&issuer=Valdimonte\n", argv[5],
		       password, secret, argv[5], secret);
	}
	free(secret);
	db_close(db);
	free(password_db);
	arena_free(a);
	return rc;
}
