'use strict';
// Appointments moved, their calendar file attached to the e-mails, and the
// reminder of the day before (issue 10), against the running stack with
// tests/fixtures/booking.sql: a move by the e-mail's token and by the
// session from the personal area, the slot just taken (by a hold, and by two
// moves racing for it; twelve for three desks), the cut-off, the CSRF token; the .eml the stack's
// SMTP sink received with a parseable text/calendar part; the reminder job
// run twice at once queues one reminder; its link cancels or moves (a move
// voids it).
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { Client, sql, sqlValue, q, mails } = require('./lib/cases');
const { TEST_VAR, sleep } = require('./lib/http');
const {
	ANAGRAFE, TRIBUTI, APPLICANT, visitor, freeSlots, hold, details, flowId, lastMail, live,
	bookAnonymously,
} = require('./lib/booking');

const ROOT = path.resolve(__dirname, '../..');
const icsTime = (slot) => `${slot.replace(/[-:]/g, '').replace(' ', 'T')}00`;
const statusOf = (code) => sqlValue(`SELECT status FROM bookings WHERE code = ${q(code)}`);
const startOf = (code) => sqlValue(`SELECT DATE_FORMAT(start_at, '%Y-%m-%d %H:%i') FROM bookings WHERE code = ${q(code)}`);

// An anonymous booking of SLOT, confirmed by the e-mail link: { c, code, token }.
async function confirmed(pair, slot, email) {
	const c = await visitor();
	const { link } = await bookAnonymously(c, pair, slot, { ...APPLICANT, email });
	const r = await new Client().get(link);
	assert.equal(r.status, 303);
	const [, code, token] = /^\/prenota\/([A-Za-z0-9]{12})\?t=([A-Za-z0-9_-]{43})&/.exec(r.location);
	return { c, code, token };
}

function move(c, code, token, inizio, extra = {}) {
	return c.post(`/prenota/${code}/sposta`, { csrf: c.jar.get('prenota'), t: token, inizio, ...extra });
}

// The message of the sink (TEST_VAR/mail) to TO whose text part says NEEDLE,
// waited for up to 10 s: { headers, parts: [{ headers, body (decoded) }] }.
async function sunk(to, needle) {
	const end = Date.now() + 10000;
	for (;;) {
		for (const m of mails().reverse()) {
			if (!new RegExp(`^To: ${to.replace(/\./g, '\\.')}\r?$`, 'm').test(m.headers)) continue;
			if (!/^Content-Type: multipart\//m.test(m.headers)) continue;
			const parsed = mime(m.raw);
			if (parsed.parts[0]?.body.includes(needle)) return parsed;
		}
		if (Date.now() > end) assert.fail(`no e-mail to ${to} saying "${needle}" in the sink`);
		await sleep(200);
	}
}

// A multipart/mixed message into its parts, each decoded by its own
// Content-Transfer-Encoding; every line within 998 octets and ending in CRLF.
function mime(raw) {
	for (const line of raw.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 998, 'a line over 998');
	assert.doesNotMatch(raw.replace(/\r\n/g, ''), /[\r\n]/, 'a bare CR or LF');
	const sep = raw.indexOf('\r\n\r\n');
	const headers = raw.slice(0, sep).replace(/\r\n[ \t]+/g, ' ');
	const b = /^Content-Type: multipart\/mixed; boundary="([^"]+)"/m.exec(headers);
	assert.ok(b, `not multipart/mixed: ${headers}`);
	const chunks = raw.slice(sep + 4).split(`\r\n--${b[1]}`);
	assert.match(chunks.pop(), /^--\r\n$/, 'no closing delimiter');
	const parts = chunks.slice(1).map((chunk) => {
		const s = chunk.indexOf('\r\n\r\n');
		const h = chunk.slice(2, s).replace(/\r\n[ \t]+/g, ' ');
		const data = chunk.slice(s + 4);
		let body;
		if (/^Content-Transfer-Encoding: base64$/mi.test(h)) body = Buffer.from(data.replace(/\r\n/g, ''), 'base64').toString('utf8');
		else body = Buffer.from(data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, x) => String.fromCharCode(parseInt(x, 16))), 'latin1').toString('utf8');
		return { headers: h, body };
	});
	return { headers, parts };
}

// The calendar part of a message: its VEVENT's DTSTART and the part's headers.
function calendarOf(msg) {
	assert.equal(msg.parts.length, 2);
	const [text, cal] = msg.parts;
	assert.match(text.headers, /^Content-Type: text\/plain; charset=UTF-8$/m);
	assert.match(cal.headers, /^Content-Type: text\/calendar; charset=UTF-8; method=PUBLISH; name="appuntamento-[A-Za-z0-9]{12}\.ics"$/m);
	assert.match(cal.headers, /^Content-Disposition: attachment; filename="appuntamento-[A-Za-z0-9]{12}\.ics"$/m);
	assert.match(cal.body, /^BEGIN:VCALENDAR\r\n/);
	assert.match(cal.body, /\r\nMETHOD:PUBLISH\r\n/);
	assert.match(cal.body, /\r\nEND:VCALENDAR\r\n$/);
	for (const line of cal.body.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `ics line: ${line}`);
	const unfolded = cal.body.replace(/\r\n[ \t]/g, '');
	return { dtstart: /\r\nDTSTART;TZID=Europe\/Rome:(\d{8}T\d{6})\r\n/.exec(unfolded)?.[1], uid: /\r\nUID:(.*)\r\n/.exec(unfolded)?.[1] };
}

describe('moving an appointment', () => {
	test('by the e-mail\'s token: the new slot taken, the old one free, an e-mail with the new .ics', async () => {
		const slots = await freeSlots(await visitor(), TRIBUTI, { days: 3 });
		const [a, b] = [slots[2], slots[slots.length - 2]];
		const email = 'sposta@example.org';
		const { c, code, token } = await confirmed(TRIBUTI, a, email);
		// the confirmation e-mail in the sink carries the .ics of slot A
		const first = calendarOf(await sunk(email, `Codice prenotazione: ${code}`));
		assert.equal(first.dtstart, icsTime(a));
		let r = await c.get(`/prenota/${code}?t=${token}`);
		assert.match(r.text, new RegExp(`href="/prenota/${code}/sposta\\?t=${token}"`));
		r = await c.get(`/prenota/${code}/sposta?t=${token}`);
		assert.equal(r.status, 200);
		assert.match(r.text, /Orario attuale/);
		// a day's slots on the move's own calendar
		const day = /href="([^"]*sposta\?t=[^"]*giorno=\d{4}-\d\d-\d\d#orari)"/.exec(r.text);
		assert.ok(day, 'no day link on the move calendar');
		r = await c.get(day[1].replace(/&amp;/g, '&'));
		assert.equal(r.status, 200);
		assert.match(r.text, new RegExp(`<form method="post" action="/prenota/${code}/sposta">`));
		assert.match(r.text, /name="inizio"/);
		// the move
		r = await move(c, code, token, b);
		assert.equal(r.status, 303, r.text.slice(0, 300));
		const m = new RegExp(`^/prenota/${code}\\?t=([A-Za-z0-9_-]{43})&spostata=1$`).exec(r.location);
		assert.ok(m, r.location);
		const token2 = m[1];
		assert.notEqual(token2, token);
		assert.equal(startOf(code), b);
		assert.equal(live('ufficio-tributi', a), 0);
		assert.equal(live('ufficio-tributi', b), 1);
		r = await c.get(r.location);
		assert.match(r.text, /Appuntamento spostato/);
		// the old links stop working; the e-mail of the move has the new ones and the new .ics
		assert.equal((await new Client().get(`/prenota/${code}?t=${token}`)).status, 404);
		const mail = lastMail(email);
		assert.match(mail, /spostato \(prima era/);
		assert.match(mail, new RegExp(`/prenota/${code}\\?t=${token2}`));
		assert.equal(sqlValue(`SELECT attachment_name FROM outbox WHERE recipient = ${q(email)} ORDER BY id DESC LIMIT 1`), `appuntamento-${code}.ics`);
		const moved = calendarOf(await sunk(email, 'è stato spostato'));
		assert.equal(moved.dtstart, icsTime(b));
		assert.equal(moved.uid, first.uid, 'the same UID: calendars replace the event');
		// the same slot again, and a move without the flow's token
		r = await move(c, code, token2, b);
		assert.equal(r.status, 422);
		r = await move(c, code, token2, a, { csrf: 'x'.repeat(43) });
		assert.equal(r.status, 403);
		assert.equal(startOf(code), b);
	});

	test('the slot just taken: 409 with the nearest free ones, the old appointment kept', async () => {
		const slots = await freeSlots(await visitor(), TRIBUTI, { days: 4 });
		const [a, taken, d] = [slots[3], slots[slots.length - 3], slots[slots.length - 4]];
		const x = await confirmed(TRIBUTI, a, 'gara-sposta1@example.org');
		const other = await visitor();
		assert.equal((await hold(other, TRIBUTI, taken)).status, 303);
		let r = await move(x.c, x.code, x.token, taken);
		assert.equal(r.status, 409);
		assert.match(r.text, /appena stato occupato/);
		assert.match(r.text, /il tuo appuntamento non è cambiato/);
		assert.match(r.text, new RegExp(`action="/prenota/${x.code}/sposta"`));
		assert.match(r.text, /name="inizio"/);
		assert.equal(startOf(x.code), a);
		assert.equal(statusOf(x.code), 'confirmed');
		// two appointments race for the last seat of D: one moves, one is kept
		const y = await confirmed(TRIBUTI, slots[4], 'gara-sposta2@example.org');
		const res = await Promise.all([move(x.c, x.code, x.token, d), move(y.c, y.code, y.token, d)]);
		assert.deepEqual(res.map((z) => z.status).sort(), [303, 409]);
		assert.equal(live('ufficio-tributi', d), 1);
		const [won, lost] = res[0].status === 303 ? [x, y] : [y, x];
		assert.equal(startOf(won.code), d);
		assert.equal(startOf(lost.code), lost === x ? a : slots[4]);
		assert.equal(live('ufficio-tributi', lost === x ? slots[4] : a), 0, 'the winner\'s old slot is free');
	});

	test('12 appointments race to move into a slot with 3 desks: exactly 3 move, 9 are kept', async () => {
		const slots = await freeSlots(await visitor(), ANAGRAFE, { days: 3 });
		const day3 = slots.filter((s) => s.slice(0, 10) === [...new Set(slots.map((x) => x.slice(0, 10)))][2]);
		const target = day3[day3.length - 1];
		const sources = day3.slice(0, 12);
		assert.equal(sources.length, 12, 'enough slots on the third day');
		assert.equal(live('ufficio-anagrafe', target), 0);
		const racers = sources.map((slot, i) => {
			const code = `corsa${String(i).padStart(7, '0')}`;
			const token = `${String(i).padStart(3, '0')}${'t'.repeat(40)}`;
			sql(`INSERT INTO bookings (code, flow_hash, office_id, service_id, start_at, end_at, status,
				hold_expires, name, email, reason, cancel_hash) VALUES (${q(code)}, SHA2(${q(code)}, 256), 1, 2,
				${q(`${slot}:00`)}, ${q(`${slot}:00`)} + INTERVAL 20 MINUTE, 'confirmed', NOW(), 'Corsa',
				${q(`corsa${i}@example.org`)}, 'Rinnovo', SHA2(${q(token)}, 256))`);
			const c = new Client();
			c.jar.set('prenota', `${String(i).padStart(3, '0')}${'c'.repeat(40)}`);
			return { c, code, token, slot };
		});
		const res = await Promise.all(racers.map((x) => move(x.c, x.code, x.token, target)));
		const statuses = res.map((r) => r.status);
		assert.equal(statuses.filter((st) => st === 303).length, 3, statuses.join(','));
		assert.equal(statuses.filter((st) => st === 409).length, 9, statuses.join(','));
		assert.equal(live('ufficio-anagrafe', target), 3);
		racers.forEach((x, i) => {
			assert.equal(startOf(x.code), statuses[i] === 303 ? target : x.slot, x.code);
			assert.equal(live('ufficio-anagrafe', x.slot), statuses[i] === 303 ? 0 : 1, `the old slot of ${x.code}`);
		});
		for (const r of res.filter((z) => z.status === 409)) assert.match(r.text, /il tuo appuntamento non è cambiato/);
		// the e-mails of the moves: one each for the three, none for the others
		const moved = Number(sqlValue(`SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'corsa%@example.org' AND subject LIKE 'Appuntamento spostato%'`));
		assert.equal(moved, 3);
	});

	test('to a bad slot: past, outside hours, forged, closed, beyond the horizon: a clear message, the time kept', async () => {
		const slots = await freeSlots(await visitor(), TRIBUTI, { days: 3 });
		const x = await confirmed(TRIBUTI, slots[3], 'sposta-male@example.org');
		const before = startOf(x.code), count = Number(sqlValue('SELECT COUNT(*) FROM bookings'));
		// a day after the first one with free slots: today's 09:07 or 13:00 may be within the
		// cutoff ("già passato o troppo vicino") before it is off the office's hours
		const last = slots[slots.length - 1], day = last.slice(0, 10);
		const cases = [
			['2020-03-02 09:00', /già passato/],
			[`${day} 13:00`, /orari di ricevimento/],
			[`${day} 09:07`, /orari di ricevimento/],
			['x', /Scegli un orario/],
			['2099-03-02 09:00', /troppo lontano/],
		];
		for (const [to, re] of cases) {
			const r = await move(x.c, x.code, x.token, to);
			assert.equal(r.status, 422, to);
			assert.match(r.text, re, to);
		}
		sql(`INSERT INTO booking_closures (office_id, day, reason) VALUES (2, ${q(day)}, 'Chiusura per trasloco')`);
		try {
			const r = await move(x.c, x.code, x.token, last);
			assert.equal(r.status, 422);
			assert.match(r.text, /chiuso il giorno scelto \(Chiusura per trasloco\)/);
		} finally {
			sql(`DELETE FROM booking_closures WHERE office_id = 2 AND day = ${q(day)} AND reason = 'Chiusura per trasloco'`);
		}
		assert.equal(startOf(x.code), before);
		assert.equal(statusOf(x.code), 'confirmed');
		assert.equal(Number(sqlValue('SELECT COUNT(*) FROM bookings')), count, 'nothing booked');
	});

	test('past the cut-off: no move offered, the move refused, nothing changed', async () => {
		const slots = await freeSlots(await visitor(), TRIBUTI, { days: 3 });
		const x = await confirmed(TRIBUTI, slots[5], 'tardi-sposta@example.org');
		sql(`UPDATE bookings SET start_at = NOW() + INTERVAL 1 HOUR, end_at = NOW() + INTERVAL 90 MINUTE WHERE code = ${q(x.code)}`);
		const before = startOf(x.code);
		let r = await x.c.get(`/prenota/${x.code}?t=${x.token}`);
		assert.doesNotMatch(r.text, /Sposta l(&#39;|')appuntamento/);
		r = await x.c.get(`/prenota/${x.code}/sposta?t=${x.token}`);
		assert.equal(r.status, 409);
		assert.match(r.text, /troppo vicino/);
		r = await move(x.c, x.code, x.token, slots[slots.length - 5]);
		assert.equal(r.status, 409);
		assert.equal(startOf(x.code), before);
		// and a cancelled one cannot be moved either
		sql(`UPDATE bookings SET start_at = ${q(`${slots[5]}:00`)}, status = 'cancelled' WHERE code = ${q(x.code)}`);
		r = await move(x.c, x.code, x.token, slots[slots.length - 5]);
		assert.equal(r.status, 409);
		assert.equal(statusOf(x.code), 'cancelled');
	});

	test('from the personal area, by the session: no token needed, nobody else\'s', async () => {
		const c = new Client();
		await c.login(1, '/prenota');
		await c.get('/prenota');
		const slots = await freeSlots(c, ANAGRAFE, { days: 4 });   // days the other tests leave alone
		let r = await hold(c, ANAGRAFE, slots[slots.length - 2]);
		const id = flowId(r.location);
		const email = sqlValue(`SELECT email FROM bookings WHERE flow_hash = SHA2(${q(id)}, 256)`) || 'area-sposta@example.org';
		assert.equal((await details(c, id, { ...APPLICANT, email })).status, 303);
		r = await c.post(`/prenota/${id}/conferma`, { csrf: c.jar.get('prenota') });
		const code = /^\/prenota\/([A-Za-z0-9]{12})\?t=/.exec(r.location)[1];
		r = await c.get('/area-personale');
		assert.match(r.text, new RegExp(`href="/prenota/${code}"`));
		r = await c.get(`/prenota/${code}`);
		assert.equal(r.status, 200);
		assert.match(r.text, new RegExp(`href="/prenota/${code}/sposta\\?t="`));
		r = await c.get(`/prenota/${code}/sposta?t=`);
		assert.equal(r.status, 200);
		r = await move(c, code, '', slots[slots.length - 1]);
		assert.equal(r.status, 303);
		assert.equal(startOf(code), slots[slots.length - 1]);
		// without the session, or with another citizen's: it does not exist
		assert.equal((await new Client().get(`/prenota/${code}`)).status, 404);
		const other = new Client();
		await other.login(2, '/prenota');
		assert.equal((await other.get(`/prenota/${code}`)).status, 404);
		await other.get('/prenota');
		assert.equal((await move(other, code, '', slots[0])).status, 404);
		assert.equal(startOf(code), slots[slots.length - 1]);
	});
});

describe('the reminder of the day before', () => {
	const run = () => promisify(execFile)(path.join(ROOT, 'build/bin/notifier'), ['--config', 'conf/notifier.hdf',
		'--set', `DB.Socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'--set', `DB.PasswordFile=${path.join(TEST_VAR, 'secrets/notifier.pw')}`, '--once', 'reminders'], { cwd: ROOT });
	const reminders = (email) => Number(sqlValue(`SELECT COUNT(*) FROM outbox WHERE recipient = ${q(email)} AND subject LIKE 'Promemoria%'`));

	test('a confirmed booking of tomorrow gets exactly one reminder, even with the job run twice at once', async () => {
		const add = (code, email, day, status) => sql(`INSERT INTO bookings (code, flow_hash, office_id, service_id,
			start_at, end_at, status, hold_expires, name, email, reason, cancel_hash) VALUES (${q(code)}, SHA2(${q(code)}, 256), 1, 2,
			CURDATE() + INTERVAL ${day} DAY + INTERVAL 10 HOUR, CURDATE() + INTERVAL ${day} DAY + INTERVAL 620 MINUTE,
			${q(status)}, NOW(), 'Lia Verdi', ${q(email)}, 'Rinnovo', SHA2('x', 256))`);
		add('PROMEMORIA01', 'domani@example.org', 1, 'confirmed');
		add('PROMEMORIA02', 'dopodomani@example.org', 2, 'confirmed');
		add('PROMEMORIA03', 'annullato@example.org', 1, 'cancelled');
		await Promise.all([run(), run()]);
		await run();
		assert.equal(reminders('domani@example.org'), 1);
		assert.equal(reminders('dopodomani@example.org'), 0);
		assert.equal(reminders('annullato@example.org'), 0);
		const body = lastMail('domani@example.org');
		assert.match(body, /ti ricordiamo l'appuntamento di domani/);
		assert.match(body, /Codice prenotazione: PROMEMORIA01/);
		assert.match(body, /Quando: domani, \d\d\/\d\d\/\d{4}, ore 10:00/);
		assert.ok(sqlValue("SELECT reminded_at FROM bookings WHERE code = 'PROMEMORIA01'"));
		// the calendar file goes with it: the same event (UID) as the confirmation's
		const [[name, type, ics]] = sql(`SELECT attachment_name, attachment_type, attachment FROM outbox
			WHERE recipient = 'domani@example.org' AND subject LIKE 'Promemoria%'`);
		assert.equal(name, 'appuntamento-PROMEMORIA01.ics');
		assert.match(type, /^text\/calendar/);
		const start = sqlValue("SELECT DATE_FORMAT(start_at, '%Y%m%dT%H%i%s') FROM bookings WHERE code = 'PROMEMORIA01'");
		assert.match(ics, /BEGIN:VEVENT/);
		assert.match(ics, /UID:prenotazione-PROMEMORIA01@/);
		assert.ok(ics.includes(`DTSTART;TZID=Europe/Rome:${start}`), ics);
		assert.match(body, /In allegato il file \.ics/);
		// it reaches the citizen through the stack's notifier and sink
		const end = Date.now() + 10000;
		while (!mails().some((m) => /^To: domani@example\.org\r?$/m.test(m.headers) && m.body.includes('PROMEMORIA01'))) {
			assert.ok(Date.now() < end, 'the reminder is not in the sink');
			await sleep(200);
		}
	});
	test('the reminder\'s link opens the appointment: GET asks, POST cancels and frees the slot; a move voids it', async () => {
		const add = (code, email, minutes) => sql(`INSERT INTO bookings (code, flow_hash, office_id, service_id,
			start_at, end_at, status, hold_expires, name, email, reason, cancel_hash) VALUES (${q(code)}, SHA2(${q(code)}, 256), 1, 2,
			CURDATE() + INTERVAL 1 DAY + INTERVAL ${minutes} MINUTE, CURDATE() + INTERVAL 1 DAY + INTERVAL ${minutes + 20} MINUTE,
			'confirmed', NOW(), 'Lia Verdi', ${q(email)}, 'Rinnovo', SHA2('x', 256))`);
		// (lower case: the codes' alphabet, which the router's :code accepts)
		add('promemoria04', 'link.annulla@example.org', 600);
		add('promemoria05', 'link.sposta@example.org', 620);
		await run();
		const tokenOf = (email, code) => {
			const m = new RegExp(`/prenota/${code}\\?t=([A-Za-z0-9_-]{43})\n`).exec(lastMail(email));
			assert.ok(m, `no link to ${code} in the reminder: ${lastMail(email)}`);
			return m[1];
		};
		const token = tokenOf('link.annulla@example.org', 'promemoria04');
		assert.match(lastMail('link.annulla@example.org'), /annulla o sposta l'appuntamento/);
		// the calendar file's URL is the same link
		const ics = sqlValue("SELECT attachment FROM outbox WHERE recipient = 'link.annulla@example.org'");
		assert.ok(ics.replace(/\\n/g, '\n').replace(/\r?\n /g, '').includes(`/prenota/promemoria04?t=${token}`), ics);
		const slot = sqlValue("SELECT DATE_FORMAT(start_at, '%Y-%m-%d %H:%i') FROM bookings WHERE code = 'promemoria04'");
		const before = live('ufficio-anagrafe', slot);
		const c = await visitor();
		let r = await c.get(`/prenota/promemoria04?t=${token}`);
		assert.equal(r.status, 200, 'GET shows the appointment and asks');
		assert.match(r.text, /Annulla l'appuntamento/);
		assert.equal(statusOf('promemoria04'), 'confirmed', 'a GET changes nothing');
		assert.equal((await c.get(`/prenota/promemoria04?t=${token.replace(/^./, (x) => (x === 'A' ? 'B' : 'A'))}`)).status, 404);
		r = await c.post('/prenota/promemoria04/annulla', { t: token });
		assert.equal(r.status, 403, 'the form\'s token is required');
		r = await c.post('/prenota/promemoria04/annulla', { csrf: c.jar.get('prenota'), t: token });
		assert.equal(r.status, 303);
		assert.equal(statusOf('promemoria04'), 'cancelled');
		assert.equal(live('ufficio-anagrafe', slot), before - 1, 'the slot is free at once');
		// moved by the reminder's link: the new e-mail's token works, the reminder's no longer
		const moving = tokenOf('link.sposta@example.org', 'promemoria05');
		const to = (await freeSlots(c, ANAGRAFE, { days: 4 })).pop();
		r = await move(c, 'promemoria05', moving, to);
		assert.equal(r.status, 303);
		assert.equal(startOf('promemoria05'), to);
		assert.equal((await c.get(`/prenota/promemoria05?t=${moving}`)).status, 404);
		assert.equal(sqlValue("SELECT reminder_hash IS NULL AND reminded_at IS NULL FROM bookings WHERE code = 'promemoria05'"), '1');
		assert.equal((await c.get(`/prenota/promemoria05?t=${tokenOf('link.sposta@example.org', 'promemoria05')}`)).status, 200);
	});
});
