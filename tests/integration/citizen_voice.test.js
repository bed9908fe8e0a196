'use strict';
// The citizen's voice at closure and the routing notices (issue 11, part B),
// over HTTP against the running stack:
//   - closing e-mails the outcome with a one-click link; its GET only shows
//     the question, its POST needs the form's double-submit token;
//   - "non risolto" within the window reopens the case to the SAME office with
//     the citizen's reason (timeline, the office's e-mail), after the window a
//     clear 409 and nothing changes; "risolto" from the case page, once;
//   - the reopening, the verdict and the rating reach the assignee as staff
//     e-mails (the notifier's scan), each once, and show on the operator's
//     case page;
//   - the 1-5 rating once per closure (the unique key, also under a race), and
//     again after the case is reopened and closed again;
//   - the median time to close of a category at filing, from the summary table
//     (recomputed when stale, not on every request);
//   - reclassifying re-routes by the new category's rules (the area's route)
//     and tells the citizen why, as a transfer does; the case page explains
//     the routing to the citizen and to the operator.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { textOf, sleep, waitFor } = require('./lib/http');
const { Client, loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const POLICE = 'polizia-locale';       // every segnalazione category of the fixture
const REGISTRY = 'ufficio-anagrafe';   // signage in Poggio Alto (case_routes)
const OFFICE_MAIL = 'polizia.test@comune.valdimonte.it';

const unbatch = (s) => s && s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', 0: '\0' }[c] ?? c));

function act(client, code, azione, fields = {}) {
	return client.post(`/admin/pratiche/${code}/azione`, { csrf: client.csrf, azione, ...fields });
}
async function acted(client, code, azione, fields = {}) {
	const r = await act(client, code, azione, fields);
	assert.equal(r.status, 303, `${azione}: ${r.status} ${textOf(r.text).slice(0, 300)}`);
}

function caseOf(code) {
	const cols = ['id', 'status', 'office_id', 'operator_id', 'category_id', 'closed_at', 'outcome'];
	const [r] = sql(`SELECT ${cols.join(', ')} FROM cases WHERE code = ${q(code)}`);
	return Object.fromEntries(cols.map((c, i) => [c, r[i]]));
}
const officeId = (slug) => sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);

function outbox(code) {
	return sql(`SELECT o.recipient, o.subject, o.body FROM outbox o JOIN cases c ON c.id = o.case_id
		WHERE c.code = ${q(code)} ORDER BY o.id`).map(([recipient, subject, body]) =>
		({ recipient, subject: unbatch(subject), body: unbatch(body) }));
}

// The token of the last one-click link e-mailed for case CODE.
function linkToken(code) {
	const mail = outbox(code).filter((m) => m.body.includes('/segnalazioni/esito/')).pop();
	assert.ok(mail, 'the closing e-mail has the link');
	return /\/segnalazioni\/esito\/([0-9a-f]{64})/.exec(mail.body)[1];
}

// The double-submit token of the link page (cookie "prenota" = the csrf field).
function formToken(html) {
	return /name="csrf" value="([^"]*)"/.exec(html)[1];
}

const count = (table, code) => Number(sqlValue(`SELECT COUNT(*) FROM ${table} t JOIN cases c ON c.id = t.case_id
	WHERE c.code = ${q(code)}`));

describe("the citizen's voice at closure", () => {
	let citizen, op, code;
	before(async () => {
		sql(`UPDATE offices SET email = ${q(OFFICE_MAIL)} WHERE slug = ${q(POLICE)}`);
		citizen = await loggedIn(2);
		op = await staffClient('operator', [POLICE]);
		({ code } = await citizen.fileCase({ titolo: 'Buca davanti alla scuola' }));
		await acted(op, code, 'prendi');
		await acted(op, code, 'chiudi', { esito: 'risolta', spiegazione: 'Abbiamo riempito la buca.' });
	});

	test('closing e-mails the outcome with a one-click link; its GET changes nothing', async () => {
		const mail = outbox(code).pop();
		assert.match(mail.body, /Abbiamo riempito la buca\./);
		assert.match(mail.body, /Il problema è stato risolto\?/);
		const anon = new Client();
		const r = await anon.get(`/segnalazioni/esito/${linkToken(code)}`);
		assert.equal(r.status, 200);
		assert.match(textOf(r.text), /Abbiamo riempito la buca\./);
		assert.match(r.text, /No, non è risolto: riapri la pratica/);
		assert.equal(count('case_verdicts', code), 0);
		assert.equal(caseOf(code).status, 'closed');
		const bad = await anon.get(`/segnalazioni/esito/${'a'.repeat(64)}`);
		assert.equal(bad.status, 404);
	});

	test('the link form without its double-submit token: 403, nothing stored', async () => {
		const anon = new Client();
		const r = await anon.post(`/segnalazioni/esito/${linkToken(code)}`, { azione: 'esito', risposta: 'risolto' });
		assert.equal(r.status, 403);
		assert.equal(count('case_verdicts', code), 0);
	});

	test('"non risolto" needs a reason (422), then reopens to the same office with it', async () => {
		const token = linkToken(code);
		const anon = new Client();
		const page = await anon.get(`/segnalazioni/esito/${token}`);
		const csrf = formToken(page.text);
		const before = caseOf(code);
		const empty = await anon.post(`/segnalazioni/esito/${token}`, { csrf, azione: 'esito', risposta: 'non-risolto', motivo: '' });
		assert.equal(empty.status, 422);
		assert.equal(caseOf(code).status, 'closed');
		const r = await anon.post(`/segnalazioni/esito/${token}`, { csrf, azione: 'esito', risposta: 'non-risolto',
			motivo: 'La buca si è riaperta dopo la pioggia.' });
		assert.equal(r.status, 200, textOf(r.text).slice(0, 300));
		assert.match(textOf(r.text), /Pratica riaperta/);
		const after = caseOf(code);
		assert.equal(after.status, 'in_progress', 'held by the operator: back in progress');
		assert.equal(after.office_id, before.office_id, 'the same office');
		assert.equal(after.office_id, officeId(POLICE));
		assert.equal(after.operator_id, before.operator_id);
		assert.equal(after.closed_at, null);
		assert.equal(after.outcome, '');
		assert.equal(sqlValue(`SELECT resolved FROM case_verdicts v JOIN cases c ON c.id = v.case_id WHERE c.code = ${q(code)}`), '0');
		const events = sql(`SELECT e.status, e.public, e.author, e.body FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.author = 'citizen' ORDER BY e.id`);
		assert.deepEqual(events.map((e) => [e[0], e[1]]), [['reopened', '0'], ['in_progress', '1']]);
		assert.match(unbatch(events[1][3]), /La buca si è riaperta dopo la pioggia\..*torna a Polizia locale/);
		const office = outbox(code).filter((m) => m.recipient === OFFICE_MAIL);
		assert.equal(office.length, 1, 'the office is told');
		assert.match(office[0].subject, /riaperta dal cittadino/);
		assert.match(office[0].body, /La buca si è riaperta dopo la pioggia\./);
		const page2 = await citizen.get(`/segnalazioni/${code}`);
		assert.match(textOf(page2.text), /non è stato risolto: La buca si è riaperta dopo la pioggia/);
		const stale = await anon.get(`/segnalazioni/esito/${token}`);
		assert.equal(stale.status, 404, 'the link named a closure that is no more');
	});

	test('closed again: "risolto" from the case page, once; the rating once per closure', async () => {
		await acted(op, code, 'chiudi', { esito: 'risolta', spiegazione: 'Asfaltata di nuovo.' });
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.match(page.text, /Il problema è stato risolto\?/);
		const r = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'esito', risposta: 'risolto' });
		assert.equal(r.status, 303);
		assert.equal(caseOf(code).status, 'closed');
		const again = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'esito', risposta: 'non-risolto', motivo: 'Ci ho ripensato' });
		assert.equal(again.status, 409);
		assert.equal(caseOf(code).status, 'closed');
		const noCsrf = await citizen.post(`/segnalazioni/${code}/esito`, { azione: 'valuta', voto: '4' });
		assert.equal(noCsrf.status, 403);
		const bad = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: '6' });
		assert.equal(bad.status, 400);
		const rated = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: '4', commento: 'Veloci' });
		assert.equal(rated.status, 303);
		const twice = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: '5' });
		assert.equal(twice.status, 409);
		assert.deepEqual(sql(`SELECT r.rating, r.comment FROM case_ratings r JOIN cases c ON c.id = r.case_id
			WHERE c.code = ${q(code)}`), [['4', 'Veloci']]);
		assert.match(textOf((await citizen.get(`/segnalazioni/${code}`)).text), /Hai dato 4 stelle su 5/);
		// the first closure was answered "non risolto" and not rated: two verdicts, one rating
		assert.equal(count('case_verdicts', code), 2);
	});

	test('the assignee hears of the reopening, the verdict and the rating through the staff e-mails, once', async () => {
		// Of the reopening and the verdicts: a scan that fell between the filing and the closing
		// also sent the office's operators the "new case" notice, which is not this test's
		const mine = () => outbox(code).filter((m) => m.recipient === sqlValue(`SELECT email FROM staff
			WHERE username = ${q(op.account.username)}`) && !m.subject.startsWith('Nuova pratica nel tuo ufficio: '));
		// the stack's notifier scans every 5 s (tests/run.sh)
		await waitFor(() => mine().length >= 3, { timeout: 20000, interval: 250, what: 'three staff e-mails' });
		await sleep(6000);   // one more scan: nothing sent twice
		const got = mine();
		const reopened = got.filter((m) => m.subject === 'Pratica riaperta dal cittadino: Buca davanti alla scuola');
		assert.equal(reopened.length, 1);
		assert.match(reopened[0].body, /non è risolto[^]*La buca si è riaperta dopo la pioggia\./);
		assert.ok(reopened[0].body.includes(`/admin/pratiche/${code}`));
		const verdicts = got.filter((m) => m.subject === 'Il cittadino ha valutato la pratica: Buca davanti alla scuola')
			.map((m) => /risposto sulla pratica chiusa: (.*)\./.exec(m.body)[1]).sort();
		assert.deepEqual(verdicts, ['4 su 5: Veloci', 'risolto']);
		assert.equal(got.length, 3);
	});

	test('the operator\'s case page shows the citizen\'s answers and rating of each closure, read-only', async () => {
		const page = await op.get(`/admin/pratiche/${code}`);
		assert.equal(page.status, 200);
		const block = /<section[^>]*data-testid="case-voice-staff"[^>]*>([^]*?)<\/section>/.exec(page.text);
		assert.ok(block, 'the block of the citizen\'s voice');
		const items = [...block[1].matchAll(/<li>([^]*?)<\/li>/g)].map((m) => textOf(m[1]).replace(/^Chiusura del \d\d\/\d\d\/\d{4}: /, ''));
		assert.equal(items.length, 2);
		assert.equal(items[0], 'risolto; voto 4 su 5: «Veloci»', 'the latest closure first');
		assert.match(items[1], /^non risolto \(.*La buca si è riaperta dopo la pioggia\..*\); nessun voto$/);
		assert.doesNotMatch(block[1], /<form|<input|<button/);
	});

	test('reopened by the office and closed again: it can be rated again', async () => {
		await acted(op, code, 'riapri', { motivo_riapertura: 'Controllo successivo.' });
		const open = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: '2' });
		assert.equal(open.status, 409, 'no rating while open');
		await acted(op, code, 'chiudi', { esito: 'risolta', spiegazione: 'Controllato.' });
		const r = await citizen.post(`/segnalazioni/${code}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: '2' });
		assert.equal(r.status, 303);
		assert.equal(count('case_ratings', code), 2);
	});

	test('double submit of a rating: exactly one is stored', async () => {
		const { code: c2 } = await citizen.fileCase({ titolo: 'Marciapiede rotto' });
		await acted(op, c2, 'prendi');
		await acted(op, c2, 'chiudi', { esito: 'risolta', spiegazione: 'Riparato.' });
		const rs = await Promise.all([1, 2, 3, 4, 5, 3, 2, 1].map((v) =>
			citizen.post(`/segnalazioni/${c2}/esito`, { csrf: citizen.csrf, azione: 'valuta', voto: String(v) })));
		assert.deepEqual(rs.map((r) => r.status).sort(), [303, 409, 409, 409, 409, 409, 409, 409]);
		assert.equal(count('case_ratings', c2), 1);
	});

	test('"non risolto" sent twice at once: one reopening, one verdict', async () => {
		const { code: c4 } = await citizen.fileCase({ titolo: 'Panchina rotta' });
		await acted(op, c4, 'prendi');
		await acted(op, c4, 'chiudi', { esito: 'risolta', spiegazione: 'Sostituita.' });
		const rs = await Promise.all([1, 2, 3, 4].map(() => citizen.post(`/segnalazioni/${c4}/esito`,
			{ csrf: citizen.csrf, azione: 'esito', risposta: 'non-risolto', motivo: 'Ancora rotta' })));
		assert.deepEqual(rs.map((r) => r.status).sort(), [303, 409, 409, 409]);
		assert.equal(count('case_verdicts', c4), 1);
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(c4)} AND e.status = 'reopened'`)), 1);
		assert.equal(outbox(c4).filter((m) => m.recipient === OFFICE_MAIL).length, 1);
	});

	test('after the window: "non risolto" is refused with a clear message, nothing changes', async () => {
		const { code: c3 } = await citizen.fileCase({ titolo: 'Tombino rumoroso' });
		await acted(op, c3, 'prendi');
		await acted(op, c3, 'chiudi', { esito: 'risolta', spiegazione: 'Sistemato.' });
		const token = linkToken(c3);
		sql(`UPDATE cases c JOIN case_voice_links l ON l.case_id = c.id SET c.closed_at = NOW(3) - INTERVAL 31 DAY,
			l.closed_at = NOW(3) - INTERVAL 31 DAY WHERE c.code = ${q(c3)}`);
		const page = await citizen.get(`/segnalazioni/${c3}`);
		assert.match(textOf(page.text), /Sono passati più di 30 giorni dalla chiusura/);
		assert.doesNotMatch(page.text, /riapri la pratica/);
		const r = await citizen.post(`/segnalazioni/${c3}/esito`, { csrf: citizen.csrf, azione: 'esito', risposta: 'non-risolto', motivo: 'Ancora rumoroso' });
		assert.equal(r.status, 409);
		assert.match(textOf(r.text), /più di 30 giorni/);
		assert.equal(caseOf(c3).status, 'closed');
		assert.equal(count('case_verdicts', c3), 0);
		const anon = new Client();
		const link = await anon.get(`/segnalazioni/esito/${token}`);
		assert.equal(link.status, 200, 'the link still works for "risolto" and the rating');
		const ok = await anon.post(`/segnalazioni/esito/${token}`, { csrf: formToken(link.text), azione: 'esito', risposta: 'risolto' });
		assert.equal(ok.status, 303);
		assert.equal(count('case_verdicts', c3), 1);
	});

	test("someone else's case: 404, nothing stored", async () => {
		const other = await loggedIn(3);
		const r = await other.post(`/segnalazioni/${code}/esito`, { csrf: other.csrf, azione: 'valuta', voto: '1' });
		assert.equal(r.status, 404);
		assert.equal(count('case_ratings', code), 2);
	});
});

describe('the median time to close at filing', () => {
	const slug = `voce-${process.pid}`;
	let citizen, catId;
	// A closed case of the test's category, filed DAYS before it was closed, closed AGO days ago.
	const closed = (days, ago = 1) => sql(`INSERT INTO cases (code, case_type, category_id, office_id, status, description,
		submitted_at, closed_at, created_at, updated_at) VALUES (${q(crypto.randomBytes(6).toString('hex'))}, 'segnalazione',
		${catId}, ${officeId(POLICE)}, 'closed', '', NOW(3) - INTERVAL ${ago + days} DAY, NOW(3) - INTERVAL ${ago} DAY, NOW(3), NOW(3))`);
	const stale = () => sql('UPDATE category_close_times SET computed_at = NOW(3) - INTERVAL 2 HOUR WHERE category_id = 0');
	// the category's line in the form's list of who answers and how soon (the option holds the name)
	const optionOf = (html) => textOf(new RegExp(`<li data-categoria="${slug}">([^<]*)</li>`).exec(html)[1]);
	let draft;

	before(async () => {
		sql(`INSERT INTO case_categories (slug, case_type, name, description, office_id, max_days, position)
			VALUES (${q(slug)}, 'segnalazione', 'Categoria di prova', '', ${officeId(POLICE)}, 25, 99)`);
		catId = sqlValue(`SELECT id FROM case_categories WHERE slug = ${q(slug)}`);
		for (const d of [1, 3, 5, 20]) closed(d);
		closed(100, 400);   // closed 13 months ago: not counted
		citizen = await loggedIn(0);
		draft = (await citizen.newDraft()).code;
	});
	// the other files of the run list the categories: this one leaves the lists
	after(() => sql(`UPDATE case_categories SET active = FALSE WHERE id = ${catId}`));

	test('each category shows its legal maximum and its median of the last 12 months', async () => {
		stale();
		const r = await citizen.get(`/segnalazioni/${draft}/modifica`);
		assert.equal(r.status, 200);
		assert.equal(optionOf(r.text), 'Categoria di prova (Polizia locale, risposta entro 25 giorni; ' +
			'tempo mediano di chiusura negli ultimi 12 mesi: 4 giorni)');
		assert.equal(sqlValue(`SELECT cases FROM category_close_times WHERE category_id = ${catId}`), '4');
	});

	test('the summary is not recomputed on every request, only when stale', async () => {
		closed(30);
		const cached = await citizen.get(`/segnalazioni/${draft}/modifica`);
		assert.match(optionOf(cached.text), /: 4 giorni\)$/, 'the fresh summary is kept');
		stale();
		const fresh = await citizen.get(`/segnalazioni/${draft}/modifica`);
		assert.match(optionOf(fresh.text), /: 5 giorni\)$/, 'median of 1, 3, 5, 20, 30');
		closed(2);
		closed(2);
		stale();
		const half = await citizen.get(`/segnalazioni/${draft}/modifica`);
		assert.match(optionOf(half.text), /: 3 giorni\)$/, 'median of 1, 2, 2, 3, 5, 20, 30');
	});
});

describe('re-routing on transfer and reclassification, told to the citizen', () => {
	let citizen, police, registry;
	before(async () => {
		citizen = await loggedIn(1);
		[police, registry] = await Promise.all([staffClient('operator', [POLICE]), staffClient('operator', [REGISTRY])]);
	});

	test('at filing the case page says why it is in that office', async () => {
		const { code } = await citizen.fileCase({ titolo: 'Buca in via Verdi' });
		const page = await citizen.get(`/segnalazioni/${code}`);
		assert.match(textOf(page.text), /Assegnata a Polizia locale perché la categoria Strade e marciapiedi è di sua competenza\./);
		const staff = await police.get(`/admin/pratiche/${code}`);
		assert.match(textOf(staff.text), /Assegnata a Polizia locale perché la categoria Strade e marciapiedi è di sua competenza\./);
	});

	test("reclassify re-routes by the new category's rules (the area's route), with the reason to the citizen", async () => {
		const { code } = await citizen.fileCase({ titolo: 'Cartello divelto', zona: 'poggio-alto' });
		await acted(police, code, 'prendi');
		const noReason = await act(police, code, 'riclassifica', { categoria: 'attraversamenti-e-segnaletica' });
		assert.equal(noReason.status, 422);
		await acted(police, code, 'riclassifica', { categoria: 'attraversamenti-e-segnaletica',
			motivo_categoria: 'È un cartello stradale.' });
		const c = caseOf(code);
		assert.equal(c.office_id, officeId(REGISTRY), 'Poggio Alto signage goes to the registry office');
		assert.equal(c.operator_id, null, 'nobody holds it in the new office');
		const mail = outbox(code).pop();
		assert.match(mail.body, /Categoria cambiata da Strade e marciapiedi a Attraversamenti e segnaletica\. Trasferita da Polizia locale a Ufficio Anagrafe, competente per la categoria Attraversamenti e segnaletica\. Motivo: È un cartello stradale\./);
		const page = textOf((await citizen.get(`/segnalazioni/${code}`)).text);
		assert.match(page, /Ufficio Anagrafe\s*Categoria cambiata da Strade e marciapiedi/);
		const staff = textOf((await registry.get(`/admin/pratiche/${code}`)).text);
		assert.match(staff, /Motivo: È un cartello stradale\./);
	});

	test('reclassify where the rules keep the office: the operator keeps it', async () => {
		const { code } = await citizen.fileCase({ titolo: 'Strisce sbiadite' });
		await acted(police, code, 'prendi');
		const before = caseOf(code);
		await acted(police, code, 'riclassifica', { categoria: 'attraversamenti-e-segnaletica', motivo_categoria: 'Segnaletica orizzontale.' });
		const after = caseOf(code);
		assert.equal(after.office_id, before.office_id);
		assert.equal(after.operator_id, before.operator_id);
		assert.match(outbox(code).pop().body, /Categoria cambiata .* Motivo: Segnaletica orizzontale\./);
	});

	test('a transfer is on the public timeline and e-mailed, with its reason', async () => {
		const { code } = await citizen.fileCase({ titolo: 'Semaforo guasto' });
		await acted(police, code, 'trasferisci', { ufficio: officeId(REGISTRY), motivo: 'Competenza anagrafe (prova).' });
		assert.match(outbox(code).pop().body, /Trasferita da Polizia locale a Ufficio Anagrafe\. Motivo: Competenza anagrafe \(prova\)\./);
		const page = textOf((await citizen.get(`/segnalazioni/${code}`)).text);
		assert.match(page, /Trasferita da Polizia locale a Ufficio Anagrafe\. Motivo: Competenza anagrafe/);
	});
});

describe("the citizen's voice on the managers' dashboard", () => {
	// A window of its own (May 2017: no other test files cases then), seeded as root.
	const WINDOW = 'dal=2017-05-01&al=2017-05-31';
	let manager;
	const seed = (category, office, status, days, ratings = [], reopened = false) => {
		const code = crypto.randomBytes(6).toString('hex');
		sql(`INSERT INTO cases (code, case_type, category_id, office_id, status, description, submitted_at, closed_at,
			created_at, updated_at) SELECT ${q(code)}, k.case_type, k.id, ${officeId(office)}, ${q(status)}, '',
			'2017-05-02 08:00', ${status === 'closed' ? `'2017-05-02 08:00' + INTERVAL ${days} DAY` : 'NULL'}, NOW(3), NOW(3)
			FROM case_categories k WHERE k.slug = ${q(category)}`);
		const id = sqlValue(`SELECT id FROM cases WHERE code = ${q(code)}`);
		ratings.forEach((stars, i) => sql(`INSERT INTO case_ratings (case_id, closed_at, rating, created_at)
			VALUES (${id}, '2017-05-20 00:00' + INTERVAL ${i} DAY, ${stars}, NOW(3))`));
		if (reopened) {
			sql(`INSERT INTO case_events (case_id, at, kind, status, author, body, public)
				VALUES (${id}, '2017-05-10', 'status', 'reopened', 'citizen', 'Non risolto', 0);
				CALL case_flags_rebuild(${id})`);
		}
	};
	// The rows of the table ID: [name, cells...] as text.
	const table = (html, id) => {
		const t = new RegExp(`<table[^>]*id="${id}">([\\s\\S]*?)</table>`).exec(html)[1];
		return [...t.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)]
			.map((m) => m[1].split(/<\/t[hd]>/).map(textOf).filter((x) => x !== ''));
	};

	before(async () => {
		sql("DELETE FROM cases WHERE submitted_at >= '2017-05-01' AND submitted_at < '2017-06-01'");   // a rerun
		seed('strade-e-marciapiedi', POLICE, 'closed', 2, [5, 3], true);   // two closures, rated twice
		seed('strade-e-marciapiedi', POLICE, 'closed', 4, [4]);
		seed('illuminazione-pubblica', POLICE, 'closed', 10);
		seed('strade-e-marciapiedi', POLICE, 'in_progress', 0);
		seed('disservizio-ufficio', REGISTRY, 'closed', 1, [1]);
		manager = await staffClient('manager');
	});

	test('per office and per category: mean rating and count, reopen rate, median time to close', async () => {
		const r = await manager.get(`/admin/cruscotto?${WINDOW}`);
		assert.equal(r.status, 200);
		// the median as the bucket of the lower median (sql/200: hours under two days, then days):
		// 2, 4 and 10 days → 4; one day (24 h) → 24-25 h; 2 and 4 days → 2
		assert.deepEqual(table(r.text, 'tabella-voce-uffici'), [
			['Polizia locale', '4', '4,00', '3', '33,3% (1 su 3)', '4–5 giorni'],
			['Ufficio Anagrafe', '1', '1,00', '1', '0,0% (0 su 1)', '24–25 ore'],
		]);
		assert.deepEqual(table(r.text, 'tabella-voce-categorie'), [
			['Strade e marciapiedi', '3', '4,00', '3', '50,0% (1 su 2)', '2–3 giorni'],
			['Disservizio di un ufficio', '1', '1,00', '1', '0,0% (0 su 1)', '24–25 ore'],
			['Illuminazione pubblica', '1', 'n.d.', '0', '0,0% (0 su 1)', '10–11 giorni'],
		]);
		const narrowed = await manager.get(`/admin/cruscotto?${WINDOW}&ufficio=${REGISTRY}`);
		assert.deepEqual(table(narrowed.text, 'tabella-voce-uffici'), [['Ufficio Anagrafe', '1', '1,00', '1', '0,0% (0 su 1)', '24–25 ore']]);
	});

	test('the same figures in the CSV (?tabella=voce)', async () => {
		const r = await manager.get(`/admin/cruscotto.csv?${WINDOW}&tabella=voce`);
		assert.equal(r.status, 200);
		assert.equal(r.headers.get('content-disposition'), 'attachment; filename="soddisfazione-2017-05-01-2017-05-31.csv"');
		const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n');
		assert.deepEqual(lines, [
			'raggruppamento,nome,pratiche,valutazioni,voto_medio,riaperte,chiuse_almeno_una_volta,percentuale_riaperte,' +
				'giorni_mediani_alla_chiusura_da,giorni_mediani_alla_chiusura_a',
			'ufficio,Polizia locale,4,3,4.00,1,3,33.3,4.00,5.00',
			'ufficio,Ufficio Anagrafe,1,1,1.00,0,1,0.0,1.00,1.04',
			'categoria,Strade e marciapiedi,3,3,4.00,1,2,50.0,2.00,3.00',
			'categoria,Disservizio di un ufficio,1,1,1.00,0,1,0.0,1.00,1.04',
			'categoria,Illuminazione pubblica,1,0,,0,1,0.0,10.00,11.00',
		]);
	});
});
