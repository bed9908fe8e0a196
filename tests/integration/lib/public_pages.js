'use strict';
// The public pages the same for every visitor, found the way a reader would: the
// portal's R_CACHE routes (its --routes), and for each route with a parameter the
// first link that fits it and answers 200 on the pages crawled from the fixed ones.
// Used by the tests of the pages nginx serves as files (README "Public pages as files").

const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { get, TEST_VAR } = require('./http');

const ROOT = path.resolve(__dirname, '../../..');

function cachedRoutes() {
	return execFileSync(path.join(ROOT, 'build/bin/portal'), ['--routes'], { encoding: 'utf8' })
		.split('\n').filter((l) => /^GET\s/.test(l) && /\bcache\b/.test(l)).map((l) => l.split(/\s+/)[1]);
}

// Map route -> URL, for ROUTES (default: all of them), crawling two levels.
async function onePerRoute(routes = cachedRoutes()) {
	const fixed = routes.filter((r) => !r.includes(':'));
	const patterns = routes.filter((r) => r.includes(':'))
		.map((r) => [r, new RegExp(`^${r.replace(/:[a-z]+/g, '[a-z0-9-]+')}$`)]);
	const found = new Map(fixed.map((r) => [r, r]));
	let frontier = fixed;
	for (let depth = 0; depth < 2; depth++) {
		const next = [];
		for (const url of frontier) {
			for (const m of (await get(url)).text.matchAll(/href="(\/[^"?#]*)"/g)) {
				const hit = patterns.find(([r, re]) => !found.has(r) && re.test(m[1]));
				if (hit && (await get(m[1])).status === 200) { found.set(hit[0], m[1]); next.push(m[1]); }
			}
		}
		frontier = next;
	}
	return found;
}

// Whether answer R came from a file nginx sent itself (only that location sets the header).
const fromFile = (r) => (r.headers.get ? r.headers.get('x-page-source') : r.headers['x-page-source']) === 'file';

// After a change made by hand in SQL (the back office flushes by itself): the
// pages nginx keeps as files start afresh, as `conf/ctl.sh pages-flush` does.
function pagesFlush() {
	execFileSync(path.join(ROOT, 'conf/ctl.sh'), ['pages-flush'], { env: { ...process.env, VAR: TEST_VAR } });
}

module.exports = { cachedRoutes, onePerRoute, fromFile, pagesFlush };
