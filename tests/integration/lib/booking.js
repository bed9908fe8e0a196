'use strict';
// What the booking tests share (tests/fixtures/booking.sql): the flow's client
// with its "prenota" cookie, the free slots read from the calendar pages, the
// steps of the flow, the outbox and the live bookings of a slot.
const assert = require('node:assert/strict');
const { Client, sqlValue, q, errorsOf } = require('./cases');

const ANAGRAFE = { servizio: 'carta-identita-elettronica', ufficio: 'ufficio-anagrafe' };
const TRIBUTI = { servizio: 'pagamento-imu', ufficio: 'ufficio-tributi' };
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

// A client of the flow: its cookie "prenota" comes with the first page.
async function visitor() {
	const c = new Client();
	const r = await c.get('/prenota');
	assert.equal(r.status, 200);
	assert.ok(c.jar.get('prenota'), 'no "prenota" cookie');
	return c;
}

// Free slots of PAIR ("YYYY-MM-DD HH:MM"), from the calendar pages, days in order.
async function freeSlots(c, pair, { days = 3 } = {}) {
	const base = `/prenota/calendario?servizio=${pair.servizio}&ufficio=${pair.ufficio}`;
	let page = await c.get(base);
	assert.equal(page.status, 200, `calendar: ${page.status}`);
	const out = [];
	const seen = new Set();
	for (let month = 0; month < 3 && seen.size < days; month++) {
		const dayLinks = [...page.text.matchAll(/href="([^"]*giorno=(\d{4}-\d\d-\d\d)#orari)"/g)];
		for (const [, href, day] of dayLinks) {
			if (seen.size >= days || seen.has(day)) continue;
			seen.add(day);
			const d = await c.get(decode(href));
			for (const m of d.text.matchAll(/name="inizio" id="[^"]*" value="([^"]+)"/g)) out.push(m[1]);
		}
		const next = /rel="next" href="([^"]+)"/.exec(page.text);
		if (!next) break;
		page = await c.get(decode(next[1]));
	}
	return out;
}

function hold(c, pair, inizio, extra = {}) {
	return c.post('/prenota/blocca', { csrf: c.jar.get('prenota'), ...pair, inizio, ...extra });
}

const APPLICANT = { motivo: 'Rinnovo della carta scaduta', dettagli: 'Porto la vecchia carta.', nome: 'Anna Neri', email: 'anna.neri@example.org', telefono: '+39 333 1234567' };

async function details(c, id, fields = APPLICANT) {
	return c.post(`/prenota/${id}/dati`, { csrf: c.jar.get('prenota'), ...fields });
}

const flowId = (loc) => /^\/prenota\/([0-9a-f]{32})\/dati$/.exec(loc || '')?.[1];
const lastMail = (to) => (sqlValue(`SELECT body FROM outbox WHERE recipient = ${q(to)} ORDER BY id DESC LIMIT 1`) || '').replace(/\\n/g, '\n');
const bookings = () => Number(sqlValue('SELECT COUNT(*) FROM bookings'));
const live = (office, start) => Number(sqlValue(`SELECT COUNT(*) FROM bookings b JOIN offices o ON o.id = b.office_id
	WHERE o.slug = ${q(office)} AND b.start_at = ${q(`${start}:00`)}
	AND (b.status = 'confirmed' OR (b.status = 'held' AND b.hold_expires > NOW()))`));

// The whole anonymous journey up to the e-mail link's page.
async function bookAnonymously(c, pair, slot, who = APPLICANT) {
	const h = await hold(c, pair, slot);
	assert.equal(h.status, 303, `hold: ${h.status}`);
	const id = flowId(h.location);
	assert.ok(id, h.location);
	const d = await details(c, id, who);
	assert.equal(d.status, 303, `details: ${d.status} ${errorsOf(d.text).join(' | ')}`);
	const conf = await c.post(`/prenota/${id}/conferma`, { csrf: c.jar.get('prenota') });
	assert.equal(conf.status, 200);
	const link = /\/prenota\/[0-9a-f]{32}\/verifica\?t=[0-9a-f]{32}/.exec(lastMail(who.email));
	assert.ok(link, 'no verification link in the outbox');
	return { id, link: link[0] };
}

module.exports = {
	ANAGRAFE, TRIBUTI, APPLICANT, decode, visitor, freeSlots, hold, details, flowId, lastMail,
	bookings, live, bookAnonymously,
};
