'use strict';
// Helpers for the back-office tests: staff accounts made at test time with
// build/bin/staff-add (a fresh one per test, so that no TOTP code is reused),
// TOTP codes (RFC 6238, HMAC-SHA1, 30 s, 6 digits) and a signed-in staff
// browser (the cookie jar of lib/cases.js; its csrf is the staff form token).
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { TEST_VAR } = require('./http');
const { Client } = require('./cases');

const ROOT = path.resolve(__dirname, '../../..');
let seq = 0;

function base32Decode(s) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = 0, acc = 0;
	const out = [];
	for (const ch of s.replace(/=+$/, '').toUpperCase()) {
		acc = (acc << 5) | alphabet.indexOf(ch);
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			out.push((acc >> bits) & 0xff);
		}
	}
	return Buffer.from(out);
}

// The six-digit code of SECRET (base32) for the 30-second step of time MS.
function totp(secret, ms = Date.now()) {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30000)));
	const mac = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
	const off = mac[mac.length - 1] & 0x0f;
	return String((mac.readUInt32BE(off) & 0x7fffffff) % 1000000).padStart(6, '0');
}

// A new account: { username, password, secret, role }. OFFICES are slugs.
function createStaff(role, offices = [], name = `Test ${role}`) {
	const username = `t${process.pid}-${Date.now() % 100000}-${++seq}-${role}`.slice(0, 60);
	const out = execFileSync(path.join(ROOT, 'build/bin/staff-add'), [
		path.join(TEST_VAR, 'db/run/mysqld.sock'), 'portale_admin', path.join(TEST_VAR, 'secrets/admin.pw'),
		'portale', username, role, name, `${username}@example.org`, ...offices,
	], { encoding: 'utf8' });
	const [, password, secret] = out.trim().split('\t');
	assert.ok(password && secret, `staff-add printed ${out}`);
	return { username, password, secret, role };
}

// A browser signed in as a new account of ROLE (for OFFICES); .csrf holds the
// staff form token once a page has been fetched.
async function staffClient(role, offices = []) {
	const acct = createStaff(role, offices);
	const c = new Client();
	const r = await c.post('/admin/login', { username: acct.username, password: acct.password, totp: totp(acct.secret) });
	assert.equal(r.status, 303, `staff login: expected 303, got ${r.status}`);
	assert.ok(c.jar.get('staff_sid'), 'staff_sid cookie');
	await c.get('/admin');
	c.account = acct;
	return c;
}

// A urlencoded body; array values repeat the name (checkboxes).
function formBody(fields) {
	const p = new URLSearchParams();
	for (const [k, v] of Object.entries(fields)) {
		if (v === undefined || v === null) continue;
		for (const x of Array.isArray(v) ? v : [v]) p.append(k, String(x));
	}
	return p.toString();
}

// A form posted by staff client C with its CSRF token (CSRF null: none).
function staffPost(c, urlPath, fields, { csrf = c.csrf } = {}) {
	return c.request('POST', urlPath, {
		body: formBody(csrf === null ? fields : { csrf, ...fields }),
		contentType: 'application/x-www-form-urlencoded',
	});
}

module.exports = { totp, base32Decode, createStaff, staffClient, formBody, staffPost };
