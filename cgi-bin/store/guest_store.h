/* guest_store.h - segnalazioni filed without SPID/CIE (Cases.GuestReports):
 * the draft kept until the guest follows the link e-mailed to them (within
 * a day), the rate limits per client address and per e-mail (counted in
 * SQL, race-safe), the private tracking token (the same link), and joining
 * the confirmed reports of an e-mail to a logged-in citizen who proves the
 * address is theirs. Tokens are stored as SHA-256 only. Returns 0 (or a
 * GUEST_* refusal), 1/0 for lookups, -1 after logging. */
#ifndef STORE_GUEST_STORE_H
#define STORE_GUEST_STORE_H

#include <stddef.h>

struct arena;
struct db;
struct case_fields;

enum guest_refusal {
	GUEST_LIMITED = 1,   /* too many attempts this hour from the address or for the e-mail */
	GUEST_GONE,          /* no such report, or its confirmation expired */
};

/* A new guest report as a draft with the e-mail MAIL_* (the confirmation
 * link of TOKEN) queued: 0, GUEST_LIMITED (the attempt is counted, nothing
 * else is kept), -1. */
struct guest_report {
	const char *code, *token, *name, *email, *client;
	const struct case_fields *f;
	int per_hour_client, per_hour_email;
	const char *mail_subject, *mail_body;
};
int guest_report_new(struct db *db, struct arena *a, const struct guest_report *g);

/* The report of TOKEN: its case code, whether it is confirmed; an
 * unconfirmed one only until it expires. 1, 0, -1. */
struct guest_case {
	const char *code;
	int confirmed;
};
int guest_by_token(struct db *db, struct arena *a, const char *token, struct guest_case *out);

/* File the report of TOKEN (protocol, routing, due date, acknowledgement
 * MAIL_* to the guest), once: 0 (also when it was filed already),
 * GUEST_GONE, -1. */
int guest_confirm(struct db *db, struct arena *a, const char *token, const char *mail_subject,
		  const char *mail_body);

/* How many confirmed reports of EMAIL no citizen has joined yet: *N. */
int guest_unclaimed(struct db *db, struct arena *a, const char *email, long long *n);
/* A claim of EMAIL's reports by CITIZEN_ID, TOKEN sent by MAIL_* to EMAIL. */
int guest_claim_new(struct db *db, struct arena *a, const char *token, long long citizen_id,
		    const char *email, const char *mail_subject, const char *mail_body);
/* The e-mail of CITIZEN_ID's live claim TOKEN: 1 (*EMAIL), 0, -1. */
int guest_claim_get(struct db *db, struct arena *a, const char *token, long long citizen_id,
		    const char **email);
/* Join the confirmed unjoined reports of the claim to its citizen (the claim
 * is spent): *N of them; GUEST_GONE when the claim is not CITIZEN_ID's live one. */
int guest_claim(struct db *db, struct arena *a, const char *token, long long citizen_id,
		long long *n);

#endif
