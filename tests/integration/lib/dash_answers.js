'use strict';
// The dashboard's answers shared by the admin workers (sql/310, sql/361,
// cgi-bin/dash/dash_cache.c), as the tests that prove them kept see them: the
// key a worker's cache and dash_answers use, and a forged row, which the
// program serves only when it takes the answer from the cache.
const assert = require('node:assert/strict');
const { sql, sqlValue, q } = require('./cases');

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
	sql(`REPLACE INTO dash_answers (k, generation, by_month, until_at, body)
		SELECT ${hash(to)}, g.generation, g.by_month, g.until_at, f.body
		FROM dash_answers f JOIN dash_answers g ON g.k = ${hash(gen)} WHERE f.k = ${hash(from)}`);
}

module.exports = { key, hash, forge };
