/* saml_store.h - the Service Provider's SAML state: pending AuthnRequests
 * (bound to a browser, consumed once), the assertion replay cache and the
 * authentication register. Returns 0, or -1 after logging. */
#ifndef STORE_SAML_STORE_H
#define STORE_SAML_STORE_H

#include <stdbool.h>

struct arena;
struct db;

/* A pending AuthnRequest: what saml_request_insert writes, and what
 * saml_request_by_relay reads back for the ACS. */
struct saml_pending {
	const char *id, *relay_state, *browser_hash, *federation, *idp_entity_id;
	int level;
	const char *comparison, *next_path;
	const char *issue_instant;     /* written: "YYYY-MM-DD HH:MM:SS.mmm" UTC */
	int ttl_seconds;               /* written: how long it may be answered */
	double issue_unix;             /* read: the IssueInstant, Unix seconds with fraction */
	bool live;                     /* read: unexpired and not yet consumed */
};
int saml_request_insert(struct db *db, const struct saml_pending *p);
/* The request sent with RELAY_STATE, in *P (strings in arena A); *FOUND is
 * false when we sent none with it. */
int saml_request_by_relay(struct db *db, struct arena *a, const char *relay_state,
			  struct saml_pending *p, bool *found);
/* Mark the request used; *USED is 1 when this call consumed it, 0 if it was
 * already consumed (a second response for the same request). */
int saml_request_consume(struct db *db, const char *id, int *used);
/* Remember an accepted assertion ID until EXPIRES (Unix seconds); *REPLAY is 1
 * when it was already there. */
int saml_assertion_remember(struct db *db, const char *assertion_id, const char *idp_entity_id,
			    double expires, int *replay);

struct auth_log_entry {
	const char *event;             /* request, login, refused, idp-error, logout */
	const char *federation, *idp_entity_id;
	const char *request_id, *request_instant;
	const char *response_id, *response_instant, *response_issuer;
	const char *assertion_id, *subject, *subject_qualifier;
	int level;                     /* 0: unknown */
	const char *fiscal_code, *reason, *remote_addr;
};
int auth_log_write(struct db *db, const struct auth_log_entry *e);

#endif
