'use strict';
// What the store's transactions guarantee, against the running stack:
// - the 3-photo limit holds under parallel saves of one draft;
// - a save racing with the filing never adds photos to a filed case, a
//   message racing with the withdrawal never lands on a withdrawn one (the
//   race is made certain by holding the case row locked as root while both
//   requests queue behind it, the filing or withdrawal first);
// - a title with control characters stored by an older version cannot break
//   the subject of the withdrawal e-mail;
// - withdrawing says why it cannot (already withdrawn, closed, in charge);
// - when the database refuses the write, the form comes back (503) with what
//   was typed and the news that nothing was saved.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { TEST_VAR, textOf } = require('./lib/http');
const {
	loggedIn, sql, sqlValue, q, caseRow, attachmentCount, errorsOf, inputValue, textareaValue,
	validFields, jpeg, pdf, photoFile, pdfFile,
} = require('./lib/cases');

const DBSOCK = path.join(TEST_VAR, 'db/run/mysqld.sock');
const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

// Holds case ID's row locked FOR UPDATE as root for SECONDS; resolves when released.
async function holdCaseLocked(id, seconds) {
	const child = spawn('mariadb', ['--no-defaults', `--socket=${DBSOCK}`, '-uroot', 'portale', '-e',
		`BEGIN; SELECT id FROM cases WHERE id = ${Number(id)} FOR UPDATE; DO SLEEP(${seconds}); COMMIT;`],
	{ stdio: 'ignore' });
	const done = new Promise((res) => child.on('exit', res));
	for (let i = 0; i < 50; i++) {   // until the lock is held
		const n = Number(sqlValue(`SELECT COUNT(*) FROM information_schema.innodb_trx
			WHERE trx_query LIKE '%SLEEP(${seconds})%'`));
		if (n > 0) break;
		await sleep(20);
	}
	return done;
}

const photos = (n) => Array.from({ length: n }, (_, i) => photoFile(jpeg(800, 600), `foto-${i + 1}.jpg`));

describe('the attachment limit and the case status hold under concurrency', { timeout: 60000 }, () => {
	let c;
	before(async () => { c = await loggedIn(2); });

	test('three parallel saves with 3 photos each: at most 3 photos, the others told why (422 with the form)', async () => {
		const { code } = await c.newDraft();
		const fields = { ...validFields(), azione: 'bozza' };
		const answers = await Promise.all([0, 1, 2].map(() => c.saveDraft(code, fields, photos(3))));
		const statuses = answers.map((r) => r.status);
		assert.ok(attachmentCount(code) <= 3, `${attachmentCount(code)} photos stored (answers ${statuses})`);
		assert.equal(statuses.filter((s) => s === 303).length, 1, `one save wins: ${statuses}`);
		for (const r of answers.filter((x) => x.status !== 303)) {
			assert.equal(r.status, 422);
			assert.ok(errorsOf(r.text).some((e) => /al massimo 3 foto/.test(e)), JSON.stringify(errorsOf(r.text)));
			assert.equal(inputValue(r.text, 'titolo'), fields.titolo, 'the form comes back filled in');
		}
		assert.equal(attachmentCount(code), 3);
	});

	test('a save with photos queued behind the filing adds nothing to the filed case', async () => {
		const { code } = await c.newDraft();
		assert.equal((await c.saveDraft(code, { ...validFields(), azione: 'avanti' })).status, 303);
		const id = caseRow(code).id;
		const released = holdCaseLocked(id, 3);
		await sleep(300);
		const filing = c.submit(code);
		await sleep(300);
		const save = c.saveDraft(code, { ...validFields(), titolo: 'Titolo cambiato in corsa', azione: 'bozza' }, photos(2));
		const [f, s] = await Promise.all([filing, save]);
		await released;
		assert.equal(f.status, 303, 'filed');
		const row = caseRow(code);
		assert.equal(row.status, 'received');
		assert.equal(attachmentCount(code), 0, 'no photo on the filed case');
		assert.equal(row.title, validFields().titolo, 'the filed case keeps what was filed');
		assert.equal(s.status, 409, `the late save is refused (${s.status})`);
		assert.match(textOf(s.text), /già stata inviata/);
	});

	test('a message with a PDF queued behind the withdrawal is refused, nothing stored', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione ritirata durante un messaggio' });
		const id = caseRow(code).id;
		const released = holdCaseLocked(id, 3);
		await sleep(300);
		const withdraw = c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
		await sleep(300);
		const message = c.postMultipart(`/segnalazioni/${code}/messaggi`,
			{ csrf: c.csrf, messaggio: 'Aggiungo una foto della zona.' }, [pdfFile(pdf('corsa'), 'corsa.pdf')]);
		const [w, m] = await Promise.all([withdraw, message]);
		await released;
		assert.equal(w.status, 303, 'withdrawn');
		assert.equal(caseRow(code).status, 'withdrawn');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events WHERE case_id = ${id} AND kind = 'message'`), '0',
			'no message on the withdrawn case');
		assert.equal(attachmentCount(code), 0, 'no document on the withdrawn case');
		assert.equal(m.status, 409, `the late message is refused (${m.status})`);
	});
});

describe('withdrawal: the subject of its e-mail, and why it cannot be done', () => {
	let c;
	before(async () => { c = await loggedIn(2); });

	test('a title with CR/LF stored by an older version does not reach the subject', async () => {
		const { code } = await c.fileCase({ titolo: 'Titolo provvisorio' });
		sql(`UPDATE cases SET title = ${q('Lampione spento\r\nBcc: tutti@example.org\u2028fine')} WHERE code = ${q(code)}`);
		const r = await c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
		assert.equal(r.status, 303);
		const [[subject, breaks]] = sql(`SELECT o.subject, o.subject REGEXP '[\\r\\n]' OR LOCATE(_utf8mb4 0xE280A8, o.subject) > 0
			FROM outbox o JOIN cases c ON c.id = o.case_id
			WHERE c.code = ${q(code)} AND o.subject LIKE 'Pratica ritirata:%'`);
		assert.equal(breaks, '0', `no line break in the subject: ${JSON.stringify(subject)}`);
		assert.match(subject, /^Pratica ritirata: Lampione spento +Bcc: tutti@example\.org +fine$/);
	});

	const cases = [
		['withdrawn', /già stata ritirata/],
		['closed', /è già chiusa/],
		['rejected', /è già chiusa/],
		['in_progress', /presa in carico/],
	];
	for (const [status, message] of cases) {
		test(`a case ${status}: 409 saying so`, async () => {
			const { code } = await c.fileCase({ titolo: `Pratica in stato ${status}` });
			sql(`UPDATE cases SET status = ${q(status)} WHERE code = ${q(code)}`);
			const r = await c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
			assert.equal(r.status, 409);
			assert.match(textOf(r.text), message);
			assert.equal(caseRow(code).status, status);
		});
	}
});

describe('the database refuses the write: the form back with what was typed (503)', () => {
	let c;
	before(async () => { c = await loggedIn(2); });

	// Runs FN while portale_cases may not UPDATE TABLE; the right comes back in any case.
	async function withoutUpdate(fn, table = 'cases') {
		sql(`REVOKE UPDATE ON portale.${table} FROM 'portale_cases'@'localhost'`);
		try {
			return await fn();
		} finally {
			sql(`GRANT UPDATE ON portale.${table} TO 'portale_cases'@'localhost'`);
		}
	}

	test('saving the form', async () => {
		const { code } = await c.newDraft();
		const typed = { ...validFields(), titolo: 'Panchina rotta ai giardini', descrizione: 'La panchina vicino alla fontana ha due assi rotte.' };
		const before = caseRow(code);
		const r = await withoutUpdate(() => c.saveDraft(code, { ...typed, azione: 'avanti' }));
		assert.equal(r.status, 503);
		assert.match(textOf(r.text), /non (?:è stato salvato|sono stati salvati)/);
		assert.equal(inputValue(r.text, 'titolo'), typed.titolo, 'the title typed is kept');
		assert.equal(textareaValue(r.text, 'descrizione'), typed.descrizione, 'the description typed is kept');
		assert.deepEqual(caseRow(code), before, 'nothing saved');
		const again = await c.saveDraft(code, { ...typed, azione: 'avanti' });
		assert.equal(again.status, 303, 'and it works once the database is back');
	});

	test('filing', async () => {
		const { code } = await c.newDraft();
		assert.equal((await c.saveDraft(code, { ...validFields(), azione: 'avanti' })).status, 303);
		const r = await withoutUpdate(() => c.submit(code));
		assert.equal(r.status, 503);
		assert.match(textOf(r.text), /non è stata inviata/);
		assert.match(r.text, new RegExp(`action="/segnalazioni/${code}/invia"`), 'the summary with its button');
		assert.equal(caseRow(code).status, 'draft');
		assert.equal((await c.submit(code)).status, 303);
	});

	test('a message to the office', async () => {
		const { code } = await c.fileCase({ titolo: 'Pratica con messaggio non salvato' });
		const text = 'Il problema si è aggravato dopo la pioggia di ieri.';
		const r = await withoutUpdate(() => c.postMultipart(`/segnalazioni/${code}/messaggi`,
			{ csrf: c.csrf, messaggio: text }, [pdfFile(pdf('pioggia'), 'pioggia.pdf')]));
		assert.equal(r.status, 503);
		assert.match(textOf(r.text), /il messaggio non è stato inviato/);
		assert.equal(textareaValue(r.text, 'messaggio'), text, 'the message typed is kept');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.kind = 'message'`), '0');
		assert.equal(attachmentCount(code), 0, 'no document stored');
	});

	test('the contacts of the personal area', async () => {
		const r = await withoutUpdate(() => c.post('/area-personale/contatti',
			{ csrf: c.csrf, email: 'luca.nuovo@example.org', telefono: '+39 333 7654321' }), 'citizens');
		assert.equal(r.status, 503);
		assert.match(textOf(r.text), /non sono stati salvati/);
		assert.equal(inputValue(r.text, 'email'), 'luca.nuovo@example.org');
		assert.equal(inputValue(r.text, 'telefono'), '+39 333 7654321');
		assert.notEqual(sqlValue(`SELECT email FROM citizens WHERE fiscal_code = ${q(c.citizen.fiscalCode)}`),
			'luca.nuovo@example.org');
	});
});
