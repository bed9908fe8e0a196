'use strict';
// The counter's side of appointment booking (/admin/sportello, the admin
// program) against the running stack, on an office made for this file (every
// day open 00:00-23:59, 30-minute slots, 2 desks, no cut-off): the day per
// desk, check-in and its refused transitions (recorded with time and staff),
// walk-ins racing citizens' holds for the last seat, the scope of operators
// and the read-only manager, and new hours that list the appointments they
// would cancel, cancel them only when confirmed and e-mail each citizen (the
// outbox row, then the .eml of the stack's SMTP sink); the managers' figures
// (dashboard and CSV) over seeded bookings, exact (the lead time a median,
// walk-ins left out), which new hours do not rewrite for a past period; new
// hours expire the holds they leave out, and a hold waiting on the office's
// lock while the hours change checks the new ones; a service the office stops
// delivering lists, cancels and e-mails its appointments like new hours.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { Client, sql, sqlValue, q, mails } = require('./lib/cases');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { sleep, textOf, TEST_VAR } = require('./lib/http');
const { visitor, hold } = require('./lib/booking');
const { staffClient, staffPost } = require('./lib/staff');
const desk = require('./lib/booking_desk');

const TAG = crypto.randomBytes(3).toString('hex');
const OFFICE = `sportello-prova-${TAG}`;
const { SERVICE, today } = desk;
const officeId = () => desk.officeIdOf(OFFICE);
const book = (start, opts = {}) => desk.book(opts.office || officeId(), start, opts);
const tomorrow = desk.nextOpenDay;   // the next day offices open
const ALL_DAY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`orari_${d}`, '00:00-23:59']));

const row = (code) => {
	const [r] = sql(`SELECT status, attendance, attendance_by, cancel_reason FROM bookings WHERE code = ${q(code)}`);
	return r && { status: r[0], attendance: r[1], by: r[2], reason: r[3] };
};

before(() => desk.makeOffice(OFFICE, `Sportello di prova ${TAG}`));

describe('the day per desk', () => {
	test('an operator of the office sees the day by desk, in order of confirmation', async () => {
		const first = book(`${today()} 00:00`, { name: 'Primo Arrivato', confirmed: 'NOW() - INTERVAL 2 HOUR' });
		const second = book(`${today()} 00:00`, { name: 'Secondo Arrivato', confirmed: 'NOW() - INTERVAL 1 HOUR' });
		const op = await staffClient('operator', [OFFICE]);
		const r = await op.get(`/admin/sportello/${OFFICE}`);
		assert.equal(r.status, 200);
		const desk1 = r.text.indexOf('<h2 class="h4 mt-4">Sportello 1</h2>');
		const desk2 = r.text.indexOf('<h2 class="h4 mt-4">Sportello 2</h2>');
		assert.ok(desk1 > 0 && desk2 > desk1, 'two desks');
		const at = (code) => r.text.indexOf(`id="app-${code}"`);
		assert.ok(at(first.code) > desk1 && at(first.code) < desk2, 'the first confirmed at desk 1');
		assert.ok(at(second.code) > desk2, 'the second at desk 2');
		assert.match(r.text, /name="esito" value="arrived"/);
		const list = await op.get('/admin/sportello');
		assert.ok(list.text.includes(`href="/admin/sportello/${OFFICE}"`));
		const print = await op.get(`/admin/sportello/${OFFICE}?giorno=${today()}&stampa=1`);
		assert.equal(print.status, 200);
		assert.ok(print.text.includes(first.code) && !print.text.includes('name="esito"'), 'printable, no forms');
	});

	test('another office\'s operator gets 404; a manager reads but may not act', async () => {
		const other = await staffClient('operator', ['ufficio-tributi']);
		assert.equal((await other.get(`/admin/sportello/${OFFICE}`)).status, 404);
		assert.equal((await other.get(`/admin/sportello/${OFFICE}/impostazioni`)).status, 404);
		const { code } = book(`${today()} 00:30`);
		const refused = await staffPost(other, `/admin/sportello/${OFFICE}/presenze`, { codice: code, esito: 'arrived' });
		assert.equal(refused.status, 404);
		const boss = await staffClient('manager');
		const r = await boss.get(`/admin/sportello/${OFFICE}`);
		assert.equal(r.status, 200);
		assert.ok(r.text.includes(code) && !r.text.includes('name="esito"'), 'read only');
		const post = await staffPost(boss, `/admin/sportello/${OFFICE}/presenze`, { codice: code, esito: 'arrived' });
		assert.equal(post.status, 403);
		assert.equal(row(code).attendance, 'expected');
		assert.equal((await boss.get(`/admin/sportello/${OFFICE}?giorno=2026-02-30`)).status, 400);
	});
});

describe('check-in', () => {
	test('expected -> arrived -> done, recorded with the staff member; other changes refused', async () => {
		const { code } = book(`${today()} 01:00`);
		const later = book(`${tomorrow()} 10:00`).code;
		const op = await staffClient('operator', [OFFICE]);
		await op.get(`/admin/sportello/${OFFICE}`);
		const staffId = sqlValue(`SELECT id FROM staff WHERE username = ${q(op.account.username)}`);
		const go = (c, esito) => staffPost(op, `/admin/sportello/${OFFICE}/presenze`, { codice: c, esito, giorno: today() });
		assert.equal((await go(code, 'done')).status, 409, 'not served before arriving');
		assert.equal((await go(code, 'bogus')).status, 400);
		const a = await go(code, 'arrived');
		assert.equal(a.status, 303);
		assert.equal(a.location, `/admin/sportello/${OFFICE}?giorno=${today()}`);
		assert.deepEqual(row(code), { status: 'confirmed', attendance: 'arrived', by: staffId, reason: null });
		assert.equal((await go(code, 'no_show')).status, 409, 'an arrived person is not absent');
		assert.equal((await go(code, 'done')).status, 303);
		assert.equal((await go(code, 'arrived')).status, 409, 'done is final');
		assert.equal(row(code).attendance, 'done');
		assert.deepEqual(sql(`SELECT a.attendance, a.staff_id FROM booking_attendance a JOIN bookings b ON b.id = a.booking_id
			WHERE b.code = ${q(code)} ORDER BY a.id`), [['arrived', staffId], ['done', staffId]]);
		assert.equal((await go(later, 'no_show')).status, 409, 'no check-in for a later day');
		assert.equal((await staffPost(op, `/admin/sportello/${OFFICE}/presenze`, { codice: code, esito: 'done' }, { csrf: null })).status, 403);
	});

	test('no-show once the slot began, then a late arrival', async () => {
		const { code } = book(desk.slotAt(0));   // the slot of now: begun
		const op = await staffClient('operator', [OFFICE]);
		await op.get(`/admin/sportello/${OFFICE}`);
		const go = (esito) => staffPost(op, `/admin/sportello/${OFFICE}/presenze`, { codice: code, esito });
		assert.equal((await go('no_show')).status, 303);
		assert.equal(row(code).attendance, 'no_show');
		assert.equal((await go('arrived')).status, 303);
		assert.equal(row(code).attendance, 'arrived');
	});
});

describe('walk-ins', () => {
	// Offices of 5-minute slots open from minute 4 of this hour: a slot of today
	// still to come at any hour but the day's last eight minutes (then the tests
	// wait for the next day).
	const WALK = `sportello-accessi-${TAG}`, WALK2 = `sportello-accessi-2-${TAG}`;
	const walkId = (slug = WALK) => desk.officeIdOf(slug);
	const liveAt = (start) => Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE office_id = ${walkId()}
		AND start_at = ${q(`${start}:00`)} AND (status = 'confirmed' OR (status = 'held' AND hold_expires > NOW()))`));
	before(async () => {
		await desk.dayWithMinutesLeft(8);
		const [opens, closes] = desk.hoursFromNow();
		desk.makeOffice(WALK, `Sportello degli accessi ${TAG}`, 5, opens, closes);
		desk.makeOffice(WALK2, `Altro sportello degli accessi ${TAG}`, 5, opens, closes);
	});

	test('walk-ins and citizens racing for the last seat of a slot: exactly the desks', async () => {
		const slot = desk.nextSlot(5);
		book(slot, { office: walkId() });   // one of the two desks taken
		// two counters' operators posting 8 walk-ins each, 16 citizens holding, all at once
		const ops = await Promise.all([1, 2].map(() => staffClient('operator', [WALK])));
		for (const op of ops) await op.get(`/admin/sportello/${WALK}`);
		const walkers = Array.from({ length: 16 }, (_, i) => ops[i % 2]);
		const citizens = await Promise.all(Array.from({ length: 16 }, async () => {
			const c = new Client();
			await c.get('/prenota');
			return c;
		}));
		const results = await Promise.all([
			...walkers.map((op, i) => staffPost(op, `/admin/sportello/${WALK}/accesso`,
				{ inizio: slot, servizio: SERVICE, nome: `Persona ${i}`, giorno: today() })),
			...citizens.map((c) => c.post('/prenota/blocca', { csrf: c.jar.get('prenota'), servizio: SERVICE, ufficio: WALK, inizio: slot })),
		]);
		const won = results.filter((r) => r.status === 303);
		assert.equal(won.length, 1, `statuses: ${results.map((r) => r.status)}`);
		assert.equal(liveAt(slot), 2);
		for (const r of results.filter((x) => x.status !== 303)) assert.equal(r.status, 409);
	});

	test('a walk-in lands on the day view; bad slots are refused and nothing is booked', async () => {
		const op = await staffClient('operator', [WALK2, OFFICE]);
		await op.get(`/admin/sportello/${WALK2}`);
		const walkAt = (office, fields) => staffPost(op, `/admin/sportello/${office}/accesso`, { servizio: SERVICE, nome: 'Gino Allo Sportello', ...fields });
		const walk = (fields) => walkAt(WALK2, fields);
		const before = Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE office_id = ${walkId(WALK2)}`));
		const slot = desk.nextSlot(5);
		assert.equal((await walkAt(OFFICE, { inizio: `${today()} 22:10` })).status, 422, 'not a slot start (30-minute slots)');
		assert.equal((await walk({ inizio: `${tomorrow()} ${slot.slice(11)}` })).status, 422, 'not today');
		assert.equal((await walk({ inizio: desk.pastSlot(10, 5) })).status, 422, 'over already');
		assert.equal((await walk({ inizio: slot, servizio: 'pagamento-imu' })).status, 422, 'not offered here');
		assert.equal((await walk({ inizio: slot, nome: '' })).status, 422);
		assert.equal((await walk({ inizio: slot, nome: 'Due\nrighe' })).status, 422);
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE office_id = ${walkId(WALK2)}`)), before);
		assert.equal((await walk({ inizio: slot })).status, 303);
		const day = await op.get(`/admin/sportello/${WALK2}`);
		assert.match(day.text, /Gino Allo Sportello <span class="badge bg-secondary">allo sportello<\/span>/);
	});

});

describe('the office\'s settings', () => {
	test('new hours list the appointments they leave out; confirmed, those are cancelled and e-mailed', async () => {
		const out = book(`${tomorrow()} 08:00`, { name: 'Lucia Fuori' });
		const keep = book(`${tomorrow()} 15:00`, { name: 'Carlo Dentro' });
		const op = await staffClient('operator', [OFFICE]);
		const form = await op.get(`/admin/sportello/${OFFICE}/impostazioni`);
		assert.equal(form.status, 200);
		assert.match(form.text, /id="orari_1" name="orari_1" value="00:00-23:59"/);
		const serviceId = sqlValue(`SELECT id FROM services WHERE slug = ${q(SERVICE)}`);
		const fields = { durata: 30, sportelli: 2, orizzonte: 60, preavviso: 0, servizi: [serviceId], chiusure: '',
			...ALL_DAY, orari_1: '00:00-02:00, 14:00-23:59', orari_2: '00:00-02:00, 14:00-23:59', orari_3: '00:00-02:00, 14:00-23:59',
			orari_4: '00:00-02:00, 14:00-23:59', orari_5: '00:00-02:00, 14:00-23:59', orari_6: '00:00-02:00, 14:00-23:59',
			orari_7: '00:00-02:00, 14:00-23:59' };
		for (const wrong of [{ orari_3: '9-12' }, { orari_3: '09:00-12:00, 11:00-13:00' }, { orari_3: '12:00-09:00' },
			{ orari_3: '09:00-12:00 e poi' }, { durata: 2 }, { sportelli: 'due' }, { servizi: [serviceId, serviceId] },
			{ servizi: [999999999] }, { chiusure: '2020-01-01 Passata' }, { chiusure: '2099-02-30 Inesistente' }]) {
			const bad = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...fields, ...wrong });
			assert.equal(bad.status, 422, JSON.stringify(wrong));
			assert.match(bad.text, /aria-invalid="true"|id="errore-servizi"/, JSON.stringify(wrong));
		}
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_hours WHERE office_id = ${officeId()}`), '7', 'nothing saved');
		const preview = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, fields);
		assert.equal(preview.status, 409);
		assert.ok(preview.text.includes(`data-code="${out.code}"`), 'the appointment left out is listed');
		assert.ok(!preview.text.includes(`data-code="${keep.code}"`));
		assert.equal(row(out.code).status, 'confirmed', 'nothing changed before the confirmation');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_hours WHERE office_id = ${officeId()}`), '7');
		// the confirmation sends back the listed appointments (other tests' may be among them)
		let listed = [...preview.text.matchAll(/name="annulla" value="(\d+)"/g)].map((m) => m[1]);
		const id = sqlValue(`SELECT id FROM bookings WHERE code = ${q(out.code)}`);
		assert.ok(listed.includes(id));
		const wrong = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...fields, conferma: 1, annulla: [...listed, 999999999] });
		assert.equal(wrong.status, 409, 'a confirmation must name exactly the listed appointments');
		const partial = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...fields, conferma: 1 });
		assert.equal(partial.status, 409);
		assert.equal(row(out.code).status, 'confirmed');
		// booked meanwhile: the confirmation of the old list saves nothing and lists it too
		const late = book(`${tomorrow()} 09:00`, { name: 'Tardo Prenotato' });
		const again = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...fields, conferma: 1, annulla: listed });
		assert.equal(again.status, 409);
		assert.match(again.text, /Nel frattempo le prenotazioni sono cambiate/);
		assert.ok(again.text.includes(`data-code="${late.code}"`));
		assert.equal(row(out.code).status, 'confirmed');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_hours WHERE office_id = ${officeId()}`), '7');
		listed = [...again.text.matchAll(/name="annulla" value="(\d+)"/g)].map((m) => m[1]);
		const done = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...fields, conferma: 1, annulla: listed });
		assert.equal(done.status, 303);
		assert.equal(done.location, `/admin/sportello/${OFFICE}/impostazioni?salvato=${listed.length}`);
		const r = row(out.code);
		assert.equal(r.status, 'cancelled');
		assert.equal(sqlValue(`SELECT after_value FROM audit_log WHERE action = 'booking-settings' AND object_id = ${q(OFFICE)}
			ORDER BY id DESC LIMIT 1`), `{"slot_minutes":30,"desks":2,"hours":14,"closures":0,"cancelled":${listed.length}}`);
		assert.match(r.reason, /orario non è più tra quelli di apertura/);
		assert.equal(row(keep.code).status, 'confirmed');
		assert.equal(row(late.code).status, 'cancelled');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_hours WHERE office_id = ${officeId()}`), '14');
		const [mail] = sql(`SELECT subject, body FROM outbox WHERE recipient = ${q(out.email)}`);
		assert.ok(mail, 'an e-mail queued for the citizen');
		assert.equal(mail[0], 'Appuntamento annullato: Carta d\'identità elettronica');
		const body = mail[1].replace(/\\n/g, '\n');
		assert.match(body, /Gentile Lucia Fuori,/);
		assert.match(body, /annullato dall'ufficio perché l'orario non è più tra quelli di apertura/);
		assert.ok(body.includes(`/prenota?servizio=${SERVICE}&ufficio=${OFFICE}`), body);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM outbox WHERE recipient = ${q(keep.email)}`), '0');
		// delivered by the stack's notifier to its SMTP sink (TEST_VAR/mail)
		let eml;
		for (const end = Date.now() + 10000; !eml && Date.now() < end; await sleep(200))
			eml = mails().find((m) => new RegExp(`^To: ${out.email.replace(/\./g, '\\.')}\r?$`, 'm').test(m.headers));
		assert.ok(eml, `no e-mail to ${out.email} reached the SMTP sink within 10 s`);
		assert.ok(eml.body.includes(`/prenota?servizio=${SERVICE}&ufficio=${OFFICE}`), eml.body);
		assert.match(eml.body, /Gentile Lucia Fuori/);
		const saved = await op.get(done.location);
		assert.ok(saved.text.includes(`Appuntamenti annullati e avvisati per e-mail: ${listed.length}.`));
	});

	test('a closure and fewer desks list the appointments of that day and those over capacity', async () => {
		const day = today(3);
		const a = book(`${day} 16:00`, { confirmed: 'NOW() - INTERVAL 1 HOUR' });
		const b = book(`${day} 16:00`);
		const op = await staffClient('operator', [OFFICE]);
		await op.get(`/admin/sportello/${OFFICE}/impostazioni`);
		const serviceId = sqlValue(`SELECT id FROM services WHERE slug = ${q(SERVICE)}`);
		const base = { durata: 30, orizzonte: 60, preavviso: 0, servizi: [serviceId], ...ALL_DAY };
		const fewer = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...base, sportelli: 1, chiusure: '' });
		assert.equal(fewer.status, 409);
		assert.ok(fewer.text.includes(`data-code="${b.code}"`) && !fewer.text.includes(`data-code="${a.code}"`),
			'the later confirmation goes');
		const closed = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...base, sportelli: 2, chiusure: `${day} Disinfestazione` });
		assert.equal(closed.status, 409);
		assert.ok(closed.text.includes(`data-code="${a.code}"`) && closed.text.includes(`data-code="${b.code}"`));
		assert.match(closed.text, /chiuso \(Disinfestazione\)/);
		const c = book(`${day} 16:20`);   // off the grid of 40-minute slots (16:00, 16:40)
		const longer = await staffPost(op, `/admin/sportello/${OFFICE}/impostazioni`, { ...base, durata: 40, sportelli: 2, chiusure: '' });
		assert.equal(longer.status, 409);
		assert.ok(longer.text.includes(`data-code="${c.code}"`) && !longer.text.includes(`data-code="${a.code}"`));
		assert.match(longer.text, /la durata degli appuntamenti è cambiata/);
		assert.equal(row(a.code).status, 'confirmed');
	});
});

describe('a service the office stops delivering', () => {
	// an office of its own delivering two services: the identity card and IMU
	const SLUG = `servizio-via-${TAG}`;
	const IMU = 'pagamento-imu';
	let id;
	before(() => {
		id = desk.makeOffice(SLUG, `Ufficio servizi ${TAG}`);
		sql(`INSERT INTO booking_services (office_id, service_id) SELECT ${id}, id FROM services WHERE slug = ${q(IMU)}`);
	});

	test('its appointments are listed; confirmed, they are cancelled, their holds expire, each citizen e-mailed', async () => {
		const out = book(`${tomorrow()} 10:00`, { office: id, service: IMU, name: 'Ida Tolta' });
		const keep = book(`${tomorrow()} 10:00`, { office: id, name: 'Ugo Resta' });
		const c = await visitor();
		const held = await hold(c, { servizio: IMU, ufficio: SLUG }, `${tomorrow()} 11:00`);
		assert.equal(held.status, 303, 'an IMU hold in flight');
		const op = await staffClient('operator', [SLUG]);
		await op.get(`/admin/sportello/${SLUG}/impostazioni`);
		const serviceId = sqlValue(`SELECT id FROM services WHERE slug = ${q(SERVICE)}`);
		const fields = { durata: 30, sportelli: 2, orizzonte: 60, preavviso: 0, servizi: [serviceId], chiusure: '', ...ALL_DAY };
		const preview = await staffPost(op, `/admin/sportello/${SLUG}/impostazioni`, fields);
		assert.equal(preview.status, 409, 'never silently: the appointments are listed first');
		assert.ok(preview.text.includes(`data-code="${out.code}"`));
		assert.ok(!preview.text.includes(`data-code="${keep.code}"`));
		assert.match(preview.text, /il servizio non è più offerto da questo ufficio/);
		assert.equal(row(out.code).status, 'confirmed', 'nothing changed before the confirmation');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_services WHERE office_id = ${id}`), '2');
		const listed = [...preview.text.matchAll(/name="annulla" value="(\d+)"/g)].map((m) => m[1]);
		assert.deepEqual(listed, [sqlValue(`SELECT id FROM bookings WHERE code = ${q(out.code)}`)]);
		const done = await staffPost(op, `/admin/sportello/${SLUG}/impostazioni`, { ...fields, conferma: 1, annulla: listed });
		assert.equal(done.status, 303);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_services WHERE office_id = ${id}`), '1');
		const r = row(out.code);
		assert.equal(r.status, 'cancelled');
		assert.match(r.reason, /il servizio non è più offerto/);
		assert.equal(row(keep.code).status, 'confirmed');
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE office_id = ${id} AND status = 'held'
			AND hold_expires > NOW()`)), 0, 'the IMU hold expired with the change');
		assert.equal((await c.get(held.location)).status, 410);
		// the e-mail leads to the offices that still deliver the service, not back to this one
		const body = sqlValue(`SELECT body FROM outbox WHERE recipient = ${q(out.email)}`).replace(/\\n/g, '\n');
		assert.match(body, /Gentile Ida Tolta,/);
		assert.match(body, /annullato dall'ufficio perché il servizio non è più offerto da questo ufficio/);
		assert.match(body, new RegExp(`/prenota\\?servizio=${IMU}\n`));
		assert.equal(sqlValue(`SELECT COUNT(*) FROM outbox WHERE recipient = ${q(keep.email)}`), '0');
		// and the office is no longer offered for it
		assert.equal((await hold(await visitor(), { servizio: IMU, ufficio: SLUG }, `${tomorrow()} 12:00`)).status, 422);
	});

	test('a service with appointments to come is not retired by the editors: 409 naming the offices, nothing changed', async () => {
		const editor = await staffClient('editor');
		const fields = {
			title: `Servizio a prenotazione ${TAG}`, slug: `prenotabile-${TAG}`, summary: 'Un servizio dei test.',
			status: 'active', for_citizens: '1', audience: 'Tutti.', description: 'Descrizione.', how_to: 'Prenota.',
			requirements: 'Un documento.', outputs: 'Nulla.', times: 'Subito.', costs: 'Gratuito.', conditions: 'Nessuna.',
			online_url: '', online_label: '', in_person: 'Allo sportello.', booking: '1', office_id: '1', category_id: '3',
			contacts: 'Lo sportello.', topics: ['1'],
		};
		const made = await staffPost(editor, '/admin/servizi/nuovo', { ...fields, azione: 'pubblica' });
		assert.equal(made.status, 303, made.text.slice(0, 300));
		const sid = /^\/admin\/servizi\/(\d+)\?/.exec(made.location)[1];
		sql(`INSERT INTO booking_services (office_id, service_id) VALUES (${id}, ${sid})`);
		const slug = fields.slug;
		const b = book(`${tomorrow()} 14:00`, { office: id, service: slug });
		for (const change of [{ azione: 'ritira' }, { ...fields, status: 'inactive', status_reason: 'Sospeso.', azione: 'pubblica' }]) {
			const r = await staffPost(editor, `/admin/servizi/${sid}`, change);
			assert.equal(r.status, 409, change.azione);
			assert.match(textOf(r.text), new RegExp(`appuntamenti prenotati ancora da svolgere: Ufficio servizi ${TAG} \\(1, /admin/sportello/${SLUG}/impostazioni\\)`));
		}
		// nor by publishing a draft revision that has it not active
		const draft = await staffPost(editor, `/admin/servizi/${sid}`, { ...fields, status: 'inactive', status_reason: 'Sospeso.', azione: 'bozza' });
		assert.equal(draft.status, 303);
		const rev = sqlValue(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${sid}`);
		assert.equal((await staffPost(editor, `/admin/servizi/${sid}/revisioni/${rev}`, { azione: 'pubblica' })).status, 409);
		assert.deepEqual(sql(`SELECT published, status FROM services WHERE id = ${sid}`)[0], ['1', 'active'], 'nothing changed');
		assert.equal(row(b.code).status, 'confirmed');
		// once the office no longer has it (its settings cancel and tell), the service can go
		sql(`UPDATE bookings SET status = 'cancelled' WHERE code = ${q(b.code)}`);
		const gone = await staffPost(editor, `/admin/servizi/${sid}`, { azione: 'ritira' });
		assert.equal(gone.status, 303);
		assert.equal(sqlValue(`SELECT published FROM services WHERE id = ${sid}`), '0');
	});
});

describe('new hours and the holds in flight', () => {
	// an office of its own, so the holds of other tests do not count
	const SLUG = `orari-gara-${TAG}`;
	const pair = { servizio: SERVICE, ufficio: SLUG };
	const MORNINGS = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`orari_${d}`, '00:00-12:00']));
	let id;
	before(() => { id = desk.makeOffice(SLUG, `Ufficio orari ${TAG}`); });
	const liveHold = (start) => Number(sqlValue(`SELECT COUNT(*) FROM bookings WHERE office_id = ${id}
		AND start_at = ${q(`${start}:00`)} AND status = 'held' AND hold_expires > NOW()`));
	const allDay = () => sql(`DELETE FROM booking_hours WHERE office_id = ${id};
		INSERT INTO booking_hours (office_id, weekday, opens, closes) SELECT ${id}, d, '00:00', '23:59'
		FROM (SELECT 1 d UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) w`);

	test('the settings save expires the holds not yet confirmed that the new hours leave out', async () => {
		const c = await visitor();
		const afternoon = `${tomorrow()} 15:00`, morning = `${tomorrow()} 09:00`;
		const held = await hold(c, pair, afternoon);
		assert.equal(held.status, 303);
		assert.equal((await hold(await visitor(), pair, morning)).status, 303);
		assert.equal(liveHold(afternoon), 1);
		const op = await staffClient('operator', [SLUG]);
		await op.get(`/admin/sportello/${SLUG}/impostazioni`);
		const serviceId = sqlValue(`SELECT id FROM services WHERE slug = ${q(SERVICE)}`);
		const saved = await staffPost(op, `/admin/sportello/${SLUG}/impostazioni`, { durata: 30, sportelli: 2,
			orizzonte: 60, preavviso: 0, servizi: [serviceId], chiusure: '', ...MORNINGS });
		assert.equal(saved.status, 303, 'no confirmed appointment to list');
		assert.equal(liveHold(afternoon), 0, 'the afternoon hold expired with the new hours');
		assert.equal(liveHold(morning), 1, 'the morning hold is kept');
		// its citizen cannot go on with it: the slot was freed
		assert.equal((await c.get(held.location)).status, 410);
	});

	test('a hold waiting on the office\'s lock while the hours change checks the new hours', async () => {
		allDay();
		const slot = `${tomorrow()} 16:00`;
		const c = await visitor();
		// the settings' transaction, held open: new hours written, not yet committed
		const change = promisify(execFile)('mariadb', ['--no-defaults', `--socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
			'-uroot', 'portale', '-e', `BEGIN; SELECT office_id FROM booking_offices WHERE office_id = ${id} FOR UPDATE;
			DELETE FROM booking_hours WHERE office_id = ${id};
			INSERT INTO booking_hours (office_id, weekday, opens, closes) SELECT ${id}, d, '00:00', '12:00'
			FROM (SELECT 1 d UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) w;
			DO SLEEP(2); COMMIT;`]);
		await sleep(700);
		// the page's checks read the old hours (the change is not committed): the hold goes on to its transaction
		const r = await hold(c, pair, slot);
		await change;
		assert.equal(r.status, 409, `the hold landed outside the new hours: ${r.status}`);
		assert.match(textOf(r.text), /ha appena cambiato gli orari/);
		assert.equal(liveHold(slot), 0);
	});
});

describe('the managers\' figures', () => {
	// An office of its own: Mondays 9:00-12:00, 30-minute slots, 2 desks, so
	// 2020-03-02..15 (two Mondays) has 2 x 6 x 2 = 24 seats.
	const FIG = `cruscotto-prova-${TAG}`;
	const IMU = 'pagamento-imu';
	let id;
	before(() => {
		id = desk.makeOffice(FIG, `Ufficio cruscotto ${TAG}`);
		sql(`DELETE FROM booking_hours WHERE office_id = ${id};
			INSERT INTO booking_hours (office_id, weekday, opens, closes) VALUES (${id}, 1, '09:00', '12:00')`);
		const at = (start, days, extra = {}) => book(start, { office: id, created: `${q(start)} - INTERVAL ${days} DAY`, ...extra });
		at('2020-03-02 09:00', 1, { attendance: 'no_show' });
		at('2020-03-02 09:00', 2, { attendance: 'done' });
		at('2020-03-02 09:30', 3, { attendance: 'no_show' });
		at('2020-03-02 09:30', 4);
		at('2020-03-09 10:00', 5, { attendance: 'done' });
		at('2020-03-09 10:00', 9);
		at('2020-03-09 10:30', 30, { status: 'cancelled' });                 // cancelled: not counted
		at('2020-03-16 09:00', 1);                                             // after the period
		at('2020-03-09 11:00', 10, { service: IMU, attendance: 'no_show' });
		at('2020-03-09 11:00', 22, { service: IMU });
		// a walk-in (the counter, no lead time): counted as booked, not in the lead time's median
		const walkIn = at('2020-03-09 10:30', 0, { attendance: 'done' });
		sql(`UPDATE bookings SET walk_in = TRUE WHERE code = ${q(walkIn.code)}`);
	});

	const expected = () => {
		const office = `Ufficio cruscotto ${TAG}`;
		const imu = sqlValue(`SELECT title FROM services WHERE slug = ${q(IMU)}`);
		return [
			// medians of the days ahead: all 1 2 3 4 5 9 10 22 -> (4 + 5) / 2; the
			// identity card 1 2 3 4 5 9 -> (3 + 4) / 2; IMU 10 22 -> 16 (with the
			// walk-in's 0 they would be 4,0 and 3,0; the means were 7,0 and 4,0)
			[office, 'Tutti i servizi', '9', '24', '37,5%', '3 su 9', '33,3%', '4,5'],
			[office, 'Carta d\'identità elettronica', '7', '24', '29,2%', '2 su 7', '28,6%', '3,5'],
			[office, imu, '2', '24', '8,3%', '1 su 2', '50,0%', '16,0'],
		];
	};
	const RANGE = `dal=2020-03-02&al=2020-03-15&ufficio=${FIG}`;

	test('the dashboard shows utilisation, no-show rate and lead time per office and service', async () => {
		const boss = await staffClient('manager');
		const r = await boss.get(`/admin/cruscotto?${RANGE}`);
		assert.equal(r.status, 200);
		const table = /<table[^>]*id="tabella-appuntamenti">([\s\S]*?)<\/table>/.exec(r.text);
		assert.ok(table, 'the appointments table');
		const rows = [...table[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1)
			.map((m) => [...m[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1].replace(/&#39;/g, "'").trim()));
		const want = expected();
		assert.deepEqual(rows[0], want[0], 'the office total first');
		assert.deepEqual(rows.slice(1).sort(), want.slice(1).sort());
		const op = await staffClient('operator', [FIG]);
		assert.equal((await op.get(`/admin/cruscotto?${RANGE}`)).status, 403);
	});

	test('the CSV has the same figures', async () => {
		const boss = await staffClient('manager');
		const r = await boss.get(`/admin/cruscotto.csv?${RANGE}&dati=appuntamenti`);
		assert.equal(r.status, 200);
		assert.match(r.headers.get('content-type'), /^text\/csv/);
		const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n');
		assert.equal(lines[0], 'ufficio,servizio,prenotati,posti,utilizzo,appuntamenti_passati,assenze,tasso_assenze,anticipo_mediano_giorni');
		const cells = (l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).filter((x) => x !== '').map((x) => x.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
		const got = lines.slice(1).map(cells);
		const want = expected().map(([o, s, b, seats, u, ns, rate, lead]) => [o, s, b, seats, u, ns.split(' su ')[1], ns.split(' su ')[0], rate, lead]);
		assert.deepEqual(got[0], want[0]);
		assert.deepEqual(got.slice(1).sort(), want.slice(1).sort());
	});

	test('new hours do not rewrite the past: the period\'s seats stay those of the hours then in force', async () => {
		const boss = await staffClient('manager');
		const csv = async (range) => {
			const r = await boss.get(`/admin/cruscotto.csv?${range}&dati=appuntamenti`);
			assert.equal(r.status, 200);
			return r.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
		};
		const page = async (range) => (await boss.get(`/admin/cruscotto?${range}`)).text;
		const cell = (l, i) => l.split(',')[i];
		// a week of 2099 (no holiday: 2099-03-02 is a Monday) with one appointment, so the office is listed
		const FUTURE = `dal=2099-03-02&al=2099-03-08&ufficio=${FIG}`;
		book('2099-03-02 09:00', { office: id });
		const pastCsv = await csv(RANGE), pastPage = await page(RANGE);
		assert.equal(cell(pastCsv[0], 3), '24');
		assert.equal(cell((await csv(FUTURE))[0], 3), '12', 'one Monday of 6 slots and 2 desks');
		// from today every day 09:00-10:00, 20-minute slots, 3 desks
		const op = await staffClient('operator', [FIG]);
		await op.get(`/admin/sportello/${FIG}/impostazioni`);
		const serviceId = sqlValue(`SELECT id FROM services WHERE slug = ${q(desk.SERVICE)}`);
		const hours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`orari_${d}`, '09:00-10:00']));
		const saved = await staffPost(op, `/admin/sportello/${FIG}/impostazioni`, { durata: 20, sportelli: 3,
			orizzonte: 60, preavviso: 0, servizi: [serviceId], chiusure: '', ...hours });
		assert.equal(saved.status, 303);
		assert.deepEqual(await csv(RANGE), pastCsv, 'the past period\'s figures unchanged in the CSV');
		const table = (html) => /<table[^>]*id="tabella-appuntamenti">([\s\S]*?)<\/table>/.exec(html)[1];
		assert.equal(table(await page(RANGE)), table(pastPage), 'and on the dashboard');
		assert.equal(cell((await csv(FUTURE))[0], 3), String(7 * 3 * 3), 'the days ahead count the new hours');
		// a second change the same day keeps the first day's record: the past is still the first hours'
		const again = await staffPost(op, `/admin/sportello/${FIG}/impostazioni`, { durata: 30, sportelli: 1,
			orizzonte: 60, preavviso: 0, servizi: [serviceId], chiusure: '', ...hours });
		assert.equal(again.status, 303);
		assert.deepEqual(await csv(RANGE), pastCsv);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM booking_settings_past WHERE office_id = ${id}`), '1');
		assert.equal(cell((await csv(FUTURE))[0], 3), String(7 * 2 * 1));
	});
});
