'use strict';
// The page cache is exact: a catalogue change made behind the portal's back
// (here straight in MariaDB) shows on the very next request, with a new ETag;
// an unchanged catalogue answers from the cache with the same ETag. (updated_at
// = updated_at keeps the fixture's dates for the other tests.) The files nginx
// keeps of the public pages know nothing of SQL typed by hand: like an operator
// after such a change, sql() then runs conf/ctl.sh pages-flush, which leaves the
// workers' caches as they are (page_files.test.js: the back office flushes itself).

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { get, h1Of, TEST_VAR } = require('./lib/http');
const { pagesFlush } = require('./lib/public_pages');

function sql(statement) {
	execFileSync('mariadb', ['--no-defaults', `--socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'-uroot', 'portale', '-e', statement]);
	pagesFlush();
}

// A query keeps the request with the portal, whose workers' cache this file is about.
const URL = '/servizi/certificato-anagrafico?da=cache';

test('a catalogue change is visible on the next request, with a new ETag', async (t) => {
	t.after(() => sql("UPDATE services SET title = 'Certificato anagrafico', updated_at = updated_at WHERE slug = 'certificato-anagrafico'"));
	const first = await get(URL);
	const again = await get(URL);
	assert.equal(first.status, 200);
	assert.equal(again.headers.get('etag'), first.headers.get('etag'), 'unchanged page, same ETag');

	sql("UPDATE services SET title = 'Certificato anagrafico aggiornato', updated_at = updated_at WHERE slug = 'certificato-anagrafico'");
	for (let i = 0; i < 6; i++) {   // every worker must see it, whatever its cache holds
		const now = await get(URL);
		assert.equal(h1Of(now.text), 'Certificato anagrafico aggiornato');
		assert.notEqual(now.headers.get('etag'), first.headers.get('etag'));
		const cond = await get(URL, { headers: { 'If-None-Match': first.headers.get('etag') } });
		assert.equal(cond.status, 200, 'the old ETag no longer matches');
	}
});

test('a service unpublished disappears from the catalogue and its page answers 404', async (t) => {
	t.after(() => sql("UPDATE services SET published = 1, updated_at = updated_at WHERE slug = 'cambio-di-residenza'"));
	assert.equal((await get('/servizi/cambio-di-residenza')).status, 200);
	sql("UPDATE services SET published = 0, updated_at = updated_at WHERE slug = 'cambio-di-residenza'");
	assert.equal((await get('/servizi/cambio-di-residenza')).status, 404);
	const list = await get('/servizi?argomento=anagrafe-e-stato-civile');
	assert.doesNotMatch(list.text, /cambio-di-residenza/);
});
