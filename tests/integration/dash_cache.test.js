'use strict';
// The dashboard's answer cache (cgi-bin/dash/dash_cache.c, sql/300) is exact:
// each admin worker keeps /admin/cruscotto's data and the CSV files under the
// query string, so the same filters written in another order are a key no
// worker has kept and are computed afresh. In a window of its own (May 2014:
// no other test files cases then) the page and the CSV are asked nine times
// (every worker fills its cache), then after each kind of write (a case moved
// in, taken, reclassified, transferred, closed, rated, reopened; an
// appointment booked and marked as not shown up; an office and a category
// renamed) nine times again: every answer must equal the fresh one, and the
// fresh one must differ from the step before (the write shows). With the
// triggers' bump removed the cached answers stay those of the step before and
// this fails. The page's frame is not kept: two managers each see their own
// name and CSRF token.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, textOf } = require('./lib/http');
const { Client, loggedIn, sql, sqlValue, q, randomCode } = require('./lib/cases');
const { createStaff, staffClient, totp } = require('./lib/staff');

const FROM = '2014-05-01';
const TO = '2014-05-31';
const ASKS = 9;
// The same filters in every order: a fresh key at each step.
const PARAMS = [`dal=${FROM}`, `al=${TO}`, 'ufficio=', 'categoria=', 'canale='];
const orders = [];
(function permute(left, done) {
	if (!left.length) return orders.push(done.join('&'));
	left.forEach((p, i) => permute([...left.slice(0, i), ...left.slice(i + 1)], [...done, p]));
})(PARAMS, []);
const KEPT = orders.shift();   // the order asked again and again: kept by every worker

const main = (html) => {
	const m = /<main[^>]*>([\s\S]*)<\/main>/.exec(html);
	assert.ok(m, 'the page has a <main>');
	return m[1];
};

async function login(name) {
	const acct = createStaff('manager', [], name);
	const c = new Client();
	const r = await c.post('/admin/login', { username: acct.username, password: acct.password, totp: totp(acct.secret) });
	assert.equal(r.status, 303, `login of ${name}: ${r.status}`);
	return c;
}

describe('dash_cache: every cached dashboard and CSV equals the answer computed afresh', () => {
	let citizen, op, manager, code, office, officeUpdated, category, booking;
	let before_ = { page: null, csv: null };
	const act = async (c, azione, fields) => {
		const r = await op.post(`/admin/pratiche/${c}/azione`, { csrf: op.csrf, azione, ...fields });
		assert.equal(r.status, 303, `${azione}: ${r.status} ${textOf(r.text).slice(0, 200)}`);
	};
	const page = async (qs) => {
		const r = await manager.get(`/admin/cruscotto?${qs}`);
		assert.equal(r.status, 200, `page ${qs}: ${r.status}`);
		return main(r.text);
	};
	const csv = async (qs) => {
		const r = await manager.get(`/admin/cruscotto.csv?${qs}`);
		assert.equal(r.status, 200, `csv ${qs}: ${r.status}`);
		return [r.headers.get('content-disposition'), r.headers.get('link'), r.text];
	};
	// Asks the kept key ASKS times, then a key never asked: all equal.
	async function assertExact(step) {
		const kept = [];
		const BOOKED = '&dati=appuntamenti';
		for (let i = 0; i < ASKS; i++) kept.push([await page(KEPT), await csv(KEPT), await csv(KEPT + BOOKED)]);
		const fresh = orders.shift();
		const now = { page: await page(fresh), csv: await csv(fresh), booked: await csv(fresh + BOOKED) };
		kept.forEach(([p, c, b], i) => {
			assert.equal(p, now.page, `${step}: page ask ${i + 1} equals the fresh page`);
			assert.deepEqual(c, now.csv, `${step}: CSV ask ${i + 1} equals the fresh CSV`);
			assert.deepEqual(b, now.booked, `${step}: appointments CSV ask ${i + 1} equals the fresh one`);
		});
		if (before_.page !== null) assert.notEqual(now.page, before_.page, `${step}: the page shows the write`);
		before_ = now;
		return now;
	}

	before(async () => {
		citizen = await loggedIn(1);
		[op, manager] = await Promise.all([staffClient('admin'), staffClient('manager')]);
		sql(`DELETE FROM cases WHERE submitted_at >= '${FROM}' AND submitted_at < '2014-06-01' AND protocol_number IS NULL;
			UPDATE cases SET submitted_at = '1990-01-01' WHERE submitted_at >= '${FROM}' AND submitted_at < '2014-06-01'`);
		// the office's updated_at too: its public page prints it ("Ultimo aggiornamento")
		[office, officeUpdated, category] = sql(`SELECT (SELECT name FROM offices WHERE slug = 'ufficio-anagrafe'),
			(SELECT updated_at FROM offices WHERE slug = 'ufficio-anagrafe'),
			(SELECT name FROM case_categories WHERE slug = 'illuminazione-pubblica')`)[0];
	});
	after(() => {
		sql(`UPDATE offices SET name = ${q(office)}, updated_at = ${q(officeUpdated)} WHERE slug = 'ufficio-anagrafe';
			UPDATE case_categories SET name = ${q(category)} WHERE slug = 'illuminazione-pubblica'`);
		if (booking) sql(`DELETE FROM bookings WHERE code = ${q(booking)}`);
		if (code) sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE code = ${q(code)}`);
	});

	test('the cases\' writes: filed, taken, reclassified, transferred, closed, rated, reopened', async () => {
		await assertExact('empty window');
		({ code } = await citizen.fileCase({ titolo: 'Buca per la cache del cruscotto', categoria: 'strade-e-marciapiedi' }));
		sql(`UPDATE cases SET submitted_at = '2014-05-12 10:00' WHERE code = ${q(code)}`);
		await assertExact('filed');
		await act(code, 'prendi', {});
		await assertExact('taken');
		await act(code, 'riclassifica', { categoria: 'illuminazione-pubblica', motivo_categoria: 'È un lampione.' });
		await assertExact('reclassified');
		const registry = sqlValue("SELECT id FROM offices WHERE slug = 'ufficio-anagrafe'");
		await act(code, 'trasferisci', { ufficio: registry, motivo: 'Prova della cache.' });
		await assertExact('transferred');
		await act(code, 'chiudi', { esito: 'risolta', spiegazione: 'Lampione riparato.' });
		await assertExact('closed');
		sql(`INSERT INTO case_ratings (case_id, closed_at, rating, created_at)
			SELECT id, closed_at, 2, NOW(3) FROM cases WHERE code = ${q(code)}`);
		await assertExact('rated');
		await act(code, 'riapri', { motivo_riapertura: 'Di nuovo spento.' });
		await assertExact('reopened');
	});

	test('an appointment booked, then not shown up; an office and a category renamed', async () => {
		booking = randomCode().slice(0, 12);
		sql(`INSERT INTO bookings (code, flow_hash, office_id, service_id, start_at, end_at, status, hold_expires, created_at)
			SELECT ${q(booking)}, SHA2(${q(booking)}, 256), s.office_id, s.service_id, '2014-05-20 09:00', '2014-05-20 09:15',
				'confirmed', '2014-05-20 09:00', '2014-05-10 09:00'
			FROM booking_services s ORDER BY s.office_id, s.service_id LIMIT 1`);
		const booked = await assertExact('booked');
		sql(`UPDATE bookings SET attendance = 'no_show' WHERE code = ${q(booking)}`);
		const noShow = await assertExact('no show');
		assert.notEqual(noShow.booked[2], booked.booked[2], 'the appointments CSV shows the no-show');
		sql(`UPDATE offices SET name = 'Anagrafe rinominata' WHERE slug = 'ufficio-anagrafe'`);
		const renamed = await assertExact('office renamed');
		assert.match(renamed.page, /Anagrafe rinominata/);
		sql(`UPDATE case_categories SET name = 'Lampioni rinominati' WHERE slug = 'illuminazione-pubblica'`);
		const again = await assertExact('category renamed');
		assert.match(again.csv[2], /Lampioni rinominati/);
	});

	test('the frame is each manager\'s own: no name or CSRF token crosses sessions', async () => {
		const [anna, bruno] = [await login('Anna Cache'), await login('Bruno Cache')];
		const seen = [];
		for (let i = 0; i < ASKS; i++) {
			for (const [who, c, other] of [['Anna Cache', anna, 'Bruno Cache'], ['Bruno Cache', bruno, 'Anna Cache']]) {
				const r = await c.get(`/admin/cruscotto?${KEPT}`);
				assert.equal(r.status, 200);
				assert.ok(r.text.includes(who), `${who} sees the name`);
				assert.ok(!r.text.includes(other), `${who} does not see ${other}`);
				assert.ok(c.csrf && r.text.includes(`value="${c.csrf}"`), `${who}'s own token`);
				seen.push([who, c.csrf]);
			}
		}
		assert.notEqual(anna.csrf, bruno.csrf, 'two sessions, two tokens');
		for (const [who, token] of seen) {
			const mine = who === 'Anna Cache' ? anna.csrf : bruno.csrf;
			assert.equal(token, mine, `${who} always got the same token`);
		}
	});

	// A kept CSV is compressed once (dash_cache.c): a client that takes gzip
	// gets those bytes, one that does not gets them inflated by nginx; both
	// read the same file, the one computed afresh.
	test('the CSV is sent compressed to a client that takes gzip, and whole to one that does not', async () => {
		const path = `/admin/cruscotto.csv?${KEPT}`;
		const raw = (accept) => fetch(BASE_URL + path, {
			headers: { Cookie: manager.cookieHeader(), 'Accept-Encoding': accept },
		});
		await manager.get(path);   // kept by a worker, at least
		for (let i = 0; i < ASKS; i++) {
			const gz = await raw('gzip, deflate, br');
			assert.equal(gz.status, 200);
			assert.equal(gz.headers.get('content-encoding'), 'gzip');
			assert.match(gz.headers.get('vary') || '', /Accept-Encoding/i);
			const zipped = Buffer.from(await gz.arrayBuffer());   // fetch inflates it
			const plain = await raw('identity');
			assert.equal(plain.status, 200);
			assert.equal(plain.headers.get('content-encoding'), null, 'inflated by nginx');
			const whole = Buffer.from(await plain.arrayBuffer());
			assert.ok(whole.length > 3 && whole.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'the BOM, then the file');
			assert.ok(zipped.equals(whole), 'the same file either way');
			assert.ok(whole.equals((await manager.get(`/admin/cruscotto.csv?${orders.shift()}`)).buf), 'equal to the answer computed afresh');
		}
	});
});
