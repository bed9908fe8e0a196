'use strict';
// The booking calendar's answer cache (cgi-bin/cases/prenota_month_cache.c): each
// worker keeps a month's calendar until the bookings or the catalogue change
// (sql/220_answer_cache.sql) or the clock changes it. Every change that moves an
// office's availability must be on the very next request, whichever worker answers
// and whoever wrote it: a hold made in the flow, a hold that expires by itself, a
// confirmation, a move, a cancellation, a closure, new hours, new office settings.
// Each state is asked for eight times in a row (the stack's four workers, most of
// them answering from their cache), and every answer must say the same.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { sql, sqlValue, q, loggedIn, CITIZENS } = require('./lib/cases');
const { TRIBUTI, visitor, hold, flowId } = require('./lib/booking');

const OFFICE = `(SELECT id FROM offices WHERE slug = ${q(TRIBUTI.ufficio)})`;
const ASKS = 8;

describe('the booking calendar is exact on the next request', () => {
	let c, month, day, base;
	const strip = (t) => t.replace(/name="csrf" value="[^"]*"/g, 'csrf');

	// URL, ASKS times: every answer the same (but the visitor's token); its text.
	async function asked(url) {
		const texts = [];
		for (let i = 0; i < ASKS; i++) {
			const r = await c.get(url);
			assert.equal(r.status, 200);
			texts.push(strip(r.text));
		}
		for (const t of texts)
			assert.equal(t, texts[0], 'every worker gives the same answer');
		return texts[0];
	}
	// The day's free slots.
	const daySlots = async () => [...(await asked(`${base}&giorno=${day}`))
		.matchAll(/name="inizio" id="[^"]*" value="([^"]+)"/g)].map((m) => m[1]);

	before(async () => {
		c = await visitor();
		month = sqlValue("SELECT DATE_FORMAT(CURDATE() + INTERVAL 1 MONTH, '%Y-%m')");
		base = `/prenota/calendario?servizio=${TRIBUTI.servizio}&ufficio=${TRIBUTI.ufficio}&mese=${month}`;
		const page = await c.get(base);
		const days = [...page.text.matchAll(/href="([^"]*giorno=(\d{4}-\d\d-\d\d)#orari)"/g)].map((m) => m[2]);
		assert.ok(days.length, `no free day in ${month}`);
		day = days[days.length - 1];   // the other tests book the first days
	});

	after(() => {
		sql(`DELETE FROM bookings WHERE office_id = ${OFFICE} AND DATE(start_at) = ${q(day)}`);
		sql(`DELETE FROM booking_closures WHERE day = ${q(day)}`);
	});

	test('hold, expiry, confirmation, move and cancellation', async () => {
		const free = await daySlots();
		assert.ok(free.length >= 2, free.join(' '));
		const [s1, s2] = free;
		const h = await hold(c, TRIBUTI, s1);
		assert.equal(h.status, 303, 'held in the flow');
		const flow = `flow_hash = SHA2(${q(flowId(h.location))}, 256)`;
		assert.ok(!(await daySlots()).includes(s1), 'a held slot (one desk) is no longer free');

		sql(`UPDATE bookings SET hold_expires = NOW() + INTERVAL 2 SECOND WHERE ${flow}`);
		assert.ok(!(await daySlots()).includes(s1), 'still held');
		await new Promise((resolve) => setTimeout(resolve, 2500));
		assert.ok((await daySlots()).includes(s1), 'the hold expired by itself: free again');

		sql(`UPDATE bookings SET status = 'confirmed', confirmed_at = NOW() WHERE ${flow}`);
		assert.ok(!(await daySlots()).includes(s1), 'confirmed: taken');

		sql(`UPDATE bookings SET start_at = ${q(`${s2}:00`)}, end_at = ${q(`${s2}:00`)} + INTERVAL 30 MINUTE WHERE ${flow}`);
		let now = await daySlots();
		assert.ok(now.includes(s1) && !now.includes(s2), 'moved: the old slot free, the new one taken');

		sql(`UPDATE bookings SET details = 'nulla cambia' WHERE ${flow}`);
		assert.ok(!(await daySlots()).includes(s2), 'a change of the details leaves it taken');

		sql(`UPDATE bookings SET status = 'cancelled' WHERE ${flow}`);
		now = await daySlots();
		assert.ok(now.includes(s1) && now.includes(s2), 'cancelled: both free');
	});

	test('what is kept is the month\'s, never the visitor\'s: name and token stay with each', async () => {
		const citizen = await loggedIn(0);
		const who = CITIZENS[0];
		const url = `${base}&giorno=${day}`;
		for (let i = 0; i < ASKS; i++) {
			const r = await citizen.get(url);
			assert.ok(r.text.includes(who.familyName), 'the citizen sees their name');
		}
		for (let i = 0; i < ASKS; i++) {
			const r = await c.get(url);
			assert.ok(!r.text.includes(who.familyName), 'an anonymous visitor does not');
			assert.ok(r.text.includes(`name="csrf" value="${c.jar.get('prenota')}"`), 'the visitor\'s own token');
		}
	});

	test('a closure, the hours and the office\'s settings', async () => {
		const free = await daySlots();
		// kept as it was typed, spaces and signs included, by every worker
		const reason = ' Inventario = "di prova" << EOM ';
		sql(`INSERT INTO booking_closures (office_id, day, reason) VALUES (${OFFICE}, ${q(day)}, ${q(reason)})`);
		assert.deepEqual(await daySlots(), [], 'closed that day');
		assert.ok((await asked(base)).includes(':  Inventario = &quot;di prova&quot; &lt;&lt; EOM </span>'),
			'the closure\'s reason in the month');
		sql(`DELETE FROM booking_closures WHERE day = ${q(day)}`);
		assert.deepEqual(await daySlots(), free, 'open again');
		assert.ok(!(await asked(base)).includes('Inventario'), 'no closure in the month');

		const weekday = Number(sqlValue(`SELECT WEEKDAY(${q(day)}) + 1`));
		const hours = `office_id = ${OFFICE} AND weekday = ${weekday}`;
		const closes = sqlValue(`SELECT MAX(closes) FROM booking_hours WHERE ${hours}`);
		sql(`UPDATE booking_hours SET closes = '10:00' WHERE ${hours} AND closes = ${q(closes)}`);
		try {
			const fewer = await daySlots();
			assert.ok(fewer.length < free.length && fewer.every((s) => s.slice(11) < '10:00'), fewer.join(' '));
		} finally {
			sql(`UPDATE booking_hours SET closes = ${q(closes)} WHERE ${hours} AND closes = '10:00'`);
		}
		assert.deepEqual(await daySlots(), free, 'the hours as before');

		sql(`UPDATE booking_offices SET slot_minutes = 60 WHERE office_id = ${OFFICE}`);
		try {
			const longer = await daySlots();
			assert.ok(longer.length < free.length && longer.length > 0, longer.join(' '));
		} finally {
			sql(`UPDATE booking_offices SET slot_minutes = 30 WHERE office_id = ${OFFICE}`);
		}
		assert.deepEqual(await daySlots(), free, 'the settings as before');
	});
});
