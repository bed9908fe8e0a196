-- The notifier's scan of the staff's e-mails (mail/staff_notices.c, every
-- Notices.ScanSeconds) reads what is new since yesterday, not the history
-- (issue 12): at a million cases a scan that found nothing to send took
-- 55 s of MariaDB's CPU, reading every case's events for the citizens'
-- reopenings and every open case once per member of staff for the digest.
-- - the events of a kind by an author in time order: the new cases, the
--   citizens' replies and reopenings of the last day (about one event in
--   a thousand of five years');
-- - the case assignments of the audit log in time order;
-- - the verdicts and ratings of the last day.
ALTER TABLE case_events ADD KEY case_events_recent (kind, author, at);
ALTER TABLE audit_log ADD KEY audit_action_at (object_type, action, at);
ALTER TABLE case_verdicts ADD KEY case_verdicts_created (created_at);
ALTER TABLE case_ratings ADD KEY case_ratings_created (created_at);
