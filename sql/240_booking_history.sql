-- 240_booking_history.sql - appointment booking's leftovers (issue 10): the
-- settings an office had before each change, so that the managers' figures of
-- a past period count the seats of the hours then in force, and the token of
-- the reminder's links.
--
-- booking_settings_past: one row per office and period of days the settings
--   were in force (valid_from NULL: since the office took appointments), with
--   their slot length and desks; booking_hours_past its weekly hours. A save
--   of the settings (desk_settings_save, under the office row's exclusive
--   lock) first copies the settings it replaces with valid_to = yesterday,
--   once a day: a day's seats are counted by the settings it ended with (the
--   latest of today are the current ones), so the past never changes again.
--   Why periods rather than a snapshot of the seats per day: a period costs a
--   row per change (a day table would need every past day from the office's
--   first one written at the first change), and the seats of any period are
--   still computed by the calendar's own rule (holidays, closures, slot grid),
--   the same code that shows the citizens the slots.
-- bookings.reminder_hash: the SHA-256 of the token of the reminder's links
--   (the notifier makes one per reminder: the confirmation's token is stored
--   only as its hash). It opens the appointment like cancel_hash; a move
--   clears it with the other links of the earlier e-mails.
CREATE TABLE booking_settings_past (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	office_id INT UNSIGNED NOT NULL,
	valid_from DATE NULL,
	valid_to DATE NOT NULL,
	slot_minutes SMALLINT UNSIGNED NOT NULL,
	desks TINYINT UNSIGNED NOT NULL,
	UNIQUE KEY booking_settings_past_day (office_id, valid_to),
	CONSTRAINT fk_booking_settings_past_office FOREIGN KEY (office_id)
		REFERENCES booking_offices(office_id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE booking_hours_past (
	past_id INT UNSIGNED NOT NULL,
	weekday TINYINT UNSIGNED NOT NULL,
	opens TIME NOT NULL,
	closes TIME NOT NULL,
	PRIMARY KEY (past_id, weekday, opens),
	CONSTRAINT fk_booking_hours_past FOREIGN KEY (past_id)
		REFERENCES booking_settings_past(id) ON DELETE CASCADE
) ENGINE=InnoDB;

ALTER TABLE bookings ADD COLUMN reminder_hash CHAR(64) NULL;
