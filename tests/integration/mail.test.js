'use strict';
// E-mail delivery: the notifier sends what is queued in the outbox table to
// the mail server, and nothing is lost when the mail server is down for a
// while or the notifier is killed, again and again. Delivery is at least once:
// a message may arrive twice, but always with the Message-ID of its outbox row
// (<outbox-ID.KEY@domain>), so that mail systems can drop the copy.
//
// Self-contained: it runs its own smtp-sink (on a free port, with a temporary
// maildir) and its own notifier, pointed at the test stack's MariaDB
// (TEST_VAR/db/run/mysqld.sock), with the portale_notifier account. Rows are
// inserted as root, with recipients unique to this run, and deleted at the
// end. If the stack runs a notifier of its own (TEST_VAR/run/notifier.pid),
// it is paused (SIGSTOP) meanwhile, so that it does not take these rows, and
// resumed (SIGCONT) at the end.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, execFileSync } = require('node:child_process');
const { TEST_VAR, waitFor, sleep } = require('./lib/http');

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'build/bin');
const DBSOCK = path.join(TEST_VAR, 'db/run/mysqld.sock');
const FROM = 'Comune di Valdimonte <noreply@comune.valdimonte.it>';
const TAG = `mailtest-${crypto.randomBytes(4).toString('hex')}`;

/* ---------------------------------------------------------------- MariaDB */

function sql(query) {
	return execFileSync('mariadb', ['--no-defaults', `--socket=${DBSOCK}`, '-uroot', '-N', '-B',
		'--default-character-set=utf8mb4', 'portale', '-e', query], { encoding: 'utf8' });
}

const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;

function enqueue(recipient, subject, body) {
	sql(`INSERT INTO outbox (created_at, recipient, subject, body, next_attempt_at)
	     VALUES (NOW(3), ${q(recipient)}, ${q(subject)}, ${q(body)}, NOW(3))`);
}

// The rows of this run whose recipient starts with PREFIX, by recipient.
function rows(prefix) {
	const out = {};
	const text = sql(`SELECT recipient, attempts, sent_at IS NOT NULL, last_error, id, message_key
	                  FROM outbox WHERE recipient LIKE ${q(`${prefix}%`)} ORDER BY id`);
	for (const line of text.split('\n').filter(Boolean)) {
		const [recipient, attempts, sent, error, id, key] = line.split('\t');
		out[recipient] = { attempts: Number(attempts), sent: sent === '1', error, id: Number(id), key };
	}
	return out;
}

/* ------------------------------------------------------------ the message */

// Quoted-printable body back to text (hard breaks as CRLF), checking each line.
function qpDecode(raw) {
	const bytes = [];
	const lines = raw.split('\r\n');
	assert.equal(lines.pop(), '', 'the body ends with CRLF');
	for (const line of lines) {
		assert.ok(line.length <= 76, `QP line over 76: ${JSON.stringify(line)}`);
		assert.ok(!/[ \t]$/.test(line), `trailing whitespace: ${JSON.stringify(line)}`);
		assert.ok(/^[\x20-\x7e\t]*$/.test(line), `not printable ASCII: ${JSON.stringify(line)}`);
		let soft = false;
		for (let i = 0; i < line.length; i++) {
			if (line[i] !== '=') { bytes.push(line.charCodeAt(i)); continue; }
			if (i === line.length - 1) { soft = true; break; }
			const hex = line.slice(i + 1, i + 3);
			assert.match(hex, /^[0-9A-F]{2}$/, `bad escape in ${JSON.stringify(line)}`);
			bytes.push(parseInt(hex, 16));
			i += 2;
		}
		if (!soft) bytes.push(13, 10);
	}
	return Buffer.from(bytes).toString('utf8');
}

// An unfolded header value with its RFC 2047 encoded-words decoded.
function decodeHeader(value) {
	return value
		.replace(/(\?=)[ \t]+(?==\?)/g, '$1')
		.replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
}

// A saved message: raw text, headers (unfolded, by lower-case name), body.
function parseMessage(raw) {
	assert.ok(!/[^\r]\n|\r[^\n]/.test(raw), 'CRLF line endings only');
	for (const line of raw.split('\r\n'))
		assert.ok(line.length <= 78, `line over 78 characters: ${JSON.stringify(line)}`);
	const sep = raw.indexOf('\r\n\r\n');
	assert.ok(sep > 0, 'a header section and a body');
	const headers = {};
	const unfolded = raw.slice(0, sep).replace(/\r\n(?=[ \t])/g, '');
	for (const line of unfolded.split('\r\n')) {
		const c = line.indexOf(':');
		assert.ok(c > 0, `header line: ${JSON.stringify(line)}`);
		const name = line.slice(0, c).toLowerCase();
		assert.ok(!(name in headers), `header ${name} once`);
		headers[name] = line.slice(c + 1).trim();
	}
	return { raw, headers, body: raw.slice(sep + 4) };
}

// What the body must decode to: LF line ends as CRLF, a final CRLF.
const crlfText = (s) => (s === '' ? '' : s.replace(/\r?\n/g, '\r\n').replace(/(?<!\r\n)$/, '\r\n'));

/* ----------------------------------------------------- processes and files */

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

const alive = (pid) => {
	try { process.kill(pid, 0); return true; } catch { return false; }
};

let dir, maildir, port, passwordFile, stackNotifier;
const started = new Set();

function start(bin, args, log) {
	const out = fs.openSync(log, 'a');
	const child = spawn(path.join(BIN, bin), args, { cwd: ROOT, stdio: ['ignore', out, out] });
	fs.closeSync(out);
	child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	started.add(child);
	child.exited.then(() => started.delete(child));
	return child;
}

async function startSink(extra = []) {
	const pidfile = path.join(dir, 'sink.pid');
	fs.rmSync(pidfile, { force: true });
	const child = start('smtp-sink', ['--listen', `127.0.0.1:${port}`, '--maildir', maildir,
		'--pidfile', pidfile, ...extra], path.join(dir, 'sink.log'));
	await waitFor(() => fs.existsSync(pidfile), { timeout: 5000, what: 'smtp-sink to listen' });
	return child;
}

// A notifier (NAME: its pid and log files) with short retries and claims;
// EXTRA: more --set arguments, which override these.
async function startNotifier(name = 'notifier', extra = []) {
	const pidfile = path.join(dir, `${name}.pid`);
	fs.rmSync(pidfile, { force: true });    // left by a notifier killed with SIGKILL
	const child = start('notifier', ['--config', 'conf/notifier.hdf',
		'--set', `DB.Socket=${DBSOCK}`, '--set', `DB.PasswordFile=${passwordFile}`,
		'--set', `Mail.Server=smtp://127.0.0.1:${port}`, '--set', `Mail.From=${FROM}`,
		'--set', 'Mail.RetryBaseSeconds=1', '--set', 'Mail.RetryMaxSeconds=4',
		'--set', 'Mail.PollMs=100', '--set', 'Mail.ClaimSeconds=3',
		'--set', 'Mail.ConnectTimeoutSeconds=2', '--set', 'Mail.TimeoutSeconds=5',
		...extra, '--pidfile', pidfile], path.join(dir, `${name}.log`));
	await waitFor(() => fs.existsSync(pidfile), { timeout: 5000, what: 'the notifier to start' });
	return child;
}

async function stop(child, signal = 'SIGTERM') {
	if (child.exitCode !== null || child.signalCode !== null) return child.exited;
	process.kill(child.pid, signal);
	return child.exited;
}

// The messages in the maildir for recipients starting with PREFIX.
function delivered(prefix) {
	const out = [];
	for (const f of fs.readdirSync(maildir).filter((n) => /^\d+\.eml$/.test(n)).sort()) {
		const env = JSON.parse(fs.readFileSync(path.join(maildir, f.replace(/\.eml$/, '.json')), 'utf8'));
		if (!env.rcpt_to.some((r) => r.startsWith(prefix))) continue;
		out.push({ file: f, env, ...parseMessage(fs.readFileSync(path.join(maildir, f), 'latin1')) });
	}
	return out;
}

function logs() {
	const tail = (f) => {
		try { return fs.readFileSync(path.join(dir, f), 'utf8').split('\n').slice(-15).join('\n'); } catch { return ''; }
	};
	return `\n--- notifier.log\n${tail('notifier.log')}\n--- sink.log\n${tail('sink.log')}`;
}

async function waitOrExplain(fn, timeout, what) {
	try {
		return await waitFor(fn, { timeout, interval: 50, what });
	} catch (e) {
		e.message += logs();
		throw e;
	}
}

/* ------------------------------------------------------------------ tests */

describe('e-mail notifier', { timeout: 150000 }, () => {
	let sink, notifier;

	before(async () => {
		assert.ok(fs.existsSync(DBSOCK), `no MariaDB socket at ${DBSOCK} (start the test stack)`);
		for (const b of ['notifier', 'smtp-sink'])
			assert.ok(fs.existsSync(path.join(BIN, b)), `build/bin/${b} missing: run make`);
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailtest-'));
		maildir = path.join(dir, 'mail');
		port = await freePort();

		// The stack's own account password when conf/ctl.sh made one (never
		// changed here); else a password of this run's own.
		const secret = path.join(TEST_VAR, 'secrets/notifier.pw');
		let account = "CREATE USER IF NOT EXISTS 'portale_notifier'@'localhost';";
		if (fs.existsSync(secret)) {
			passwordFile = secret;
		} else {
			passwordFile = path.join(dir, 'notifier.pw');
			const pw = crypto.randomBytes(24).toString('hex');
			fs.writeFileSync(passwordFile, `${pw}\n`, { mode: 0o600 });
			account += ` ALTER USER 'portale_notifier'@'localhost' IDENTIFIED BY '${pw}';`;
		}
		sql(`${account} GRANT SELECT, UPDATE ON portale.outbox TO 'portale_notifier'@'localhost';`);

		const pidfile = path.join(TEST_VAR, 'run/notifier.pid');
		if (fs.existsSync(pidfile)) {
			const pid = Number(fs.readFileSync(pidfile, 'utf8').trim());
			if (pid > 0 && alive(pid)) {
				process.kill(pid, 'SIGSTOP');
				stackNotifier = pid;
			}
		}
		sink = await startSink();
		notifier = await startNotifier();
	});

	after(async () => {
		for (const child of [...started]) {
			try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
			await child.exited;
		}
		if (stackNotifier) process.kill(stackNotifier, 'SIGCONT');
		try { sql(`DELETE FROM outbox WHERE recipient LIKE ${q(`${TAG}-%`)}`); } catch { /* stack gone */ }
		if (dir && !process.env.MAILTEST_KEEP) fs.rmSync(dir, { recursive: true, force: true });
		else if (dir) console.log(`# kept ${dir}`);
	});

	test('five queued messages arrive once each, with headers and text intact', async () => {
		const prefix = `${TAG}-a`;
		const long = 'Il presente messaggio riguarda la pratica n. 2025/000125 — perché = "uguale", ' +
			'città, più, però; '.repeat(12);
		const cases = [
			{ subject: 'Pratica 2025/000121 ricevuta', body: 'Gentile cittadino,\nla pratica è stata ricevuta.\n' },
			{ subject: 'Pratica 2025/000124: la sua segnalazione è stata presa in carico dall\'Ufficio Tecnico — Città di Valdimonte',
				body: 'Stato: in carico.\nUfficio: Tecnico\n\n-- \nComune di Valdimonte' },
			{ subject: 'Aggiornamento', body: `${long}\n.\n..due punti\nFrom the office\nspazi finali   \ntab\t\n${'x'.repeat(76)}\n${'y'.repeat(77)}` },
			{ subject: 'Promemoria 📅 scadenza', body: 'Righe\r\ncon CRLF\r\n' },
			{ subject: '=?UTF-8?B?Zm9v?= letterale', body: '' },
		];
		cases.forEach((c, i) => enqueue(`${prefix}${i}@example.org`, c.subject, c.body));

		await waitOrExplain(() => Object.values(rows(prefix)).filter((r) => r.sent).length === 5,
			10000, 'five rows marked sent');
		const msgs = delivered(prefix);
		assert.equal(msgs.length, 5, 'five messages in the maildir');
		cases.forEach((c, i) => {
			const to = `${prefix}${i}@example.org`;
			const mine = msgs.filter((m) => m.headers.to === to);
			assert.equal(mine.length, 1, `one message to ${to}`);
			const m = mine[0];
			assert.deepEqual(m.env.rcpt_to, [to], 'envelope recipient');
			assert.equal(m.env.mail_from, 'noreply@comune.valdimonte.it', 'envelope sender');
			assert.equal(m.headers.from, FROM);
			assert.equal(decodeHeader(m.headers.subject), c.subject, 'subject');
			if (/^[\x20-\x7e]*$/.test(c.subject) && !c.subject.includes('=?'))
				assert.equal(m.headers.subject, c.subject, 'a short ASCII subject is sent as is');
			else
				assert.match(m.headers.subject, /^=\?UTF-8\?B\?/, 'RFC 2047');
			assert.equal(m.headers['mime-version'], '1.0');
			assert.equal(m.headers['content-type'], 'text/plain; charset=UTF-8');
			assert.equal(m.headers['content-transfer-encoding'], 'quoted-printable');
			const row = rows(prefix)[to];
			assert.equal(m.headers['message-id'], `<outbox-${row.id}.${row.key}@comune.valdimonte.it>`,
				'the Message-ID names the outbox row');
			assert.match(row.key, /^[0-9a-f]{32}$/, 'a random key of its own');
			assert.match(m.headers.date, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
			assert.ok(Math.abs(Date.parse(m.headers.date) - Date.now()) < 60000, 'Date is now');
			assert.equal(qpDecode(m.body), crlfText(c.body), 'body');
		});
		assert.equal(new Set(msgs.map((m) => m.headers['message-id'])).size, 5, 'distinct Message-IDs');
		for (const r of Object.values(rows(prefix))) {
			assert.equal(r.attempts, 1, 'one attempt, counted when it was claimed');
			assert.equal(r.error, '');
		}
	});

	test('mail server down: retried, then each message delivered exactly once', async () => {
		const prefix = `${TAG}-b`;
		await stop(sink);
		for (let i = 0; i < 3; i++)
			enqueue(`${prefix}${i}@example.org`, `Interruzione ${i} — città`, `Messaggio ${i}\n`);
		await waitOrExplain(() => {
			const r = Object.values(rows(prefix));
			return r.length === 3 && r.every((x) => x.attempts >= 1 && x.error !== '' && !x.sent);
		}, 10000, 'three failed attempts while the sink is down');
		assert.match(Object.values(rows(prefix))[0].error, /connect|Couldn't|refused/i, 'last_error tells why');

		sink = await startSink();     // same port, same maildir
		await waitOrExplain(() => Object.values(rows(prefix)).filter((r) => r.sent).length === 3,
			15000, 'the three rows marked sent once the sink is back');
		await sleep(1500);            // time enough for any duplicate to show up
		const msgs = delivered(prefix);
		for (let i = 0; i < 3; i++) {
			const mine = msgs.filter((m) => m.headers.to === `${prefix}${i}@example.org`);
			assert.equal(mine.length, 1, `exactly one message to ${prefix}${i}`);
			assert.equal(decodeHeader(mine[0].headers.subject), `Interruzione ${i} — città`);
			assert.equal(qpDecode(mine[0].body), `Messaggio ${i}\r\n`);
		}
	});

	test('notifier killed (SIGKILL) mid-way and restarted: nothing lost', async () => {
		const prefix = `${TAG}-c`;
		const n = 12;
		// a slow server (150 ms per message), so that the kill lands mid-way
		await stop(sink);
		sink = await startSink(['--delay-ms', '150']);
		for (let i = 0; i < n; i++)
			enqueue(`${prefix}${String(i).padStart(2, '0')}@example.org`, `Pratica ${i}`, `Testo ${i}\n`);
		await waitOrExplain(() => delivered(prefix).length >= 3, 10000, 'a first few messages');
		const { signal } = await stop(notifier, 'SIGKILL');
		assert.equal(signal, 'SIGKILL');
		const unsent = Object.values(rows(prefix)).filter((r) => !r.sent).length;
		assert.ok(unsent > 0, 'some messages were still waiting when the notifier died');

		notifier = await startNotifier();
		// the one in flight at the kill is reserved for Mail.ClaimSeconds (3 s)
		await waitOrExplain(() => Object.values(rows(prefix)).filter((r) => r.sent).length === n,
			15000, `all ${n} rows marked sent after the restart`);
		const msgs = delivered(prefix);
		const count = {};
		for (const m of msgs) count[m.headers.to] = (count[m.headers.to] || 0) + 1;
		for (let i = 0; i < n; i++) {
			const to = `${prefix}${String(i).padStart(2, '0')}@example.org`;
			assert.ok(count[to] >= 1, `the message to ${to} was delivered`);
		}
		// At most the message in flight when the notifier died may come twice
		// (if the kill fell between the server's 250 and the mark).
		const dups = msgs.length - n;
		assert.ok(dups <= 1, `${dups} duplicates`);
	});

	// At least once, with a stable identity: every row delivered, every
	// delivery of a row with the row's own Message-ID, and no more deliveries
	// than attempts counted. Returns the deliveries by recipient.
	function assertAtLeastOnce(prefix, n) {
		const byRow = rows(prefix);
		const msgs = delivered(prefix);
		const got = {};
		for (const m of msgs) (got[m.headers.to] = got[m.headers.to] || []).push(m);
		assert.equal(Object.keys(byRow).length, n, `${n} rows queued`);
		for (const [to, row] of Object.entries(byRow)) {
			const mine = got[to] || [];
			assert.ok(row.sent && mine.length >= 1, `${to} delivered and marked sent`);
			const ids = new Set(mine.map((m) => m.headers['message-id']));
			assert.deepEqual([...ids], [`<outbox-${row.id}.${row.key}@comune.valdimonte.it>`],
				`${to}: ${mine.length} deliveries, all with the row's Message-ID`);
			assert.ok(row.attempts >= mine.length,
				`${to}: ${mine.length} deliveries but ${row.attempts} attempts counted`);
		}
		return got;
	}

	test('notifier killed (SIGKILL) twelve times while sending: all delivered, one Message-ID per row', async () => {
		const prefix = `${TAG}-k`;
		const n = 40;
		await stop(sink);
		sink = await startSink(['--delay-ms', '120']);
		for (let i = 0; i < n; i++)
			enqueue(`${prefix}${String(i).padStart(2, '0')}@example.org`, `Ricevuta ${i}`, `Pratica ${i}\n`);
		for (let k = 0; k < 12; k++) {
			await sleep(200 + crypto.randomInt(400));
			await stop(notifier, 'SIGKILL');
			notifier = await startNotifier();
		}
		// what was in flight at each kill is reserved for Mail.ClaimSeconds (3 s)
		await waitOrExplain(() => Object.values(rows(prefix)).every((r) => r.sent), 30000,
			`all ${n} rows marked sent`);
		await sleep(1000);            // time enough for any late copy to show up
		assertAtLeastOnce(prefix, n);
		const retried = Object.values(rows(prefix)).filter((r) => r.attempts >= 2);
		assert.ok(retried.length >= 1, 'some sends were cut short by a kill and tried again');
		const log = fs.readFileSync(path.join(dir, 'notifier.log'), 'utf8');
		for (const r of retried)
			assert.match(log, new RegExp(`outbox ${r.id}: attempt ${r.attempts}\\b`), `attempt ${r.attempts} of ${r.id} logged`);
	});

	test('the claim is renewed while a slow send lasts: a second notifier does not take the message', async () => {
		const prefix = `${TAG}-r`;
		// each reply takes 4.5 s, longer than the 3 s claim: only renewal keeps it
		await stop(sink);
		sink = await startSink(['--delay-ms', '4500']);
		const second = await startNotifier('notifier2', ['--set', 'Mail.TimeoutSeconds=15']);
		await stop(notifier);
		notifier = await startNotifier('notifier', ['--set', 'Mail.TimeoutSeconds=15']);
		// one message: whichever notifier does not send it is idle, polling every 100 ms
		enqueue(`${prefix}0@example.org`, 'Lenta', 'Testo\n');
		await waitOrExplain(() => Object.values(rows(prefix)).every((r) => r.sent), 25000,
			'the row marked sent');
		await sleep(5000);            // a copy taken after the lease would arrive by now
		const got = assertAtLeastOnce(prefix, 1);
		for (const [to, mine] of Object.entries(got))
			assert.equal(mine.length, 1, `${to} delivered once`);
		for (const r of Object.values(rows(prefix)))
			assert.equal(r.attempts, 1, 'one attempt');
		await stop(second);
		await stop(sink);
		sink = await startSink();
	});

	test('a filesystem short of space is logged by the notifier', async () => {
		const watcher = await startNotifier('notifier-disk', ['--set', `Disk.Watch=${dir}`,
			'--set', 'Disk.MinFreeMB=2000000000']);
		const log = path.join(dir, 'notifier-disk.log');
		await waitOrExplain(() => /warn -: disk: only \d+ MB \(\d+%\) free on the filesystem of /.test(
			fs.readFileSync(log, 'utf8')), 5000, 'the low-space warning');
		await stop(watcher);
		assert.doesNotMatch(fs.readFileSync(path.join(dir, 'notifier.log'), 'utf8'), /disk: only/,
			'no warning with the default limits and no Disk.Watch');
	});

	test('SIGTERM: notifier and sink exit cleanly and remove their pid files', async () => {
		assert.deepEqual(await stop(notifier), { code: 0, signal: null });
		assert.deepEqual(await stop(sink), { code: 0, signal: null });
		assert.ok(!fs.existsSync(path.join(dir, 'notifier.pid')), 'notifier.pid removed');
		assert.ok(!fs.existsSync(path.join(dir, 'sink.pid')), 'sink.pid removed');
		assert.match(fs.readFileSync(path.join(dir, 'notifier.log'), 'utf8'), /stopping/);
	});
});
