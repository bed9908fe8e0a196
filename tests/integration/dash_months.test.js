'use strict';
// The CSVs of the dashboard are kept under the generations of their filing
// months (sql/361, dash_cache.c): a write to a case filed in month A, or to a
// rating of one, ends the CSVs of the periods holding A and leaves those of
// month B kept. Kept is proven as dash_shared.test.js does: a key nobody asked
// gets a forged shared row (another period's file under its own period's
// generation), which the program serves only from the cache. The months are
// May and June 2012: no other test files cases then.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');
const { key, forge } = require('./lib/dash_answers');

// Three keys of each month: the same period, the filters in another order.
const keys = (from, to) => [
	`dal=${from}&al=${to}&ufficio=&categoria=&canale=`,
	`al=${to}&dal=${from}&ufficio=&categoria=&canale=`,
	`ufficio=&dal=${from}&al=${to}&categoria=&canale=`,
];
const A = keys('2012-05-01', '2012-05-31');
const B = keys('2012-06-01', '2012-06-30');
const BOTH = 'dal=2012-05-01&al=2012-06-30&ufficio=&categoria=&canale=';
const fileA = 'attachment; filename="pratiche-2012-05-01-2012-05-31.csv"';
const month = (m) => sqlValue(`SELECT IFNULL(MAX(generation), 0) FROM dash_month_state WHERE month = '${m}'`);

describe('dash_month_state: a CSV lasts while no case of its months is written', () => {
	let manager, inA;
	before(async () => {
		manager = await staffClient('manager');
		sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE submitted_at >= '2012-05-01' AND submitted_at < '2012-07-01'`);
		const citizen = await loggedIn(3);
		for (const [titolo, at] of [['Buca di maggio', '2012-05-10 10:00'], ['Buca di giugno', '2012-06-10 10:00']]) {
			const { code } = await citizen.fileCase({ titolo, categoria: 'strade-e-marciapiedi' });
			sql(`UPDATE cases SET submitted_at = '${at}' WHERE code = ${q(code)}`);
			if (!inA) inA = code;
		}
	});

	const file = async (qs) => {
		const r = await manager.get(`/admin/cruscotto.csv?${qs}`);
		assert.equal(r.status, 200, `${qs}: ${r.status}`);
		return r.headers.get('content-disposition');
	};
	// KEYS[FORGED] made to hold the file of OTHER, under its own period's generation.
	const forgeFrom = async (other, keys, forged) => {
		await file(other);
		await file(keys[0]);
		forge(key('csv', other), key('csv', keys[forged]), key('csv', keys[0]));
	};

	test('a write to a case of May ends May\'s CSV and leaves June\'s', async () => {
		await forgeFrom(A[0], B, 1);
		await forgeFrom(B[0], A, 1);
		assert.equal(await file(B[1]), fileA, 'June\'s forged row is served: kept');
		const june = month('2012-06-01'), may = month('2012-05-01');
		await file(BOTH);
		sql(`UPDATE cases SET title = 'Buca di maggio, allargata' WHERE code = ${q(inA)}`);
		assert.equal(month('2012-06-01'), june, 'June\'s generation stays');
		assert.notEqual(month('2012-05-01'), may, 'May\'s moves');
		assert.equal(await file(B[1]), fileA, 'June\'s answer is still the kept one');
		assert.equal(await file(A[1]), fileA, 'May\'s is its own, computed again');
		const both = await manager.get(`/admin/cruscotto.csv?${BOTH}`);
		assert.match(both.text, /Buca di maggio, allargata/, 'a period holding May shows the write');
	});

	test('a rating of a case of May ends May\'s CSVs (the list, the voice) and leaves June\'s', async () => {
		await forgeFrom(A[0], B, 2);
		await forgeFrom(B[0], A, 2);
		const voice = [`${A[0]}&tabella=voce`, `${A[1]}&tabella=voce`];
		await file(`${B[0]}&tabella=voce`);
		await file(voice[0]);
		forge(key('csv', `${B[0]}&tabella=voce`), key('csv', voice[1]), key('csv', voice[0]));
		sql(`INSERT INTO case_ratings (case_id, closed_at, rating, comment, created_at)
			SELECT id, NOW(3), 4, '', NOW(3) FROM cases WHERE code = ${q(inA)}`);
		assert.equal(await file(B[2]), fileA, 'June\'s forged row is still served');
		assert.equal(await file(A[2]), fileA, 'May\'s list is its own');
		assert.equal(await file(voice[1]), 'attachment; filename="soddisfazione-2012-05-01-2012-05-31.csv"',
			'May\'s voice is its own');
	});
});
