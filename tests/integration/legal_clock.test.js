'use strict';
// The legal clock of cases (L. 241/1990, issue 11), over HTTP against the
// running stack:
//   - the clock shown the same way on the citizen's and the operator's page
//     (started, term, state, due date on a working day);
//   - the office's request for information suspends the term once, for at
//     most 30 days, with an answer-by date; a second request does not; the
//     operator's resume counts at most 30 days;
//   - the substitute official (art. 2 c. 9-bis): refused before the term has
//     passed, for a simple report and twice; accepted after it: the case moves
//     to the official's office with half the term, an event, an e-mail to the
//     official and one to the citizen (what happens next, the new due date);
//   - reclassified to a category with another term: the new term from the
//     same start, said on the timeline.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q, timelineOf, itDate, dueDate } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const REGISTRY = 'ufficio-anagrafe';          // disservizio-ufficio (reclamo, 30 days) goes here
const SUBSTITUTE = 'ufficio-tributi';        // Substitute.Office in conf/site.hdf
const OFFICIAL_EMAIL = 'segretario@comune.valdimonte.it';

// The clock's section of a case page as { dt: dd text }.
function clockOf(html) {
	const sec = /<section aria-labelledby="termine"[\s\S]*?<\/section>/.exec(html);
	if (!sec) return null;
	return Object.fromEntries([...sec[0].matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)]
		.map((m) => [textOf(m[1]), textOf(m[2])]));
}

function clockRow(code) {
	const cols = ['status', 'office_id', 'operator_id', 'due_date', 'clock_started', 'term_days', 'term_runs',
		'suspended_at', 'answer_by', 'suspended_days', 'suspensions', 'substitute_at', 'substitute_office_id'];
	const [r] = sql(`SELECT ${cols.join(', ')} FROM cases WHERE code = ${q(code)}`);
	return Object.fromEntries(cols.map((c, i) => [c, r[i]]));
}

const officeId = (slug) => sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
const sqlToIt = (d) => d.split('-').reverse().join('/');
const act = (c, code, azione, fields = {}) =>
	c.post(`/admin/pratiche/${code}/azione`, { csrf: c.csrf, azione, ...fields });

async function complaint(citizen, title) {
	const { code } = await citizen.fileCase({ titolo: title, categoria: 'disservizio-ufficio' }, [], { tipo: 'reclamo' });
	return code;
}

describe('the legal clock: the same on both sides, suspended once', () => {
	let citizen, op, code;
	before(async () => {
		[citizen, op] = await Promise.all([loggedIn(2), staffClient('operator', [REGISTRY])]);
		code = await complaint(citizen, 'Sportello chiuso senza preavviso');
	});

	test('filed today: 30 days on a working day, shown alike to the citizen and the operator', async () => {
		const r = clockRow(code);
		assert.equal(r.term_days, '30');
		assert.equal(r.term_runs, '1');
		assert.equal(sqlToIt(r.due_date), dueDate(new Date(), 30));
		const mine = clockOf((await citizen.get(`/segnalazioni/${code}`)).text);
		const staff = clockOf((await op.get(`/admin/pratiche/${code}`)).text);
		assert.deepEqual(mine, staff);
		assert.equal(mine.Scadenza, dueDate(new Date(), 30));
		assert.match(mine['Decorre dal'], new RegExp(`^${itDate(new Date())} \\(30 giorni, art\\. 2`));
		const left = Math.round((Date.parse(r.due_date) - Date.parse(sqlValue('SELECT CURDATE()'))) / 86400000);
		assert.equal(mine['Stato del termine'], `In corso: mancano ${left} giorni`);
	});

	test('the first request suspends the term with an answer-by date; the operator resumes after 40 days: 30 count', async () => {
		assert.equal((await act(op, code, 'prendi')).status, 303);
		assert.equal((await act(op, code, 'chiedi', { domanda: 'Quale sportello era chiuso?' })).status, 303);
		let r = clockRow(code);
		assert.equal(r.suspensions, '1');
		assert.equal(sqlToIt(r.answer_by), itDate(new Date(), 30));
		assert.equal(sqlToIt(r.due_date), dueDate(new Date(), 60), 'while suspended: the latest due date');
		const mine = clockOf((await citizen.get(`/segnalazioni/${code}`)).text);
		assert.match(mine['Stato del termine'], new RegExp(`^Sospeso .* risposta entro il ${itDate(new Date(), 30)}`));
		assert.deepEqual(clockOf((await op.get(`/admin/pratiche/${code}`)).text), mine);
		// suspended 40 days ago (the citizen never answered), started 45 days ago
		sql(`UPDATE cases SET clock_started = CURDATE() - INTERVAL 45 DAY,
			suspended_at = CURDATE() - INTERVAL 40 DAY, answer_by = CURDATE() - INTERVAL 10 DAY WHERE code = ${q(code)}`);
		assert.equal((await act(op, code, 'riprendi')).status, 303);
		r = clockRow(code);
		assert.equal(r.status, 'in_progress');
		assert.equal(r.suspended_at, null);
		assert.equal(r.suspended_days, '30', 'capped at 30 days (art. 2 c. 7)');
		assert.equal(sqlToIt(r.due_date), dueDate(new Date(), 15));   // -45 + 30 + 30
		const events = timelineOf((await citizen.get(`/segnalazioni/${code}`)).text);
		assert.ok(events.some((e) => e.body.includes(`Rispondi entro il ${itDate(new Date(), 30)}`)), JSON.stringify(events));
		assert.ok(events.some((e) => e.body.includes(`prevista entro il ${dueDate(new Date(), 15)}`)), JSON.stringify(events));
	});

	test('a second request does not suspend the term again', async () => {
		const due = clockRow(code).due_date;
		assert.equal((await act(op, code, 'chiedi', { domanda: 'E a che ora?' })).status, 303);
		const r = clockRow(code);
		assert.equal(r.status, 'waiting_citizen');
		assert.equal(r.suspensions, '1');
		assert.equal(r.suspended_at, null);
		assert.equal(r.due_date, due);
		const mine = clockOf((await citizen.get(`/segnalazioni/${code}`)).text);
		assert.match(mine['Stato del termine'], /^In corso: mancano/);
		const events = timelineOf((await citizen.get(`/segnalazioni/${code}`)).text);
		const last = events.filter((e) => e.body.includes('E a che ora?'));
		assert.equal(last.length, 1);
		assert.ok(!last[0].body.includes('Rispondi entro'), 'no answer-by date: the term runs');
	});
});

describe('the substitute official (art. 2 c. 9-bis)', () => {
	let citizen, code, report;
	const ask = (c) => citizen.post(`/segnalazioni/${c}/potere-sostitutivo`, { csrf: citizen.csrf });
	before(async () => {
		citizen = await loggedIn(3);
		code = await complaint(citizen, 'Nessuna risposta alla mia istanza');
		({ code: report } = await citizen.fileCase({ titolo: 'Buca davanti al civico 3' }));
	});

	test('refused before the term has passed: 409, nothing changes, no button', async () => {
		const before = clockRow(code);
		const r = await ask(code);
		assert.equal(r.status, 409);
		assert.match(textOf(r.text), /non è ancora scaduto/);
		assert.deepEqual(clockRow(code), before);
		assert.doesNotMatch((await citizen.get(`/segnalazioni/${code}`)).text, /potere-sostitutivo/);
	});

	test('without the CSRF token: 403', async () => {
		sql(`UPDATE cases SET clock_started = CURDATE() - INTERVAL 40 DAY, due_date = CURDATE() - INTERVAL 10 DAY
			WHERE code = ${q(code)}`);
		const r = await citizen.post(`/segnalazioni/${code}/potere-sostitutivo`, { csrf: 'x' });
		assert.equal(r.status, 403);
		assert.equal(clockRow(code).substitute_at, null);
	});

	test('accepted after it: to the official\'s office, half the term, an event, an e-mail', async () => {
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.match(clockOf(page.text)['Stato del termine'], /^Scaduto da 10 giorni/);
		assert.match(page.text, new RegExp(`action="/segnalazioni/${code}/potere-sostitutivo"`));
		const r = await ask(code);
		assert.equal(r.status, 303);
		const c = clockRow(code);
		assert.ok(c.substitute_at);
		assert.equal(c.substitute_office_id, officeId(REGISTRY));
		assert.equal(c.office_id, officeId(SUBSTITUTE));
		assert.equal(c.operator_id, null);
		assert.equal(c.term_days, '15');
		assert.equal(sqlToIt(c.due_date), dueDate(new Date(), 15));
		const after = await citizen.get(`/segnalazioni/${code}`);
		const clock = clockOf(after.text);
		assert.equal(clock.Scadenza, dueDate(new Date(), 15));
		assert.equal(clock['Potere sostitutivo'], `Intervento richiesto il ${itDate(new Date())}`);
		assert.ok(timelineOf(after.text).some((e) => e.body.includes('potere sostitutivo') &&
			e.body.includes(dueDate(new Date(), 15))));
		const mail = sql(`SELECT o.subject, o.body FROM outbox o JOIN cases c ON c.id = o.case_id
			WHERE c.code = ${q(code)} AND o.recipient = ${q(OFFICIAL_EMAIL)}`);
		assert.equal(mail.length, 1);
		assert.match(mail[0][0], /Richiesta di intervento sostitutivo/);
		// the citizen is told what happens next and the new due date
		const email = sqlValue(`SELECT contact_email FROM cases WHERE code = ${q(code)}`);
		assert.ok(email);
		const told = sql(`SELECT o.subject, o.body FROM outbox o JOIN cases c ON c.id = o.case_id
			WHERE c.code = ${q(code)} AND o.recipient = ${q(email)} AND o.subject LIKE '%intervento sostitutivo%'`);
		assert.equal(told.length, 1);
		const body = told[0][1].replace(/\\n/g, '\n');
		assert.match(body, /Cosa succede ora: la pratica passa al suo ufficio/);
		assert.ok(body.includes(`Il nuovo termine è il ${dueDate(new Date(), 15)}.`), body);
		assert.ok(body.includes(`/segnalazioni/${code}`), body);
	});

	test('the dashboard counts the requests per office whose term passed', async () => {
		const manager = await staffClient('manager');
		const day = sqlValue('SELECT CURDATE()');
		const r = await manager.get(`/admin/cruscotto?dal=${day}&al=${day}`);
		assert.equal(r.status, 200);
		const table = /<table[^>]*id="tabella-sostitutivo">([\s\S]*?)<\/table>/.exec(r.text);
		assert.ok(table, 'the table of the requests');
		const rows = [...table[1].matchAll(/<tr><td>([^<]*)<\/td><td class="text-end">(\d+)<\/td><\/tr>/g)]
			.map((m) => [textOf(m[1]), m[2]]);
		const expected = sqlValue(`SELECT COUNT(*) FROM cases WHERE substitute_office_id = ${officeId(REGISTRY)}
			AND DATE(substitute_at) = CURDATE()`);
		assert.ok(Number(expected) >= 1);
		assert.deepEqual(rows.find(([name]) => name === sqlValue(`SELECT name FROM offices WHERE slug = ${q(REGISTRY)}`)),
			[sqlValue(`SELECT name FROM offices WHERE slug = ${q(REGISTRY)}`), expected]);
		const before = await manager.get('/admin/cruscotto?dal=2020-01-01&al=2020-01-31');
		assert.match(before.text, /Nessuna richiesta nel periodo/);
	});

	test('refused twice', async () => {
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 1 DAY WHERE code = ${q(code)}`);
		const r = await ask(code);
		assert.equal(r.status, 409);
		assert.match(textOf(r.text), /già chiesto/);
	});

	test('a simple report has no legal term: refused even when late', async () => {
		assert.equal(clockRow(report).term_runs, '0');
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 3 DAY WHERE code = ${q(report)}`);
		const r = await ask(report);
		assert.equal(r.status, 409);
		assert.equal(clockRow(report).substitute_at, null);
		assert.match(clockOf((await citizen.get(`/segnalazioni/${report}`)).text)['Decorre dal'], /tempo indicativo/);
	});
});

describe('reclassified to a category with another term', () => {
	test('the term and the due date are the new category\'s, from the same start, and the timeline says so', async () => {
		const [citizen, op] = await Promise.all([loggedIn(2), staffClient('operator', [REGISTRY])]);
		const code = await complaint(citizen, 'Attesa allo sportello senza risposta');
		assert.equal(clockRow(code).term_days, '30');
		sql(`UPDATE cases SET clock_started = CURDATE() - INTERVAL 3 DAY WHERE code = ${q(code)}`);
		const started = new Date(Date.now() - 3 * 86400000);
		// a question on a service: 15 days (tests/fixtures/case_categories.sql)
		const r = await act(op, code, 'riclassifica', { categoria: 'domanda-su-un-servizio', motivo_categoria: 'È una domanda.' });
		assert.equal(r.status, 303, textOf(r.text).slice(0, 300));
		const c = clockRow(code);
		assert.equal(c.term_days, '15');
		assert.equal(sqlToIt(c.due_date), dueDate(started, 15));
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.equal(clockOf(page.text).Scadenza, dueDate(started, 15));
		assert.ok(timelineOf(page.text).some((e) => e.body.includes('Il termine della nuova categoria è di 15 giorni') &&
			e.body.includes(dueDate(started, 15))), 'the timeline says so');
		// back to a complaint: 30 days again
		const same = await act(op, code, 'riclassifica', { categoria: 'disservizio-ufficio', motivo_categoria: 'Era un reclamo.' });
		assert.equal(same.status, 303);
		assert.equal(clockRow(code).term_days, '30');
		assert.equal(sqlToIt(clockRow(code).due_date), dueDate(started, 30));
	});
});
