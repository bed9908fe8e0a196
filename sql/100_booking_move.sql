-- 100_booking_move.sql - appointments moved, reminded, and their calendar
-- file sent along with the e-mails (issue 10).
--
-- outbox.attachment*: one file that goes with the message (the .ics of a
--   booking's confirmation or move). Stored as it was when the message was
--   queued, like the body: the text and its calendar file tell the same time
--   even if the booking moves again before the notifier sends it, and the
--   notifier stays a courier that knows nothing of bookings. An .ics is about
--   1 KB, so storing it costs nothing worth saving.
-- bookings.reminded_at: when the reminder of the day before was queued. The
--   reminder job sets it with a conditional UPDATE in the transaction that
--   queues the e-mail, so two notifiers racing queue it once. A move clears
--   it: the new day gets its own reminder.
-- bookings.moved_at: when the citizen last moved the appointment.
ALTER TABLE outbox
  ADD COLUMN attachment_name VARCHAR(100) NULL,
  ADD COLUMN attachment_type VARCHAR(100) NULL,
  ADD COLUMN attachment MEDIUMTEXT NULL;

ALTER TABLE bookings
  ADD COLUMN reminded_at DATETIME NULL,
  ADD COLUMN moved_at DATETIME NULL,
  ADD KEY bookings_reminder (status, start_at, reminded_at);
