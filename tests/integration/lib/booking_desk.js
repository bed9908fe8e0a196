'use strict';
// Booking offices and confirmed appointments made as root for the counter's
// tests (integration and browser): an office open every day 00:00-23:59 with
// 30-minute slots, 2 desks and no cut-off, delivering SERVICE.
const crypto = require('node:crypto');
const { sql, sqlValue, q } = require('./cases');

const SERVICE = 'carta-identita-elettronica';

function officeIdOf(slug) {
	return sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
}

// A new office SLUG (its name: NAME) open all day: its id.
function makeOffice(slug, name) {
	sql(`INSERT INTO offices (slug, name, summary, description, address, opening_hours)
		VALUES (${q(slug)}, ${q(name)}, 'Prova', 'Prova', 'Piazza Prova 1', '')`);
	const id = officeIdOf(slug);
	sql(`INSERT INTO booking_offices (office_id, slot_minutes, desks, horizon_days, cutoff_hours) VALUES (${id}, 30, 2, 60, 0);
		INSERT INTO booking_hours (office_id, weekday, opens, closes)
		SELECT ${id}, d, '00:00', '23:59' FROM (SELECT 1 d UNION SELECT 2 UNION SELECT 3 UNION SELECT 4
			UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) w;
		INSERT INTO booking_services (office_id, service_id) SELECT ${id}, id FROM services WHERE slug = ${q(SERVICE)}`);
	return id;
}

const RUN = crypto.randomBytes(3).toString('hex');
let seq = 0;
// A booking of office OFFICE (id) at START ("YYYY-MM-DD HH:MM"): { code, email }.
function book(office, start, { name = 'Maria Rossi', email, confirmed = 'NOW()', created = 'NOW()',
	attendance = 'expected', status = 'confirmed', service = SERVICE } = {}) {
	const n = ++seq;
	const code = `d${RUN}${String(n).padStart(5, '0')}`;
	const mail = email || `desk-${code}@example.org`;
	sql(`INSERT INTO bookings (code, flow_hash, office_id, service_id, start_at, end_at, status, hold_expires,
		name, email, created_at, confirmed_at, attendance) VALUES (${q(code)}, SHA2(${q(code)}, 256), ${office},
		(SELECT id FROM services WHERE slug = ${q(service)}), ${q(start)}, ${q(start)} + INTERVAL 30 MINUTE,
		${q(status)}, NOW(), ${q(name)}, ${q(mail)}, ${created}, ${confirmed}, ${q(attendance)})`);
	return { code, email: mail };
}

// The database's today (plus DAYS), YYYY-MM-DD.
const today = (days = 0) => sqlValue(`SELECT DATE_FORMAT(CURDATE() + INTERVAL ${Number(days)} DAY, '%Y-%m-%d')`);

module.exports = { SERVICE, makeOffice, book, officeIdOf, today };
