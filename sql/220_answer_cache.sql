-- 220_answer_cache.sql - the booking calendar's generation (issue 12): a counter that every
-- write changing an office's availability bumps in its own transaction, whoever writes
-- (the citizens' flow, the counter, the back office, SQL by hand), so that the cases
-- program's workers may keep a month's calendar and know with one primary-key read whether
-- it still holds (cgi-bin/cases/prenota_month_cache.c). What changes with the clock alone
-- (holds expiring, the cut-off, midnight) is bounded in time by the cache instead.
-- An update of a booking that leaves its office, slot, status and hold as they were (its
-- details, a reminder sent, the attendance) does not count: those are most of the writes.
CREATE TABLE booking_state (
	id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
	generation BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO booking_state (id, generation) VALUES (1, 1);

CREATE TRIGGER booking_state_bookings_ai AFTER INSERT ON bookings FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_bookings_ad AFTER DELETE ON bookings FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_bookings_au AFTER UPDATE ON bookings FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1
	WHERE id = 1 AND NOT (OLD.office_id <=> NEW.office_id AND OLD.start_at <=> NEW.start_at
		AND OLD.status <=> NEW.status AND OLD.hold_expires <=> NEW.hold_expires);

CREATE TRIGGER booking_state_offices_ai AFTER INSERT ON booking_offices FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_offices_au AFTER UPDATE ON booking_offices FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_offices_ad AFTER DELETE ON booking_offices FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_hours_ai AFTER INSERT ON booking_hours FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_hours_au AFTER UPDATE ON booking_hours FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_hours_ad AFTER DELETE ON booking_hours FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_services_ai AFTER INSERT ON booking_services FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_services_au AFTER UPDATE ON booking_services FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_services_ad AFTER DELETE ON booking_services FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_closures_ai AFTER INSERT ON booking_closures FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_closures_au AFTER UPDATE ON booking_closures FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER booking_state_closures_ad AFTER DELETE ON booking_closures FOR EACH ROW
	UPDATE booking_state SET generation = generation + 1 WHERE id = 1;
