'use strict';
// The production HTTPS configuration (conf/nginx-tls.conf.in through conf/ctl.sh's TLS_*
// variables, README "Production: HTTPS"), served by an nginx of its own in front of the
// running test stack's sockets: what AgID's checker can only check online (C.SI.3.2, 3.3,
// 5.1, 5.2) shown here with a throw-away CA made at test time, in the test's temp dir.
// The client trusts only that CA and names the server comune.valdimonte.example.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const tls = require('node:tls');
const https = require('node:https');
const { execFileSync } = require('node:child_process');
const { get, PORT, TEST_VAR } = require('./lib/http');

const ROOT = path.join(__dirname, '..', '..');
const NAME = 'comune.valdimonte.example';
const HTTP_PORT = PORT + 40;
const TLS_PORT = PORT + 41;
const ORIGIN = `https://${NAME}:${TLS_PORT}`;
let dir;
let ca;

function openssl(...args) {
	execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

// A CA, and a server certificate for NAME signed by it (P-256 keys, valid two days).
function makeCertificates() {
	openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
		'-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Throw-away test CA',
		'-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
	openssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
		'-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${NAME}`);
	fs.writeFileSync(path.join(dir, 'ext.cnf'), `subjectAltName=DNS:${NAME}\nbasicConstraints=CA:FALSE\n` +
		'keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n');
	openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
		'-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf');
	return fs.readFileSync(path.join(dir, 'ca.pem'));
}

// conf/ctl.sh's nginx alone, with the TLS variables, on a VAR of its own whose run/ is the
// test stack's (the programs' sockets).
function ctl(cmd) {
	const env = {
		...process.env, VAR: path.join(dir, 'var'), PORT: String(HTTP_PORT), TLS_PORT: String(TLS_PORT),
		TLS_CERT: path.join(dir, 'server.pem'), TLS_KEY: path.join(dir, 'server.key'),
		TLS_CHAIN: path.join(dir, 'ca.pem'), BASE_URL: ORIGIN, DEMO_IDP: '0',
	};
	return execFileSync(path.join(ROOT, 'conf/ctl.sh'), [cmd], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// One TLS handshake; resolves { socket } or { error }.
function handshake(opts) {
	return new Promise((resolve) => {
		const s = tls.connect({ host: '127.0.0.1', port: TLS_PORT, servername: NAME, ca, ...opts }, () => {
			const out = { protocol: s.getProtocol(), authorized: s.authorized, ticket: s.getTLSTicket(), cert: s.getPeerCertificate() };
			s.end();
			resolve(out);
		});
		s.setTimeout(5000, () => s.destroy(new Error('timeout')));
		s.on('error', (error) => resolve({ error }));
	});
}

function httpsGet(urlPath) {
	return new Promise((resolve, reject) => {
		const req = https.get({ host: '127.0.0.1', port: TLS_PORT, path: urlPath, servername: NAME, ca, agent: false,
			headers: { host: `${NAME}:${TLS_PORT}` }, timeout: 10000 }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c) => { body += c; });
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
	});
}

describe('production HTTPS (conf/nginx-tls.conf.in) with a throw-away CA', () => {
	before(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-tls-'));
		ca = makeCertificates();
		fs.mkdirSync(path.join(dir, 'var'));
		fs.symlinkSync(path.join(TEST_VAR, 'run'), path.join(dir, 'var', 'run'));
		ctl('nginx-start');
	});
	after(() => {
		if (!dir) return;
		try { ctl('nginx-stop'); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
	});

	test('the certificate verifies against the CA, for the institutional name only', async () => {
		const ok = await handshake({});
		assert.equal(ok.error, undefined, `handshake: ${ok.error}`);
		assert.equal(ok.authorized, true);
		assert.equal(ok.cert.subject.CN, NAME);
		const other = await handshake({ servername: 'altro.example', checkServerIdentity: tls.checkServerIdentity.bind(null, 'altro.example') });
		assert.ok(other.error, 'another name does not verify');
		const untrusted = await handshake({ ca: undefined });
		assert.ok(untrusted.error, 'without the CA the certificate is not trusted');
	});

	test('TLS 1.2 and 1.3 only: the server refuses 1.0 and 1.1, and weak suites', async () => {
		// SECLEVEL=0: our client offers the old versions, so the refusal is the server's
		for (const v of ['TLSv1', 'TLSv1.1']) {
			const r = await handshake({ minVersion: v, maxVersion: v, ciphers: 'DEFAULT:@SECLEVEL=0' });
			assert.equal(r.error?.code, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', `${v}: ${r.error}`);
		}
		for (const v of ['TLSv1.2', 'TLSv1.3']) {
			const r = await handshake({ minVersion: v, maxVersion: v });
			assert.equal(r.protocol, v, `${v}: ${r.error}`);
		}
		const cbc = await handshake({ maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA' });
		assert.equal(cbc.error?.code, 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', `CBC suites are refused: ${cbc.error}`);
		const t12 = await handshake({ maxVersion: 'TLSv1.2' });
		assert.equal(t12.ticket, undefined, 'no session ticket');
	});

	test('HSTS and the security headers on every answer; the pages the checker reads answer 200', async () => {
		for (const p of ['/accessibilita', '/privacy', '/note-legali', '/', '/auth/login']) {
			const r = await httpsGet(p);
			assert.equal(r.status, 200, `${p} over HTTPS`);
			assert.match(r.headers['strict-transport-security'] || '', /^max-age=(\d+)/, `${p}: HSTS`);
			assert.ok(Number(/max-age=(\d+)/.exec(r.headers['strict-transport-security'])[1]) >= 31536000, 'HSTS for a year or more');
			assert.match(r.headers['content-security-policy'] || '', /default-src 'self'/, `${p}: CSP`);
			assert.equal(r.headers['x-frame-options'], 'DENY');
			assert.equal(r.headers['x-content-type-options'], 'nosniff');
		}
		const plain = await get('/privacy');
		assert.equal(plain.headers.get('strict-transport-security'), null, 'no HSTS over the plain-HTTP test stack');
	});

	test('plain HTTP redirects to the same path over HTTPS', async () => {
		const r = await fetch(`http://127.0.0.1:${HTTP_PORT}/privacy?x=1`, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
		assert.equal(r.status, 301);
		assert.equal(r.headers.get('location'), `${ORIGIN}/privacy?x=1`);
	});
});
