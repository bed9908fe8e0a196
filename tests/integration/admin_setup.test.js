'use strict';
// The administrators' pages of the back office (cgi-bin/setup/accounts.c,
// routing.c) against a running stack:
//  - role boundaries: an editor, an operator and a manager get 403 on every
//    administrator page (GET and POST), a citizen's session and no session
//    are sent to /admin/login; every POST needs the staff CSRF token;
//  - accounts: one created in the UI (validation: 422 with the form kept),
//    its password and TOTP secret shown once and good for a login;
//    deactivate (no login, sessions gone), reactivate, reset (the old
//    password refused, the new one works), unlock, role and offices changed;
//    an administrator can neither demote nor deactivate themselves;
//  - routing: a new category sent to an office files a citizen's case to
//    that office; a new area and a route for category + area send it to
//    another one; the route removed;
//  - audit_log rows for every change, with no secret in them.
// Everything the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js (DEMO_IDP=1, the
// fixtures catalogue.sql and case_categories.sql).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { decodeEntities } = require('./lib/http');
const { staffClient, totp, formBody, staffPost } = require('./lib/staff');
const { Client, loggedIn, sql, sqlValue, q, errorsOf, inputValue, caseRow } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const PREFIX = `prova-as-${RUN}`;

const body = formBody;
const post = staffPost;

const officeId = (slug) => sqlValue(`SELECT id FROM offices WHERE slug = ${q(slug)}`);
const STEP = 30000;

function credentialsOf(html) {
	const get = (id) => {
		const m = new RegExp(`<code id="${id}">([^<]*)</code>`).exec(html);
		return m ? decodeEntities(m[1]) : null;
	};
	return { username: get('cred-username'), password: get('cred-password'), secret: get('cred-secret'), uri: get('cred-uri') };
}

async function login(username, password, code) {
	const c = new Client();
	const r = await c.post('/admin/login', { username, password, totp: code });
	return { c, status: r.status };
}

const ADMIN_PAGES = ['/admin/account', '/admin/account/nuovo', '/admin/account/1', '/admin/categorie',
	'/admin/categorie/nuovo', '/admin/categorie/1', '/admin/aree', '/admin/aree/nuovo', '/admin/aree/1'];
const ADMIN_POSTS = ['/admin/account/nuovo', '/admin/account/1', '/admin/categorie/nuovo', '/admin/categorie/1',
	'/admin/aree', '/admin/aree/nuovo', '/admin/aree/1'];

let admin;
const created = { usernames: [], categories: [], areas: [] };

before(async () => {
	admin = await staffClient('admin');
	created.usernames.push(admin.account.username);
});

after(() => {
	for (const slug of created.categories) {
		sql(`DELETE FROM case_routes WHERE category_id = (SELECT id FROM case_categories WHERE slug = ${q(slug)})`);
		// filed cases are a register with gapless protocol numbers: they stay (other
		// suites check the year has no gap); their category is only switched off
		sql(`DELETE FROM cases WHERE protocol_number IS NULL
			AND category_id = (SELECT id FROM case_categories WHERE slug = ${q(slug)})`);
		sql(`UPDATE case_categories SET active = 0 WHERE slug = ${q(slug)}`);
		sql(`DELETE FROM case_categories WHERE slug = ${q(slug)}
			AND id NOT IN (SELECT category_id FROM cases WHERE category_id IS NOT NULL)`);
	}
	for (const slug of created.areas) {
		sql(`DELETE FROM case_routes WHERE area_id = (SELECT id FROM areas WHERE slug = ${q(slug)})`);
		sql(`UPDATE cases SET area_id = NULL WHERE area_id = (SELECT id FROM areas WHERE slug = ${q(slug)})`);
		sql(`DELETE FROM areas WHERE slug = ${q(slug)}`);
	}
	for (const u of created.usernames) sql(`DELETE FROM staff WHERE username = ${q(u)}`);
});

describe('role boundaries', () => {
	for (const [role, offices] of [['editor', []], ['operator', ['polizia-locale']], ['manager', []]]) {
		test(`${role}: 403 on every administrator page`, async () => {
			const c = await staffClient(role, offices);
			created.usernames.push(c.account.username);
			for (const p of ADMIN_PAGES) assert.equal((await c.get(p)).status, 403, `GET ${p}`);
			for (const p of ADMIN_POSTS) {
				assert.equal((await post(c, p, { azione: 'percorso', name: 'x', username: 'x' })).status, 403, `POST ${p}`);
			}
			const home = await c.get('/admin');
			assert.equal(home.status, 200);
			assert.doesNotMatch(home.text, /href="\/admin\/account"/);
		});
	}

	test('a citizen and no session are sent to the staff login', async () => {
		const citizen = await loggedIn(0);
		const anon = new Client();
		for (const c of [citizen, anon]) {
			for (const p of ADMIN_PAGES) {
				const r = await c.get(p);
				assert.equal(r.status, 302, `GET ${p}`);
				assert.equal(r.location, '/admin/login');
			}
			assert.equal((await post(c, '/admin/account/nuovo', { username: 'x' }, { csrf: 'x' })).status, 403);
		}
	});

	test('the administrator sees the links on the home page', async () => {
		const r = await admin.get('/admin');
		assert.equal(r.status, 200);
		for (const href of ['/admin/account', '/admin/categorie', '/admin/aree']) assert.match(r.text, new RegExp(`href="${href}"`));
	});

	test('every POST needs the CSRF token', async () => {
		const username = `${PREFIX}-csrf`;
		const fields = { username, display_name: 'Senza token', email: 'x@example.org', role: 'editor' };
		for (const csrf of [null, 'a'.repeat(64)]) {
			assert.equal((await post(admin, '/admin/account/nuovo', fields, { csrf })).status, 403);
			assert.equal((await post(admin, '/admin/categorie/nuovo', { name: 'x' }, { csrf })).status, 403);
			assert.equal((await post(admin, '/admin/aree', { azione: 'rimuovi', categoria: '1', zona: '1' }, { csrf })).status, 403);
		}
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff WHERE username = ${q(username)}`), '0');
	});
});

describe('accounts', () => {
	const username = `${PREFIX}-op`;
	let id, creds, operatorClient;
	const pl = () => officeId('polizia-locale');
	const anag = () => officeId('ufficio-anagrafe');

	test('the form rejects bad input with 422 and keeps what was typed', async () => {
		assert.equal((await admin.get('/admin/account/nuovo')).status, 200);
		let r = await post(admin, '/admin/account/nuovo', { username: 'Non Valido!', display_name: 'Anna Prova', email: 'anna@example.org', role: 'operator', offices: [pl()] });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /Nome utente/.test(e)), errorsOf(r.text).join(' | '));
		assert.equal(inputValue(r.text, 'f-display_name'), 'Anna Prova');
		r = await post(admin, '/admin/account/nuovo', { username, display_name: 'Anna Prova', email: 'anna@example.org', role: 'operator' });
		assert.equal(r.status, 422, 'an operator without offices');
		assert.ok(errorsOf(r.text).some((e) => /Uffici/.test(e)));
		r = await post(admin, '/admin/account/nuovo', { username, display_name: 'Anna Prova', email: 'non-una-mail', role: 'operator', offices: [pl()] });
		assert.equal(r.status, 422, 'a bad e-mail');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff WHERE username = ${q(username)}`), '0');
	});

	test('an operator account made in the UI: the credentials shown once work', async () => {
		created.usernames.push(username);
		const r = await post(admin, '/admin/account/nuovo', { username, display_name: 'Anna <Prova>', email: 'anna@example.org', role: 'operator', offices: [pl()] });
		assert.equal(r.status, 200);
		assert.match(r.headers.get('cache-control') || '', /no-store/);
		creds = credentialsOf(r.text);
		assert.equal(creds.username, username);
		assert.ok(creds.password && creds.password.length >= 16, 'password shown');
		assert.match(creds.secret, /^[A-Z2-7]{32}$/);
		assert.equal(creds.uri, `otpauth://totp/Valdimonte:${username}?secret=${creds.secret}&issuer=Valdimonte`);
		const row = sql(`SELECT id, role, display_name, password_hash, totp_secret FROM staff WHERE username = ${q(username)}`)[0];
		id = row[0];
		assert.equal(row[1], 'operator');
		assert.equal(row[2], 'Anna <Prova>');
		assert.match(row[3], /^\$argon2id\$/);
		assert.ok(!row[3].includes(creds.password));
		assert.equal(sqlValue(`SELECT GROUP_CONCAT(office_id) FROM staff_offices WHERE staff_id = ${id}`), pl());
		const dup = await post(admin, '/admin/account/nuovo', { username, display_name: 'Doppione', email: 'd@example.org', role: 'editor' });
		assert.equal(dup.status, 422, 'a username already used');
		assert.equal(inputValue(dup.text, 'f-display_name'), 'Doppione');
		const lg = await login(username, creds.password, totp(creds.secret, Date.now() - STEP));
		assert.equal(lg.status, 303);
		operatorClient = lg.c;
		assert.equal((await operatorClient.get('/admin/pratiche')).status, 200);
		const audit = sql(`SELECT after_value FROM audit_log WHERE action = 'staff-create' AND object_id = ${q(id)}`);
		assert.equal(audit.length, 1);
		assert.match(audit[0][0], new RegExp(username));
		assert.ok(!audit[0][0].includes(creds.password) && !audit[0][0].includes(creds.secret), 'no secret in the audit log');
		const list = await admin.get('/admin/account');
		assert.equal(list.status, 200);
		assert.match(list.text, new RegExp(`>${username}</a>`));
		assert.match(list.text, /Anna &lt;Prova&gt;/);
	});

	test('role and offices changed', async () => {
		const r = await post(admin, `/admin/account/${id}`, { azione: 'salva', display_name: 'Anna Prova', email: 'anna@example.org', role: 'operator', offices: [anag(), pl()] });
		assert.equal(r.status, 303);
		assert.equal(r.location, `/admin/account/${id}?esito=salvato`);
		assert.equal(sqlValue(`SELECT GROUP_CONCAT(office_id ORDER BY office_id) FROM staff_offices WHERE staff_id = ${id}`),
			[pl(), anag()].map(Number).sort((a, b) => a - b).join(','));
		const a = sql(`SELECT before_value, after_value FROM audit_log WHERE action = 'staff-update' AND object_id = ${q(id)} ORDER BY id DESC LIMIT 1`)[0];
		assert.match(a[0], /"display_name": ?"Anna \\+u003cProva\\+u003e"/, 'JSON-escaped before');
		assert.match(a[1], /"display_name": ?"Anna Prova"/);
		const page = await admin.get(`/admin/account/${id}`);
		assert.equal(page.status, 200);
		assert.equal(inputValue(page.text, 'f-display_name'), 'Anna Prova');
	});

	test('deactivate: no login, sessions ended; reactivate: login again', async () => {
		let r = await post(admin, `/admin/account/${id}`, { azione: 'disattiva' });
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT active FROM staff WHERE id = ${id}`), '0');
		assert.equal((await operatorClient.get('/admin')).status, 302, 'the session is over');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff_sessions WHERE staff_id = ${id}`), '0');
		assert.equal((await login(username, creds.password, totp(creds.secret))).status, 401);
		r = await post(admin, `/admin/account/${id}`, { azione: 'riattiva' });
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT active FROM staff WHERE id = ${id}`), '1');
		assert.equal((await login(username, creds.password, totp(creds.secret))).status, 303);
		for (const action of ['staff-deactivate', 'staff-reactivate']) {
			assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = ${q(action)} AND object_id = ${q(id)}`), '1', action);
		}
	});

	test('reset: the old password is refused, the new one works', async () => {
		const r = await post(admin, `/admin/account/${id}`, { azione: 'reimposta' });
		assert.equal(r.status, 200);
		const fresh = credentialsOf(r.text);
		assert.ok(fresh.password && fresh.password !== creds.password);
		assert.ok(fresh.secret && fresh.secret !== creds.secret);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff_sessions WHERE staff_id = ${id}`), '0');
		assert.equal((await login(username, creds.password, totp(fresh.secret))).status, 401, 'old password');
		assert.equal((await login(username, creds.password, totp(creds.secret, Date.now() + STEP))).status, 401, 'old password and secret');
		assert.equal((await login(username, fresh.password, totp(fresh.secret))).status, 303, 'new credentials');
		const a = sql(`SELECT before_value, after_value FROM audit_log WHERE action = 'staff-reset' AND object_id = ${q(id)}`);
		assert.equal(a.length, 1);
		assert.ok(!a[0].join(' ').includes(fresh.password) && !a[0].join(' ').includes(fresh.secret));
	});

	test('unlock', async () => {
		sql(`UPDATE staff SET failed_attempts = 5, locked_until = NOW(3) + INTERVAL 10 MINUTE WHERE id = ${id}`);
		const page = await admin.get(`/admin/account/${id}`);
		assert.match(page.text, /bloccato/);
		const r = await post(admin, `/admin/account/${id}`, { azione: 'sblocca' });
		assert.equal(r.status, 303);
		assert.deepEqual(sql(`SELECT failed_attempts, locked_until FROM staff WHERE id = ${id}`)[0], ['0', null]);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'staff-unlock' AND object_id = ${q(id)}`), '1');
	});

	test('an administrator cannot demote or deactivate themselves', async () => {
		const me = sqlValue(`SELECT id FROM staff WHERE username = ${q(admin.account.username)}`);
		let r = await post(admin, `/admin/account/${me}`, { azione: 'salva', display_name: 'Io', email: 'io@example.org', role: 'editor' });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /amministratore/.test(e)));
		r = await post(admin, `/admin/account/${me}`, { azione: 'disattiva' });
		assert.equal(r.status, 422);
		assert.deepEqual(sql(`SELECT role, active FROM staff WHERE id = ${me}`)[0], ['admin', '1']);
		assert.equal((await admin.get('/admin/account')).status, 200, 'still an administrator');
	});

	test('unknown accounts and actions', async () => {
		assert.equal((await admin.get('/admin/account/999999999')).status, 404);
		assert.equal((await admin.get('/admin/account/abc')).status, 404);
		assert.equal((await post(admin, `/admin/account/${id}`, { azione: 'boh' })).status, 400);
	});
});

describe('routing', () => {
	const catSlug = `${PREFIX}-cat`;
	const areaSlug = `${PREFIX}-zona`;
	let catId, areaId;
	const category = (extra = {}) => ({
		name: `Categoria di prova ${RUN}`, slug: catSlug, case_type: 'segnalazione',
		description: 'Creata dai test dell\'amministrazione.', office_id: officeId('ufficio-anagrafe'),
		max_days: '12', active: '1', position: '99', ...extra,
	});

	test('a category: validation, then created and routed to its office', async () => {
		assert.equal((await admin.get('/admin/categorie/nuovo')).status, 200);
		for (const bad of [{ max_days: '0' }, { max_days: '366' }, { case_type: 'altro' }, { office_id: '999999' }, { name: '' }]) {
			const r = await post(admin, '/admin/categorie/nuovo', category(bad));
			assert.equal(r.status, 422, JSON.stringify(bad));
			assert.equal(inputValue(r.text, 'f-slug'), catSlug);
		}
		created.categories.push(catSlug);
		const r = await post(admin, '/admin/categorie/nuovo', category());
		assert.equal(r.status, 303);
		const m = /^\/admin\/categorie\/(\d+)\?esito=salvato$/.exec(r.location);
		assert.ok(m, r.location);
		catId = m[1];
		assert.deepEqual(sql(`SELECT case_type, office_id, max_days, active, position FROM case_categories WHERE id = ${catId}`)[0],
			['segnalazione', officeId('ufficio-anagrafe'), '12', '1', '99']);
		const dup = await post(admin, '/admin/categorie/nuovo', category());
		assert.equal(dup.status, 422, 'slug already used');
		const list = await admin.get('/admin/categorie');
		assert.match(list.text, new RegExp(`href="/admin/categorie/${catId}"`));
		assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'case_category-create' AND object_id = ${q(catId)}`), '1');

		const citizen = await loggedIn(1);
		const { code } = await citizen.fileCase({ categoria: catSlug });
		const row = caseRow(code);
		assert.equal(row.category_id, catId);
		assert.equal(row.office_id, officeId('ufficio-anagrafe'));
	});

	test('edit the category: another office', async () => {
		const r = await post(admin, `/admin/categorie/${catId}`, category({ office_id: officeId('polizia-locale') }));
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT office_id FROM case_categories WHERE id = ${catId}`), officeId('polizia-locale'));
		const a = sql(`SELECT before_value, after_value FROM audit_log WHERE action = 'case_category-update' AND object_id = ${q(catId)}`)[0];
		assert.match(a[0], new RegExp(`"office_id": ?"${officeId('ufficio-anagrafe')}"`));
		assert.match(a[1], new RegExp(`"office_id": ?"${officeId('polizia-locale')}"`));
	});

	test('a new area and a route for category + area send the case to that office', async () => {
		created.areas.push(areaSlug);
		let r = await post(admin, '/admin/aree/nuovo', { name: `Zona di prova ${RUN}`, slug: areaSlug, position: '50' });
		assert.equal(r.status, 303);
		const m = /^\/admin\/aree\/(\d+)\?esito=salvato$/.exec(r.location);
		assert.ok(m, r.location);
		areaId = m[1];
		r = await post(admin, `/admin/aree/${areaId}`, { name: `Zona di prova ${RUN} bis`, slug: areaSlug, position: '51' });
		assert.equal(r.status, 303);
		assert.deepEqual(sql(`SELECT name, position FROM areas WHERE id = ${areaId}`)[0], [`Zona di prova ${RUN} bis`, '51']);
		assert.equal((await post(admin, '/admin/aree/nuovo', { name: 'Doppione', slug: areaSlug })).status, 422);

		r = await post(admin, '/admin/aree', { azione: 'percorso', categoria: catId, zona: areaId, ufficio: '999999' });
		assert.equal(r.status, 422, 'an unknown office');
		r = await post(admin, '/admin/aree', { azione: 'percorso', categoria: catId, zona: areaId, ufficio: officeId('ufficio-anagrafe') });
		assert.equal(r.status, 303);
		assert.equal(r.location, '/admin/aree?esito=percorso');
		const page = await admin.get('/admin/aree');
		assert.match(page.text, new RegExp(`Zona di prova ${RUN} bis`));

		const citizen = await loggedIn(2);
		const inArea = await citizen.fileCase({ categoria: catSlug, zona: areaSlug });
		assert.equal(caseRow(inArea.code).office_id, officeId('ufficio-anagrafe'), 'routed by area');
		const elsewhere = await citizen.fileCase({ categoria: catSlug, zona: '' });
		assert.equal(caseRow(elsewhere.code).office_id, officeId('polizia-locale'), 'the category office');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'route-create' AND object_id = ${q(`${catId}:${areaId}`)}`), '1');
	});

	test('the route removed', async () => {
		let r = await post(admin, '/admin/aree', { azione: 'rimuovi', categoria: catId, zona: areaId });
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_routes WHERE category_id = ${catId}`), '0');
		r = await post(admin, '/admin/aree', { azione: 'rimuovi', categoria: catId, zona: areaId });
		assert.equal(r.status, 422, 'no such route');
		const a = sql(`SELECT before_value, after_value FROM audit_log WHERE action = 'route-delete' AND object_id = ${q(`${catId}:${areaId}`)}`);
		assert.equal(a.length, 1);
		assert.match(a[0][0], /office_id/);
		assert.equal(a[0][1], null);
		const citizen = await loggedIn(3);
		const { code } = await citizen.fileCase({ categoria: catSlug, zona: areaSlug });
		assert.equal(caseRow(code).office_id, officeId('polizia-locale'));
	});
});
