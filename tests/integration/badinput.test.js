'use strict';
// Malformed and hostile requests: each gets the right 4xx status and an error
// page in Italian in the site's look -- never a 500, never a dead worker.
const { test, describe, before } = require('node:test');
const assert = require('node:assert/strict');
const { get, raw, masterPid, workerPids, alive, assertErrorPage, h1Of } = require('./lib/http');

let master;
let workersBefore;

before(() => {
	master = masterPid();
	workersBefore = workerPids(master);
	assert.ok(workersBefore.length >= 1, 'the portal has workers');
});

// Both a fetch-style response ({status, text}) and a raw one are accepted.
function check(r, status, label) {
	assert.notEqual(r.status, 500, `${label}: 500`);
	assertErrorPage(r, status, label);
}

describe('unknown paths', () => {
	for (const path of ['/non-esiste', '/servizi/non-esiste', '/index.php', '/wp-login.php', '/.env', '/.git/config',
		'/cgi-bin/portal', '/servizi/certificato-anagrafico/x/y', '/_errore', '/_errore/500', '/_errore/abc'])
		test(`${path} answers 404`, async () => {
			check(await get(path), 404, path);
		});
});

describe('methods', () => {
	for (const method of ['DELETE', 'PUT', 'PATCH', 'OPTIONS'])
		test(`${method} /servizi answers 405 with Allow: GET, HEAD`, async () => {
			const r = await get('/servizi', { method, body: method === 'PUT' || method === 'PATCH' ? 'x=1' : undefined });
			check(r, 405, `${method} /servizi`);
			assert.equal(r.headers.get('allow'), 'GET, HEAD');
		});

	test('FOO /servizi (unknown method) answers 405 with Allow: GET, HEAD', async () => {
		const r = await raw('FOO', '/servizi');
		check(r, 405, 'FOO /servizi');
		assert.equal(r.headers.allow, 'GET, HEAD');
	});

	test('POST / answers 405 with Allow: GET, HEAD', async () => {
		const r = await get('/', { method: 'POST', body: 'q=test', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
		check(r, 405, 'POST /');
		assert.equal(r.headers.get('allow'), 'GET, HEAD');
	});

	test('POST /cerca answers 405', async () => {
		check(await get('/cerca', { method: 'POST', body: 'q=test' }), 405, 'POST /cerca');
	});

	test('TRACE answers 405, not 500', async () => {
		const r = await raw('TRACE', '/servizi');
		assert.equal(r.status, 405);
		assert.ok(!r.text.includes('TRACE /servizi'), 'the request is not echoed');
	});
});

describe('oversized requests', () => {
	test('a 10 KB path answers 414', async () => {
		check(await raw('GET', '/servizi/' + 'a'.repeat(10 * 1024)), 414, '10 KB path');
	});

	test('a 10 KB query string answers 414', async () => {
		check(await raw('GET', '/cerca?q=' + 'a'.repeat(10 * 1024)), 414, '10 KB query');
	});

	test('a path over the application limit (but under nginx\'s) is refused cleanly', async () => {
		const r = await raw('GET', '/servizi/' + 'a'.repeat(3000));
		assert.ok([404, 414].includes(r.status), `status ${r.status}`);
		check(r, r.status, '3 KB path');
	});

	test('a 10 KB header answers 400 in the site\'s look', async () => {
		const r = await raw('GET', '/', { headers: { 'X-Filler': 'a'.repeat(10 * 1024) } });
		assert.ok([400, 431].includes(r.status), `status ${r.status}`);
		check(r, r.status, '10 KB header');
	});

	test('a 2 MB POST to /cerca answers 413', async () => {
		const body = Buffer.alloc(2 * 1024 * 1024, 'a');
		const r = await raw('POST', '/cerca', {
			body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, timeout: 15000,
		});
		check(r, 413, '2 MB POST');
	});

	test('100 query parameters answer 400', async () => {
		const r = await get('/cerca?' + Array(100).fill('a=1').join('&'));
		check(r, 400, '100 parameters');
		assert.match(r.text, /troppi parametri/);
	});

	test('a handful of parameters is fine', async () => {
		const r = await get('/cerca?' + Array(20).fill('a=1').join('&') + '&q=imu');
		assert.equal(r.status, 200);
	});
});

describe('encoding', () => {
	for (const qs of ['q=%ZZ', 'q=%E0%A4%A', 'q=abc%', 'q=%4', '%ZZ=1'])
		test(`bad percent-encoding /cerca?${qs} answers 400`, async () => {
			const r = await raw('GET', `/cerca?${qs}`);
			check(r, 400, qs);
			assert.match(r.text, /codifica percentuale non valida/);
		});

	for (const qs of ['q=%C3%28', 'q=%FF', 'q=%C0%AF', 'q=%ED%A0%80', 'q=%F4%90%80%80'])
		test(`invalid UTF-8 /cerca?${qs} answers 400`, async () => {
			const r = await raw('GET', `/cerca?${qs}`);
			check(r, 400, qs);
			assert.match(r.text, /UTF-8/);
		});

	test('raw invalid UTF-8 bytes in the query answer 400', async () => {
		check(await raw('GET', '/cerca?q=\xff\xfe'), 400, 'raw \\xff');
	});

	test('valid UTF-8 in the query is fine', async () => {
		const r = await get('/cerca?q=' + encodeURIComponent('città perché €'));
		assert.equal(r.status, 200);
		assert.ok(h1Of(r.text).includes('città perché €'));
	});

	test('a NUL byte (%00) in the query answers 400', async () => {
		const r = await raw('GET', '/cerca?q=a%00b');
		check(r, 400, '%00 in query');
	});

	test('control characters in the query answer 400', async () => {
		check(await raw('GET', '/cerca?q=a%01b'), 400, '%01 in query');
		check(await raw('GET', '/cerca?q=a%7Fb'), 400, '%7F in query');
	});

	test('a NUL byte (%00) in the path answers 400 or 404', async () => {
		for (const path of ['/servizi%00', '/servizi/certificato%00anagrafico', '/%00']) {
			const r = await raw('GET', path);
			assert.ok([400, 404].includes(r.status), `${path}: status ${r.status}`);
			check(r, r.status, path);
		}
	});

	test('a raw NUL byte in the request line answers 400', async () => {
		const r = await raw('GET', '/servizi\x00/x');
		assert.equal(r.status, 400);
	});

	test('invalid UTF-8 in the path answers 400 or 404', async () => {
		for (const path of ['/%FF', '/servizi/%C3%28', '/servizi/\xff']) {
			const r = await raw('GET', path);
			assert.ok([400, 404].includes(r.status), `${path}: status ${r.status}`);
			check(r, r.status, path);
		}
	});

	test('bad percent-encoding in the path answers 400 or 404', async () => {
		for (const path of ['/servizi/%ZZ', '/servizi/abc%', '/%']) {
			const r = await raw('GET', path);
			assert.ok([400, 404].includes(r.status), `${path}: status ${r.status}`);
			check(r, r.status, path);
		}
	});
});

describe('slugs and parameters', () => {
	for (const path of ['/servizi/ABC', '/servizi/a.b', '/servizi/a_b', '/servizi/Certificato-Anagrafico',
		'/servizi/%C3%A0', '/servizi/' + 'a'.repeat(121), '/argomenti/a.b', '/uffici/UFFICIO', "/servizi/a'b"])
		test(`invalid slug ${path.length > 40 ? path.slice(0, 40) + '…' : path} answers 404`, async () => {
			check(await raw('GET', path), 404, path);
		});

	for (const p of ['0', '-1', 'abc', '1.5', '+1', '99999', '1e3', '0x2'])
		test(`/servizi?pagina=${p} answers 400`, async () => {
			const r = await raw('GET', `/servizi?pagina=${p}`);
			check(r, 400, `pagina=${p}`);
			assert.match(r.text, /pagina/);
		});

	test('an invalid argomento on /servizi answers 400', async () => {
		check(await get('/servizi?argomento=' + encodeURIComponent('tributi; DROP TABLE topics')), 400, 'argomento');
	});

	test('path traversal does not reach files outside the static roots', async () => {
		for (const path of ['/static/../conf/portal.hdf', '/static/..%2f..%2fconf/portal.hdf',
			'/static/bootstrap-italia/../../package.json', '/static/bootstrap-italia..%2f..%2fpackage.json',
			'/static/%2e%2e/conf/ctl.sh']) {
			const r = await raw('GET', path);
			assert.ok([400, 403, 404].includes(r.status), `${path}: status ${r.status}`);
			assert.ok(!r.text.includes('DB.User') && !r.text.includes('"dependencies"') && !r.text.includes('#!/usr/bin/env'),
				`${path}: file content leaked`);
		}
	});

	test('a path starting with // never redirects to another host', async () => {
		for (const path of ['//evil.example/', '//evil.example/servizi/', '/\\evil.example/']) {
			const r = await raw('GET', path);
			assert.notEqual(r.status, 500);
			const loc = r.headers.location;
			if (loc) assert.match(loc, /^\/(?![\/\\])/, `${path}: Location ${loc}`);
		}
	});
});

describe('after all of that', () => {
	test('/ still answers 200 and no worker died', async () => {
		const r = await get('/');
		assert.equal(r.status, 200);
		assert.ok(alive(master), 'the master is alive');
		assert.equal(masterPid(), master, 'the same master');
		assert.deepEqual(workerPids(master), workersBefore, 'the same worker processes');
	});
});
