'use strict';
// Protocol numbers under load: 200 drafts (inserted as root, for speed, for
// four citizens logged in through the demo IdP) filed over HTTP at the same
// time, about 50 requests in flight → 200 cases, each with one protocol
// number of this year, all distinct and consecutive (no gap, no duplicate),
// one "received" event and one acknowledgement each.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { loggedIn, sql, sqlValue, q, CITIZENS } = require('./lib/cases');

const N = 200;
const IN_FLIGHT = 50;
const ALPHABET = '23456789abcdefghjkmnpqrstvwxyz';

// Runs the async jobs with at most LIMIT at once; results in order.
async function pool(jobs, limit) {
	const results = new Array(jobs.length);
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const i = next++;
			try {
				results[i] = await jobs[i]();
			} catch (e) {
				results[i] = { error: e };
			}
		}
	};
	await Promise.all(Array.from({ length: limit }, worker));
	return results;
}

describe('protocol numbers under concurrent filing', { timeout: 60000 }, () => {
	const tag = crypto.randomBytes(4).toString('hex');
	let clients;
	let drafts;   // [{ code, client }]

	before(async () => {
		clients = await Promise.all([0, 1, 2, 3].map((i) => loggedIn(i)));
		const ids = Object.fromEntries(sql(`SELECT fiscal_code, id FROM citizens WHERE fiscal_code IN
			(${CITIZENS.map((c) => q(c.fiscalCode)).join(', ')})`));
		const category = sqlValue("SELECT id FROM case_categories WHERE slug = 'strade-e-marciapiedi'");
		drafts = [];
		const codes = new Set();
		while (codes.size < N) codes.add([...crypto.randomBytes(12)].map((b) => ALPHABET[b % ALPHABET.length]).join(''));
		const values = [...codes].map((code, i) => {
			const client = clients[i % clients.length];
			drafts.push({ code, client });
			return `(${q(code)}, ${ids[client.citizen.fiscalCode]}, 'segnalazione', ${category}, 'draft', ` +
				`${q(`Prova di carico ${tag} n. ${i + 1}`)}, ${q('Una buca nella carreggiata, segnalata durante la prova di carico.')}, ` +
				`${q(`Via della Prova ${i + 1}`)}, ${q(client.citizen.email)}, NOW(3), NOW(3), NOW(3))`;
		});
		sql(`INSERT INTO cases (code, citizen_id, case_type, category_id, status, title, description, address,
			contact_email, privacy_at, created_at, updated_at) VALUES ${values.join(',\n')}`);
	});

	test(`${N} drafts filed at once (${IN_FLIGHT} in flight) → ${N} distinct, consecutive protocol numbers`, async () => {
		const counter = Number(sqlValue('SELECT last_number FROM protocol_counters WHERE year = YEAR(NOW())') || 0);
		const t0 = Date.now();
		const answers = await pool(drafts.map((d) => () => d.client.submit(d.code, { timeout: 30000 })), IN_FLIGHT);
		const elapsed = Date.now() - t0;
		const bad = answers.map((r, i) => [drafts[i].code, r])
			.filter(([code, r]) => r.error || r.status !== 303 || r.location !== `/segnalazioni/${code}/ricevuta`)
			.map(([code, r]) => `${code}: ${r.error ? r.error.message : `${r.status} ${r.location}`}`);

		// numbers first (even if some filings failed: those must have taken none)
		const list = drafts.map((d) => q(d.code)).join(', ');
		const year = sqlValue('SELECT YEAR(NOW())');
		const rows = sql(`SELECT code, status, protocol_year, protocol_number FROM cases WHERE code IN (${list})
			AND protocol_number IS NOT NULL ORDER BY protocol_number`);
		assert.deepEqual(rows.filter((r) => r[1] !== 'received' || r[2] !== year).map((r) => r[0]), [],
			'every numbered case received, numbered for this year');
		const numbers = rows.map((r) => Number(r[3]));
		assert.equal(new Set(numbers).size, numbers.length, 'no duplicate');
		assert.deepEqual(numbers, Array.from({ length: numbers.length }, (_, i) => counter + 1 + i), 'consecutive, after the last one');
		assert.equal(Number(sqlValue('SELECT last_number FROM protocol_counters WHERE year = YEAR(NOW())')), counter + numbers.length,
			'the counter moved by exactly the cases filed');

		// then every filing must have succeeded
		assert.deepEqual(bad, [], `filings that did not redirect to their receipt (${bad.length} of ${N})`);
		assert.equal(numbers.length, N);

		// the whole year: 1..last, each once
		const [count, distinct, min, max] = sql(`SELECT COUNT(*), COUNT(DISTINCT protocol_number), MIN(protocol_number),
			MAX(protocol_number) FROM cases WHERE protocol_year = YEAR(NOW())`)[0].map(Number);
		assert.equal(count, distinct, 'no duplicate in the year');
		assert.equal(min, 1, 'the year starts at 1');
		assert.equal(max, count, 'no gap in the year');

		// one "received" event and one acknowledgement per case
		const [[events, mails]] = sql(`SELECT
			(SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.code IN (${list}) AND e.status = 'received'),
			(SELECT COUNT(*) FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.code IN (${list})
				AND o.recipient NOT IN (SELECT email FROM staff))`);   // not the notifier's notices to the office
		assert.equal(Number(events), N);
		assert.equal(Number(mails), N);
		console.log(`${N} filings in ${elapsed} ms`);
	});

	test('the receipts show the numbers stored', async () => {
		const filed = new Set(sql(`SELECT code FROM cases WHERE code IN (${drafts.map((d) => q(d.code)).join(', ')})
			AND protocol_number IS NOT NULL`).map((r) => r[0]));
		const numbered = drafts.filter((d) => filed.has(d.code));
		assert.ok(numbered.length > 0);
		const sample = [numbered[0], numbered[numbered.length >> 1], numbered[numbered.length - 1]];
		for (const d of sample) {
			const r = await d.client.get(`/segnalazioni/${d.code}/ricevuta`);
			assert.equal(r.status, 200);
			const [[y, n]] = sql(`SELECT protocol_year, protocol_number FROM cases WHERE code = ${q(d.code)}`);
			assert.ok(r.text.includes(`<dd class="vm-protocol">${y}/${n.padStart(7, '0')}</dd>`), d.code);
		}
	});
});
