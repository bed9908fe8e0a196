/* saml_store.c - see saml_store.h. */
#include "saml_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"

int saml_request_insert(struct db *db, const struct saml_pending *p)
{
	static const char sql[] =
		"INSERT INTO saml_requests (id, relay_state, browser_hash, federation, idp_entity_id, "
		"level, comparison, next_path, issue_instant, expires_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3) + INTERVAL ? SECOND)";
	return db_exec(db, sql, "sssssisssi", p->id, p->relay_state, p->browser_hash, p->federation,
		       p->idp_entity_id, p->level, p->comparison, p->next_path, p->issue_instant,
		       p->ttl_seconds);
}

static void pending_read(const struct db_rows *rows, struct saml_pending *p)
{
	const char *issued = db_get(rows, 0, "issue_unix");
	p->id = db_get(rows, 0, "id");
	p->relay_state = db_get(rows, 0, "relay_state");
	p->browser_hash = db_get(rows, 0, "browser_hash");
	p->federation = db_get(rows, 0, "federation");
	p->idp_entity_id = db_get(rows, 0, "idp_entity_id");
	p->level = db_get_int(rows, 0, "level");
	p->comparison = db_get(rows, 0, "comparison");
	p->next_path = db_get(rows, 0, "next_path");
	p->issue_unix = issued ? strtod(issued, NULL) : 0;
	p->live = db_get_int(rows, 0, "live") != 0;
}

int saml_request_by_relay(struct db *db, struct arena *a, const char *relay_state,
			  struct saml_pending *p, bool *found)
{
	static const char sql[] =
		"SELECT id, relay_state, browser_hash, federation, idp_entity_id, level, comparison, "
		"next_path, UNIX_TIMESTAMP(issue_instant) AS issue_unix, "
		"consumed_at IS NULL AND expires_at > NOW(3) AS live "
		"FROM saml_requests WHERE relay_state = ?";
	struct db_rows rows;
	memset(p, 0, sizeof *p);
	*found = false;
	if (db_query(db, a, &rows, sql, "s", relay_state) < 0)
		return -1;
	if (rows.nrows != 1)
		return 0;
	pending_read(&rows, p);
	*found = true;
	return 0;
}

int saml_request_consume(struct db *db, const char *id, int *used)
{
	static const char sql[] = "UPDATE saml_requests SET consumed_at = NOW(3) "
				  "WHERE id = ? AND consumed_at IS NULL";
	if (db_exec(db, sql, "s", id) < 0)
		return -1;
	*used = db_affected_rows(db) == 1;
	return 0;
}

int saml_assertion_remember(struct db *db, const char *assertion_id, const char *idp_entity_id,
			    double expires, int *replay)
{
	static const char sql[] = "INSERT INTO saml_assertions (assertion_id, idp_entity_id, expires_at) "
				  "VALUES (?, ?, FROM_UNIXTIME(?) + INTERVAL 5 MINUTE)";
	char when[32];
	snprintf(when, sizeof when, "%.3f", expires);
	*replay = 0;
	if (db_exec(db, sql, "sss", assertion_id, idp_entity_id, when) == 0)
		return 0;
	if (db_errno(db) == 1062) {
		*replay = 1;
		return 0;
	}
	return -1;
}

int auth_log_write(struct db *db, const struct auth_log_entry *e)
{
	static const char sql[] =
		"INSERT INTO auth_log (at, event, federation, idp_entity_id, request_id, "
		"request_instant, response_id, response_instant, response_issuer, assertion_id, "
		"subject, subject_qualifier, level, fiscal_code, reason, remote_addr) "
		"VALUES (NOW(3), ?, ?, ?, LEFT(?, 64), LEFT(?, 40), LEFT(?, 128), LEFT(?, 40), "
		"LEFT(?, 1024), LEFT(?, 128), LEFT(?, 255), LEFT(?, 1024), NULLIF(?, 0), ?, "
		"LEFT(?, 255), ?)";
	return db_exec(db, sql, "sssssssssssisss", e->event, e->federation, e->idp_entity_id,
		       e->request_id, e->request_instant, e->response_id, e->response_instant,
		       e->response_issuer, e->assertion_id, e->subject, e->subject_qualifier,
		       e->level, e->fiscal_code, e->reason, e->remote_addr);
}
