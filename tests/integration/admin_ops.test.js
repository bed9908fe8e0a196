'use strict';
// The operators' back office, over HTTP against the running stack: staff
// accounts made with build/bin/staff-add and signed in with a TOTP code
// (lib/staff.js), citizens through the demo IdP (lib/cases.js).
//   - role boundaries: an operator sees and acts only on the cases of their
//     offices (another office's case answers 404, like a missing one); a
//     manager reads every case and may change none (403); an editor gets 403
//     on every page; a citizen's session does not open /admin;
//   - the CSRF token on every POST;
//   - the journey: a citizen files a case → the queue of an operator of that
//     office (filters and sorting) → take in charge → a public reply from a
//     response template (placeholders expanded) → the citizen's tracking page
//     and the e-mails → a request for information (the clock pauses: the due
//     date moves by the days waited) → an internal note the citizen never sees
//     → a transfer to another office with a reason → closing (the outcome is
//     required) → reopening; an audit row with before/after for each step;
//   - cases registered on behalf of a citizen (by fiscal code) or of an
//     anonymous person with a contact; the citizen's 360° view; bulk actions.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, TEST_VAR, sleep, textOf } = require('./lib/http');
const {
	CITIZENS, Client, loggedIn, sql, sqlValue, q, summaryMap, timelineOf, areaCases,
	textareaValue, errorsOf, codeDisplay, hiddenFields, photoFile, mails, MAILDIR, itDate, dueDate,
} = require('./lib/cases');
const { staffClient } = require('./lib/staff');
const fs = require('node:fs');

const POLICE = 'polizia-locale';        // strade-e-marciapiedi is routed here
const REGISTRY = 'ufficio-anagrafe';

/* ---------------------------------------------------------------- helpers */

// The codes of the queue's rows, in order.
function queueCodes(html) {
	return [...html.matchAll(/<tr class="vm-queue-row" data-code="([a-z0-9]{12})">/g)].map((m) => m[1]);
}

// One case row as root sees it, with the back office's columns.
function row(code) {
	const cols = ['id', 'status', 'channel', 'office_id', 'operator_id', 'category_id', 'due_date',
		'waiting_since', 'outcome', 'outcome_kind', 'citizen_id', 'contact_email', 'contact_name',
		'protocol_number', 'closed_at'];
	const r = sql(`SELECT ${cols.join(', ')} FROM cases WHERE code = ${q(code)}`);
	return r.length ? Object.fromEntries(cols.map((c, i) => [c, r[0][i]])) : null;
}

const officeId = (slug) => sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
const staffId = (c) => sqlValue(`SELECT id FROM staff WHERE username = ${q(c.account.username)}`);

// A value as mariadb's batch mode prints it (\\, \n, \t, \0 escaped) back to text.
const unbatch = (s) => s && s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', 0: '\0' }[c] ?? c));

// The audit rows of case CODE for ACTION, oldest first, before/after parsed.
function audits(code, action) {
	return sql(`SELECT before_value, after_value, staff_id FROM audit_log WHERE object_type = 'case'
		AND object_id = ${q(code)} AND action = ${q(action)} ORDER BY id`)
		.map(([b, a, s]) => ({ before: b && JSON.parse(unbatch(b)), after: a && JSON.parse(unbatch(a)), staff: s }));
}

function act(client, code, azione, fields = {}) {
	return client.post(`/admin/pratiche/${code}/azione`, { csrf: client.csrf, azione, ...fields });
}

async function acted(client, code, azione, fields = {}) {
	const r = await act(client, code, azione, fields);
	assert.equal(r.status, 303, `${azione}: expected 303, got ${r.status}: ${textOf(r.text).slice(0, 300)}`);
	return r;
}


// The e-mails queued in the outbox for a case, to others than staff (the notifier's scan
// may tell the office's operators of it at any moment): [{ recipient, subject, body }].
function outbox(code) {
	return sql(`SELECT o.recipient, o.subject, o.body FROM outbox o JOIN cases c ON c.id = o.case_id
		WHERE c.code = ${q(code)} AND o.recipient NOT IN (SELECT email FROM staff) ORDER BY o.id`).map(([recipient, subject, body]) =>
		({ recipient, subject: unbatch(subject), body: unbatch(body) }));
}

/* ------------------------------------------------------------------ roles */

describe('back office: who may see and change which cases', () => {
	let citizen, police, registry, manager, editor, admin, code;
	before(async () => {
		citizen = await loggedIn(1);
		({ code } = await citizen.fileCase({ titolo: 'Lampione spento in piazza' }));
		[police, registry, manager, editor, admin] = await Promise.all([
			staffClient('operator', [POLICE]), staffClient('operator', [REGISTRY]),
			staffClient('manager'), staffClient('editor'), staffClient('admin'),
		]);
	});

	test('no staff session: every ops page redirects to /admin/login', async () => {
		const c = new Client();
		for (const p of ['/admin/pratiche', `/admin/pratiche/${code}`, '/admin/pratiche/nuova', '/admin/cittadini']) {
			const r = await c.get(p);
			assert.equal(r.status, 302, p);
			assert.equal(r.location, '/admin/login', p);
		}
	});

	test("a citizen's session (sid cookie) does not open /admin: redirect to /admin/login", async () => {
		assert.ok(citizen.jar.get('sid'), 'the citizen has a sid cookie');
		for (const p of ['/admin/pratiche', `/admin/pratiche/${code}`]) {
			const r = await citizen.get(p);
			assert.equal(r.status, 302, p);
			assert.equal(r.location, '/admin/login', p);
		}
		const r = await citizen.post(`/admin/pratiche/${code}/azione`, { csrf: citizen.csrf, azione: 'prendi' });
		assert.equal(r.status, 403);
		assert.equal(row(code).status, 'received');
	});

	test('an editor gets 403 on every ops page', async () => {
		for (const p of ['/admin/pratiche', `/admin/pratiche/${code}`, '/admin/pratiche/nuova',
			`/admin/cittadini?cf=${CITIZENS[1].fiscalCode}`]) {
			const r = await editor.get(p);
			assert.equal(r.status, 403, p);
		}
		const r = await act(editor, code, 'prendi');
		assert.equal(r.status, 403);
	});

	test("an operator of another office: not in the queue, 404 on the page, the photos and every action", async () => {
		const q1 = await registry.get('/admin/pratiche?stato=tutte');
		assert.equal(q1.status, 200);
		assert.ok(!queueCodes(q1.text).includes(code), "another office's case is not listed");
		const page = await registry.get(`/admin/pratiche/${code}`);
		assert.equal(page.status, 404);
		const missing = await registry.get('/admin/pratiche/zzzzzzzzzzzz');
		assert.equal(missing.status, 404);
		assert.equal(textOf(page.text).includes('non esiste'), textOf(missing.text).includes('non esiste'), 'same answer as a missing case');
		for (const [azione, fields] of [['prendi', {}], ['nota', { nota: 'Non mia' }], ['rispondi', { risposta: 'Ciao' }],
			['chiudi', { esito: 'risolta', spiegazione: 'Fatto' }]]) {
			const r = await act(registry, code, azione, fields);
			assert.equal(r.status, 404, azione);
		}
		const bulk = await registry.post('/admin/pratiche', { csrf: registry.csrf, azione: 'prendi', pratica: code });
		assert.equal(bulk.status, 303);
		assert.match(bulk.location, /fatte=0&saltate=1/);
		const r = row(code);
		assert.equal(r.status, 'received');
		assert.equal(r.operator_id, null);
	});

	test('the operator of the right office sees it', async () => {
		const q1 = await police.get('/admin/pratiche');
		assert.equal(q1.status, 200);
		assert.ok(queueCodes(q1.text).includes(code));
		const page = await police.get(`/admin/pratiche/${code}`);
		assert.equal(page.status, 200);
		assert.match(page.text, /name="azione" value="prendi"/);
	});

	test('a manager reads every case but changes none (403 on every POST)', async () => {
		const q1 = await manager.get('/admin/pratiche');
		assert.equal(q1.status, 200);
		assert.ok(queueCodes(q1.text).includes(code));
		const page = await manager.get(`/admin/pratiche/${code}`);
		assert.equal(page.status, 200);
		assert.doesNotMatch(page.text, /name="azione"/, 'no action form for a manager');
		assert.doesNotMatch(q1.text, /name="pratica"/, 'no bulk selection for a manager');
		assert.equal((await manager.get('/admin/pratiche/nuova')).status, 403);
		assert.equal((await manager.get(`/admin/cittadini?cf=${CITIZENS[1].fiscalCode}`)).status, 200);
		assert.equal((await act(manager, code, 'prendi')).status, 403);
		assert.equal((await manager.post('/admin/pratiche', { csrf: manager.csrf, azione: 'prendi', pratica: code })).status, 403);
		assert.equal((await manager.post('/admin/pratiche/nuova', { csrf: manager.csrf, canale: 'telefono' })).status, 403);
		assert.equal(row(code).status, 'received');
	});

	test('an admin may act on every office', async () => {
		const r = await act(admin, code, 'nota', { nota: "Controllo dell'amministratore." });
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.kind = 'note'`), '1');
	});

	test('CSRF: every POST without the token, or with a wrong one, is refused (403) and changes nothing', async () => {
		const before = sqlValue('SELECT COUNT(*) FROM cases');
		const posts = [
			[`/admin/pratiche/${code}/azione`, { azione: 'prendi' }],
			['/admin/pratiche', { azione: 'prendi', pratica: code }],
			['/admin/pratiche/nuova', { canale: 'telefono', categoria: 'strade-e-marciapiedi', titolo: 'Tombino rotto',
				descrizione: 'Un tombino rotto in via Verdi.', email: 'x@example.org', idem: 'a'.repeat(43) }],
		];
		for (const [p, form] of posts) {
			for (const csrf of [undefined, 'f'.repeat(64)]) {
				const r = await police.post(p, { ...form, csrf });
				assert.equal(r.status, 403, `${p} csrf=${csrf}`);
			}
		}
		assert.equal(row(code).status, 'received');
		assert.equal(sqlValue('SELECT COUNT(*) FROM cases'), before);
	});
});

/* ---------------------------------------------------------------- journey */

describe('back office: the journey of a case', () => {
	let citizen, op, other, code, second, police, registry;
	before(async () => {
		citizen = await loggedIn(0);
		({ code } = await citizen.fileCase({ titolo: 'Buca in via Garibaldi' }));
		({ code: second } = await citizen.fileCase({ titolo: 'Marciapiede rotto in via Dante' }));
		[op, other] = await Promise.all([staffClient('operator', [POLICE]), staffClient('operator', [REGISTRY])]);
		police = officeId(POLICE);
		registry = officeId(REGISTRY);
	});

	test('the new case is in the queue of the office, with status, channel and citizen', async () => {
		const r = await op.get('/admin/pratiche');
		assert.equal(r.status, 200);
		assert.match(r.headers.get('cache-control') || '', /no-store/);
		const rowHtml = new RegExp(`<tr class="vm-queue-row" data-code="${code}">([\\s\\S]*?)</tr>`).exec(r.text);
		assert.ok(rowHtml, 'the case is listed');
		const t = textOf(rowHtml[1]);
		assert.match(t, /Buca in via Garibaldi/);
		assert.match(t, /Ricevuta/);
		assert.match(t, /Online/);
		assert.match(t, /Mario Rossi/);
		assert.match(t, /Polizia locale/);
	});

	test('filters: status, category, office, channel', async () => {
		const has = async (qs, want) => {
			const r = await op.get(`/admin/pratiche?${qs}`);
			assert.equal(r.status, 200, qs);
			assert.equal(queueCodes(r.text).includes(code), want, `${qs}: listed should be ${want}`);
		};
		await has('stato=received', true);
		await has('stato=closed', false);
		await has('stato=tutte', true);
		await has('categoria=strade-e-marciapiedi', true);
		await has('categoria=illuminazione-pubblica', false);
		await has(`ufficio=${POLICE}`, true);
		await has(`ufficio=${REGISTRY}`, false);
		await has('canale=web', true);
		await has('canale=telefono', false);
		for (const bad of ['stato=draft', 'canale=piccione', 'ordina=a', 'pagina=0', 'categoria=%3Cb%3E']) {
			assert.equal((await op.get(`/admin/pratiche?${bad}`)).status, 400, bad);
		}
	});

	test('filter: overdue (due date in the past, clock running)', async () => {
		let r = await op.get('/admin/pratiche?scadute=1');
		assert.ok(!queueCodes(r.text).includes(code), 'not overdue yet');
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 2 DAY WHERE code = ${q(code)}`);
		r = await op.get('/admin/pratiche?scadute=1');
		assert.ok(queueCodes(r.text).includes(code), 'overdue now');
		assert.match(r.text, /class="vm-overdue"/);
		sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL 15 DAY WHERE code = ${q(code)}`);
	});

	test('take in charge; filter "assigned to me"; sorting', async () => {
		let r = await op.get('/admin/pratiche?mie=1');
		assert.ok(!queueCodes(r.text).includes(code));
		await acted(op, code, 'prendi');
		await acted(op, second, 'prendi');
		const c = row(code);
		assert.equal(c.status, 'in_charge');
		assert.equal(c.operator_id, staffId(op));
		r = await op.get('/admin/pratiche?mie=1');
		assert.deepEqual(queueCodes(r.text).sort(), [code, second].sort());
		// the first filed has the later due date; the second was filed later
		sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL 20 DAY, submitted_at = NOW(3) - INTERVAL 1 HOUR,
			updated_at = NOW(3) WHERE code = ${q(code)}`);
		sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL 5 DAY, updated_at = NOW(3) - INTERVAL 1 DAY
			WHERE code = ${q(second)}`);
		const order = async (sort) => queueCodes((await op.get(`/admin/pratiche?mie=1&ordina=${sort}`)).text);
		assert.deepEqual(await order(''), [second, code], 'newest first');
		assert.deepEqual(await order('meno-recenti'), [code, second]);
		assert.deepEqual(await order('scadenza'), [second, code]);
		assert.deepEqual(await order('aggiornate'), [code, second]);
		sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL 15 DAY WHERE code = ${q(code)}`);
	});

	test('reply from a response template: placeholders expanded on the server, edited, sent', async () => {
		const r = await op.get(`/admin/pratiche/${code}?modello=presa-in-carico`);
		assert.equal(r.status, 200);
		const text = textareaValue(r.text, 'risposta');
		assert.ok(text, 'the reply is filled');
		assert.doesNotMatch(text, /\{[a-z_]+\}/, 'no placeholder left');
		const due = row(code).due_date.split('-').reverse().join('/');
		for (const part of ['Gentile Mario Rossi', codeDisplay(code), 'Polizia locale', due, 'Buca in via Garibaldi'])
			assert.ok(text.includes(part), `the reply has ${part}: ${text}`);
		// placeholders typed by the operator are expanded too
		await acted(op, code, 'rispondi', { risposta: `${text}\nPS: riferimento {codice}.` });
		const body = sqlValue(`SELECT e.body FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.kind = 'message' AND e.author = 'staff'`);
		assert.ok(body.includes(`riferimento ${codeDisplay(code)}.`), body);
		assert.equal(row(code).status, 'in_charge', 'a reply does not change the status');
	});

	test("the citizen's tracking page shows \"Presa in carico\" and the reply", async () => {
		const r = await citizen.get(`/segnalazioni/${code}`);
		assert.equal(r.status, 200);
		assert.equal(summaryMap(r.text).Stato, 'Presa in carico');
		const events = timelineOf(r.text);
		assert.ok(events.some((e) => e.kind === 'status' && e.label === 'Presa in carico'), JSON.stringify(events));
		assert.ok(events.some((e) => e.kind === 'message' && e.body.includes(`riferimento ${codeDisplay(code)}`)),
			JSON.stringify(events));
	});

	test('the e-mails: in the outbox (status change, reply), and delivered', async () => {
		const sent = outbox(code);
		const status = sent.find((m) => m.subject === `Pratica ${codeDisplay(code)}: Presa in carico`);
		const reply = sent.find((m) => m.subject === `Pratica ${codeDisplay(code)}: risposta dell'ufficio`);
		assert.ok(status && reply, JSON.stringify(sent.map((m) => m.subject)));
		for (const m of [status, reply]) {
			assert.equal(m.recipient, CITIZENS[0].email);
			assert.ok(m.body.includes(`${BASE_URL}/segnalazioni/${code}`), 'the link to the case');
			assert.ok(m.body.includes(`Codice pratica: ${codeDisplay(code)}`));
			assert.match(m.body, /^Gentile Mario Rossi,/);
		}
		assert.ok(reply.body.includes('Gentile Mario Rossi'));
		if (!fs.existsSync(MAILDIR)) return;
		const end = Date.now() + 10000;
		let found;
		while (!found && Date.now() < end) {
			found = mails().find((m) => m.body.includes(`riferimento ${codeDisplay(code)}`));
			if (!found) await sleep(200);
		}
		assert.ok(found, `the reply's e-mail in ${MAILDIR} within 10 s`);
	});

	test('ask for information: the term is suspended until the citizen replies, and the reply resumes the case at once', async () => {
		const missing = await act(op, code, 'chiedi', { domanda: ' ' });
		assert.equal(missing.status, 422);
		const working = row(code).status;
		await acted(op, code, 'chiedi', { domanda: 'A quale altezza del civico si trova la buca?' });
		let c = row(code);
		assert.equal(c.status, 'waiting_citizen');
		assert.ok(c.waiting_since, 'waiting_since set');
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.equal(summaryMap(page.text).Stato, 'In attesa di tue informazioni');
		const answerBy = itDate(new Date(), 30);
		assert.ok(timelineOf(page.text).some((e) => e.body.includes('A quale altezza') &&
			e.body.includes(`Rispondi entro il ${answerBy}`)), JSON.stringify(timelineOf(page.text)));
		assert.ok(outbox(code).some((m) => m.subject.endsWith('ci servono alcune informazioni') &&
			m.body.includes('A quale altezza') && m.body.includes(answerBy)));
		// the term started 10 days ago (15 days), suspended 5 days ago: the
		// reply ends the suspension today, 10 days are left
		sql(`UPDATE cases SET clock_started = CURDATE() - INTERVAL 10 DAY, term_days = 15,
			suspended_at = CURDATE() - INTERVAL 5 DAY WHERE code = ${q(code)}`);
		const m = await citizen.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: citizen.csrf, messaggio: 'Davanti al civico 14.' });
		assert.equal(m.status, 303);
		c = row(code);
		assert.equal(c.status, working, 'the reply moves the case back by itself');
		assert.equal(c.waiting_since, null);
		assert.equal(c.due_date.split('-').reverse().join('/'), dueDate(new Date(), 10));
		const resumed = timelineOf((await citizen.get(`/segnalazioni/${code}`)).text)
			.find((e) => e.body.startsWith('Risposta ricevuta'));
		assert.ok(resumed && resumed.body.includes(dueDate(new Date(), 10)), JSON.stringify(resumed));
		// nothing left for the operator to resume: the work goes on
		assert.equal((await act(op, code, 'riprendi')).status, 409);
		await acted(op, code, 'lavora');
	});

	test('an internal note is on the staff page, never on the citizen\'s', async () => {
		await acted(op, code, 'nota', { nota: 'Nota riservata: chiamare la ditta Rossi Asfalti.' });
		const staffPage = await op.get(`/admin/pratiche/${code}`);
		assert.ok(staffPage.text.includes('Nota riservata: chiamare la ditta Rossi Asfalti.'));
		assert.match(staffPage.text, /vm-internal/);
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.ok(!page.text.includes('Nota riservata'), 'the note is not shown to the citizen');
		assert.equal(sqlValue(`SELECT e.public FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.kind = 'note'`), '0');
		assert.ok(!outbox(code).some((m) => m.body.includes('Nota riservata')), 'no e-mail for a note');
	});

	test('reclassify; transfer to another office with a reason: the case leaves the queue', async () => {
		await acted(op, code, 'riclassifica', { categoria: 'attraversamenti-e-segnaletica', motivo_categoria: 'Riguarda la segnaletica.' });
		assert.equal(row(code).category_id, sqlValue("SELECT id FROM case_categories WHERE slug = 'attraversamenti-e-segnaletica'"));
		const noReason = await act(op, code, 'trasferisci', { ufficio: registry, motivo: '' });
		assert.equal(noReason.status, 422);
		assert.match(noReason.text, new RegExp(`<option value="${registry}" selected>`), 'the office chosen is kept');
		const same = await act(op, code, 'trasferisci', { ufficio: police, motivo: 'Per prova' });
		assert.equal(same.status, 422);
		const r = await acted(op, code, 'trasferisci', { ufficio: registry, motivo: "Riguarda la segnaletica dell'anagrafe." });
		assert.match(r.location, /^\/admin\/pratiche\?/);
		const c = row(code);
		assert.equal(c.office_id, registry);
		assert.equal(c.operator_id, null);
		assert.ok(!queueCodes((await op.get('/admin/pratiche?stato=tutte')).text).includes(code), 'gone from the queue');
		assert.equal((await op.get(`/admin/pratiche/${code}`)).status, 404);
		assert.ok(queueCodes((await other.get('/admin/pratiche')).text).includes(code), "in the new office's queue");
		const [a] = audits(code, 'case-trasferisci');
		assert.equal(a.before.office_id, police);
		assert.equal(a.after.office_id, registry);
		assert.match(a.after.text, /segnaletica dell'anagrafe/);
	});

	test('close: the outcome is required (422, the form kept), then closed with a public explanation', async () => {
		await acted(other, code, 'prendi');
		const r = await act(other, code, 'chiudi', { spiegazione: 'Abbiamo ripristinato la segnaletica.' });
		assert.equal(r.status, 422);
		assert.equal(textareaValue(r.text, 'spiegazione'), 'Abbiamo ripristinato la segnaletica.');
		assert.ok(errorsOf(r.text).join(' ').includes("l'esito"), errorsOf(r.text).join(' | '));
		assert.equal(row(code).status, 'in_progress');
		const empty = await act(other, code, 'chiudi', { esito: 'risolta', spiegazione: '' });
		assert.equal(empty.status, 422);
		assert.match(empty.text, /id="esito-risolta" value="risolta" checked/);
		await acted(other, code, 'chiudi', { esito: 'risolta', spiegazione: 'Abbiamo ripristinato la segnaletica.' });
		const c = row(code);
		assert.equal(c.status, 'closed');
		assert.equal(c.outcome_kind, 'risolta');
		assert.equal(c.outcome, 'Abbiamo ripristinato la segnaletica.');
		assert.ok(c.closed_at);
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.equal(summaryMap(page.text).Stato, 'Chiusa');
		assert.equal(summaryMap(page.text).Esito, 'Abbiamo ripristinato la segnaletica.');
		assert.ok(outbox(code).some((m) => m.subject.endsWith('Chiusa')));
	});

	test('reopen: back in progress, recorded as "reopened"', async () => {
		assert.equal((await act(other, code, 'riapri', { motivo_riapertura: '' })).status, 422);
		await acted(other, code, 'riapri', { motivo_riapertura: 'Il cittadino segnala che il cartello è di nuovo a terra.' });
		const c = row(code);
		assert.equal(c.status, 'in_progress');
		assert.equal(c.closed_at, null);
		assert.equal(c.outcome_kind, null);
		assert.deepEqual(sql(`SELECT e.kind, e.public FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.status = 'reopened'`), [['status', '0']]);
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.equal(summaryMap(page.text).Stato, 'In lavorazione');
		assert.equal((await act(other, code, 'riapri', { motivo_riapertura: 'Ancora' })).status, 409, 'not closed: 409');
	});

	test('the audit log has a row with before and after for every action', async () => {
		const expect = [
			['case-prendi', 'received', 'in_charge'], ['case-rispondi', 'in_charge', 'in_charge'],
			['case-chiedi', 'in_charge', 'waiting_citizen'], ['case-lavora', 'in_charge', 'in_progress'],
			['case-nota', 'in_progress', 'in_progress'], ['case-riclassifica', 'in_progress', 'in_progress'],
			['case-trasferisci', 'in_progress', 'in_progress'], ['case-chiudi', 'in_progress', 'closed'],
			['case-riapri', 'closed', 'in_progress'],
		];
		for (const [action, from, to] of expect) {
			const list = audits(code, action);
			assert.ok(list.length >= 1, `${action}: audited`);
			assert.equal(list[0].before.status, from, `${action} before`);
			assert.equal(list[0].after.status, to, `${action} after`);
			assert.ok(list[0].staff, `${action}: who`);
		}
		const reply = audits(code, 'case-rispondi')[0];
		assert.match(reply.after.text, /Gentile Mario Rossi/);
		assert.equal(audits(code, 'case-prendi')[0].after.operator_id, staffId(op));
	});

	test('the case photos are served to the office, 404 to another office', async () => {
		const { code: withPhoto } = await citizen.fileCase({ titolo: 'Buca con foto' }, [photoFile()]);
		const page = await op.get(`/admin/pratiche/${withPhoto}`);
		const m = new RegExp(`/admin/pratiche/${withPhoto}/allegati/(\\d+)\\?miniatura=1`).exec(page.text);
		assert.ok(m, 'a thumbnail on the page');
		for (const url of [`/admin/pratiche/${withPhoto}/allegati/${m[1]}`, `/admin/pratiche/${withPhoto}/allegati/${m[1]}?miniatura=1`]) {
			const r = await op.get(url);
			assert.equal(r.status, 200, url);
			assert.equal(r.headers.get('content-type'), 'image/jpeg');
			assert.equal(r.buf[0], 0xff);
			assert.equal((await other.get(url)).status, 404, `${url} for another office`);
		}
	});
});

/* ----------------------------------------------------------- registration */

describe('back office: cases registered on behalf of a citizen', () => {
	let op, citizen;
	before(async () => {
		citizen = await loggedIn(2);   // Luca Verdi: a citizen the portal knows
		op = await staffClient('operator', [POLICE]);
	});

	async function form() {
		const r = await op.get('/admin/pratiche/nuova');
		assert.equal(r.status, 200);
		return hiddenFields(r.text);
	}

	const fields = {
		categoria: 'illuminazione-pubblica', titolo: 'Lampione spento in via Verdi',
		descrizione: 'Telefonata: il lampione davanti al civico 3 è spento da una settimana.',
		indirizzo: 'Via Verdi 3',
	};

	test('by phone, for a fiscal code the portal knows: protocolled, in the citizen\'s personal area', async () => {
		const hidden = await form();
		const r = await op.post('/admin/pratiche/nuova', { ...hidden, ...fields, canale: 'telefono', cf: CITIZENS[2].fiscalCode.toLowerCase() });
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		const code = /^\/admin\/pratiche\/([a-z0-9]{12})$/.exec(r.location)[1];
		const c = row(code);
		assert.equal(c.status, 'received');
		assert.equal(c.channel, 'telefono');
		assert.equal(c.citizen_id, sqlValue(`SELECT id FROM citizens WHERE fiscal_code = ${q(CITIZENS[2].fiscalCode)}`));
		assert.ok(Number(c.protocol_number) > 0, 'a protocol number');
		assert.equal(c.contact_email, CITIZENS[2].email, "the citizen's own address");
		const page = await op.get(r.location);
		assert.equal(summaryMap(page.text).Canale, 'Telefono');
		const area = await citizen.get('/area-personale');
		assert.ok(areaCases(area.text).some((x) => x.code === code), 'in the personal area');
		assert.equal((await citizen.get(`/segnalazioni/${code}`)).status, 200);
		assert.ok(outbox(code).some((m) => m.recipient === CITIZENS[2].email && /per telefono/.test(m.body)), 'acknowledged');
		assert.equal(audits(code, 'case-register').length, 1);
		// the same form sent again files nothing more
		const again = await op.post('/admin/pratiche/nuova', { ...hidden, ...fields, canale: 'telefono', cf: CITIZENS[2].fiscalCode });
		assert.equal(again.location, r.location);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM cases WHERE idempotency_key = ${q(hidden.idem)}`), '1');
	});

	test('a registration the database cannot finish leaves nothing behind, and the same form files it later', async () => {
		const hidden = await form();
		const send = () => op.post('/admin/pratiche/nuova', { ...hidden, ...fields, canale: 'telefono', cf: CITIZENS[2].fiscalCode });
		const count = () => sqlValue(`SELECT COUNT(*) FROM cases WHERE idempotency_key = ${q(hidden.idem)}`);
		// the acknowledgement cannot be queued: the filing fails after the draft was written
		sql("REVOKE INSERT ON portale.outbox FROM 'portale_admin'@'localhost'");
		let r;
		try {
			r = await send();
		} finally {
			sql("GRANT INSERT ON portale.outbox TO 'portale_admin'@'localhost'");
		}
		assert.equal(r.status, 503);
		assert.equal(count(), '0', 'no half-registered draft left behind');
		const ok = await send();
		assert.equal(ok.status, 303, errorsOf(ok.text).join(' | '));
		assert.equal(count(), '1');
		assert.equal(row(ok.location.split('/').pop()).status, 'received');
	});

	test('anonymous, at the counter, with an e-mail contact', async () => {
		const r = await op.post('/admin/pratiche/nuova', { ...(await form()), ...fields, canale: 'sportello',
			nome: 'Anna Neri', email: 'anna.neri@example.org' });
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		const code = r.location.split('/').pop();
		const c = row(code);
		assert.equal(c.channel, 'sportello');
		assert.equal(c.citizen_id, null);
		assert.equal(c.contact_email, 'anna.neri@example.org');
		assert.equal(c.contact_name, 'Anna Neri');
		assert.ok(Number(c.protocol_number) > 0);
		const ack = outbox(code).find((m) => m.recipient === 'anna.neri@example.org');
		assert.ok(ack && /^Gentile Anna Neri,/.test(ack.body) && ack.body.includes(codeDisplay(code)));
		assert.ok(!ack.body.includes('/segnalazioni/'), 'no link an anonymous person could not open');
		const queue = await op.get('/admin/pratiche?canale=sportello');
		assert.ok(queueCodes(queue.text).includes(code));
	});

	test('errors: unknown fiscal code, no contact, no channel → 422 with what was typed', async () => {
		let r = await op.post('/admin/pratiche/nuova', { ...(await form()), ...fields, canale: 'email', cf: 'ZZZZZZ00Z00Z000Z' });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /codice fiscale/.test(e)));
		assert.match(r.text, /value="Lampione spento in via Verdi"/);
		r = await op.post('/admin/pratiche/nuova', { ...(await form()), ...fields, canale: 'social' });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /contatto/.test(e)));
		r = await op.post('/admin/pratiche/nuova', { ...(await form()), ...fields, email: 'a@example.org' });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /canale/.test(e)));
	});

	test("the 360° view lists every case, message and channel of the citizen", async () => {
		const { code: web } = await citizen.fileCase({ titolo: 'Rifiuti abbandonati al parco', categoria: 'rifiuti-abbandonati' });
		const r = await op.get(`/admin/cittadini?cf=${CITIZENS[2].fiscalCode}`);
		assert.equal(r.status, 200);
		const codes = queueCodes(r.text);
		assert.ok(codes.includes(web), 'the web case');
		const phone = sqlValue(`SELECT code FROM cases c JOIN citizens t ON t.id = c.citizen_id
			WHERE t.fiscal_code = ${q(CITIZENS[2].fiscalCode)} AND c.channel = 'telefono'`);
		assert.ok(codes.includes(phone), 'the phone case');
		const channels = [...r.text.matchAll(/<ul class="vm-channels">([\s\S]*?)<\/ul>/g)].map((m) => textOf(m[1])).join(' ');
		assert.match(channels, /Online/);
		assert.match(channels, /Telefono/);
		// counted over the listed cases (the page's, since issue 12): the same as SQL's count
		const perChannel = sql(`SELECT COUNT(*) FROM cases c JOIN citizens t ON t.id = c.citizen_id
			WHERE t.fiscal_code = ${q(CITIZENS[2].fiscalCode)} AND c.status <> 'draft'
			AND c.office_id IN (SELECT office_id FROM staff_offices WHERE staff_id = ${staffId(op)})
			GROUP BY c.channel ORDER BY 1 DESC, c.channel`).map(([n]) => n);
		assert.deepEqual([...channels.matchAll(/: (\d+) pratic[ah]/g)].map((m) => m[1]), perChannel);
		assert.match(textOf(r.text), /Luca Verdi/);
		assert.match(textOf(r.text), /Pratica ricevuta e protocollata/);
		assert.equal((await op.get('/admin/cittadini?cf=ZZZZZZ00Z00Z000Z')).status, 404);
		assert.equal((await op.get('/admin/cittadini?cf=%3Cscript%3E')).status, 400);
		assert.equal((await op.get('/admin/cittadini')).status, 200);
	});
});

/* ------------------------------------------------------------------- bulk */

describe('back office: bulk actions', () => {
	let citizen, op, mate, codes;
	before(async () => {
		citizen = await loggedIn(3);
		[op, mate] = await Promise.all([staffClient('operator', [POLICE]), staffClient('operator', [POLICE])]);
		codes = [];
		for (const t of ['Tombino aperto', 'Cartello piegato', 'Strisce sbiadite'])
			codes.push((await citizen.fileCase({ titolo: t })).code);
	});

	test('take in charge 3 selected cases: each changed and audited', async () => {
		await op.get('/admin/pratiche');
		const body = new URLSearchParams([['csrf', op.csrf], ['azione', 'prendi'], ...codes.map((c) => ['pratica', c])]);
		const r = await op.request('POST', '/admin/pratiche', { body: body.toString(), contentType: 'application/x-www-form-urlencoded' });
		assert.equal(r.status, 303);
		assert.equal(r.location, '/admin/pratiche?fatte=3&saltate=0');
		const me = staffId(op);
		for (const code of codes) {
			const c = row(code);
			assert.equal(c.status, 'in_charge', code);
			assert.equal(c.operator_id, me, code);
			const [a] = audits(code, 'case-prendi');
			assert.equal(a.before.status, 'received');
			assert.equal(a.after.operator_id, me);
		}
		const page = await op.get(r.location);
		assert.match(textOf(page.text), /Pratiche aggiornate: 3/);
		const cit = await citizen.get(`/segnalazioni/${codes[0]}`);
		assert.equal(summaryMap(cit.text).Stato, 'Presa in carico');
	});

	test('assign selected cases to a colleague of the office', async () => {
		const mateId = staffId(mate);
		const body = new URLSearchParams([['csrf', op.csrf], ['azione', 'assegna'], ['operatore', mateId], ...codes.slice(0, 2).map((c) => ['pratica', c])]);
		const r = await op.request('POST', '/admin/pratiche', { body: body.toString(), contentType: 'application/x-www-form-urlencoded' });
		assert.equal(r.location, '/admin/pratiche?fatte=2&saltate=0');
		assert.equal(row(codes[0]).operator_id, mateId);
		assert.equal(row(codes[2]).operator_id, staffId(op));
		assert.equal(audits(codes[0], 'case-assegna').length, 1);
		const q1 = await mate.get('/admin/pratiche?mie=1');
		assert.deepEqual(queueCodes(q1.text).sort(), codes.slice(0, 2).sort());
		// an operator of another office cannot be given the case
		const outsider = await staffClient('operator', [REGISTRY]);
		const bad = await act(op, codes[2], 'assegna', { operatore: staffId(outsider) });
		assert.equal(bad.status, 422);
		assert.equal(row(codes[2]).operator_id, staffId(op));
	});
});

/* ------------------------------------------------------------ concurrency */

describe('back office: two operators act on one case at the same moment', () => {
	let citizen, op, mate;
	before(async () => {
		citizen = await loggedIn(2);
		[op, mate] = await Promise.all([staffClient('operator', [POLICE]), staffClient('operator', [POLICE])]);
		await Promise.all([op.get('/admin/pratiche'), mate.get('/admin/pratiche')]);
	});

	const events = (code, kind, status) => Number(sqlValue(`SELECT COUNT(*) FROM case_events e
		JOIN cases c ON c.id = e.case_id WHERE c.code = ${q(code)} AND e.kind = ${q(kind)}
		AND e.status = ${q(status)}`));

	test('"take in charge" twice at once: one operator holds it, the other is told who does', async () => {
		for (let round = 0; round < 3; round++) {
			const { code } = await citizen.fileCase({ titolo: `Semaforo guasto ${round}` });
			const rs = await Promise.all([act(op, code, 'prendi'), act(mate, code, 'prendi')]);
			const statuses = rs.map((r) => r.status).sort();
			assert.deepEqual(statuses, [303, 409], `round ${round}: ${statuses}`);
			const winner = rs[0].status === 303 ? op : mate;
			const loser = rs[0].status === 303 ? rs[1] : rs[0];
			const holder = sqlValue(`SELECT display_name FROM staff WHERE id = ${staffId(winner)}`);
			assert.match(textOf(loser.text), /già in carico a/);
			assert.ok(textOf(loser.text).includes(holder), textOf(loser.text).slice(0, 300));
			const c = row(code);
			assert.equal(c.status, 'in_charge');
			assert.equal(c.operator_id, staffId(winner));
			assert.equal(events(code, 'status', 'in_charge'), 1, 'one event on the timeline');
			assert.equal(audits(code, 'case-prendi').length, 1, 'one audit row');
		}
	});

	test('"close" twice at once: one closes it, the other gets 409 and nothing is written twice', async () => {
		const { code } = await citizen.fileCase({ titolo: 'Albero caduto in via Roma' });
		await acted(op, code, 'prendi');
		const mailsBefore = outbox(code).length;
		const close = (c, text) => act(c, code, 'chiudi', { esito: 'risolta', spiegazione: text });
		const rs = await Promise.all([close(op, 'Rimosso dal cantiere.'), close(mate, 'Rimosso dai vigili.')]);
		assert.deepEqual(rs.map((r) => r.status).sort(), [303, 409]);
		const loser = rs.find((r) => r.status === 409);
		assert.match(textOf(loser.text), /non è possibile nello stato attuale/);
		assert.equal(row(code).status, 'closed');
		assert.equal(events(code, 'status', 'closed'), 1, 'one closing event');
		assert.equal(audits(code, 'case-chiudi').length, 1, 'one audit row');
		assert.equal(outbox(code).length, mailsBefore + 1, 'one e-mail to the citizen');
	});
});
