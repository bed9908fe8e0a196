'use strict';
// Assets and caching (issue 12): every page type names its CSS, script, icons,
// fonts and logo by fingerprinted URLs (/static/dist/NAME.HASH.EXT, the hash
// being the content's), which nginx serves cached for a year as immutable; the
// HTML itself revalidates (ETag, no max-age: a repeat view is a 304); no
// script in <head> blocks the first paint; the files Bootstrap Italia's
// package publishes stay where they were.

const { test, describe, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { BASE_URL, get } = require('./lib/http');
const { loggedIn } = require('./lib/cases');

// [label, path, status, needs a citizen]
const PAGE_TYPES = [
	['home', '/', 200],
	['service catalogue', '/servizi', 200],
	['service page', '/servizi/certificato-anagrafico', 200],
	['topic', '/argomenti/tributi', 200],
	['office', '/uffici/ufficio-anagrafe', 200],
	['FAQ', '/faq', 200],
	['news', '/novita', 200],
	['events', '/eventi', 200],
	['administration', '/amministrazione', 200],
	['search', '/cerca?q=certificato', 200],
	['404', '/servizi/servizio-inesistente', 404],
	['login chooser (auth)', '/auth/login', 200],
	['staff login (admin)', '/admin/login', 200],
	['booking (cases)', '/prenota', 200],
	['case form (cases)', '/segnalazioni/nuova', 200, true],
	['personal area (cases)', '/area-personale', 200, true],
];

const FINGERPRINTED = /^\/static\/dist\/[\w.-]+\.[\w-]{8,}\.(css|js|svg|woff2)$/;

// The build assets a page names: stylesheets, preloads, icon, scripts, the
// sprite of its icons and the coat of arms.
function assetUrls(html) {
	const urls = [];
	for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|preload|icon)"[^>]*>/g))
		urls.push(/\bhref="([^"]+)"/.exec(m[0])[1]);
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		urls.push(m[1]);
	for (const m of html.matchAll(/<use\b[^>]*\bhref="([^"#]+)#/g))
		urls.push(m[1]);
	for (const m of html.matchAll(/<img\b[^>]*class="vm-brand-logo"[^>]*\bsrc="([^"]+)"/g))
		urls.push(m[1]);
	return [...new Set(urls.map((u) => u.replace(/&amp;/g, '&')))];
}

function headOf(html) {
	const m = /<head>([\s\S]*?)<\/head>/.exec(html);
	assert.ok(m, 'the page has a <head>');
	return m[1];
}

describe('assets and caching', () => {
	let sid;
	const pages = new Map();   // path -> { status, headers, text }
	before(async () => {
		sid = (await loggedIn(0)).sid;
		for (const [, path, , citizen] of PAGE_TYPES)
			pages.set(path, await get(path, { headers: citizen ? { Cookie: `sid=${sid}` } : {} }));
	});

	for (const [label, path, status] of PAGE_TYPES) {
		test(`${label}: assets by fingerprinted URLs, no blocking script in <head>`, () => {
			const r = pages.get(path);
			assert.equal(r.status, status, `${path}: status`);
			const urls = assetUrls(r.text);
			assert.ok(urls.some((u) => /\.css$/.test(u)), `${path}: a stylesheet`);
			assert.ok(urls.some((u) => /\.js$/.test(u)), `${path}: a script`);
			for (const u of urls)
				assert.match(u, FINGERPRINTED, `${path}: ${u} is not fingerprinted`);
			for (const m of headOf(r.text).matchAll(/<script\b[^>]*>/g))
				assert.match(m[0], /\btype="module"|\bdefer\b|\basync\b/, `${path}: render-blocking ${m[0]}`);
		});
	}

	test('every asset a page names is served, immutable for a year, under its content hash', async () => {
		const urls = new Set();
		for (const r of pages.values())
			assetUrls(r.text).forEach((u) => urls.add(u));
		assert.ok(urls.size >= 8, `expected the CSS, JS, sprite, fonts and images, got ${[...urls]}`);
		for (const u of urls) {
			const res = await fetch(BASE_URL + u, { signal: AbortSignal.timeout(10000) });
			assert.equal(res.status, 200, u);
			assert.match(res.headers.get('cache-control') || '', /^public, max-age=31536000, immutable$/, u);
			assert.equal(res.headers.get('x-content-type-options'), 'nosniff', u);
			const body = Buffer.from(await res.arrayBuffer());
			const type = { css: /^text\/css/, js: /javascript/, svg: /^image\/svg\+xml/, woff2: /^font\/woff2/ }[u.split('.').pop()];
			assert.match(res.headers.get('content-type') || '', type, u);
			if (!u.endsWith('.woff2')) {   // the fonts carry esbuild's own hash
				const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);
				assert.equal(u.split('.').slice(-2, -1)[0], hash, `${u}: the name is the content's hash`);
			}
		}
	});

	test('text assets are served compressed, at least as small as gzip -6 makes them', async () => {
		const home = pages.get('/').text;
		const css = assetUrls(home).find((u) => /\/main\.[\w-]+\.css$/.test(u));
		const plain = Buffer.from(await (await fetch(BASE_URL + css)).arrayBuffer());
		// fetch decodes the body: the length on the wire is the header's
		const res = await fetch(BASE_URL + css, { headers: { 'Accept-Encoding': 'gzip' } });
		assert.equal(res.headers.get('content-encoding'), 'gzip', css);
		const wire = Number(res.headers.get('content-length'));
		assert.ok(wire > 0 && wire <= zlib.gzipSync(plain, { level: 6 }).length, `${css}: ${wire} bytes on the wire`);
	});

	test('the stylesheet keeps Bootstrap Italia\'s version marker and the model\'s fonts', async () => {
		const css = assetUrls(pages.get('/').text).find((u) => /\/main\.[\w-]+\.css$/.test(u));
		const text = await (await fetch(BASE_URL + css)).text();
		assert.match(text, /--bootstrap-italia-version:\s*"2\.\d+\.\d+"/);
		assert.match(text, /@font-face\{font-family:"?Titillium Web/);
		assert.match(text, /@font-face\{font-family:Lora/);
	});

	test('HTML revalidates: ETag, no max-age, 304 on If-None-Match', async () => {
		for (const path of ['/', '/servizi/certificato-anagrafico', '/faq']) {
			// as nginx now keeps it, or as the portal rendered it: the same validators
			// (tests/integration/page_files.test.js)
			const r = await get(path);
			const etag = r.headers.get('etag');
			assert.ok(etag, `${path}: ETag`);
			assert.doesNotMatch(r.headers.get('cache-control') || '', /max-age=[1-9]|immutable/, `${path}: Cache-Control`);
			const again = await get(path, { headers: { 'If-None-Match': etag } });
			assert.equal(again.status, 304, `${path}: If-None-Match`);
			assert.equal(again.text, '', `${path}: a 304 has no body`);
		}
	});

	test('the package\'s own files keep their URLs (static error pages, older links)', async () => {
		for (const u of ['/static/bootstrap-italia/css/bootstrap-italia.min.css', '/static/css/site.css', '/static/js/site.js'])
			assert.equal((await get(u)).status, 200, u);
	});
});
