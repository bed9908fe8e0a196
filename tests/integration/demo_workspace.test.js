'use strict';
// The demo as a visitor meets it: a second stack started the way `make run`
// starts it (conf/ctl.sh start --data-dir sql/demo, DEMO_STAFF=1 for the
// demo accounts), on DEMO_PORT (default TEST_PORT + 50) under
// TEST_VAR-demo, with Cases.ShowStaffNames = 1 (EXTRA_SET):
//   - the demo operator works for the offices the demo's categories are
//     routed to, so the queue shows the demo's cases: every open status,
//     overdue ones, several channels; the closed ones under "Chiuse";
//   - the demo cases are consistent: protocol numbers in filing order, an
//     event for every step, clock suspensions, ratings;
//   - with ShowStaffNames = 1 the citizen's timeline and the e-mail name the
//     person beside the office.
const path = require('node:path');
const ROOT = path.resolve(__dirname, '../..');
const MAIN_PORT = Number(new URL(process.env.BASE_URL || 'http://127.0.0.1:18080').port);
const PORT = Number(process.env.DEMO_PORT || MAIN_PORT + 50);
const VAR = `${process.env.TEST_VAR || path.join(ROOT, 'var/test')}-demo`;
// the helpers below read these when they are loaded: this file talks to the demo stack only
process.env.BASE_URL = `http://127.0.0.1:${PORT}`;
process.env.TEST_VAR = VAR;

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const { textOf } = require('./lib/http');
const { Client, loggedIn, sql, sqlValue, q, timelineOf } = require('./lib/cases');
const { totp } = require('./lib/staff');

function ctl(...args) {
	return execFileSync(path.join(ROOT, 'conf/ctl.sh'), args, {
		cwd: ROOT, encoding: 'utf8', timeout: 240000, stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, VAR, PORT: String(PORT), WORKERS: '2', DEMO_IDP: '1', DEMO_STAFF: '1',
			EXTRA_SET: 'Cases.ShowStaffNames=1' },
	});
}

// The demo account USER, signed in (password and TOTP secret from the file ctl.sh writes).
async function demoStaff(user) {
	const line = fs.readFileSync(path.join(VAR, 'secrets/staff-demo.txt'), 'utf8').split('\n')
		.find((l) => l.startsWith(`${user}\t`));
	const [, password, secret] = line.split('\t');
	const c = new Client();
	const r = await c.post('/admin/login', { username: user, password, totp: totp(secret) });
	assert.equal(r.status, 303, `demo login ${user}: ${r.status}`);
	await c.get('/admin');
	return c;
}

const queueCodes = (html) => [...html.matchAll(/<tr class="vm-queue-row" data-code="([a-z0-9]{12})">/g)].map((m) => m[1]);
const OPEN = "('received','in_charge','in_progress','waiting_citizen')";

describe('the demo stack: the operator\'s queue is not empty', { timeout: 300000 }, () => {
	let op;
	before(async () => {
		try { ctl('stop'); } catch { /* nothing ran */ }
		fs.rmSync(VAR, { recursive: true, force: true });
		ctl('start', '--data-dir', 'sql/demo');
		op = await demoStaff('operatore');
	});
	after(() => { try { ctl('stop'); } catch { /* already stopped */ } });

	test('the demo operator works for the offices the demo\'s categories go to', () => {
		const mine = sql(`SELECT o.slug FROM staff_offices so JOIN staff s ON s.id = so.staff_id
			JOIN offices o ON o.id = so.office_id WHERE s.username = 'operatore' ORDER BY o.slug`).map((r) => r[0]);
		const routed = sql('SELECT DISTINCT o.slug FROM case_categories k JOIN offices o ON o.id = k.office_id ORDER BY o.slug')
			.map((r) => r[0]);
		assert.deepEqual(mine, routed);
	});

	test('the queue lists the open demo cases: every open status, overdue ones, several channels', async () => {
		const r = await op.get('/admin/pratiche');
		assert.equal(r.status, 200);
		const want = sql(`SELECT code FROM cases WHERE status IN ${OPEN}`).map((x) => x[0]).sort();
		assert.ok(want.length >= 12, `open demo cases: ${want.length}`);
		assert.deepEqual(queueCodes(r.text).sort(), want);
		const text = textOf(r.text);
		for (const label of ['Ricevuta', 'Presa in carico', 'In lavorazione', 'In attesa del cittadino'])
			assert.ok(text.includes(label), `a case "${label}"`);
		assert.ok((r.text.match(/class="vm-overdue">scaduta</g) || []).length >= 3, 'overdue cases');
		const channels = new Set([...r.text.matchAll(/<td class="vm-channel">([^<]+)</g)].map((m) => m[1]));
		assert.ok(channels.size >= 4, `channels: ${[...channels].join(', ')}`);
		const closed = await op.get('/admin/pratiche?stato=closed');
		assert.ok(queueCodes(closed.text).length >= 4, 'closed demo cases');
	});

	test('the demo cases are consistent: protocol order, events, suspensions, ratings', () => {
		const rows = sql(`SELECT protocol_year, protocol_number FROM cases WHERE code IS NOT NULL
			ORDER BY submitted_at, id`);
		const byYear = {};
		for (const [y, n] of rows) (byYear[y] = byYear[y] || []).push(Number(n));
		for (const [y, ns] of Object.entries(byYear))
			assert.deepEqual(ns, ns.map((_, i) => i + 1), `protocol numbers of ${y} in filing order`);
		for (const [y, n] of Object.entries(byYear))
			assert.equal(Number(sqlValue(`SELECT last_number FROM protocol_counters WHERE year = ${y}`)), n.length);
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e
			WHERE e.case_id = c.id AND e.status = 'received' AND e.at = c.submitted_at)`)), 0, 'a received event each');
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM cases c WHERE c.status <> 'received' AND c.status NOT IN
			(SELECT e.status FROM case_events e WHERE e.case_id = c.id)`)), 0, 'an event for the current status');
		assert.ok(Number(sqlValue("SELECT COUNT(*) FROM cases WHERE status = 'waiting_citizen' AND suspended_at IS NOT NULL")) >= 2);
		assert.ok(Number(sqlValue("SELECT COUNT(*) FROM cases WHERE status = 'closed' AND suspended_days > 0")) >= 1);
		assert.ok(Number(sqlValue('SELECT COUNT(*) FROM case_ratings')) >= 4);
		assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM cases WHERE status IN ${OPEN} AND due_date < CURDATE()`)) >= 3);
	});

	test('Cases.ShowStaffNames = 1: the person beside the office, in the timeline and the e-mail', async () => {
		const citizen = await loggedIn(0);   // Mario Rossi, who filed demo cases
		const code = sqlValue(`SELECT c.code FROM cases c JOIN citizens z ON z.id = c.citizen_id
			JOIN offices o ON o.id = c.office_id WHERE z.fiscal_code = 'RSSMRA80A01H501U' AND c.status = 'received'
			AND o.slug = 'ufficio-lavori-pubblici' ORDER BY c.id LIMIT 1`);
		assert.ok(code, 'a demo case of Mario Rossi');
		const office = sqlValue(`SELECT o.name FROM cases c JOIN offices o ON o.id = c.office_id WHERE c.code = ${q(code)}`);
		const r = await op.post(`/admin/pratiche/${code}/azione`, { csrf: op.csrf, azione: 'rispondi',
			risposta: 'Abbiamo messo in sicurezza la buca.' });
		assert.equal(r.status, 303);
		const page = await citizen.get(`/segnalazioni/${code}`);
		const msg = timelineOf(page.text).find((e) => e.kind === 'message');
		assert.equal(msg.label, `Olga Operatrice (${office})`);
		const body = sqlValue(`SELECT o.body FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.code = ${q(code)}
			ORDER BY o.id DESC LIMIT 1`);
		assert.ok(body.includes(`(${office}, Olga Operatrice)`), body.slice(0, 300));
	});
});
