'use strict';
// Helpers shared by the integration tests: the stack's address, fetch wrappers,
// a raw HTTP/1.1 client over node:net for requests fetch refuses to send, the
// portal's worker processes, HTML helpers and common assertions.
//
// Environment: BASE_URL (http://127.0.0.1:PORT) and TEST_VAR (the VAR dir of a
// stack started by conf/ctl.sh with tests/fixtures/catalogue.sql).

const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const assert = require('node:assert/strict');

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
const TEST_VAR = process.env.TEST_VAR || path.resolve(__dirname, '../../../var/test');
const base = new URL(BASE_URL);
const HOST = base.hostname;
const PORT = Number(base.port || 80);

const SITE_NAME = 'Comune di Valdimonte';

/* ------------------------------------------------------------------ fetch */

// GET (or another method) through fetch, never following redirects. Returns
// { status, headers, text, res }. Adds a timeout so a hung server fails the test.
async function get(urlPath, { method = 'GET', headers = {}, body, timeout = 10000 } = {}) {
	const res = await fetch(BASE_URL + urlPath, {
		method,
		headers,
		body,
		redirect: 'manual',
		signal: AbortSignal.timeout(timeout),
	});
	const text = method === 'HEAD' ? '' : await res.text();
	return { status: res.status, headers: res.headers, text, res };
}

// GET that must answer 200 with an HTML page; returns the body.
async function page(urlPath, opts) {
	const r = await get(urlPath, opts);
	assert.equal(r.status, 200, `${urlPath}: expected 200, got ${r.status}`);
	assert.match(r.headers.get('content-type') || '', /^text\/html; charset=utf-8$/i, urlPath);
	return r.text;
}

// The Set-Cookie headers of a fetch response, one string each. Headers'
// getSetCookie() is missing from the undici that Debian 12's node 18 uses:
// there the joined header is split before each "name=".
function setCookieList(headers) {
	if (typeof headers.getSetCookie === 'function')
		return headers.getSetCookie();
	const joined = headers.get('set-cookie');
	return joined ? joined.split(/,\s*(?=[^;,=\s]+=)/) : [];
}

/* ------------------------------------------------------------- raw client */

function decodeChunked(buf) {
	const parts = [];
	let i = 0;
	while (i < buf.length) {
		const eol = buf.indexOf('\r\n', i, 'latin1');
		if (eol < 0) break;
		const size = parseInt(buf.subarray(i, eol).toString('latin1').split(';')[0], 16);
		if (!Number.isFinite(size) || size === 0) break;
		parts.push(buf.subarray(eol + 2, eol + 2 + size));
		i = eol + 2 + size + 2;
	}
	return Buffer.concat(parts);
}

// Parse a complete HTTP/1.1 response (read until close).
function parseResponse(data, method) {
	const sep = data.indexOf('\r\n\r\n');
	if (sep < 0) throw new Error(`incomplete response (${data.length} bytes): ${data.toString('latin1').slice(0, 200)}`);
	const head = data.subarray(0, sep).toString('latin1');
	const lines = head.split('\r\n');
	const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
	if (!m) throw new Error(`bad status line: ${JSON.stringify(lines[0])}`);
	const headers = {};
	for (const line of lines.slice(1)) {
		const c = line.indexOf(':');
		if (c < 0) continue;
		const name = line.slice(0, c).trim().toLowerCase();
		const value = line.slice(c + 1).trim();
		headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	}
	let body = data.subarray(sep + 4);
	const rawBody = body;
	if (method !== 'HEAD' && /\bchunked\b/i.test(headers['transfer-encoding'] || '')) body = decodeChunked(body);
	return {
		status: Number(m[1]),
		statusText: m[2] || '',
		headers,
		rawBody,
		body,
		text: body.toString('utf8'),
	};
}

// Send raw bytes, read the whole response until the server closes.
// Write errors (the server may answer and close before a large body is sent)
// are ignored as long as a response arrives.
function rawSend(bytes, { timeout = 10000, method = 'GET' } = {}) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let done = false;
		const sock = net.connect({ host: HOST, port: PORT });
		const finish = (err) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			sock.destroy();
			const data = Buffer.concat(chunks);
			if (data.length) {
				try {
					return resolve(parseResponse(data, method));
				} catch (e) {
					if (!err) return reject(e);
				}
			}
			reject(err || new Error('connection closed without a response'));
		};
		const timer = setTimeout(() => finish(new Error(`no complete response within ${timeout} ms`)), timeout);
		sock.on('connect', () => {
			sock.write(bytes, () => {});
		});
		sock.on('data', (d) => chunks.push(d));
		sock.on('end', () => finish());
		sock.on('close', () => finish());
		sock.on('error', (e) => {
			// EPIPE/ECONNRESET after the server answered: keep what was read
			if (chunks.length && (e.code === 'EPIPE' || e.code === 'ECONNRESET')) return finish();
			finish(e);
		});
	});
}

// A raw request: target may be a string (sent as latin1 bytes, so any byte
// value 0-255 can be written with \xNN) or a Buffer.
function raw(method, target, { headers = {}, body, timeout } = {}) {
	const t = Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1');
	let head = '';
	const h = { Host: `${HOST}:${PORT}`, Connection: 'close', ...headers };
	if (body !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-length'))
		h['Content-Length'] = String(body.length);
	for (const [k, v] of Object.entries(h)) head += `${k}: ${v}\r\n`;
	const parts = [Buffer.from(`${method} `, 'latin1'), t, Buffer.from(` HTTP/1.1\r\n${head}\r\n`, 'latin1')];
	if (body !== undefined) parts.push(Buffer.isBuffer(body) ? body : Buffer.from(body));
	return rawSend(Buffer.concat(parts), { timeout, method });
}

/* --------------------------------------------------------------- processes */

function masterPid() {
	const f = path.join(TEST_VAR, 'run', 'portal.pid');
	const pid = Number(fs.readFileSync(f, 'utf8').trim());
	assert.ok(pid > 1, `bad pid in ${f}`);
	return pid;
}

// The master's child processes (its workers), sorted.
function workerPids(master = masterPid()) {
	let out = '';
	try {
		out = execFileSync('ps', ['--ppid', String(master), '-o', 'pid='], { encoding: 'utf8' });
	} catch (e) {
		if (e.status !== 1) throw e; // ps exits 1 when there is no such process
		out = e.stdout || '';
	}
	return out.split(/\s+/).filter(Boolean).map(Number).sort((a, b) => a - b);
}

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Poll fn() until it returns a truthy value or the deadline passes.
async function waitFor(fn, { timeout = 5000, interval = 25, what = 'condition' } = {}) {
	const end = Date.now() + timeout;
	let last;
	for (;;) {
		last = await fn();
		if (last) return last;
		if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
		await sleep(interval);
	}
}

/* -------------------------------------------------------------------- HTML */

function decodeEntities(s) {
	return s
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');
}

// Text content of an HTML fragment: tags removed, entities decoded, spaces collapsed.
function textOf(html) {
	return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function titleOf(html) {
	const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
	return m ? textOf(m[1]) : null;
}

function h1Of(html) {
	const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
	return m ? textOf(m[1]) : null;
}

function count(html, re) {
	return (html.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')) || []).length;
}

// Services linked from the cards of a list page, in order (slugs).
function serviceCards(html) {
	return [...html.matchAll(/<a href="\/servizi\/([a-z0-9-]+)" data-element="service-link">/g)].map((m) => m[1]);
}

function jsonLd(html) {
	return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/* -------------------------------------------------------------- assertions */

// An error page in the site's look: the header and footer of the site, in
// Italian, with the given status shown and the expected Italian title.
function assertSitePage(html, label = '') {
	assert.match(html, /<html lang="it">/, `${label}: not an Italian page`);
	assert.match(html, /class="it-header-wrapper"/, `${label}: no site header`);
	assert.ok(html.includes(SITE_NAME), `${label}: no site name`);
	assert.match(html, /<footer class="it-footer/, `${label}: no site footer`);
}

const ERROR_TITLES = {
	400: 'Richiesta non valida',
	404: 'Pagina non trovata',
	405: 'Metodo non consentito',
	413: 'Richiesta troppo grande',
	414: 'Indirizzo troppo lungo',
};

function assertErrorPage(r, status, label = '') {
	assert.equal(r.status, status, `${label}: expected ${status}, got ${r.status}`);
	const html = r.text;
	assertSitePage(html, label);
	if (ERROR_TITLES[status]) {
		assert.equal(h1Of(html), ERROR_TITLES[status], `${label}: error title`);
		assert.equal(titleOf(html), `${ERROR_TITLES[status]} - ${SITE_NAME}`, `${label}: <title>`);
	}
	assert.match(html, new RegExp(`class="vm-error-code"><span class="visually-hidden">Errore </span>${status}<`),
		`${label}: status not shown`);
}

function header(r, name) {
	return r.headers instanceof Headers ? r.headers.get(name) : r.headers[name.toLowerCase()];
}

module.exports = {
	BASE_URL, TEST_VAR, HOST, PORT, SITE_NAME,
	get, page, raw, rawSend, setCookieList,
	masterPid, workerPids, alive, sleep, waitFor,
	decodeEntities, textOf, titleOf, h1Of, count, serviceCards, jsonLd,
	assertSitePage, assertErrorPage, header, ERROR_TITLES,
};
