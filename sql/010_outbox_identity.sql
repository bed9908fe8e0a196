-- 010_outbox_identity.sql - a stable identity for each outbox message, and
-- claims that belong to one notifier.
--
-- message_key: made once with the row and never changed; the Message-ID of
--   every delivery of the row is <outbox-ID.KEY@domain>, so that a message
--   sent twice (the notifier died between the server's 250 and its mark) is
--   the same message to the mail systems and to the citizen's client, which
--   drop the second copy.
-- claim_token: the notifier that holds the row right now (random per claim,
--   '' when nobody does); only it renews the claim or records its failure.
-- attempts: from now on the deliveries started (counted when the row is
--   claimed, before sending), no longer the failures only.
ALTER TABLE outbox
  ADD COLUMN message_key CHAR(32) NOT NULL
      DEFAULT (LEFT(SHA2(CONCAT(UUID(), RAND()), 256), 32)) AFTER id,
  ADD COLUMN claim_token CHAR(32) NOT NULL DEFAULT '' AFTER attempts;

-- rows queued before this migration: a key of their own each
UPDATE outbox SET message_key = LEFT(SHA2(CONCAT(id, '.', UUID(), RAND()), 256), 32);
