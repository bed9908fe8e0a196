'use strict';
// The dashboard's answers shared by the admin workers (sql/310, dash_cache.c)
// are used and are exact. A worker that has not kept an answer takes it from
// dash_answers when one is there under the key and the generation sum it read:
// here the row of a period nobody asked is forged (a copy of another period's
// answer), and the page shows the forged answer, whichever worker serves it
// (none has kept that key). After a case write the forged row no longer holds
// (its generation is older): the page is that period's own, equal to one
// computed afresh (the same filters in another order, a key nobody kept), and
// with the generation check removed from dash_answer_get this fails. The CSV
// goes the same way, under its months' generations. The periods are windows
// of their own (February and March 2013: no other test files cases then).
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');
const { key, hash, forge, holdLock } = require('./lib/dash_answers');

const A = 'dal=2013-02-01&al=2013-02-28&ufficio=&categoria=&canale=';
const B = 'dal=2013-03-01&al=2013-03-31&ufficio=&categoria=&canale=';
const B_FRESH = 'al=2013-03-31&dal=2013-03-01&ufficio=&categoria=&canale=';
const A_FRESH = 'al=2013-02-28&dal=2013-02-01&ufficio=&categoria=&canale=';
const B_OTHER = 'dal=2013-03-01&ufficio=&al=2013-03-31&categoria=&canale=';

const main = (html) => {
	const m = /<main[^>]*>([\s\S]*)<\/main>/.exec(html);
	assert.ok(m, 'the page has a <main>');
	return m[1];
};

describe('dash_answers: the workers share each answer, and only while it holds', () => {
	let manager, code;
	before(async () => {
		manager = await staffClient('manager');
		sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE submitted_at >= '2013-02-01' AND submitted_at < '2013-04-01'`);
		({ code } = await (await loggedIn(2)).fileCase({ titolo: 'Buca per le risposte condivise', categoria: 'strade-e-marciapiedi' }));
		sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE code = ${q(code)}`);
	});

	const get = async (path) => {
		const r = await manager.get(path);
		assert.equal(r.status, 200, `${path}: ${r.status}`);
		return r;
	};
	// A write of a case of no consequence to the periods asked: it moves dash_state.
	const write = () => {
		const gen = sqlValue('SELECT generation FROM dash_state');
		sql(`UPDATE cases SET updated_at = NOW(3) WHERE code = ${q(code)}`);
		assert.notEqual(sqlValue('SELECT generation FROM dash_state'), gen, 'the write moved dash_state');
	};

	test('the page: a forged shared answer is served to every worker until a write', async () => {
		write();   // a generation no worker has kept anything under
		const a = main((await get(`/admin/cruscotto?${A}`)).text);
		forge(key('page', A), key('page', B));
		const served = main((await get(`/admin/cruscotto?${B}`)).text);
		assert.equal(served, a, 'the answer shared under the key and generation is the one served');
		assert.match(served, /2013-02-01/);
		write();
		const own = main((await get(`/admin/cruscotto?${B}`)).text);
		assert.notEqual(own, a, 'after a write the shared answer no longer holds');
		assert.match(own, /2013-03-01/);
		assert.equal(own, main((await get(`/admin/cruscotto?${B_FRESH}`)).text), 'it equals the fresh one');
	});

	// The CSVs are kept under their filing months' generations (sql/361): the
	// forged row takes B's from a key of B nobody else asks, and the write that
	// ends it is one to a case of B's month.
	test('the CSV: the same, until a write to a case of its month', async () => {
		const a = (await get(`/admin/cruscotto.csv?${A}`)).headers.get('content-disposition');
		await get(`/admin/cruscotto.csv?${B_OTHER}`);
		forge(key('csv', A), key('csv', B), key('csv', B_OTHER));
		assert.equal((await get(`/admin/cruscotto.csv?${B}`)).headers.get('content-disposition'), a);
		write();
		assert.equal((await get(`/admin/cruscotto.csv?${B}`)).headers.get('content-disposition'), a,
			'a write to a case of another month leaves it');
		sql(`UPDATE cases SET submitted_at = '2013-03-15 10:00' WHERE code = ${q(code)}`);
		const own = (await get(`/admin/cruscotto.csv?${B}`)).headers.get('content-disposition');
		assert.notEqual(own, a);
		assert.equal(own, (await get(`/admin/cruscotto.csv?${B_FRESH}`)).headers.get('content-disposition'));
		assert.equal(sqlValue(`SELECT COUNT(*) FROM dash_answers WHERE k = ${hash(key('csv', B))}`), '1',
			'the version of the older generation is gone (sql/370: a row a version)');
	});

	test('a key keeps one version: the one before goes when the newer is put', async () => {
		await get(`/admin/cruscotto?${A}`);
		write();
		await get(`/admin/cruscotto?${A}`);
		const rows = sql(`SELECT generation FROM dash_answers WHERE k = ${hash(key('page', A))}`);
		assert.equal(rows.length, 1, 'one version of the key');
		assert.ok(Number(rows[0][0]) >= Number(sqlValue('SELECT generation FROM dash_state')), 'the newest');
	});

	// While a worker computes a key's new version (it holds the key's lock:
	// here a connection of the test holds it), the others asking the key serve
	// the version before at once; with no version before, they wait for it.
	// Without the version before, this waits for the lock (up to 10 s) and
	// gets the new answer.
	test('while a key\'s new version is computed, the others serve the one before at once', async () => {
		const before = main((await get(`/admin/cruscotto?${A}`)).text);
		sql(`UPDATE cases SET submitted_at = '2013-02-10 10:00' WHERE code = ${q(code)}`);   // into A
		const lock = await holdLock(key('page', A));
		let t = Date.now();
		const during = main((await get(`/admin/cruscotto?${A}`)).text);
		const fast = Date.now() - t;
		await lock.release();
		assert.equal(during, before, 'the version before the write, while the new one is computed');
		assert.ok(fast < 3000, `served at once (${fast} ms)`);
		const after = main((await get(`/admin/cruscotto?${A}`)).text);
		assert.notEqual(after, before, 'then the new one');
		assert.equal(after, main((await get(`/admin/cruscotto?${A_FRESH}`)).text), 'the fresh one');

		const late = await holdLock(key('page', B_OTHER));   // a key with no version before
		t = Date.now();
		const waited = get(`/admin/cruscotto?${B_OTHER}`);
		await new Promise((done) => setTimeout(done, 1500));
		await late.release();
		const got = main((await waited).text);
		assert.ok(Date.now() - t >= 1500, 'it waited for the lock');
		assert.equal(got, main((await get(`/admin/cruscotto?${B_FRESH}`)).text), 'and got the answer itself');
		sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE code = ${q(code)}`);
	});
});
