-- 080_booking.sql - appointment booking ("Prenota un appuntamento", issue 10):
-- per office the weekly hours open to appointments, the slot length, the desks
-- (how many citizens are seen at once), the services it delivers, its
-- closures, how far ahead one may book (horizon) and until when (cut-off);
-- the bookings themselves.
--
-- Capacity is enforced by the store under a lock: booking_slots has one row
-- per (office, slot start) that the hold transaction creates if missing and
-- locks FOR UPDATE before counting the live bookings of that slot (confirmed,
-- or held and not yet expired) against the desks. An expired hold stops
-- counting at once (no sweeper needed): an abandoned flow frees its slot.
-- National holidays (Easter Monday included) and the patron saint's day
-- (Booking.PatronDay in conf/cases.hdf) are computed in C; booking_closures
-- holds the one-off closures (office_id NULL: every office).
CREATE TABLE booking_offices (
	office_id INT UNSIGNED NOT NULL PRIMARY KEY,
	slot_minutes SMALLINT UNSIGNED NOT NULL DEFAULT 20,
	desks TINYINT UNSIGNED NOT NULL DEFAULT 1,
	horizon_days SMALLINT UNSIGNED NOT NULL DEFAULT 60,
	cutoff_hours SMALLINT UNSIGNED NOT NULL DEFAULT 2,
	CONSTRAINT booking_offices_slot CHECK (slot_minutes BETWEEN 5 AND 240),
	CONSTRAINT booking_offices_desks CHECK (desks BETWEEN 1 AND 50),
	CONSTRAINT fk_booking_offices_office FOREIGN KEY (office_id) REFERENCES offices(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- weekday: 1 Monday ... 7 Sunday; several rows a day for a morning and an afternoon
CREATE TABLE booking_hours (
	office_id INT UNSIGNED NOT NULL,
	weekday TINYINT UNSIGNED NOT NULL,
	opens TIME NOT NULL,
	closes TIME NOT NULL,
	PRIMARY KEY (office_id, weekday, opens),
	CONSTRAINT booking_hours_day CHECK (weekday BETWEEN 1 AND 7),
	CONSTRAINT booking_hours_span CHECK (opens < closes),
	CONSTRAINT fk_booking_hours_office FOREIGN KEY (office_id) REFERENCES booking_offices(office_id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE booking_services (
	office_id INT UNSIGNED NOT NULL,
	service_id INT UNSIGNED NOT NULL,
	PRIMARY KEY (office_id, service_id),
	KEY booking_services_service (service_id),
	CONSTRAINT fk_booking_services_office FOREIGN KEY (office_id) REFERENCES booking_offices(office_id) ON DELETE CASCADE,
	CONSTRAINT fk_booking_services_service FOREIGN KEY (service_id) REFERENCES services(id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE booking_closures (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	office_id INT UNSIGNED NULL,
	day DATE NOT NULL,
	reason VARCHAR(160) NOT NULL DEFAULT '',
	KEY booking_closures_day (day, office_id),
	CONSTRAINT fk_booking_closures_office FOREIGN KEY (office_id) REFERENCES booking_offices(office_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the lock rows: one per (office, slot start) ever asked for
CREATE TABLE booking_slots (
	office_id INT UNSIGNED NOT NULL,
	start_at DATETIME NOT NULL,
	PRIMARY KEY (office_id, start_at)
) ENGINE=InnoDB;

-- flow_hash: SHA-256 of the hold's unguessable id (the URL of the flow);
-- verify_hash: of the e-mail link that confirms an anonymous booking;
-- cancel_hash: of the token of the cancel link. code: the public booking code.
CREATE TABLE bookings (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code CHAR(12) NOT NULL,
	flow_hash CHAR(64) NOT NULL,
	office_id INT UNSIGNED NOT NULL,
	service_id INT UNSIGNED NOT NULL,
	start_at DATETIME NOT NULL,
	end_at DATETIME NOT NULL,
	status ENUM('held','confirmed','cancelled') NOT NULL DEFAULT 'held',
	hold_expires DATETIME NOT NULL,
	citizen_id BIGINT UNSIGNED NULL,
	name VARCHAR(160) NOT NULL DEFAULT '',
	email VARCHAR(254) NOT NULL DEFAULT '',
	phone VARCHAR(40) NOT NULL DEFAULT '',
	reason VARCHAR(200) NOT NULL DEFAULT '',
	details TEXT NULL,
	verify_hash CHAR(64) NULL,
	cancel_hash CHAR(64) NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	confirmed_at DATETIME NULL,
	cancelled_at DATETIME NULL,
	UNIQUE KEY bookings_code (code),
	UNIQUE KEY bookings_flow (flow_hash),
	KEY bookings_slot (office_id, start_at, status),
	KEY bookings_citizen (citizen_id, start_at),
	CONSTRAINT fk_bookings_office FOREIGN KEY (office_id) REFERENCES booking_offices(office_id),
	CONSTRAINT fk_bookings_service FOREIGN KEY (service_id) REFERENCES services(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
