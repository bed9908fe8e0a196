'use strict';
// The dashboard's answers shared by the admin workers (sql/310, sql/361,
// cgi-bin/dash/dash_cache.c), as the tests that prove them kept see them: the
// key a worker's cache and dash_answers use, and a forged row, which the
// program serves only when it takes the answer from the cache.
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const { sql, sqlValue, q, DBSOCK } = require('./cases');

// The key of a worker's cache (dash_cache.c's stamp()): the kind, the
// database's date, the program's date, the query string.
const key = (kind, qs) => {
	const d = new Date();
	const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	return `${kind} ${sqlValue('SELECT CURDATE()')} ${local}?${qs}`;
};
const hash = (k) => `UNHEX(SHA2(${q(k)}, 256))`;

// Keeps FROM's shared answer (a key) as TO's, as if TO had been computed,
// under the generation of the key GEN (FROM's own by default: TO's sources
// must then have FROM's generations; a key of TO's period gives TO's).
function forge(from, to, gen = from) {
	for (const k of new Set([from, gen]))
		assert.equal(sqlValue(`SELECT COUNT(*) FROM dash_answers WHERE k = ${hash(k)}`), '1',
			`the answer of ${k} is shared`);
	sql(`REPLACE INTO dash_answers (k, generation, until_at, body)
		SELECT ${hash(to)}, g.generation, g.until_at, f.body
		FROM dash_answers f JOIN dash_answers g ON g.k = ${hash(gen)} WHERE f.k = ${hash(from)}`);
}

// Holds KEY's lock (dash_answer_store.c's name for it) from a connection of
// its own, as a worker computing KEY's answer does, until release() is called.
async function holdLock(k) {
	const name = `CONCAT('dash_answers:', LEFT(SHA2(${q(k)}, 256), 48))`;
	const held = spawn('mariadb', ['--no-defaults', `--socket=${DBSOCK}`, '-uroot', '-N', 'portale',
		'-e', `SELECT GET_LOCK(${name}, 10); SELECT SLEEP(60)`], { stdio: 'ignore' });
	const ended = new Promise((done) => held.on('exit', done));
	for (let i = 0; sqlValue(`SELECT IS_USED_LOCK(${name}) IS NOT NULL`) !== '1'; i++) {
		assert.ok(i < 100, `the lock of ${k} taken`);
		await new Promise((done) => setTimeout(done, 50));
	}
	// KILL on the server: a client gone in the middle of SLEEP() keeps its lock
	// until the server next reads from it
	return { release: async () => { sql(`KILL ${sqlValue(`SELECT IS_USED_LOCK(${name})`)}`); await ended; } };
}

module.exports = { key, hash, forge, holdLock };
