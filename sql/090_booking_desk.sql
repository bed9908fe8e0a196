-- 090_booking_desk.sql - the counter's side of appointment booking (issue
-- 10): who turned up (attendance, with when and by whom, and every change in
-- booking_attendance), appointments added by staff for a citizen at the
-- counter (walk_in), and why the office cancelled one (cancel_reason, e.g.
-- new opening hours: the citizen is told by e-mail).
ALTER TABLE bookings
	ADD COLUMN attendance ENUM('expected','arrived','no_show','done') NOT NULL DEFAULT 'expected',
	ADD COLUMN attendance_at DATETIME NULL,
	ADD COLUMN attendance_by INT UNSIGNED NULL,
	ADD COLUMN walk_in BOOLEAN NOT NULL DEFAULT FALSE,
	ADD COLUMN cancel_reason VARCHAR(200) NULL,
	-- the managers' figures read a period of confirmed bookings per office
	ADD KEY bookings_period (status, start_at, office_id, service_id),
	ADD CONSTRAINT fk_bookings_attendance_by FOREIGN KEY (attendance_by) REFERENCES staff(id);

CREATE TABLE booking_attendance (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	booking_id BIGINT UNSIGNED NOT NULL,
	attendance ENUM('expected','arrived','no_show','done') NOT NULL,
	at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	staff_id INT UNSIGNED NOT NULL,
	KEY booking_attendance_booking (booking_id, at),
	CONSTRAINT fk_booking_attendance_booking FOREIGN KEY (booking_id) REFERENCES bookings(id) ON DELETE CASCADE,
	CONSTRAINT fk_booking_attendance_staff FOREIGN KEY (staff_id) REFERENCES staff(id)
) ENGINE=InnoDB;
