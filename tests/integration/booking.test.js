'use strict';
// Appointment booking (/prenota, the cases program) against the running stack
// with tests/fixtures/booking.sql: the journey without login (the e-mail link
// confirms) and with SPID (confirmed at once, listed in the personal area),
// the confirmation e-mail in the outbox, the .ics, cancel frees the slot, the
// race of 200 clients for the last 3 seats of a slot, the bad inputs, and
// holds that expire.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { Client, sql, sqlValue, q, errorsOf } = require('./lib/cases');

const {
	ANAGRAFE, TRIBUTI, APPLICANT, decode, visitor, freeSlots, hold, details, flowId, lastMail,
	bookings, live, bookAnonymously,
} = require('./lib/booking');

describe('the flow', () => {
	test('/prenota lists the bookable services; ?servizio= the offices that deliver it', async () => {
		const c = await visitor();
		let r = await c.get('/prenota');
		assert.match(r.text, /value="carta-identita-elettronica"/);
		assert.match(r.text, /value="pagamento-imu"/);
		assert.doesNotMatch(r.text, /value="permesso-ztl"/);
		r = await c.get('/prenota?servizio=carta-identita-elettronica');
		assert.equal(r.status, 200);
		assert.match(r.text, /name="ufficio"[^>]*value="ufficio-anagrafe"/);
		assert.doesNotMatch(r.text, /value="ufficio-tributi"/);
		assert.match(r.text, /steppers/);
		r = await c.get('/prenota?servizio=non-esiste');
		assert.equal(r.status, 404);
	});

	test('the service page\'s booking button leads into the flow with the service chosen', async () => {
		const c = new Client();
		const page = await c.get('/servizi/carta-identita-elettronica');
		const m = /<a[^>]*href="([^"]+)"[^>]*data-element="service-booking-access"|<a[^>]*data-element="service-booking-access"[^>]*href="([^"]+)"/.exec(page.text);
		assert.ok(m, 'no service-booking-access link');
		const r = await c.get(decode(m[1] || m[2]));
		assert.equal(r.status, 200);
		assert.match(r.text, /Servizio: <strong>Carta d/);
		assert.match(r.text, /value="ufficio-anagrafe"/);
	});

	test('the calendar shows the month with free days as links, closed days not', async () => {
		const c = await visitor();
		const r = await c.get(`/prenota/calendario?servizio=${ANAGRAFE.servizio}&ufficio=${ANAGRAFE.ufficio}`);
		assert.equal(r.status, 200);
		assert.match(r.text, /<table class="table vm-booking-calendar"/);
		assert.match(r.text, /orari liberi<\/span>/);
		assert.match(r.text, /domenica[^<]*: Ufficio chiuso|: Ufficio chiuso/);
	});

	test('without login: hold, details, summary, e-mail link, confirmation, e-mail, ics, cancel', async () => {
		const c = await visitor();
		const slots = await freeSlots(c, TRIBUTI, { days: 1 });
		const slot = slots[0];
		assert.ok(slot, 'no free slot');
		const h = await hold(c, TRIBUTI, slot);
		assert.equal(h.status, 303);
		const id = flowId(h.location);
		let r = await c.get(h.location);
		assert.equal(r.status, 200);
		assert.match(r.text, /riservato per te fino alle/);
		r = await details(c, id, { ...APPLICANT, email: 'non-una-mail', motivo: '' });
		assert.equal(r.status, 422);
		assert.equal(errorsOf(r.text).length, 2, errorsOf(r.text).join(' | '));
		r = await details(c, id);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/prenota/${id}/riepilogo`);
		r = await c.get(r.location);
		assert.match(r.text, /Anna Neri/);
		assert.match(r.text, /Rinnovo della carta scaduta/);
		r = await c.post(`/prenota/${id}/conferma`, { csrf: c.jar.get('prenota') });
		assert.equal(r.status, 200);
		assert.match(r.text, /Controlla la tua e-mail/);
		assert.equal(sqlValue(`SELECT status FROM bookings WHERE flow_hash = SHA2(${q(id)}, 256)`), 'held');
		const verify = new RegExp(`/prenota/${id}/verifica\\?t=[0-9a-f]{32}`).exec(lastMail(APPLICANT.email))[0];
		r = await new Client().get(verify);
		assert.equal(r.status, 303);
		const m = /^\/prenota\/([A-Za-z0-9]{12})\?t=([A-Za-z0-9_-]{43})&confermata=1$/.exec(r.location);
		assert.ok(m, r.location);
		const [, code, token] = m;
		r = await c.get(r.location);
		assert.equal(r.status, 200);
		assert.match(r.text, /Appuntamento confermato/);
		assert.match(r.text, /Annulla l(&#39;|')appuntamento/);
		assert.match(r.text, new RegExp(code));
		// the link again: nothing more is booked
		const before = bookings();
		r = await new Client().get(verify);
		assert.equal(r.status, 409);
		assert.match(r.text, /già confermata/);
		assert.equal(bookings(), before);
		// the confirmation e-mail
		const mail = lastMail(APPLICANT.email);
		assert.match(mail, new RegExp(`Codice prenotazione: ${code}`));
		assert.match(mail, /Dove: Ufficio Tributi/);
		assert.match(mail, /Quando: [a-zì]+ \d+ [a-z]+ \d{4}, ore \d+:\d\d/);
		assert.match(mail, /Cosa portare:/);
		assert.match(mail, new RegExp(`/prenota/${code}/ics\\?t=${token}`));
		assert.match(mail, new RegExp(`/prenota/${code}\\?t=${token}`));
		// the calendar file
		r = await new Client().get(`/prenota/${code}/ics?t=${token}`);
		assert.equal(r.status, 200);
		assert.match(r.headers.get('content-type'), /text\/calendar/);
		assert.match(r.text, /BEGIN:VEVENT/);
		assert.match(r.text, new RegExp(`DTSTART;TZID=Europe/Rome:${slot.replace(/[-: ]/g, (x) => (x === ' ' ? 'T' : ''))}00`));
		r = await new Client().get(`/prenota/${code}/ics?t=${'x'.repeat(43)}`);
		assert.equal(r.status, 404);
		// the slot is full (one desk); cancel frees it at once
		assert.equal(live('ufficio-tributi', slot), 1);
		const other = await visitor();
		r = await hold(other, TRIBUTI, slot);
		assert.equal(r.status, 409);
		r = await c.post(`/prenota/${code}/annulla`, { csrf: c.jar.get('prenota'), t: token });
		assert.equal(r.status, 303);
		r = await c.get(r.location);
		assert.match(r.text, /Appuntamento annullato/);
		assert.equal(live('ufficio-tributi', slot), 0);
		r = await hold(other, TRIBUTI, slot);
		assert.equal(r.status, 303);
		r = await c.post(`/prenota/${code}/annulla`, { csrf: c.jar.get('prenota'), t: token });
		assert.equal(r.status, 409);
		// past the cut-off (2 hours before), an appointment is not cancelled online
		const late = await visitor();
		const s2 = (await freeSlots(late, TRIBUTI, { days: 2 })).pop();
		const { link } = await bookAnonymously(late, TRIBUTI, s2, { ...APPLICANT, email: 'tardi@example.org' });
		const m2 = /\?t=([A-Za-z0-9_-]{43})/.exec((await new Client().get(link)).location);
		const code2 = sqlValue(`SELECT code FROM bookings WHERE email = 'tardi@example.org'`);
		sql(`UPDATE bookings SET start_at = NOW() + INTERVAL 1 HOUR, end_at = NOW() + INTERVAL 90 MINUTE WHERE code = ${q(code2)}`);
		r = await late.get(`/prenota/${code2}?t=${m2[1]}`);
		assert.doesNotMatch(r.text, /Annulla l'appuntamento/);
		assert.match(r.text, /contatta l&#39;ufficio|contatta l'ufficio/);
		r = await late.post(`/prenota/${code2}/annulla`, { csrf: late.jar.get('prenota'), t: m2[1] });
		assert.equal(r.status, 409);
		assert.match(r.text, /troppo vicino/);
		assert.equal(sqlValue(`SELECT status FROM bookings WHERE code = ${q(code2)}`), 'confirmed');
	});

	test('with SPID: the applicant prefilled, confirmed at once, in the personal area', async () => {
		const c = new Client();
		await c.login(0, '/prenota');
		await c.get('/prenota');
		const slot = (await freeSlots(c, ANAGRAFE, { days: 1 }))[0];
		let r = await hold(c, ANAGRAFE, slot);
		assert.equal(r.status, 303);
		const id = flowId(r.location);
		r = await c.get(r.location);
		assert.match(r.text, /value="Mario Rossi"/);
		r = await details(c, id, { ...APPLICANT, nome: 'Mario Rossi', email: 'mario.rossi@example.org' });
		assert.equal(r.status, 303);
		r = await c.post(`/prenota/${id}/conferma`, { csrf: c.jar.get('prenota') });
		assert.equal(r.status, 303);
		const code = /^\/prenota\/([A-Za-z0-9]{12})\?t=/.exec(r.location)[1];
		assert.equal(sqlValue(`SELECT status FROM bookings WHERE code = ${q(code)}`), 'confirmed');
		assert.match(lastMail('mario.rossi@example.org'), new RegExp(`Codice prenotazione: ${code}`));
		r = await c.get('/area-personale');
		assert.equal(r.status, 200);
		assert.match(r.text, /I tuoi appuntamenti/);
		assert.match(r.text, new RegExp(code));
	});
});

describe('no double booking', () => {
	test('200 clients race for the last 3 seats of a slot: exactly 3 holds, then 3 confirmations', async () => {
		const c = await visitor();
		const slots = await freeSlots(c, ANAGRAFE, { days: 2 });
		const slot = slots[slots.length - 1];
		assert.equal(live('ufficio-anagrafe', slot), 0);
		const clients = [];
		for (let i = 0; i < 200; i++) {
			const x = new Client();
			x.jar.set('prenota', `${String(i).padStart(3, '0')}${'a'.repeat(40)}`);
			clients.push(x);
		}
		const res = await Promise.all(clients.map((x) => hold(x, ANAGRAFE, slot)));
		const won = res.map((r, i) => [r, clients[i]]).filter(([r]) => r.status === 303);
		const lost = res.filter((r) => r.status === 409);
		assert.equal(won.length, 3, `holds: ${res.map((r) => r.status).join(',')}`);
		assert.equal(lost.length, 197);
		for (const r of lost) {
			assert.match(r.text, /appena stato occupato/);
			assert.match(r.text, /name="inizio"/);   // the nearest free slots
		}
		assert.equal(live('ufficio-anagrafe', slot), 3);
		let n = 0;
		for (const [r, x] of won) {
			const id = flowId(r.location);
			const who = { ...APPLICANT, email: `gara${n++}@example.org` };
			assert.equal((await details(x, id, who)).status, 303);
			assert.equal((await x.post(`/prenota/${id}/conferma`, { csrf: x.jar.get('prenota') })).status, 200);
			const link = new RegExp(`/prenota/${id}/verifica\\?t=[0-9a-f]{32}`).exec(lastMail(who.email))[0];
			assert.equal((await new Client().get(link)).status, 303);
		}
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE start_at = ${q(`${slot}:00`)}
			AND office_id = 1 AND status = 'confirmed'`)), 3);
	});

	test('a hold expires: its slot is free again, its flow says so', async () => {
		const a = await visitor();
		const b = await visitor();
		const slot = (await freeSlots(a, TRIBUTI, { days: 2 })).pop();
		const h = await hold(a, TRIBUTI, slot);
		assert.equal(h.status, 303);
		assert.equal((await hold(b, TRIBUTI, slot)).status, 409);
		sql(`UPDATE bookings SET hold_expires = NOW() - INTERVAL 1 MINUTE WHERE flow_hash = SHA2(${q(flowId(h.location))}, 256)`);
		assert.equal(live('ufficio-tributi', slot), 0);
		assert.equal((await hold(b, TRIBUTI, slot)).status, 303);
		const r = await a.get(h.location);
		assert.equal(r.status, 410);
		assert.match(r.text, /scaduto/);
		assert.equal((await details(a, flowId(h.location))).status, 410);
	});
});

describe('bad input: a clear message, nothing booked', () => {
	test('past, outside hours, closure, holiday, not delivered, forged, beyond the horizon, no token', async () => {
		const c = await visitor();
		const slots = await freeSlots(c, ANAGRAFE, { days: 2 });
		// a day after the first one with free slots: today's 09:07 or 13:00 may be within the
		// cutoff ("già passato o troppo vicino") before it is off the office's hours
		const last = slots[slots.length - 1], day = last.slice(0, 10);
		const before = bookings();
		const cases = [
			[{ inizio: '2020-03-02 09:00' }, 422, /già passato/],
			[{ inizio: `${day} 13:00` }, 422, /orari di ricevimento/],
			[{ inizio: `${day} 09:07` }, 422, /orari di ricevimento/],
			[{ inizio: `${day} 9:00` }, 422, /Scegli un orario/],
			[{ inizio: 'x' }, 422, /Scegli un orario/],
			[{ inizio: `${day} 09:00`, servizio: 'pagamento-imu' }, 422, /non riceve su appuntamento/],
			[{ inizio: `${day} 09:00`, ufficio: 'ufficio-inesistente' }, 422, /non riceve su appuntamento/],
			[{ inizio: `${day} 09:00`, servizio: 'permesso-ztl' }, 404, /non si può prenotare online/],
			[{ inizio: '2099-03-02 09:00' }, 422, /troppo lontano/],
			[{ inizio: `${day} 09:00`, csrf: 'x'.repeat(43) }, 403, /scaduto/],
		];
		for (const [extra, status, re] of cases) {
			const r = await hold(c, ANAGRAFE, extra.inizio, extra);
			assert.equal(r.status, status, JSON.stringify(extra));
			assert.match(r.text, re, JSON.stringify(extra));
		}
		// a one-off closure, then a national holiday
		sql(`INSERT INTO booking_closures (office_id, day, reason) VALUES (1, ${q(day)}, 'Chiusura per disinfestazione')`);
		let r = await hold(c, ANAGRAFE, last);
		assert.equal(r.status, 422);
		assert.match(r.text, /chiuso il giorno scelto \(Chiusura per disinfestazione\)/);
		sql(`DELETE FROM booking_closures WHERE day = ${q(day)} AND reason = 'Chiusura per disinfestazione'`);
		const year = Number(day.slice(0, 4)) + (day.slice(5) > '12-08' ? 1 : 0);
		r = await hold(c, ANAGRAFE, `${year}-12-08 09:00`);
		assert.equal(r.status, 422);
		assert.match(r.text, /chiuso|troppo lontano/);
		assert.equal(bookings(), before);
		// unknown ids and tokens
		assert.equal((await c.get(`/prenota/${'0'.repeat(32)}/dati`)).status, 404);
		assert.equal((await c.get(`/prenota/${'0'.repeat(32)}/verifica?t=${'0'.repeat(32)}`)).status, 404);
		assert.equal((await c.get(`/prenota/ABCDEFGHJKLM?t=${'x'.repeat(43)}`)).status, 404);
	});

	test('a forged or replayed e-mail link confirms nothing', async () => {
		const c = await visitor();
		const slot = (await freeSlots(c, ANAGRAFE, { days: 1 }))[1];
		const { id, link } = await bookAnonymously(c, ANAGRAFE, slot, { ...APPLICANT, email: 'link@example.org' });
		let r = await new Client().get(`/prenota/${id}/verifica?t=${'0'.repeat(32)}`);
		assert.equal(r.status, 404);
		assert.equal(sqlValue(`SELECT status FROM bookings WHERE flow_hash = SHA2(${q(id)}, 256)`), 'held');
		r = await new Client().get(link);
		assert.equal(r.status, 303);
		r = await new Client().get(link);
		assert.equal(r.status, 409);
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE flow_hash = SHA2(${q(id)}, 256) AND status = 'confirmed'`)), 1);
	});
});
