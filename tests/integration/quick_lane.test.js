'use strict';
// The portal's quick lane (README "The quick lane", conf/nginx.conf.in @quick): reads with
// a query go first to workers of their own over connections nginx keeps; they answer
// only what is computed already (their cache, or the file the portal's other workers
// left in run/answers) and hand the rest back through nginx to the other workers.
//  - a search asked again is answered by the quick lane with the other workers stopped
//    (a search never asked is not), the same bytes and ETag, a 304 to its ETag, and no
//    X-Accel-Redirect reaches the visitor;
//  - a publish and an unpublish are on the very next search, the quick lane's too;
//  - with more idle kept connections than the quick lane has workers, requests on new
//    connections are answered at once (libfcgi's own loop would have each worker wait
//    on one idle kept connection: cgi-bin/core/fcgi_conns.h);
//  - its workers stopped in turn under load, as when replaced: every read answered whole;
//  - the quick lane down, the portal's other workers answer its reads.
//
// Environment: BASE_URL, TEST_VAR, as lib/http.js.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { BASE_URL, TEST_VAR, get, masterPid, workerPids, alive, sleep, waitFor } = require('./lib/http');
const { staffClient, staffPost } = require('./lib/staff');
const { sql, q, errorsOf } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const ANSWERS = path.join(TEST_VAR, 'run', 'answers');
const QUICK_SOCKET = path.join(TEST_VAR, 'run', 'portal-quick.sock');
const quickMaster = () => Number(fs.readFileSync(path.join(TEST_VAR, 'run', 'portal-quick.pid'), 'utf8'));
const QUERIES = ['certificati', 'anagrafe', 'rifiuti', 'carta identita', 'tributi', 'scuola'];
const search = (i) => `/cerca?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&n=${i}`;
const whole = (r) => r.status === 200 && /<\/html>\s*$/.test(r.text);

// Whether the portal has left the answer to URL for the quick lane.
const inAnswers = (url) => fs.readdirSync(ANSWERS).filter((f) => !f.startsWith('.'))
	.some((f) => fs.readFileSync(path.join(ANSWERS, f), 'latin1').includes(`\n${url}`));

// URL asked until its answer is left for the quick lane (a worker leaves an answer it
// had already given: its second time); the answers met on the way.
async function intoQuickLane(url) {
	const seen = [];
	for (let i = 0; i < 60 && !inAnswers(url); i++) seen.push(await get(url));
	assert.ok(inAnswers(url), `${url} left for the quick lane`);
	return seen;
}

// FN run with the portal's other workers (and their master) stopped.
async function withPortalStopped(fn) {
	const master = masterPid();
	const pids = [master, ...workerPids(master)];
	for (const p of pids) process.kill(p, 'SIGSTOP');
	try {
		return await fn();
	} finally {
		for (const p of pids) process.kill(p, 'SIGCONT');
	}
}

describe('the quick lane', () => {
	test('a search asked again is answered by the quick lane alone', { timeout: 60000 }, async () => {
		const url = `/cerca?q=anagrafe+${RUN}`;
		const seen = await intoQuickLane(url);
		for (const r of seen) {
			assert.ok(whole(r), `${r.status}`);
			assert.equal(r.headers.get('x-accel-redirect'), null, 'the hand-back stays in nginx');
		}
		const etag = seen[0].headers.get('etag');
		await withPortalStopped(async () => {
			const r = await get(url, { timeout: 3000 });
			assert.ok(whole(r));
			assert.equal(r.text, seen[0].text, 'the same bytes');
			assert.equal(r.headers.get('etag'), etag);
			const again = await get(url, { timeout: 3000, headers: { 'if-none-match': etag } });
			assert.equal(again.status, 304);
			await assert.rejects(get(`/cerca?q=mai+chiesta+${RUN}`, { timeout: 1500 }),
				'a search never asked waits for the stopped workers');
		});
		assert.ok(whole(await get(`/cerca?q=mai+chiesta+${RUN}`)), 'answered once they are back');
	});

	describe('a publish is on the very next search', () => {
		const SLUG = `prova-ql-${RUN}`;
		const WORD = `zqlane${RUN}`;
		const url = `/cerca?q=${WORD}`;
		let editor;
		before(async () => { editor = await staffClient('editor'); });
		after(() => sql(`DELETE FROM news WHERE slug = ${q(SLUG)}`));
		const fields = (extra) => ({
			title: `Notizia ${WORD}`, slug: SLUG, news_type: 'avviso', summary: 'Dai test della corsia veloce.',
			published_at: new Date(Date.now() - 60000).toISOString().slice(0, 16).replace('T', ' '),
			body: 'Testo.', image: '', image_alt: '', image_caption: '', office_id: '1', topics: ['1'], ...extra,
		});
		const found = (r) => r.text.includes(`href="/novita/${SLUG}"`);

		test('published, then unpublished: the first search after each says so', { timeout: 60000 }, async () => {
			for (const r of await intoQuickLane(url)) assert.ok(!found(r));
			const made = await staffPost(editor, '/admin/notizie/nuovo', fields({ published: '1' }));
			assert.equal(made.status, 303, errorsOf(made.text).join(' | '));
			const id = /^\/admin\/notizie\/(\d+)/.exec(made.location)[1];
			assert.ok(found(await get(url)), 'found at once');
			await intoQuickLane(url);
			assert.ok(found(await get(url)), 'and from the quick lane');
			const off = await staffPost(editor, `/admin/notizie/${id}`, fields({}));
			assert.equal(off.status, 303, errorsOf(off.text).join(' | '));
			assert.ok(!found(await get(url)), 'gone at once');
			assert.equal((await get(`/novita/${SLUG}`)).status, 404, 'and its page');
		});
	});

	describe('its connections', () => {
		// The inodes of the quick lane's ends of its open connections: the sockets
		// /proc/net/unix lists as connected (St 03) under its path (an accepted socket
		// carries the listening one's); and how many of them worker PID holds.
		const connected = () => new Set(fs.readFileSync('/proc/net/unix', 'utf8').split('\n')
			.map((l) => l.trim().split(/\s+/)).filter((f) => f[5] === '03' && f[7] === QUICK_SOCKET).map((f) => f[6]));
		const heldBy = (pid, conns) => fs.readdirSync(`/proc/${pid}/fd`).filter((fd) => {
			try {
				const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
				return m && conns.has(m[1]);
			} catch { return false; }   // closed meanwhile
		}).length;

		// A FastCGI connection to the quick lane as nginx makes one, a request at a time:
		// ask(uri, keep) resolves with the answer's bytes once its END_REQUEST came.
		function fastcgi() {
			const sock = net.createConnection(QUICK_SOCKET);
			let buf = Buffer.alloc(0), waiting = null;
			const record = (type, body = Buffer.alloc(0)) => {
				const h = Buffer.alloc(8);
				h.writeUInt8(1, 0); h.writeUInt8(type, 1); h.writeUInt16BE(1, 2); h.writeUInt16BE(body.length, 4);
				return Buffer.concat([h, body]);
			};
			const pair = (k, v) => Buffer.concat([Buffer.from([k.length, v.length]), Buffer.from(k + v)]);
			sock.on('data', (d) => {
				buf = Buffer.concat([buf, d]);
				for (let at = 0; at + 8 <= buf.length;) {
					const len = buf.readUInt16BE(at + 4) + buf.readUInt8(at + 6);
					if (at + 8 + len > buf.length) break;
					if (buf.readUInt8(at + 1) === 3 && waiting) {   // FCGI_END_REQUEST
						const out = buf.subarray(0, at);
						buf = buf.subarray(at + 8 + len);
						const w = waiting; waiting = null; w(out);
						return;
					}
					at += 8 + len;
				}
			});
			return {
				ask(url, keep) {
					const [uri, qs] = url.split('?');
					const params = Buffer.concat([['REQUEST_METHOD', 'GET'], ['DOCUMENT_URI', uri], ['QUERY_STRING', qs || ''],
						['REQUEST_URI', url], ['LANE_MISS', '@quick_missed']].map(([k, v]) => pair(k, v)));
					return new Promise((resolve, reject) => {
						waiting = resolve;
						sock.once('error', reject);
						sock.write(Buffer.concat([record(1, Buffer.from([0, 1, keep ? 1 : 0, 0, 0, 0, 0, 0])),
							record(4, params), record(4), record(5)]));
					});
				},
				close: () => sock.destroy(),
			};
		}
		const within = (ms, p) => Promise.race([p, sleep(ms).then(() => { throw new Error(`no answer in ${ms} ms`); })]);

		test('idle kept connections keep no new connection waiting', { timeout: 60000 }, async () => {
			const url = `/cerca?q=${encodeURIComponent(QUERIES[0])}`;
			await intoQuickLane(url);
			const workers = workerPids(quickMaster());
			const kept = [];
			try {
				// one after the other: each new one goes to a worker waiting on none so far
				for (let i = 0; i < 2 * workers.length; i++) {
					const c = fastcgi();
					kept.push(c);
					assert.match((await within(5000, c.ask(url, true))).toString('latin1'), /Status: 200/);
				}
				const conns = connected();
				const holding = workers.map((p) => heldBy(p, conns));
				assert.ok(holding.every((n) => n > 0), `every worker holds an idle kept connection: ${holding}`);
				const fresh = fastcgi();
				try {
					assert.match((await within(3000, fresh.ask(url, false))).toString('latin1'), /Status: 200/,
						'a new connection answered');
				} finally {
					fresh.close();
				}
				const many = await Promise.all([...Array(50)].map((_, i) => get(search(1000 + i), { timeout: 5000 })));
				many.forEach((r, i) => assert.ok(whole(r), `read ${i} of 50 through nginx: ${r.status}`));
				assert.match((await within(3000, kept[0].ask(url, true))).toString('latin1'), /Status: 200/,
					'and the kept ones are still served');
			} finally {
				for (const c of kept) c.close();
			}
		});

		test('workers stopped in turn under load: every read answered whole', { timeout: 60000 }, async (t) => {
			const master = quickMaster();
			let stopping = false;
			const results = [];
			const loops = [...Array(8)].map(async (_, j) => {
				for (let k = j; !stopping; k += 8) {
					try {
						const r = await fetch(BASE_URL + search(k % 12), { signal: AbortSignal.timeout(10000) });
						results.push({ k, status: r.status, complete: /<\/html>\s*$/.test(await r.text()) });
					} catch (e) {
						results.push({ k, error: (e.cause && (e.cause.code || e.cause.message)) || e.message });
					}
				}
			});
			await sleep(500);
			const before = workerPids(master);
			for (const pid of before) {   // as the master does with one at its App.MaxRequests
				process.kill(pid, 'SIGTERM');
				await waitFor(() => !workerPids(master).includes(pid) && workerPids(master).length === before.length,
					{ timeout: 5000, what: `worker ${pid} replaced` });
				await sleep(300);
			}
			stopping = true;
			await Promise.all(loops);
			const bad = results.filter((r) => !(r.status === 200 && r.complete));
			t.diagnostic(`${results.length} reads while ${before.length} workers were replaced`);
			assert.ok(results.length > 100, `the load ran (${results.length} reads)`);
			assert.deepEqual(bad, [], 'every read answered whole');
			assert.ok(workerPids(master).every((p) => !before.includes(p)), 'every worker was replaced');
		});
	});

	test('the quick lane down: the portal answers its reads', { timeout: 60000 }, async () => {
		const master = quickMaster();
		const proc = (f) => fs.readFileSync(`/proc/${master}/${f}`, 'latin1').replace(/\0$/, '').split('\0');   // an argument may be empty
		const cmd = proc('cmdline');
		const env = Object.fromEntries(proc('environ').map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
		const cwd = fs.readlinkSync(`/proc/${master}/cwd`);
		process.kill(master, 'SIGTERM');
		try {
			await waitFor(() => !alive(master), { timeout: 15000, what: 'the quick lane stopped' });
			for (const url of [`/cerca?q=${encodeURIComponent(QUERIES[0])}`, `/cerca?q=giu+${RUN}`, '/servizi?pagina=2'])
				assert.ok(whole(await get(url, { timeout: 5000 })), url);
		} finally {
			const log = fs.openSync(path.join(TEST_VAR, 'log', 'portal-quick.log'), 'a');
			spawn(cmd[0], cmd.slice(1), { cwd, env, detached: true, stdio: ['ignore', log, log] }).unref();
			fs.closeSync(log);
			await waitFor(() => fs.existsSync(QUICK_SOCKET) && quickMaster() !== master,
				{ timeout: 10000, what: 'the quick lane back' });
		}
		await waitFor(() => workerPids(quickMaster()).length > 0, { what: 'its workers' });
		assert.ok(whole(await get(`/cerca?q=${encodeURIComponent(QUERIES[1])}`)), 'and through it again');
	});
});
