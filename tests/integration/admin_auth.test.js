'use strict';
// The staff login: both factors needed, a TOTP code good once, lockout after
// repeated failures (even with the right credentials afterwards), the idle
// timeout, logout, every attempt in the audit log, and sessions kept apart
// from citizens'.

const test = require('node:test');
const assert = require('node:assert/strict');
const { sql, sqlValue, q, Client, loggedIn } = require('./lib/cases');
const { createStaff, staffClient, totp } = require('./lib/staff');

async function attempt(acct, { password = acct.password, code = totp(acct.secret) } = {}) {
	const c = new Client();
	const r = await c.post('/admin/login', { username: acct.username, password, totp: code });
	return { c, r };
}

const audit = (acct, action) => Number(sqlValue(`SELECT COUNT(*) FROM audit_log
	WHERE object_type = 'staff' AND object_id = ${q(acct.username)} AND action = ${q(action)}`));

test('password and TOTP code both needed; the page never says which was wrong', async () => {
	const acct = createStaff('editor');
	const noCode = await attempt(acct, { code: '000000' });
	const badPass = await attempt(acct, { password: 'sbagliata' });
	for (const { r, c } of [noCode, badPass]) {
		assert.equal(r.status, 401);
		assert.match(r.text, /Nome utente, password o codice non corretti/);
		assert.equal(c.jar.get('staff_sid'), undefined, 'no session');
	}
	const ok = await attempt(acct);
	assert.equal(ok.r.status, 303);
	assert.equal(ok.r.location, '/admin');
	assert.match(ok.r.headers.get('set-cookie'), /staff_sid=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
	assert.equal(audit(acct, 'login-failed'), 2);
	assert.equal(audit(acct, 'login'), 1);
});

test('a TOTP code is good once', async () => {
	const acct = createStaff('editor');
	const code = totp(acct.secret);
	assert.equal((await attempt(acct, { code })).r.status, 303);
	assert.equal((await attempt(acct, { code })).r.status, 401, 'the same code again');
});

test('lockout after 5 failures, even with the right credentials, with backoff; audited', async () => {
	const acct = createStaff('operator');
	for (let i = 0; i < 5; i++)
		assert.equal((await attempt(acct, { password: `x${i}` })).r.status, 401);
	const locked = await attempt(acct);
	assert.equal(locked.r.status, 429);
	assert.match(locked.r.text, /bloccato/);
	assert.equal(locked.c.jar.get('staff_sid'), undefined);
	assert.ok(audit(acct, 'login-locked') >= 1);
	const lockFor = () => Number(sqlValue(`SELECT TIMESTAMPDIFF(SECOND, NOW(3), locked_until) FROM staff
		WHERE username = ${q(acct.username)}`));
	assert.ok(Math.abs(lockFor() - 900) <= 5, `first lock about 15 minutes, got ${lockFor()} s`);
	// backoff: once the lock expires, one more failure locks for twice as long
	sql(`UPDATE staff SET locked_until = NOW(3) - INTERVAL 1 SECOND WHERE username = ${q(acct.username)}`);
	assert.equal((await attempt(acct, { password: 'ancora' })).r.status, 401);
	assert.ok(Math.abs(lockFor() - 1800) <= 5, `second lock about 30 minutes, got ${lockFor()} s`);
	assert.equal((await attempt(acct)).r.status, 429);
	sql(`UPDATE staff SET locked_until = NOW(3) - INTERVAL 1 SECOND WHERE username = ${q(acct.username)}`);
	assert.equal((await attempt(acct)).r.status, 303, 'open again once the lock expires');
	assert.equal(sqlValue(`SELECT failed_attempts FROM staff WHERE username = ${q(acct.username)}`), '0');
});

test('idle timeout and logout end the staff session', async () => {
	const c = await staffClient('manager');
	assert.equal((await c.get('/admin')).status, 200);
	sql(`UPDATE staff_sessions s JOIN staff t ON t.id = s.staff_id SET s.last_seen_at = NOW(3) - INTERVAL 16 MINUTE
		WHERE t.username = ${q(c.account.username)}`);
	const idle = await c.get('/admin');
	assert.equal(idle.status, 302);
	assert.equal(idle.location, '/admin/login');

	const d = await staffClient('manager');
	const bad = await d.post('/admin/logout', { csrf: 'x'.repeat(64) });
	assert.equal(bad.status, 403, 'logout needs the CSRF token');
	const out = await d.post('/admin/logout', { csrf: d.csrf });
	assert.equal(out.status, 303);
	assert.equal((await d.get('/admin')).status, 302, 'logged out');
});

test('a citizen session is not a staff session', async () => {
	const citizen = await loggedIn(0);
	const r = await citizen.get('/admin');
	assert.equal(r.status, 302);
	assert.equal(r.location, '/admin/login');
	const staff = await staffClient('operator');
	const sid = staff.jar.get('staff_sid');
	const res = await fetch(`${process.env.BASE_URL}/area-personale`, { headers: { Cookie: `sid=${sid}` }, redirect: 'manual' });
	assert.equal(res.status, 302, 'a staff cookie value is no citizen session');
});
