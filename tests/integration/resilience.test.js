'use strict';
// The prefork master keeps the site up: a worker killed under load is
// respawned, SIGHUP replaces every worker without dropping a request.
// (The database is shared with the other tests and is never stopped here.)
const { test, describe, before } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, get, masterPid, workerPids, alive, sleep, waitFor } = require('./lib/http');

const PAGES = ['/servizi', '/servizi?pagina=2', '/servizi/certificato-anagrafico', '/', '/faq', '/argomenti'];

// `concurrency` loops requesting `paths` until stopped; every outcome recorded.
function startLoad(paths, concurrency) {
	let stopping = false;
	const results = [];
	const loops = Array.from({ length: concurrency }, async (_, i) => {
		for (let k = i; !stopping; k++) {
			const path = paths[k % paths.length];
			const t = Date.now();
			try {
				const r = await fetch(BASE_URL + path, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
				const body = await r.text();
				results.push({ path, t, status: r.status, complete: /<\/html>\s*$/.test(body) });
			} catch (e) {
				results.push({ path, t, error: (e.cause && (e.cause.code || e.cause.message)) || e.message });
			}
		}
	});
	return {
		results,
		async stop() {
			stopping = true;
			await Promise.all(loops);
			return results;
		},
	};
}

const ok = (r) => r.status === 200 && r.complete;
const describeFailures = (rs) => JSON.stringify(rs.filter((r) => !ok(r)).slice(0, 10));

async function assertAllSucceed(n, label) {
	for (let i = 0; i < n; i++) {
		const path = PAGES[i % PAGES.length];
		const r = await get(path);
		assert.equal(r.status, 200, `${label}: request ${i + 1} (${path}) answered ${r.status}`);
		assert.match(r.text, /<\/html>\s*$/, `${label}: request ${i + 1} (${path}) truncated`);
	}
}

let master;
let nworkers;

before(async () => {
	master = masterPid();
	assert.ok(alive(master), 'the master is running');
	// a previous test may have just replaced workers: wait for the full set
	nworkers = (await waitFor(() => {
		const w = workerPids(master);
		return w.length >= 1 && w;
	}, { timeout: 3000, what: 'workers' })).length;
	assert.equal((await get('/')).status, 200);
});

describe('worker supervision', () => {
	test('a worker killed (SIGKILL) under load is respawned and the site recovers', { timeout: 30000 }, async (t) => {
		const workers = workerPids(master);
		assert.equal(workers.length, nworkers);
		const load = startLoad(['/servizi'], 8);
		const started = Date.now();
		await sleep(500);
		const victim = workers[Math.floor(workers.length / 2)];
		process.kill(victim, 'SIGKILL');
		const killedAt = Date.now();
		const after = await waitFor(() => {
			const w = workerPids(master);
			return !w.includes(victim) && w.length === nworkers && w;
		}, { timeout: 2500, what: `a new worker replacing ${victim}` });
		const respawnMs = Date.now() - killedAt;
		const fresh = after.filter((p) => !workers.includes(p));
		assert.equal(fresh.length, 1, `exactly one new worker (before ${workers}, after ${after})`);
		assert.ok(after.filter((p) => workers.includes(p)).length === nworkers - 1, 'the other workers untouched');
		await sleep(Math.max(0, 3000 - (Date.now() - started)));
		const results = await load.stop();

		assert.ok(alive(master), 'the master survived');
		assert.ok(results.length > 50, `the load ran (${results.length} requests)`);
		const failed = results.filter((r) => !ok(r));
		t.diagnostic(`${results.length} requests, ${failed.length} failed ${JSON.stringify(failed)}, respawn in ${respawnMs} ms`);
		// only the request the victim was serving may fail, and never as a 500
		assert.ok(failed.length <= 2, `${failed.length} failed requests: ${describeFailures(results)} (respawn ${respawnMs} ms)`);
		for (const f of failed) assert.notEqual(f.status, 500, `a 500: ${JSON.stringify(f)}`);
		const late = results.filter((r) => r.t > killedAt + respawnMs + 100);
		assert.ok(late.length > 0 && late.every(ok), `requests after the respawn all succeed: ${describeFailures(late)}`);

		await assertAllSucceed(50, 'after the respawn');
		assert.deepEqual(workerPids(master), after, 'the workers are stable');
	});

	test('an idle worker killed is respawned within 2 s', { timeout: 30000 }, async () => {
		const workers = workerPids(master);
		const victim = workers[0];
		process.kill(victim, 'SIGKILL');
		const after = await waitFor(() => {
			const w = workerPids(master);
			return !w.includes(victim) && w.length === nworkers && w;
		}, { timeout: 2500, what: `a new worker replacing ${victim}` });
		assert.equal(after.length, nworkers);
		await assertAllSucceed(10, 'after the respawn');
	});

	test('all workers killed at once: the master respawns them all', { timeout: 30000 }, async () => {
		await sleep(1000); // the master respawns a worker that died young only on its next tick
		const workers = workerPids(master);
		for (const p of workers) process.kill(p, 'SIGKILL');
		const after = await waitFor(() => {
			const w = workerPids(master);
			return w.length === nworkers && w.every((p) => !workers.includes(p)) && w;
		}, { timeout: 4000, what: 'a whole new set of workers' });
		assert.equal(after.length, nworkers);
		await assertAllSucceed(50, 'after killing every worker');
	});
});

describe('reload', () => {
	test('SIGHUP replaces every worker while the site keeps answering 200', { timeout: 30000 }, async (t) => {
		await sleep(1000); // let the workers from the previous test get older than 1 s
		const workers = workerPids(master);
		assert.equal(workers.length, nworkers);
		const load = startLoad(PAGES, 6);
		await sleep(300);
		process.kill(master, 'SIGHUP');
		const hupAt = Date.now();
		const after = await waitFor(() => {
			const w = workerPids(master);
			return w.length === nworkers && w.every((p) => !workers.includes(p)) && w;
		}, { timeout: 12000, interval: 25, what: 'every worker replaced after SIGHUP' });
		const replacedMs = Date.now() - hupAt;
		await sleep(300);
		const results = await load.stop();

		t.diagnostic(`${results.length} requests during the reload, workers replaced in ${replacedMs} ms`);
		assert.equal(masterPid(), master, 'the master stays');
		assert.ok(alive(master));
		for (const p of workers) assert.ok(!alive(p) || !workerPids(master).includes(p), `old worker ${p} is gone`);
		assert.ok(results.length > 20, `the load ran (${results.length} requests)`);
		assert.ok(results.every(ok), `every request during the reload answered 200 (replaced in ${replacedMs} ms): ${describeFailures(results)}`);
		assert.deepEqual(workerPids(master), after);
		await assertAllSucceed(20, 'after the reload');
	});
});
