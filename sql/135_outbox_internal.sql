-- 135_outbox_internal.sql - the staff's own notices (mail/staff_notices.c)
-- wait behind what the citizens are told: a burst of notices (a busy morning
-- of new cases in a large office) must never delay a citizen's
-- acknowledgement or booking confirmation. The notifier takes the due rows
-- citizens' first, then by age.
ALTER TABLE outbox
  ADD COLUMN internal BOOLEAN NOT NULL DEFAULT FALSE AFTER case_id;
