'use strict';
// MariaDB going away and coming back: while it is down the portal answers a
// 503 page in the site's look (never a crash, never a hang); once it is back
// the same workers reconnect by themselves and answer 200.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { get, workerPids, waitFor, TEST_VAR } = require('./lib/http');

const ctl = path.resolve(__dirname, '../../conf/ctl.sh');
const run = (cmd) => execFileSync(ctl, [cmd], { env: { ...process.env, VAR: TEST_VAR }, stdio: 'ignore' });

test('MariaDB restart: 503 while down, 200 after, same workers', { timeout: 60000 }, async (t) => {
	t.after(() => run('db-start'));
	const before = workerPids();
	run('db-stop');
	const down = await get('/faq');
	assert.equal(down.status, 503);
	assert.match(down.text, /Servizio momentaneamente non disponibile/);
	assert.match(down.text, /Comune di Valdimonte/);
	run('db-start');
	await waitFor(async () => (await get('/faq')).status === 200, { timeout: 10000, what: 'the portal to answer 200 again' });
	for (let i = 0; i < 10; i++)
		assert.equal((await get('/servizi')).status, 200);
	assert.deepEqual(workerPids(), before, 'no worker died or was replaced');
});
