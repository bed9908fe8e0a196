// tests/lighthouse/run.mjs - Lighthouse (npm, pinned in package-lock.json) with Debian's
// Chromium, its default mobile preset (Moto G Power, simulated slow 4G), performance only,
// on the home, a service page and the case form (as a signed-in citizen: the session
// of one demo login is sent as a cookie). Prints each page's score, LCP and transfer size.
// Environment: BASE_URL, TEST_VAR (the stack's VAR), CHROMIUM, LIGHTHOUSE_MIN (0.95: the
// exit status is 1 when a page scores less).
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const require = createRequire(import.meta.url);
const { PAGES, citizenSid } = require('../bench/page_weight.js');

const BASE = (process.env.BASE_URL || '').replace(/\/+$/, '');
const MIN = Number(process.env.LIGHTHOUSE_MIN || 0.95);

async function run(chrome, url, sid) {
	const r = await lighthouse(url, {
		port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
		extraHeaders: { Cookie: `sid=${sid}` },
	});
	const a = r.lhr.audits;
	if (r.lhr.runtimeError)
		throw new Error(`${url}: ${r.lhr.runtimeError.message}`);
	return {
		score: r.lhr.categories.performance.score,
		lcp: a['largest-contentful-paint'].numericValue,
		bytes: a['total-byte-weight'].numericValue,
	};
}

const sid = await citizenSid();
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let low = 0;
try {
	console.log(`${'Lighthouse mobile (simulated throttling)'.padEnd(44)} ${'score'.padStart(6)} ${'LCP s'.padStart(7)} ${'KiB'.padStart(7)}`);
	for (const [, path] of PAGES) {
		const m = await run(chrome, BASE + path, sid);
		if (m.score < MIN)
			low++;
		console.log(`${path.padEnd(44)} ${m.score.toFixed(2).padStart(6)} ${(m.lcp / 1000).toFixed(2).padStart(7)} ${(m.bytes / 1024).toFixed(1).padStart(7)}`);
	}
} finally {
	await chrome.kill();
}
if (low) {
	console.error(`${low} page(s) below ${MIN}`);
	process.exit(1);
}
