'use strict';
// The staff's e-mails about cases (mail/staff_notices.c, run by the notifier's
// scan every Notices.ScanSeconds), against the running stack and its SMTP
// sink: a new case in the office, assigned to me, the citizen replied, due
// soon, the escalation past the due date by thresholds (a case found late
// escalates once, at its level), the daily digest (the test stack sends it
// from hour 0), each reaching the sink exactly once, even with a second
// notifier scanning the same database meanwhile, and only to whoever wants it
// (/admin/profilo/notifiche, a CSRF form).
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { TEST_VAR, BASE_URL, sleep, waitFor } = require('./lib/http');
const { loggedIn, sql, sqlValue, q, mails } = require('./lib/cases');
const { staffClient, staffPost } = require('./lib/staff');

const ROOT = path.resolve(__dirname, '../..');
const REGISTRY = 'ufficio-anagrafe';
const SCAN_MS = 5000;                    // Notices.ScanSeconds of the test stack (tests/run.sh)

// RFC 2047 encoded-words (B) back to text, headers unfolded.
const decodeWords = (s) => s.replace(/\r?\n[ \t]+/g, ' ').replace(/\?=\s+=\?/g, '?==?')
	.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b) => Buffer.from(b, 'base64').toString('utf8'));
const header = (m, name) => {
	const h = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'mi').exec(m.headers);
	return h ? decodeWords(h[1]).trim() : '';
};

// The messages the sink got for ADDRESS whose subject starts with PREFIX.
const inbox = (address, prefix) => mails().filter((m) => header(m, 'To') === address &&
	header(m, 'Subject').startsWith(prefix));

// Wait until ADDRESS has a message starting with PREFIX, then one more scan
// and the sending after it: the count is final.
async function settled(address, prefix) {
	await waitFor(() => inbox(address, prefix).length > 0, { timeout: 4 * SCAN_MS, interval: 200,
		what: `"${prefix}" to ${address}` });
	await sleep(SCAN_MS + 2500);
	return inbox(address, prefix);
}

const emailOf = (c) => sqlValue(`SELECT email FROM staff WHERE username = ${q(c.account.username)}`);
const idOf = (c) => sqlValue(`SELECT id FROM staff WHERE username = ${q(c.account.username)}`);

// A second notifier on the same database and sink, as a second machine would run.
function secondNotifier() {
	const port = Number(process.env.TEST_PORT || 18080) + 25;
	return spawn(path.join(ROOT, 'build/bin/notifier'), ['--config', path.join(ROOT, 'conf/notifier.hdf'),
		'--set', `DB.Socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'--set', `DB.PasswordFile=${path.join(TEST_VAR, 'secrets/notifier.pw')}`,
		'--set', `Mail.Server=smtp://127.0.0.1:${port}`, '--set', `Site.BaseUrl=${BASE_URL}`,
		'--set', 'Notices.DigestHour=0', '--set', `Notices.ScanSeconds=${SCAN_MS / 1000}`],
		{ cwd: ROOT, stdio: 'ignore' });
}

describe('staff e-mails about cases', { timeout: 240000 }, () => {
	let citizen, a, b, manager, code, title, other;
	before(async () => {
		assert.ok(fs.existsSync(path.join(TEST_VAR, 'secrets/notifier.pw')), 'the stack runs its notifier');
		other = secondNotifier();
		[citizen, a, b, manager] = await Promise.all([loggedIn(2), staffClient('operator', [REGISTRY]),
			staffClient('operator', [REGISTRY]), staffClient('manager')]);
	});
	after(() => { if (other) other.kill('SIGTERM'); });

	test('the preferences page: every e-mail ticked at first; a bad value is refused; without CSRF 403', async () => {
		const page = await a.get('/admin/profilo/notifiche');
		assert.equal(page.status, 200);
		for (const k of ['new_case', 'assigned', 'replied', 'due_soon', 'overdue', 'digest'])
			assert.match(page.text, new RegExp(`name="${k}" value="1" checked`), k);
		assert.equal((await staffPost(a, '/admin/profilo/notifiche', { new_case: '1' }, { csrf: null })).status, 403);
		assert.equal((await staffPost(a, '/admin/profilo/notifiche', { new_case: 'sì' })).status, 400);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff_notice_prefs WHERE staff_id = ${idOf(a)}`), '0');
		// A does not want new cases; B wants no digest
		const all = { new_case: '1', assigned: '1', replied: '1', due_soon: '1', overdue: '1', digest: '1' };
		const saved = await staffPost(a, '/admin/profilo/notifiche', { ...all, new_case: undefined });
		assert.equal(saved.status, 303);
		assert.equal(saved.location, '/admin/profilo/notifiche?fatto=1');
		const again = await a.get(saved.location);
		assert.match(again.text, /Preferenze salvate/);
		assert.match(again.text, /name="new_case" value="1">/);
		assert.match(again.text, /name="assigned" value="1" checked>/);
	});

	test('a new case: to the office\'s operators who want it, exactly once', async () => {
		title = `Sportello chiuso ${Date.now()}`;
		({ code } = await citizen.fileCase({ titolo: title, categoria: 'disservizio-ufficio' }, [], { tipo: 'reclamo' }));
		const got = await settled(emailOf(b), `Nuova pratica nel tuo ufficio: ${title}`);
		assert.equal(got.length, 1);
		assert.ok(got[0].body.includes(`${BASE_URL}/admin/pratiche/${code}`), got[0].body);
		assert.ok(got[0].body.includes('/admin/profilo/notifiche'));
		assert.equal(inbox(emailOf(a), `Nuova pratica nel tuo ufficio: ${title}`).length, 0, 'A opted out');
	});

	test('assigned by someone else: to the assignee only', async () => {
		const r = await b.post(`/admin/pratiche/${code}/azione`, { csrf: b.csrf, azione: 'assegna', operatore: idOf(a) });
		assert.equal(r.status, 303);
		assert.equal((await settled(emailOf(a), `Pratica assegnata a te: ${title}`)).length, 1);
		assert.equal(inbox(emailOf(b), `Pratica assegnata a te: ${title}`).length, 0);
	});

	test('the citizen replied: to the assignee only', async () => {
		const m = await citizen.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: citizen.csrf, messaggio: 'Ho ancora bisogno del certificato.' });
		assert.equal(m.status, 303);
		assert.equal((await settled(emailOf(a), `Il cittadino ha risposto: ${title}`)).length, 1);
		assert.equal(inbox(emailOf(b), `Il cittadino ha risposto: ${title}`).length, 0);
	});

	test('due in two days: one warning to the assignee', async () => {
		sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL 2 DAY WHERE code = ${q(code)}`);
		assert.equal((await settled(emailOf(a), 'Pratica in scadenza il')).filter((m) => header(m, 'Subject').endsWith(title)).length, 1);
		assert.equal(inbox(emailOf(b), 'Pratica in scadenza il').filter((m) => header(m, 'Subject').endsWith(title)).length, 0);
	});

	test('8 days late: the office\'s threshold (7 days) once to each operator, not the assignee\'s (1 day), not the managers\'', async () => {
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 8 DAY WHERE code = ${q(code)}`);
		const late = (addr) => inbox(addr, 'Pratica scaduta il').filter((m) => header(m, 'Subject').endsWith(title));
		await settled(emailOf(b), 'Pratica scaduta il');
		assert.equal(late(emailOf(a)).length, 1);
		assert.equal(late(emailOf(b)).length, 1);
		assert.equal(late(emailOf(manager)).length, 0);
		assert.match(late(emailOf(b))[0].body, /da 7 o più giorni/);
		// 16 days late (a new due date): the managers' threshold
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 16 DAY WHERE code = ${q(code)}`);
		await waitFor(() => late(emailOf(manager)).length > 0, { timeout: 4 * SCAN_MS, interval: 200, what: 'escalation to the manager' });
		await sleep(SCAN_MS + 2500);
		assert.equal(late(emailOf(manager)).length, 1);
		assert.equal(late(emailOf(a)).length, 2);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff_notices n JOIN cases c ON c.id = n.case_id
			WHERE c.code = ${q(code)} AND n.notice = 'overdue' AND n.staff_id = ${idOf(manager)}`), '1');
	});

	// the day's first scan that found open cases in A's offices sent it (the
	// case filed above): the scans since have not sent it again
	test('the daily digest: once a day, with the counts; not to whoever declined it', async () => {
		const got = await settled(emailOf(a), 'Riepilogo del giorno');
		assert.equal(got.length, 1);
		assert.match(got[0].body, /- aperte: [1-9]\d* \(assegnate a te: \d+\)\r?\n- scadute: \d+\r?\n/);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM staff_notices WHERE staff_id = ${idOf(a)}
			AND notice = 'digest' AND case_id = 0 AND ref = TO_DAYS(CURDATE())`), '1');
		// an operator with no office yet (so no digest could go before the
		// choice) declines it, then joins the office: none
		const c = await staffClient('operator', []);
		const all = { new_case: '1', assigned: '1', replied: '1', due_soon: '1', overdue: '1' };
		assert.equal((await staffPost(c, '/admin/profilo/notifiche', all)).status, 303);
		sql(`INSERT INTO staff_offices (staff_id, office_id) SELECT ${idOf(c)}, id FROM offices WHERE slug = ${q(REGISTRY)}`);
		await sleep(2 * SCAN_MS + 2500);
		assert.equal(inbox(emailOf(c), 'Riepilogo del giorno').length, 0);
		assert.ok(inbox(emailOf(c), 'Pratica scaduta il').length > 0, 'the other e-mails still go');
	});

	// the counts, summed over office and assignee (sql/340's scan), as counted
	// case by case: an operator of the office with a case of their own, and
	// a manager (every office); no scan changes a case meanwhile
	test('the digest\'s counts: the open cases of my offices (every office for a manager), mine, late, due soon, waiting', async () => {
		const [d, m] = await Promise.all([staffClient('operator', []), staffClient('manager')]);
		sql(`UPDATE cases SET operator_id = ${idOf(d)} WHERE code = ${q(code)}`);
		sql(`INSERT INTO staff_offices (staff_id, office_id) SELECT ${idOf(d)}, id FROM offices WHERE slug = ${q(REGISTRY)}`);
		for (const [who, scope] of [[d, `c.office_id IN (SELECT office_id FROM staff_offices WHERE staff_id = ${idOf(d)})`], [m, 'TRUE']]) {
			const got = await settled(emailOf(who), 'Riepilogo del giorno');
			assert.equal(got.length, 1);
			const [open, mine, late, soon, waiting] = sqlValue(`SELECT CONCAT_WS(' ', COUNT(*),
				SUM(c.operator_id = ${idOf(who)}), SUM(c.due_date < CURDATE()),
				SUM(c.due_date BETWEEN CURDATE() AND CURDATE() + INTERVAL 3 DAY), SUM(c.status = 'waiting_citizen'))
				FROM cases c WHERE c.is_open AND ${scope}`).split(' ');
			assert.ok(Number(open) > 0 && (who !== d || mine === '1'), `${open} ${mine}`);
			assert.ok(got[0].body.replace(/\r\n/g, '\n').includes(`- aperte: ${open} (assegnate a te: ${mine})\n- scadute: ${late}\n` +
				`- in scadenza entro 3 giorni: ${soon}\n- in attesa del cittadino: ${waiting}\n`), got[0].body);
		}
	});
});

// One scan by hand (notifier --once notices) with overdue thresholds of its
// own (DAYS, three: conf/notifier.hdf's stand for the rest; each to TO: the
// office, or the assignee) and at most CAP e-mails: the stack's
// notifier, whose last threshold is 15 days, never sends these. Its log.
function scanOnce(days, cap, to = 'office') {
	const sets = days.flatMap((d, i) => ['--set', `Notices.Overdue.${i}.Days=${d}`,
		'--set', `Notices.Overdue.${i}.To=${to}`]);
	const r = spawnSync(path.join(ROOT, 'build/bin/notifier'), ['--config', 'conf/notifier.hdf',
		'--set', `DB.Socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'--set', `DB.PasswordFile=${path.join(TEST_VAR, 'secrets/notifier.pw')}`,
		'--set', `Notices.MaxPerScan=${cap}`, '--set', 'Notices.DigestHour=24', ...sets,
		'--once', 'notices'], { cwd: ROOT, encoding: 'utf8' });
	assert.equal(r.status, 0, r.stderr);
	return r.stderr;
}

// Notices.MaxPerScan: a first deploy over a backlog queues it over several
// scans. One scan at a time, with a threshold of its own (400 days late).
describe('a scan queues at most Notices.MaxPerScan e-mails', { timeout: 240000 }, () => {
	const CAP = 3, CASES = 5;
	const scan = () => scanOnce([400, 500, 600], CAP);
	test('a backlog of old overdue cases: never more than the cap a scan, all of it in the end, each once', async () => {
		const citizen = await loggedIn(2);
		const ops = await Promise.all([staffClient('operator', [REGISTRY]), staffClient('operator', [REGISTRY])]);
		const codes = [];
		for (let i = 0; i < CASES; i++)
			codes.push((await citizen.fileCase({ titolo: `Arretrato ${i} ${Date.now()}`, categoria: 'disservizio-ufficio' },
				[], { tipo: 'reclamo' })).code);
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 401 DAY WHERE code IN (${codes.map(q).join(', ')})`);
		const ids = ops.map(idOf).join(', ');
		const mine = () => Number(sqlValue(`SELECT COUNT(*) FROM staff_notices n JOIN cases c ON c.id = n.case_id
			WHERE c.code IN (${codes.map(q).join(', ')}) AND n.notice = 'overdue' AND n.ref % 1000 = 400
			AND n.staff_id IN (${ids})`));
		const every = () => Number(sqlValue(`SELECT COUNT(*) FROM staff_notices WHERE notice = 'overdue' AND ref % 1000 = 400`));
		// until a scan finds nothing more (the fresh cases' other notices share the budget)
		let scans = 0, queued;
		for (let before = every(); scans < 200; scans++) {
			const log = scan();
			queued = Number(/notices: (-?\d+) queued/.exec(log)[1]);
			assert.ok(queued >= 0 && queued <= CAP, `one scan queued ${queued}, over ${CAP}`);
			const now = every();
			assert.ok(now - before <= CAP, `one scan queued ${now - before} of the 400-day notices, over ${CAP}`);
			if (queued === CAP)
				assert.match(log, /the most for one scan; the rest in the next/);
			if (queued === 0) break;
			before = now;
		}
		assert.equal(queued, 0, 'the backlog is through');
		assert.equal(mine(), CASES * ops.length, 'every case to each operator of the office, in the end');
		assert.ok(scans >= Math.ceil((CASES * ops.length) / CAP), `${scans} scans: the rest waited for the next ones`);
		scan();
		assert.equal(mine(), CASES * ops.length, 'once each');
	});
});

// The watermarks (sql/350): a scan reads the cases due since each
// threshold's last scan and those changed since, not every open case. The
// calendar is simulated: a watermark put back N days is the scan of N days
// ago, a case's change row removed is a due date set long ago. Thresholds of
// their own (300, 310, 320 days late, to the office), as above.
describe('each threshold reads from its watermark on', { timeout: 240000 }, () => {
	const DAYS = [300, 310, 320];
	let citizen, ops, ids;
	before(async () => {
		citizen = await loggedIn(2);
		ops = await Promise.all([staffClient('operator', [REGISTRY]), staffClient('operator', [REGISTRY])]);
		ids = ops.map(idOf).join(', ');
		sql(`DELETE FROM notice_staff_changes WHERE staff_id IN (${ids})`);   /* hired long ago */
		drain(DAYS);
	});
	// Scans until one finds nothing: the first of a threshold sends the
	// backlog of the database's old open cases (the demo's, the tests').
	function drain(days, to) {
		for (let i = 0; i < 50; i++)
			if (/notices: 0 queued/.test(scanOnce(days, 500, to)))
				return;
		assert.fail('the scans never got through');
	}
	// N cases due LATE days ago, as if their due dates were set long ago.
	async function lateCases(late, n = 1) {
		const codes = [];
		for (let i = 0; i < n; i++)
			codes.push((await citizen.fileCase({ titolo: `Soglia ${late} ${i} ${Date.now()}`,
				categoria: 'disservizio-ufficio' }, [], { tipo: 'reclamo' })).code);
		const list = codes.map(q).join(', ');
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL ${late} DAY WHERE code IN (${list})`);
		sql(`DELETE x FROM notice_case_changes x JOIN cases c ON c.id = x.case_id WHERE c.code IN (${list})`);
		return codes;
	}
	// The overdue notices of threshold DAYS about CODES to my operators, as
	// recorded, and as e-mails queued.
	const notices = (codes, days) => Number(sqlValue(`SELECT COUNT(*) FROM staff_notices n
		JOIN cases c ON c.id = n.case_id WHERE c.code IN (${codes.map(q).join(', ')})
		AND n.notice = 'overdue' AND n.ref % 1000 = ${days} AND n.staff_id IN (${ids})`));
	const mailsQueued = (codes, days) => Number(sqlValue(`SELECT COUNT(*) FROM outbox m
		JOIN cases c ON c.id = m.case_id JOIN staff t ON t.email = m.recipient
		WHERE c.code IN (${codes.map(q).join(', ')}) AND t.id IN (${ids})
		AND m.body LIKE '%da ${days} o più giorni%'`));
	// Threshold DAYS's watermark as the scan of BACK days ago left it.
	const rewind = (days, back) => sql(`UPDATE notice_watermarks SET
		due_covered = CURDATE() - INTERVAL ${days + back} DAY,
		changes_since = NOW(3) - INTERVAL ${back} DAY WHERE notice = 'overdue' AND days = ${days}`);

	test('a case that crosses a threshold after its watermark moved: noticed on the day, once', async () => {
		const codes = await lateCases(300);
		scanOnce(DAYS, 500);
		assert.equal(notices(codes, 300), 0, 'today\'s watermark is past it: it crossed before (simulated)');
		rewind(300, 1);   /* yesterday's scan: today it crosses */
		scanOnce(DAYS, 500);
		assert.equal(notices(codes, 300), 2, 'to each operator of the office');
		scanOnce(DAYS, 500);
		assert.equal(notices(codes, 300), 2);
		assert.equal(mailsQueued(codes, 300), 2, 'one e-mail each');
		assert.equal(sqlValue(`SELECT due_covered = CURDATE() - INTERVAL 300 DAY FROM notice_watermarks
			WHERE notice = 'overdue' AND days = 300`), '1');
		// its due date moved back, behind the watermark: a new due date, noticed again
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL 303 DAY WHERE code = ${q(codes[0])}`);
		scanOnce(DAYS, 500);
		scanOnce(DAYS, 500);
		assert.equal(notices(codes, 300), 4);
		assert.equal(mailsQueued(codes, 300), 4);
	});

	test('the notifier down over crossings: on restart each case is noticed at its level, once', async () => {
		const [once] = await lateCases(305), [twice] = await lateCases(313);
		for (const d of DAYS)
			rewind(d, 15);   /* the last scan 15 days ago */
		scanOnce(DAYS, 500);
		scanOnce(DAYS, 500);
		assert.equal(notices([once], 300), 2);
		assert.equal(notices([once], 310), 0);
		assert.equal(notices([twice], 300), 0, 'past the next threshold too: that one\'s');
		assert.equal(notices([twice], 310), 2);
		assert.equal(mailsQueued([once, twice], 300) + mailsQueued([once, twice], 310), 4);
	});

	test('reassigned after its notice: the new assignee hears of it too, once', async () => {
		const OWN = [330, 340, 350];   /* to the assignee */
		drain(OWN, 'assignee');
		const [code] = await lateCases(331);
		sql(`UPDATE cases SET operator_id = ${idOf(ops[0])} WHERE code = ${q(code)}`);
		rewind(330, 1);
		scanOnce(OWN, 500, 'assignee');
		assert.equal(notices([code], 330), 1, 'to the assignee only');
		scanOnce(OWN, 500, 'assignee');
		sql(`DELETE x FROM notice_case_changes x JOIN cases c ON c.id = x.case_id WHERE c.code = ${q(code)}`);
		sql(`UPDATE cases SET operator_id = ${idOf(ops[1])} WHERE code = ${q(code)}`);
		scanOnce(OWN, 500, 'assignee');
		scanOnce(OWN, 500, 'assignee');
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM staff_notices n JOIN cases c ON c.id = n.case_id
			WHERE c.code = ${q(code)} AND n.notice = 'overdue' AND n.ref % 1000 = 330
			AND n.staff_id = ${idOf(ops[1])}`)), 1);
		assert.equal(notices([code], 330), 2);
		assert.equal(mailsQueued([code], 330), 2);
	});

	test('a backlog over the cap: at most the cap a scan, all of it in the end, none twice', async () => {
		const CAP = 3;
		const codes = [...await lateCases(301, 2), ...await lateCases(302, 2), ...await lateCases(304)];
		const every = () => Number(sqlValue(`SELECT COUNT(*) FROM staff_notices n JOIN cases c ON c.id = n.case_id
			WHERE c.code IN (${codes.map(q).join(', ')}) AND n.notice = 'overdue' AND n.ref % 1000 = 300`));
		rewind(300, 5);
		let scans = 0;
		for (let before = every(); scans < 100; scans++) {
			const queued = Number(/notices: (-?\d+) queued/.exec(scanOnce(DAYS, CAP))[1]);
			assert.ok(queued >= 0 && queued <= CAP, `one scan queued ${queued}, over ${CAP}`);
			const now = every();
			assert.ok(now - before <= CAP, `one scan queued ${now - before}, over ${CAP}`);
			if (queued === 0) break;
			before = now;
		}
		const expected = codes.length * Number(sqlValue(`SELECT COUNT(*) FROM staff t JOIN staff_offices so
			ON so.staff_id = t.id JOIN offices o ON o.id = so.office_id WHERE o.slug = ${q(REGISTRY)}
			AND t.role = 'operator' AND t.active AND NOT EXISTS (SELECT 1 FROM staff_notice_prefs p
			WHERE p.staff_id = t.id AND p.notice = 'overdue' AND NOT p.wanted)`));
		assert.equal(every(), expected, 'every case to each operator of the office');
		assert.ok(scans >= Math.ceil(expected / CAP), `${scans} scans`);
		assert.equal(notices(codes, 300), codes.length * ops.length);
		assert.equal(mailsQueued(codes, 300), codes.length * ops.length, 'one e-mail each');
	});
});
