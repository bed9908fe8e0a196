/* outbox_store.h - the e-mail outbox: messages are written in the same
 * transaction as the change they tell about (outbox_enqueue) and delivered
 * later by the notifier, with retries, so none is lost while the mail server
 * is down.
 *
 * The guarantee: AT-LEAST-ONCE delivery with a STABLE IDENTITY. Every row is
 * delivered at least once; it may be delivered more than once (a notifier
 * killed between the server's 250 and outbox_sent(), or one that lost its
 * claim to a stalled database), but every delivery of a row carries the same
 * Message-ID, <outbox-ID.MESSAGE_KEY@domain>, MESSAGE_KEY being made once
 * with the row, so mail systems and clients can drop the repeat.
 *
 * Delivery protocol (notifier): outbox_due() lists what is due, oldest first;
 * before sending each one the notifier takes it with outbox_claim(), an
 * atomic compare-and-set on (attempts, next_attempt_at) that counts the
 * attempt, moves next_attempt_at past a lease and writes a claim token of its
 * own. While the send lasts, outbox_renew() pushes the lease on (only for
 * the token's holder), so another notifier, or this one restarted, re-takes
 * the row only once the holder has been silent for a whole lease. Then
 * outbox_sent() (only after the server accepted it) or outbox_failed() (only
 * by the holder of the claim). All return 0, or -1 after logging. */
#ifndef STORE_OUTBOX_STORE_H
#define STORE_OUTBOX_STORE_H

#include "core/db.h"

/* Queue a message for RECIPIENT (an addr-spec), due now. SUBJECT and BODY are
 * UTF-8 plain text; CASE_ID 0 means none. Runs in the caller's transaction,
 * if any. The row gets its message_key from the table's default. */
int outbox_enqueue(struct db *db, const char *recipient, const char *subject, const char *body,
		   long long case_id);

/* A file sent along with a message (an appointment's .ics): stored with the
 * row as it is when queued, like the body, so that both tell the same. */
struct outbox_file { const char *name, *type, *data; };
/* The same with FILE attached (NULL: none). */
int outbox_enqueue_file(struct db *db, const char *recipient, const char *subject,
			const char *body, long long case_id, const struct outbox_file *file);

/* A notice to staff: the same, delivered after the due messages to citizens. */
int outbox_enqueue_internal(struct db *db, const char *recipient, const char *subject,
			    const char *body, long long case_id);

/* Up to LIMIT unsent messages whose next attempt is due, citizens' first, then oldest first.
 * Columns: id, message_key, recipient, subject, body, attempts (deliveries
 * started so far), attachment_name, attachment_type, attachment (NULL: none). A row listed here may be taken by another notifier
 * meanwhile: send it only after outbox_claim(). */
int outbox_due(struct db *db, struct arena *a, int limit, struct db_rows *out);

/* Take message ID, listed with ATTEMPTS, for LEASE_SECONDS under TOKEN (this
 * claim's own random token): the attempt count becomes ATTEMPTS + 1.
 * *CLAIMED is 1 when this call took it, 0 when it was sent, failed or taken
 * since it was listed. */
int outbox_claim(struct db *db, long long id, int attempts, const char *token, int lease_seconds,
		 int *claimed);

/* Still sending message ID under TOKEN: the lease runs LEASE_SECONDS from now.
 * *HELD is 0 when the claim was lost (sent meanwhile, or re-taken by another
 * notifier after the lease ran out). */
int outbox_renew(struct db *db, long long id, const char *token, int lease_seconds, int *held);

/* The server accepted message ID (whoever holds the claim now). */
int outbox_sent(struct db *db, long long id);

/* Delivery under TOKEN failed: keep ERROR (cut to 300 characters), release the
 * claim and try again in NEXT_DELAY_SECONDS. Nothing changes when the claim
 * has passed to another notifier meanwhile. */
int outbox_failed(struct db *db, long long id, const char *token, const char *error,
		  int next_delay_seconds);

#endif
