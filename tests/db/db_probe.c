/* db_probe.c - drives core/db.c through its public API, one command a line
 * on stdin, for tests/integration/db_transactions.test.js:
 *   begin | commit | rollback | insert TAG | count TAG | touch ID
 * Each answers one line on stdout: "COMMAND RC ERRNO [COUNT]".
 * The scratch table: probe_rows (id AUTO_INCREMENT, tag VARCHAR), made by the
 * test, with no unique key, so a statement run twice leaves two rows.
 * Usage: db_probe SOCKET USER PASSWORD_FILE DATABASE */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/db.h"
#include "core/log.h"
#include "core/secret.h"

static const char insert_sql[] = "INSERT INTO probe_rows (tag) VALUES (?)";
static const char count_sql[] = "SELECT COUNT(*) AS n FROM probe_rows WHERE tag = ?";
static const char touch_sql[] = "UPDATE probe_rows SET tag = tag WHERE id = ?";   /* locks the row */

static void command(struct db *db, struct arena *a, char *line)
{
	char *arg = strchr(line, ' ');
	if (arg)
		*arg++ = '\0';
	int rc = 0;
	long long n = -1;
	struct db_rows rows;
	if (strcmp(line, "begin") == 0) {
		rc = db_begin(db);
	} else if (strcmp(line, "commit") == 0) {
		rc = db_commit(db);
	} else if (strcmp(line, "rollback") == 0) {
		db_rollback(db);
	} else if (strcmp(line, "insert") == 0 && arg) {
		rc = db_exec(db, insert_sql, "s", arg);
	} else if (strcmp(line, "touch") == 0 && arg) {
		rc = db_exec(db, touch_sql, "L", atoll(arg));
	} else if (strcmp(line, "count") == 0 && arg) {
		rc = db_query(db, a, &rows, count_sql, "s", arg);
		if (rc == 0 && rows.nrows == 1)
			n = db_get_ll(&rows, 0, "n");
	} else {
		printf("%s unknown\n", line);
		return;
	}
	printf("%s %d %u %lld\n", line, rc, rc ? db_errno(db) : 0, n);
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: db_probe SOCKET USER PASSWORD_FILE DATABASE\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	log_init("db_probe");
	char *password = secret_read(argv[3]);
	struct db_config cfg = {
		.socket = argv[1], .user = argv[2], .password = password, .database = argv[4],
	};
	struct db *db = db_open(&cfg);
	struct arena *a = arena_new();
	char line[256];
	setvbuf(stdout, NULL, _IOLBF, 0);
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\r\n")] = '\0';
		command(db, a, line);
		arena_reset(a);
	}
	arena_free(a);
	db_close(db);
	free(password);
	return 0;
}
