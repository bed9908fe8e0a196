'use strict';
// The back office's choice lists (categories, offices, operators, response
// templates) are kept by each admin worker between requests (issue 12:
// cgi-bin/ops/ops_lists.c), under the generation of choice_lists_state
// (sql/290) that the staff session's statement reads. The memo must be
// exact: a change made by an administrator in the UI, or at the SQL prompt
// (as another machine sharing the database would), shows on the very next
// request, whichever worker answers it; every worker has filled its memo
// before each change (many requests, spread by the socket over the workers).
// A staff login, which writes the staff row, does not move the generation.
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { staffClient, staffPost, createStaff, totp } = require('./lib/staff');
const { Client, loggedIn, sql, sqlValue, q } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const SLUG = `prova-liste-${RUN}`;
const TPL = `prova-liste-${RUN}`;
// more than the stack's workers (tests/run.sh: 3), several times over
const ROUNDS = 12;

const officeId = (slug) => sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
const generation = () => Number(sqlValue('SELECT generation FROM choice_lists_state WHERE id = 1'));

// ROUNDS answers to URL from client C, each checked by CHECK(html).
async function everyWorker(c, url, check) {
	for (let i = 0; i < ROUNDS; i++) {
		const r = await c.get(url);
		assert.equal(r.status, 200, url);
		check(r.text, i);
	}
}

const categoryOption = (html) => {
	const m = new RegExp(`<option value="${SLUG}"[^>]*>([^<]*)</option>`).exec(html);
	return m && m[1];
};

describe('the choice lists a worker keeps are exact', () => {
	let admin, code, catId;
	before(async () => {
		admin = await staffClient('admin');
		const citizen = await loggedIn(1);
		({ code } = await citizen.fileCase({}));
	});
	after(() => {
		sql(`DELETE FROM response_templates WHERE slug = ${q(TPL)}`);
		sql(`DELETE FROM audit_log WHERE object_id = ${q(catId || '0')} AND action LIKE 'case_category-%'`);
		sql(`DELETE FROM case_categories WHERE slug = ${q(SLUG)}`);
	});

	test('a category an administrator adds, renames and retires, at once in the queue', async () => {
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(categoryOption(html), null));
		const fields = {
			name: `Liste ${RUN}`, slug: SLUG, case_type: 'segnalazione', description: 'Per i test delle liste.',
			office_id: officeId('polizia-locale'), max_days: '10', active: '1', position: '99',
		};
		let r = await staffPost(admin, '/admin/categorie/nuovo', fields);
		assert.equal(r.status, 303);
		catId = /^\/admin\/categorie\/(\d+)/.exec(r.location)[1];
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(categoryOption(html), `Liste ${RUN}`));
		// the filter by its slug binds its id, read from the same kept list
		await everyWorker(admin, `/admin/pratiche?categoria=${SLUG}`, (html) =>
			assert.match(html, new RegExp(`<option value="${SLUG}" selected`)));

		r = await staffPost(admin, `/admin/categorie/${catId}`, { ...fields, name: `Liste rinominata ${RUN}` });
		assert.equal(r.status, 303);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(categoryOption(html), `Liste rinominata ${RUN}`));

		sql(`UPDATE case_categories SET active = FALSE WHERE id = ${catId}`);   // another machine's write
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(categoryOption(html), null));
	});

	test('an operator added, renamed at the SQL prompt and deactivated, at once in the assign lists', async () => {
		const name = `Operatore liste ${RUN}`;
		const hasOperator = (html, n) => html.includes(`>${n}</option>`);
		await everyWorker(admin, `/admin/pratiche/${code}`, (html) => assert.equal(hasOperator(html, name), false));
		const acct = createStaff('operator', ['polizia-locale'], name);
		const id = sqlValue(`SELECT id FROM staff WHERE username = ${q(acct.username)}`);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.ok(hasOperator(html, name)));
		await everyWorker(admin, `/admin/pratiche/${code}`, (html) => assert.ok(hasOperator(html, name)));

		// a login writes the staff row (attempts, TOTP step): the lists stay kept
		const before = generation();
		const c = new Client();
		const r = await c.post('/admin/login', { username: acct.username, password: acct.password, totp: totp(acct.secret) });
		assert.equal(r.status, 303);
		assert.equal(generation(), before, 'a login does not empty the workers\' lists');

		sql(`UPDATE staff SET display_name = ${q(`${name} bis`)} WHERE id = ${id}`);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.ok(hasOperator(html, `${name} bis`)));
		sql(`DELETE FROM staff_offices WHERE staff_id = ${id}`);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(hasOperator(html, `${name} bis`), false));
		sql(`INSERT INTO staff_offices (staff_id, office_id) VALUES (${id}, ${officeId('polizia-locale')})`);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.ok(hasOperator(html, `${name} bis`)));
		sql(`UPDATE staff SET active = FALSE WHERE id = ${id}`);
		await everyWorker(admin, '/admin/pratiche', (html) => assert.equal(hasOperator(html, `${name} bis`), false));
	});

	test('a response template added at the SQL prompt, at once on the case page', async () => {
		const office = sqlValue(`SELECT office_id FROM cases WHERE code = ${q(code)}`);
		const has = (html) => html.includes(`value="${TPL}"`);
		await everyWorker(admin, `/admin/pratiche/${code}`, (html) => assert.equal(has(html), false));
		sql(`INSERT INTO response_templates (slug, title, body, office_id, position)
			VALUES (${q(TPL)}, 'Modello delle liste', 'Gentile {nome}, grazie.', ${office}, 99)`);
		await everyWorker(admin, `/admin/pratiche/${code}`, (html) => assert.ok(has(html)));
		sql(`UPDATE response_templates SET active = FALSE WHERE slug = ${q(TPL)}`);
		await everyWorker(admin, `/admin/pratiche/${code}`, (html) => assert.equal(has(html), false));
	});
});
