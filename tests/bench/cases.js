'use strict';
// tests/bench/cases.js - part of `make bench`: citizens filing cases with one
// ~1 MB photo each (consent, form with the photo, filing), CONCURRENCY at a
// time for BENCH_SECONDS, then prints the filings per second and one tracking
// page's code and session cookie for wrk. Reuses the test helpers.
// Environment: BASE_URL, TEST_VAR (the stack's VAR), BENCH_SECONDS, BENCH_PHOTO
// (where to save the photo for build/bin/photo-bench).

const { loggedIn, jpeg, photoFile, validFields } = require('../integration/lib/cases');

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const CONCURRENCY = 4;

async function main() {
	const photo = photoFile(jpeg(1900, 1400));   /* gaussian noise: ~1 MB of JPEG */
	if (process.env.BENCH_PHOTO)   /* the same bytes for photo-bench, the yardstick */
		require('node:fs').writeFileSync(process.env.BENCH_PHOTO, photo.data);
	const clients = [];
	for (let i = 0; i < CONCURRENCY; i++)
		clients.push(await loggedIn(i % 4));
	await clients[0].fileCase(validFields(), [photo]);   /* warm up */
	const end = Date.now() + SECONDS * 1000;
	let filed = 0;
	const started = Date.now();
	const last = await Promise.all(clients.map(async (c) => {
		let code = null;
		while (Date.now() < end) {
			code = (await c.fileCase(validFields(), [photo])).code;
			filed++;
		}
		return code;
	}));
	const secs = (Date.now() - started) / 1000;
	console.log(`filings ${filed} ${(filed / secs).toFixed(1)} ${photo.data.length}`);
	console.log(`tracking /segnalazioni/${last[0]} sid=${clients[0].sid}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
