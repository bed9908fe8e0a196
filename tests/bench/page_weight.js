'use strict';
// tests/bench/page_weight.js - what a visit costs on the wire: Chromium (through
// CDP) counts the encoded bytes (headers and compressed bodies) of every
// response of a page, on a first visit with an empty cache (home, a service
// page, the case form, one after the other) and on a repeat visit of the same
// pages. The case form needs a citizen: the session of one demo login (the
// login's own pages are not counted). Used by `make bench` (prints a table) and
// tests/browser/page_weight.test.js (the budget).
// Environment: BASE_URL, TEST_VAR (the stack's VAR), CHROMIUM.

const { launch } = require('../browser/lib/browser');
const { loggedIn } = require('../integration/lib/cases');

const PAGES = [
	['home', '/'],
	['service page', '/servizi/carta-identita-elettronica'],
	['case form', '/segnalazioni/nuova'],
];

// Bytes and responses of one navigation to URL, until the network is idle.
async function visit(page, cdp, url) {
	const seen = new Map();
	const done = (e) => { seen.set(e.requestId, e.encodedDataLength || 0); };
	cdp.on('Network.loadingFinished', done);
	try {
		const r = await page.goto(url, { waitUntil: 'networkidle' });
		if (!r || r.status() >= 400)
			throw new Error(`${url}: status ${r ? r.status() : 'none'}`);
	} finally {
		cdp.off('Network.loadingFinished', done);
	}
	let bytes = 0;
	for (const b of seen.values())
		bytes += b;
	return { bytes, requests: seen.size };
}

// { cold: [{ name, path, bytes, requests }], warm: [...] } for PAGES on BASE.
async function measure(base, { browser, sid, pages = PAGES } = {}) {
	const own = !browser;
	browser = browser || await launch();
	try {
		const ctx = await browser.newContext({ locale: 'it-IT' });
		await ctx.addCookies([{ name: 'sid', value: sid, url: base }]);
		const page = await ctx.newPage();
		const cdp = await ctx.newCDPSession(page);
		await cdp.send('Network.enable');
		const out = { cold: [], warm: [] };
		for (const pass of ['cold', 'warm'])
			for (const [name, path] of pages)
				out[pass].push({ name, path, ...(await visit(page, cdp, base + path)) });
		await ctx.close();
		return out;
	} finally {
		if (own)
			await browser.close();
	}
}

const total = (list) => list.reduce((s, p) => s + p.bytes, 0);

async function citizenSid() {
	return (await loggedIn(0)).sid;
}

async function main() {
	const base = (process.env.BASE_URL || '').replace(/\/+$/, '');
	const m = await measure(base, { sid: await citizenSid() });
	const kib = (b) => (b / 1024).toFixed(1);
	for (const pass of ['cold', 'warm']) {
		for (const p of m[pass])
			console.log(`page weight ${pass.padEnd(4)} ${p.path.padEnd(36)} ${kib(p.bytes).padStart(7)} KiB ${String(p.requests).padStart(3)} requests`);
		console.log(`page weight ${pass.padEnd(4)} ${'total of the three pages'.padEnd(36)} ${kib(total(m[pass])).padStart(7)} KiB`);
	}
}

module.exports = { PAGES, measure, total, citizenSid };

if (require.main === module)
	main().catch((e) => { console.error(e); process.exit(1); });
