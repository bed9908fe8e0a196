'use strict';
// The page weight budget (issue 12), measured in Chromium by what crosses the
// wire (headers and compressed bodies, tests/bench/page_weight.js): a first
// visit with an empty cache to the home, a service page and the case form (as a
// signed-in citizen) costs at most 150 KiB in all, a repeat visit at most 20 KiB,
// the repeat sending no asset again (immutable: not even asked for).

const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch } = require('./lib/browser');
const { measure, total, citizenSid } = require('../bench/page_weight');

const KiB = 1024;

describe('page weight', () => {
	let browser;
	let m;
	before(async () => {
		browser = await launch();
		m = await measure(BASE_URL, { browser, sid: await citizenSid() });
	});
	after(async () => { if (browser) await browser.close(); });

	test('a first visit to the three pages costs at most 150 KiB', () => {
		for (const p of m.cold)
			assert.ok(p.bytes > 0 && p.requests > 0, `${p.path}: measured`);
		assert.ok(total(m.cold) <= 150 * KiB,
			`cold: ${(total(m.cold) / KiB).toFixed(1)} KiB (${m.cold.map((p) => `${p.path} ${(p.bytes / KiB).toFixed(1)}`).join(', ')})`);
	});

	test('a repeat visit costs at most 20 KiB', () => {
		assert.ok(total(m.warm) <= 20 * KiB,
			`warm: ${(total(m.warm) / KiB).toFixed(1)} KiB (${m.warm.map((p) => `${p.path} ${(p.bytes / KiB).toFixed(1)}`).join(', ')})`);
		// the first page of the repeat visit paid only for its HTML and /auth/me
		assert.ok(m.warm[0].bytes < m.cold[0].bytes / 10, `home: ${m.warm[0].bytes} B warm, ${m.cold[0].bytes} B cold`);
	});
});
