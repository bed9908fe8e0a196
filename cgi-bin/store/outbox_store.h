/* outbox_store.h - the e-mail outbox: messages are written in the same
 * transaction as the change they tell about (outbox_enqueue) and delivered
 * later by the notifier, with retries, so none is lost while the mail server
 * is down.
 *
 * Delivery protocol (notifier): outbox_due() lists what is due, oldest first;
 * before sending each one the notifier takes it with outbox_claim(), an
 * atomic compare-and-set that moves next_attempt_at past a lease, so that
 * several notifiers never send the same row twice and a notifier that dies
 * mid-send only delays that one message until the lease ends. Then
 * outbox_sent() (only after the server accepted it) or outbox_failed().
 * All return 0, or -1 after logging. */
#ifndef STORE_OUTBOX_STORE_H
#define STORE_OUTBOX_STORE_H

#include "core/db.h"

/* Queue a message for RECIPIENT (an addr-spec), due now. SUBJECT and BODY are
 * UTF-8 plain text; CASE_ID 0 means none. Runs in the caller's transaction,
 * if any. */
int outbox_enqueue(struct db *db, const char *recipient, const char *subject, const char *body,
		   long long case_id);

/* Up to LIMIT unsent messages whose next attempt is due, oldest first.
 * Rows: id, recipient, subject, body, attempts. A row listed here may be
 * taken by another notifier meanwhile: send it only after outbox_claim(). */
int outbox_due(struct db *db, struct arena *a, int limit, struct db_rows *out);

/* Take message ID for LEASE_SECONDS (longer than one send can last): *CLAIMED
 * is 1 when this call took it, 0 when it was sent, failed or taken since it
 * was listed. */
int outbox_claim(struct db *db, long long id, int lease_seconds, int *claimed);

/* The server accepted message ID. */
int outbox_sent(struct db *db, long long id);

/* Delivery failed: count the attempt, keep ERROR (cut to 300 characters) and
 * try again in NEXT_DELAY_SECONDS. */
int outbox_failed(struct db *db, long long id, const char *error, int next_delay_seconds);

#endif
