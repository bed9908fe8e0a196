'use strict';
// The statements of pages many people ask at once make no temporary table on disk.
// MariaDB 10.11 puts an internal temporary table holding a TEXT column on disk (Aria):
// a file made and dropped each time, and under 32 concurrent computed searches
// (make bench) it failed some of them ("error 6") and twice crashed dropping one
// (signal 11 in ha_maria::drop_table). The search ranks by keys and scores only
// (store/search_store.c); the booking's list of services is not a semi-join
// (store/booking_store.c); the FAQ page sorts the FAQs alone, the topics read by
// key (store/catalogue_store.c).
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { get } = require('./lib/http');
const { fromFile, pagesFlush } = require('./lib/public_pages');
const { sqlValue } = require('./lib/cases');

const diskTables = () => Number(sqlValue(
	"SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'CREATED_TMP_DISK_TABLES'"));

async function noneOnDisk(label, paths) {
	const before = diskTables();
	for (const p of paths) {
		const r = await get(p);
		assert.equal(r.status, 200, `${label}: ${p}`);
	}
	assert.equal(diskTables() - before, 0, `${label}: temporary tables made on disk`);
}

describe('no temporary table on disk', () => {
	test('ten searches computed afresh, with and without a topic', async () => {
		const queries = ['tari', 'certificati anagrafici', 'asilo nido', 'comune', 'buche stradali'];
		const paths = queries.flatMap((q, i) => ['', 'tributi'].map((argomento) =>
			'/cerca?' + new URLSearchParams({ q, argomento, n: `disco-${Date.now()}-${i}` })));
		await noneOnDisk('search', paths);
	});

	test('the booking\'s choice of service', async () => {
		await noneOnDisk('booking', ['/prenota', '/prenota?x=1']);
	});

	test('the FAQ page, rendered by the portal (then kept as a file)', async () => {
		pagesFlush();
		const before = diskTables();
		const r = await get('/faq');
		assert.equal(r.status, 200);
		assert.ok(!fromFile(r), 'rendered by the portal');
		assert.match(r.text, /<h1[^>]*>[^<]*(FAQ|Domande)/i);
		assert.equal(diskTables() - before, 0, 'faq: temporary tables made on disk');
	});
});
