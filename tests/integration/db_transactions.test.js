'use strict';
// core/db.c when the connection to MariaDB is lost at the worst moment, on the
// stack's real server: tests/db/db_probe.c uses db.c through its public API,
// through a proxy (lib/mariadb_proxy.js) that cuts the connection after the
// server has run a statement but before its reply arrives.
//  - inside a transaction nothing is retried or reconnected: nothing is saved;
//  - outside one, a write the server may have run is not run a second time;
//  - a SELECT, and anything the server never got, runs again transparently;
//  - a deadlock (the server rolls the transaction back) fails the transaction.
// DB_PROBE=path runs the same checks against another build of the probe.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');
const readline = require('node:readline');
const { spawn, execFileSync } = require('node:child_process');
const { TEST_VAR } = require('./lib/http');
const { MariaDbProxy } = require('./lib/mariadb_proxy');

const ROOT = path.resolve(__dirname, '../..');
const PROBE = process.env.DB_PROBE || path.join(ROOT, 'build/tests/db_probe');
const DBSOCK = path.join(TEST_VAR, 'db/run/mysqld.sock');
const DIR = path.join(TEST_VAR, 'db-probe');
const PROXY_SOCK = path.join(DIR, 'proxy.sock');
const PW_FILE = path.join(DIR, 'probe.pw');
const SCRATCH = 'db_probe_scratch';
const USER = 'db_probe';

function rootSql(query) {
	return execFileSync('mariadb', ['--no-defaults', `--socket=${DBSOCK}`, '-uroot', '-N', '-B', '-e', query],
		{ encoding: 'utf8' });
}

// The rows saved under TAG, as another session sees them.
const saved = (tag) => Number(rootSql(`SELECT COUNT(*) FROM ${SCRATCH}.probe_rows WHERE tag = '${tag}'`).trim());
const newTag = (what) => `${what}-${crypto.randomBytes(4).toString('hex')}`;

const probes = new Set();

// A running db_probe: send(line) resolves to { cmd, rc, errno, n }.
function startProbe() {
	const child = spawn(PROBE, [PROXY_SOCK, USER, PW_FILE, SCRATCH], { stdio: ['pipe', 'pipe', 'pipe'] });
	const waiting = [];
	let stderr = '';
	child.stderr.on('data', (d) => { stderr += d; });
	readline.createInterface({ input: child.stdout }).on('line', (line) => {
		const [cmd, rc, errno, n] = line.split(' ');
		const w = waiting.shift();
		if (w)
			w.resolve({ cmd, rc: Number(rc), errno: Number(errno), n: Number(n) });
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	exited.then(() => waiting.splice(0).forEach((w) => w.reject(new Error(`db_probe exited: ${stderr}`))));
	const probe = {
		send(line) {
			return new Promise((resolve, reject) => {
				waiting.push({ resolve, reject });
				child.stdin.write(line + '\n');
			});
		},
		log: () => stderr,
		async stop() {
			probes.delete(probe);
			child.stdin.end();
			const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
			await exited;
			clearTimeout(timer);
		},
	};
	probes.add(probe);
	return probe;
}

let proxy;

// A test with its own probe and a fresh tag for the rows it writes.
function probeTest(name, what, fn) {
	test(name, { timeout: 20000 }, async () => {
		const probe = startProbe();
		await fn(probe, newTag(what));
	});
}

before(async () => {
	if (!process.env.DB_PROBE)
		execFileSync('make', ['--no-print-directory', '-C', ROOT, 'build/tests/db_probe'], { stdio: 'ignore' });
	fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
	const pw = crypto.randomBytes(12).toString('hex');
	fs.writeFileSync(PW_FILE, pw + '\n', { mode: 0o600 });
	rootSql(`DROP DATABASE IF EXISTS ${SCRATCH}; CREATE DATABASE ${SCRATCH};
		CREATE TABLE ${SCRATCH}.probe_rows (id INT AUTO_INCREMENT PRIMARY KEY, tag VARCHAR(64) NOT NULL)
			ENGINE=InnoDB;
		DROP USER IF EXISTS '${USER}'@'localhost';
		CREATE USER '${USER}'@'localhost' IDENTIFIED BY '${pw}';
		GRANT SELECT, INSERT, UPDATE ON ${SCRATCH}.* TO '${USER}'@'localhost';`);
	proxy = await MariaDbProxy.listen(PROXY_SOCK, DBSOCK);
});

after(async () => {
	await Promise.all([...probes].map((p) => p.stop()));
	if (proxy)
		await proxy.close();
	rootSql(`DROP DATABASE IF EXISTS ${SCRATCH}; DROP USER IF EXISTS '${USER}'@'localhost';`);
	fs.rmSync(DIR, { recursive: true, force: true });
});

probeTest('inside a transaction, a connection lost after the 2nd INSERT ran: nothing is saved, nothing reconnects',
	'tx', async (probe, tag) => {
		assert.equal((await probe.send('begin')).rc, 0);
		assert.equal((await probe.send(`insert ${tag}`)).rc, 0);
		const conns = proxy.connections;
		const cuts = proxy.cuts;
		proxy.cutExecute();
		const second = await probe.send(`insert ${tag}`);
		assert.equal(proxy.cuts, cuts + 1, 'the proxy cut the second INSERT after the server ran it');
		const third = await probe.send(`insert ${tag}`);
		const commit = await probe.send('commit');
		const reconnected = proxy.connections - conns;
		await probe.send('rollback');
		assert.equal(saved(tag), 0, 'neither row exists');
		assert.equal(second.rc, -1, 'the second INSERT fails, it is not retried');
		assert.equal(second.errno, 2013);
		assert.equal(third.rc, -1, 'a statement after the loss fails too');
		assert.equal(commit.rc, -1, 'db_commit fails');
		assert.equal(reconnected, 0, 'no reconnect inside the transaction');
		const next = await probe.send(`count ${tag}`);
		assert.deepEqual([next.rc, next.n], [0, 0], 'after db_rollback the next statement reconnects');
		assert.equal(proxy.connections, conns + 1);
	});

probeTest('outside a transaction, an INSERT whose reply was lost (2013) is not run twice', 'once', async (probe, tag) => {
	assert.equal((await probe.send(`count ${tag}`)).rc, 0);
	proxy.cutExecute();
	const cuts = proxy.cuts;
	const r = await probe.send(`insert ${tag}`);
	assert.equal(proxy.cuts, cuts + 1, 'the proxy cut the INSERT after the server ran it');
	assert.equal(saved(tag), 1, 'exactly one row');
	assert.deepEqual([r.rc, r.errno], [-1, 2013], 'the INSERT reports failure (the user retries knowingly)');
	assert.equal((await probe.send(`insert ${tag}-next`)).rc, 0, 'the next statement reconnects');
});

probeTest('a SELECT whose reply was lost runs again on a new connection', 'select', async (probe, tag) => {
	assert.equal((await probe.send(`insert ${tag}`)).rc, 0);
	const cuts = proxy.cuts;
	proxy.cutExecute();
	const r = await probe.send(`count ${tag}`);
	assert.equal(proxy.cuts, cuts + 1, 'the proxy cut the SELECT');
	assert.deepEqual([r.rc, r.n], [0, 1]);
});

probeTest('after an idle drop, a SELECT and an INSERT (never sent: 2006) run once on a new connection',
	'idle', async (probe, tag) => {
		assert.equal((await probe.send(`insert ${tag}`)).rc, 0);
		let conns = proxy.connections;
		proxy.dropAll();
		const r = await probe.send(`count ${tag}`);
		assert.deepEqual([r.rc, r.n], [0, 1], 'the SELECT succeeds transparently');
		assert.equal(proxy.connections, conns + 1);
		conns = proxy.connections;
		proxy.dropAll();
		assert.equal((await probe.send(`insert ${tag}`)).rc, 0, 'the INSERT succeeds');
		assert.equal(proxy.connections, conns + 1);
		assert.equal(saved(tag), 2, 'one row each: the first, and the INSERT after the drop once');
	});

probeTest('db_begin after an idle drop reconnects first, then commits whole', 'begin', async (probe, tag) => {
	assert.equal((await probe.send(`count ${tag}`)).rc, 0);
	proxy.dropAll();
	assert.equal((await probe.send('begin')).rc, 0);
	assert.equal((await probe.send(`insert ${tag}`)).rc, 0);
	assert.equal((await probe.send(`insert ${tag}`)).rc, 0);
	assert.equal(saved(tag), 0, 'not visible before the commit');
	assert.equal((await probe.send('commit')).rc, 0);
	assert.equal(saved(tag), 2);
});

probeTest('a deadlock fails the whole transaction: nothing after it is saved', 'deadlock', async (a, tag) => {
	const b = startProbe();
	rootSql(`INSERT INTO ${SCRATCH}.probe_rows (tag) VALUES ('${tag}-1'), ('${tag}-2')`);
	const [id1, id2] = rootSql(`SELECT id FROM ${SCRATCH}.probe_rows WHERE tag LIKE '${tag}-%' ORDER BY id`)
		.trim().split('\n');
	assert.equal((await a.send('begin')).rc, 0);
	assert.equal((await b.send('begin')).rc, 0);
	assert.equal((await a.send(`touch ${id1}`)).rc, 0);
	assert.equal((await b.send(`touch ${id2}`)).rc, 0);
	const [ra, rb] = await Promise.all([a.send(`touch ${id2}`), b.send(`touch ${id1}`)]);
	assert.deepEqual([ra.errno, rb.errno].sort(), [0, 1213], 'one of the two is the deadlock victim');
	const [victim, winner] = ra.rc ? [a, b] : [b, a];
	const later = await victim.send(`insert ${tag}-later`);
	const commit = await victim.send('commit');
	await victim.send('rollback');
	assert.equal((await winner.send('commit')).rc, 0);
	assert.equal(saved(`${tag}-later`), 0, 'nothing the victim ran after the deadlock is saved');
	assert.equal(later.rc, -1, 'a statement after the deadlock fails');
	assert.equal(commit.rc, -1, 'db_commit fails');
	await b.stop();
});
