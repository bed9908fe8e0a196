'use strict';
// Booking offices and confirmed appointments made as root for the counter's
// tests (integration and browser): an office open every day 00:00-23:59 with
// 30-minute slots (or SLOT), 2 desks and no cut-off, delivering SERVICE; and
// the slots of the database's clock, so that the tests hold at any hour.
const crypto = require('node:crypto');
const { sql, sqlValue, q } = require('./cases');

const SERVICE = 'carta-identita-elettronica';

function officeIdOf(slug) {
	return sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
}

// A new office SLUG (its name: NAME) open every day from OPENS to CLOSES, slots
// of SLOT minutes: its id.
function makeOffice(slug, name, slot = 30, opens = '00:00', closes = '23:59') {
	sql(`INSERT INTO offices (slug, name, summary, description, address, opening_hours)
		VALUES (${q(slug)}, ${q(name)}, 'Prova', 'Prova', 'Piazza Prova 1', '')`);
	const id = officeIdOf(slug);
	sql(`INSERT INTO booking_offices (office_id, slot_minutes, desks, horizon_days, cutoff_hours) VALUES (${id}, ${Number(slot)}, 2, 60, 0);
		INSERT INTO booking_hours (office_id, weekday, opens, closes)
		SELECT ${id}, d, ${q(opens)}, ${q(closes)} FROM (SELECT 1 d UNION SELECT 2 UNION SELECT 3 UNION SELECT 4
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

// Days the offices close whatever their hours (core/calendar.c: the national
// holidays, Easter Monday, the patron's day of conf/site.hdf), as MM-DD.
const FIXED_HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25',
	'12-26', '06-24'];
function easterMonday(y) {   // the Gregorian computus, then a day after
	const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
	const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
	const t = new Date(Date.UTC(y, month - 1, day + 1));
	return t.toISOString().slice(5, 10);
}
// The first day after today on which offices open: "tomorrow" for the tests
// that book ahead (on the eve of a holiday, the day after it).
function nextOpenDay() {
	for (let n = 1; ; n++) {
		const day = today(n);
		const md = day.slice(5);
		if (!FIXED_HOLIDAYS.includes(md) && md !== easterMonday(Number(day.slice(0, 4))))
			return day;
	}
}

// The start ("YYYY-MM-DD HH:MM") of the slot of SLOT minutes that holds the
// database's now plus MINUTES, slots counted from minute FROM of the day.
const slotAt = (minutes, slot = 30, from = 0) => sqlValue(`SELECT DATE_FORMAT(t - INTERVAL
	((HOUR(t) * 60 + MINUTE(t) - ${Number(from)}) % ${Number(slot)} + ${Number(slot)}) % ${Number(slot)} MINUTE,
	'%Y-%m-%d %H:%i') FROM (SELECT NOW() + INTERVAL ${Number(minutes) * 60} SECOND AS t) x`);
// Walk-in offices open at minute WALK_FROM of the database's hour until seven
// hours later at most (few enough 5-minute slots for a day's list, 96 at
// most), or until 23:59: their slots start at minutes 4, 9, ... 54, 59, so the
// day's last one is 23:54-23:59 (opening on the hour, it was 23:50-23:55).
const WALK_FROM = 4;
const hoursFromNow = () => sql(`SELECT DATE_FORMAT(NOW(), '%H:0${WALK_FROM}'),
	IF(HOUR(NOW()) >= 17, '23:59', DATE_FORMAT(NOW() + INTERVAL 7 HOUR, '%H:00'))`)[0];
// The first walk-in slot of SLOT minutes starting at least half a minute from now.
const nextSlot = (slot) => slotAt(0.5 + slot, slot, WALK_FROM);
// A walk-in slot that ended MINUTES ago at most.
const pastSlot = (minutes, slot) => slotAt(-minutes, slot, WALK_FROM);

// Walk-ins take a slot of today still to come: with fewer than MINUTES left in
// the database's day, wait for the next one (at most MINUTES and a second,
// within the runner's 600 s a file: with 8, the tests start by 23:52 and the
// day's last walk-in slot, 23:54, is still to come a minute later).
async function dayWithMinutesLeft(minutes) {
	const left = Number(sqlValue('SELECT TIME_TO_SEC(TIMEDIFF(\'24:00:00\', CURTIME()))'));
	if (left < minutes * 60)
		await new Promise((done) => setTimeout(done, (left + 1) * 1000));
}

module.exports = {
	SERVICE, makeOffice, book, officeIdOf, today, nextOpenDay, slotAt, nextSlot, pastSlot, hoursFromNow,
	dayWithMinutesLeft,
};
