'use strict';
// HTTP behaviour: security headers, conditional GET with ETag, gzip, HEAD,
// content types.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { get, raw } = require('./lib/http');

const CSS = '/static/bootstrap-italia/css/bootstrap-italia.min.css';
const IDENTITY = { 'Accept-Encoding': 'identity' };
const GZIP = { 'Accept-Encoding': 'gzip' };

function assertSecurityHeaders(h, label) {
	const csp = h.get('content-security-policy');
	assert.ok(csp, `${label}: Content-Security-Policy`);
	assert.doesNotMatch(csp, /'unsafe-inline'/, `${label}: CSP allows 'unsafe-inline'`);
	assert.doesNotMatch(csp, /'unsafe-eval'/, `${label}: CSP allows 'unsafe-eval'`);
	assert.match(csp, /(^|;)\s*default-src 'self'/, `${label}: default-src 'self'`);
	assert.match(csp, /(^|;)\s*script-src 'self'\s*(;|$)/, `${label}: script-src 'self' only`);
	assert.match(csp, /(^|;)\s*frame-ancestors 'none'/, `${label}: frame-ancestors 'none'`);
	assert.match(csp, /(^|;)\s*object-src 'none'/, `${label}: object-src 'none'`);
	assert.equal(h.get('x-content-type-options'), 'nosniff', `${label}: nosniff`);
	assert.ok(h.get('referrer-policy'), `${label}: Referrer-Policy`);
	assert.match(h.get('referrer-policy'), /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
		`${label}: a restrictive Referrer-Policy`);
	assert.equal(h.has('server') ? /\d/.test(h.get('server')) : false, false, `${label}: no server version`);
}

describe('security headers', () => {
	for (const path of ['/', '/servizi', '/servizi/certificato-anagrafico', '/cerca?q=imu', '/faq'])
		test(`on the HTML page ${path}`, async () => {
			const r = await get(path);
			assert.equal(r.status, 200);
			assertSecurityHeaders(r.headers, path);
		});

	for (const path of [CSS, '/static/css/site.css', '/static/js/site.js', '/static/images/stemma-valdimonte.svg'])
		test(`on the static file ${path}`, async () => {
			const r = await get(path);
			assert.equal(r.status, 200);
			assertSecurityHeaders(r.headers, path);
		});

	for (const [path, status] of [['/pagina-inesistente', 404], ['/servizi?pagina=0', 400]])
		test(`on the error page ${path} (${status})`, async () => {
			const r = await get(path);
			assert.equal(r.status, status);
			assertSecurityHeaders(r.headers, path);
		});

	test('on a 405 (from the portal) and a 414 (from nginx)', async () => {
		const r = await get('/servizi', { method: 'DELETE' });
		assert.equal(r.status, 405);
		assertSecurityHeaders(r.headers, 'DELETE /servizi');
		const long = await raw('GET', '/' + 'a'.repeat(10 * 1024));
		assert.equal(long.status, 414);
		assert.ok(long.headers['content-security-policy'], '414: CSP');
		assert.equal(long.headers['x-content-type-options'], 'nosniff');
	});
});

describe('content types', () => {
	test('HTML pages are text/html; charset=utf-8', async () => {
		for (const path of ['/', '/servizi', '/faq', '/pagina-inesistente']) {
			const r = await get(path);
			assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8', path);
		}
	});

	test('static files have their types', async () => {
		assert.match((await get(CSS)).headers.get('content-type'), /^text\/css\b/);
		assert.match((await get('/static/js/site.js')).headers.get('content-type'), /^(application|text)\/javascript\b/);
		assert.match((await get('/static/images/favicon.svg')).headers.get('content-type'), /^image\/svg\+xml\b/);
	});

	test('HTML pages are not cached without revalidation', async () => {
		const r = await get('/servizi');
		assert.match(r.headers.get('cache-control') || '', /no-cache|no-store|max-age=0/);
	});
});

describe('conditional GET', () => {
	for (const path of ['/', '/servizi/certificato-anagrafico', '/faq'])
		test(`${path} has an ETag and If-None-Match answers 304 without a body`, async () => {
			const r = await get(path, { headers: IDENTITY });
			assert.equal(r.status, 200);
			const etag = r.headers.get('etag');
			assert.match(etag || '', /^"[^"]+"$/, 'a strong ETag');
			// the same content, the same tag
			const again = await get(path, { headers: IDENTITY });
			assert.equal(again.headers.get('etag'), etag, 'stable ETag');
			const c = await raw('GET', path, { headers: { 'If-None-Match': etag, ...IDENTITY } });
			assert.equal(c.status, 304);
			assert.equal(c.rawBody.length, 0, '304 has no body');
			assert.equal(c.headers.etag, etag);
		});

	test('a weak W/ tag (as browsers send after gzip) also answers 304', async () => {
		const r = await get('/servizi', { headers: GZIP });
		assert.equal(r.headers.get('content-encoding'), 'gzip');
		const etag = r.headers.get('etag');
		assert.match(etag || '', /^W\/"[^"]+"$/, 'gzip turns the tag weak');
		const c = await raw('GET', '/servizi', { headers: { 'If-None-Match': etag, ...GZIP } });
		assert.equal(c.status, 304);
		assert.equal(c.rawBody.length, 0);
		// and the weak form of the strong tag without gzip
		const plain = (await get('/servizi', { headers: IDENTITY })).headers.get('etag');
		const w = await raw('GET', '/servizi', { headers: { 'If-None-Match': `W/${plain}`, ...IDENTITY } });
		assert.equal(w.status, 304);
	});

	test('a list of tags containing the current one answers 304', async () => {
		const etag = (await get('/faq', { headers: IDENTITY })).headers.get('etag');
		const c = await get('/faq', { headers: { 'If-None-Match': `"abc", ${etag}`, ...IDENTITY } });
		assert.equal(c.status, 304);
	});

	test('a stale tag answers 200 with the full page', async () => {
		const r = await get('/faq', { headers: { 'If-None-Match': '"0000000000000000000000000000000000000000"' } });
		assert.equal(r.status, 200);
		assert.match(r.text, /<\/html>\s*$/);
	});

	test('different pages have different ETags', async () => {
		const a = (await get('/servizi', { headers: IDENTITY })).headers.get('etag');
		const b = (await get('/servizi?pagina=2', { headers: IDENTITY })).headers.get('etag');
		assert.notEqual(a, b);
	});
});

describe('gzip', () => {
	test('HTML is gzipped when the client accepts it', async () => {
		const r = await raw('GET', '/servizi', { headers: GZIP });
		assert.equal(r.status, 200);
		assert.equal(r.headers['content-encoding'], 'gzip');
		assert.match(r.headers.vary || '', /Accept-Encoding/i);
		const html = require('node:zlib').gunzipSync(r.body).toString('utf8');
		assert.match(html, /^<!doctype html>/i);
		assert.match(html, /<\/html>\s*$/);
	});

	test('the Bootstrap Italia CSS is gzipped', async () => {
		const r = await raw('GET', CSS, { headers: GZIP });
		assert.equal(r.status, 200);
		assert.equal(r.headers['content-encoding'], 'gzip');
		const css = require('node:zlib').gunzipSync(r.body);
		assert.ok(css.length > 100000, 'the whole stylesheet');
		assert.ok(r.body.length < css.length / 3, 'well compressed');
	});

	test('without Accept-Encoding nothing is compressed', async () => {
		const r = await raw('GET', '/servizi');
		assert.equal(r.status, 200);
		assert.equal(r.headers['content-encoding'], undefined);
		assert.match(r.text, /^<!doctype html>/i);
	});
});

describe('HEAD', () => {
	test('HEAD / answers 200 with no body and the same headers as GET', async () => {
		const g = await raw('GET', '/', { headers: IDENTITY });
		const h = await raw('HEAD', '/', { headers: IDENTITY });
		assert.equal(g.status, 200);
		assert.equal(h.status, 200);
		assert.equal(h.rawBody.length, 0, 'HEAD has no body');
		for (const name of ['content-type', 'content-length', 'etag', 'cache-control', 'content-security-policy',
			'x-content-type-options', 'referrer-policy', 'x-frame-options'])
			assert.equal(h.headers[name], g.headers[name], `header ${name}`);
		assert.equal(Number(g.headers['content-length']), g.body.length, 'GET Content-Length is the body length');
	});

	test('HEAD on a missing page answers 404 with no body', async () => {
		const h = await raw('HEAD', '/pagina-inesistente');
		assert.equal(h.status, 404);
		assert.equal(h.rawBody.length, 0);
	});

	test('HEAD with If-None-Match answers 304', async () => {
		const etag = (await raw('HEAD', '/faq', { headers: IDENTITY })).headers.etag;
		assert.ok(etag);
		const c = await raw('HEAD', '/faq', { headers: { 'If-None-Match': etag, ...IDENTITY } });
		assert.equal(c.status, 304);
	});
});
