'use strict';
// SAML helpers for the SPID/CIE tests (tests/integration/spid_*.test.js):
// start a login like a browser, answer it as an identity provider would
// (a Response built from tests/saml/templates/, changed by a mutation, signed
// with the xmlsec1 CLI), post it to the Assertion Consumer Service, and read
// the database to see what the Service Provider did.
//
// Environment: BASE_URL and TEST_VAR as for lib/http.js; TEST_IDP_DIR (default
// $TEST_VAR/test-idp), made by tests/saml/make-test-idp.sh and trusted by the
// stack through conf/ctl.sh's EXTRA_IDP_DIR. The demo IdP's key is read from
// $TEST_VAR/keys (the stack runs with DEMO_IDP=1).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const { execFile, execFileSync } = require('node:child_process');
const assert = require('node:assert/strict');
const { BASE_URL, TEST_VAR, setCookieList } = require('./http');

const TEST_IDP_DIR = process.env.TEST_IDP_DIR || path.join(TEST_VAR, 'test-idp');
const TEMPLATES = path.resolve(__dirname, '../../saml/templates');
const DB_SOCKET = path.join(TEST_VAR, 'db', 'run', 'mysqld.sock');

const SP_ENTITY = `${BASE_URL}/auth/metadata`;
const SP_CIE_ENTITY = `${BASE_URL}/auth/metadata/cie`;
const ACS = `${BASE_URL}/auth/acs`;
const SP_CERT = path.join(TEST_VAR, 'keys', 'sp.crt');

const NS = {
	samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
	saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
	md: 'urn:oasis:names:tc:SAML:2.0:metadata',
	ds: 'http://www.w3.org/2000/09/xmldsig#',
};
const URN = {
	entity: 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity',
	transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
	bearer: 'urn:oasis:names:tc:SAML:2.0:cm:bearer',
	basic: 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
	success: 'urn:oasis:names:tc:SAML:2.0:status:Success',
	responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
	authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
	rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
	sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
	rsaSha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
	sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
	hmacSha256: 'http://www.w3.org/2001/04/xmldsig-more#hmac-sha256',
	xslt: 'http://www.w3.org/TR/1999/REC-xslt-19991116',
};
const level = (n) => `https://www.spid.gov.it/SpidL${n}`;

// The identity providers the tests play. `key`/`cert` sign; `entity` is what
// the Issuer says. test and cie are trusted through TEST_IDP_DIR, demo through
// $TEST_VAR/idp; rogue is trusted by nobody.
const IDPS = {
	test: {
		entity: 'https://test-idp.invalid/idp', sso: 'https://test-idp.invalid/sso',
		federation: 'spid', key: path.join(TEST_IDP_DIR, 'keys', 'test-idp.key'),
		cert: path.join(TEST_IDP_DIR, 'keys', 'test-idp.crt'),
	},
	cie: {
		entity: 'https://cie-test-idp.invalid/idp', sso: 'https://cie-test-idp.invalid/sso',
		federation: 'cie', key: path.join(TEST_IDP_DIR, 'keys', 'cie-test-idp.key'),
		cert: path.join(TEST_IDP_DIR, 'keys', 'cie-test-idp.crt'),
	},
	demo: {
		entity: `${BASE_URL}/demo-idp`, sso: `${BASE_URL}/demo-idp/sso`, federation: 'spid',
		key: path.join(TEST_VAR, 'keys', 'demo-idp.key'), cert: path.join(TEST_VAR, 'keys', 'demo-idp.crt'),
	},
	rogue: {
		entity: 'https://rogue.invalid/idp', federation: 'spid',
		key: path.join(TEST_IDP_DIR, 'keys', 'rogue.key'), cert: path.join(TEST_IDP_DIR, 'keys', 'rogue.crt'),
	},
};

/* ------------------------------------------------------------ fiscal codes */

// The check character of an Italian fiscal code (the first 15 characters).
function fiscalCheck(cf15) {
	const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
	let sum = 0;
	for (let i = 0; i < 15; i++) {
		const c = cf15[i];
		const v = /[0-9]/.test(c) ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
		sum += i % 2 === 0 ? ODD[v] : v;   // 1-based odd positions use the odd table
	}
	return String.fromCharCode(65 + (sum % 26));
}
const fiscalCode = (cf15) => cf15 + fiscalCheck(cf15);

/* -------------------------------------------------------------- templates */

const tplCache = new Map();
function template(name) {
	if (!tplCache.has(name)) tplCache.set(name, fs.readFileSync(path.join(TEMPLATES, name), 'utf8').trim());
	return tplCache.get(name);
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// {{{x}}}: raw XML ('' when null); NAME="{{x}}": the attribute, escaped, or
// no attribute at all when x is null; {{x}} elsewhere: escaped text.
function render(tpl, fields) {
	const get = (k) => {
		if (!(k in fields)) throw new Error(`template field ${k} is not set`);
		return fields[k];
	};
	return tpl
		.replace(/\{\{\{(\w+)\}\}\}/g, (_, k) => (get(k) == null ? '' : String(get(k))))
		.replace(/ ([\w:]+)="\{\{(\w+)\}\}"/g, (_, a, k) => (get(k) == null ? '' : ` ${a}="${esc(get(k))}"`))
		.replace(/\{\{(\w+)\}\}/g, (_, k) => (get(k) == null ? '' : esc(get(k))));
}

/* ------------------------------------------------------------- XML edits */
// String surgery on the rendered message. The templates never nest an element
// inside one of the same name, so a non-greedy match finds the whole element.

function elementRe(qname) {
	const q = qname.replace(/[.:]/g, (c) => `\\${c}`);
	return new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}>)`);
}
function findElement(xml, qname) {
	const m = elementRe(qname).exec(xml);
	return m ? m[0] : null;
}
function mustFind(xml, qname) {
	const e = findElement(xml, qname);
	if (!e) throw new Error(`${qname} not in the message`);
	return e;
}
const removeElement = (xml, qname) => { mustFind(xml, qname); return xml.replace(elementRe(qname), ''); };
const replaceElement = (xml, qname, by) => { mustFind(xml, qname); return xml.replace(elementRe(qname), () => by); };
// <qname attrs/>: the element with its attributes, without children or text.
function emptyElement(xml, qname) {
	const e = mustFind(xml, qname);
	const open = /^<[^>]*?(?=\/?>)/.exec(e)[0];
	return xml.replace(e, () => `${open}/>`);
}
// Insert `what` right after the opening tag of qname, or at the very end of it.
function insertInto(xml, qname, what, { atEnd = false } = {}) {
	const e = mustFind(xml, qname);
	let out;
	if (e.endsWith('/>')) out = `${e.slice(0, -2)}>${what}</${qname}>`;
	else if (atEnd) out = `${e.slice(0, e.lastIndexOf('</'))}${what}${e.slice(e.lastIndexOf('</'))}`;
	else out = e.replace(/^<[^>]*>/, (m) => m + what);
	return xml.replace(e, () => out);
}
// Set (or remove, value null) attribute NAME on the first element qname.
function setAttr(xml, qname, name, value) {
	const e = mustFind(xml, qname);
	const open = /^<[^>]*?(?=\/?>)/.exec(e)[0];
	const re = new RegExp(` ${name}="[^"]*"`);
	let o = open.replace(re, '');
	if (value != null) o += ` ${name}="${esc(value)}"`;
	return xml.replace(e, () => o + e.slice(open.length));
}

/* ------------------------------------------------------------------ xmlsec */

let tmpDir;
let tmpN = 0;
function tmp(name) {
	if (!tmpDir) {
		tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spid-tests-'));
		process.on('exit', () => fs.rmSync(tmpDir, { recursive: true, force: true }));
	}
	return path.join(tmpDir, `${process.pid}-${++tmpN}-${name}`);
}

const ID_ATTRS = ['--id-attr:ID', `${NS.saml}:Assertion`, '--id-attr:ID', `${NS.samlp}:Response`];

// Signs the ds:Signature template found below the element whose ID is nodeId.
// key: { key, cert } of an IdP (RSA, cert copied into KeyInfo) or { hmac: file }.
function xmlsecSign(xml, nodeId, key) {
	const input = tmp('in.xml');
	const output = tmp('out.xml');
	fs.writeFileSync(input, xml);
	const keyArgs = key.hmac ? ['--hmackey', key.hmac] : ['--privkey-pem', `${key.key},${key.cert}`];
	try {
		execFileSync('xmlsec1', ['--sign', ...keyArgs, ...ID_ATTRS, '--node-id', nodeId, '--output', output, input],
			{ stdio: ['ignore', 'ignore', 'pipe'] });
		return fs.readFileSync(output, 'utf8');
	} catch (e) {
		throw new Error(`xmlsec1 --sign failed: ${e.stderr ? e.stderr.toString() : e.message}`);
	} finally {
		fs.rmSync(input, { force: true });
		fs.rmSync(output, { force: true });
	}
}

function xmlsecSignAsync(xml, nodeId, key) {
	const input = tmp('in.xml');
	const output = tmp('out.xml');
	fs.writeFileSync(input, xml);
	const keyArgs = key.hmac ? ['--hmackey', key.hmac] : ['--privkey-pem', `${key.key},${key.cert}`];
	return new Promise((resolve, reject) => {
		execFile('xmlsec1', ['--sign', ...keyArgs, ...ID_ATTRS, '--node-id', nodeId, '--output', output, input], (err, stdout, stderr) => {
			try {
				if (err) reject(new Error(`xmlsec1 --sign failed: ${stderr || err.message}`));
				else resolve(fs.readFileSync(output, 'utf8'));
			} finally {
				fs.rmSync(input, { force: true });
				fs.rmSync(output, { force: true });
			}
		});
	});
}

// Does xmlsec1 itself accept the signature below nodeId with the IdP's certificate?
function xmlsecVerifies(xml, nodeId, idp) {
	const input = tmp('verify.xml');
	fs.writeFileSync(input, xml);
	try {
		execFileSync('xmlsec1', ['--verify', '--pubkey-cert-pem', idp.cert, ...ID_ATTRS, '--node-id', nodeId, input],
			{ stdio: 'ignore' });
		return true;
	} catch {
		return false;
	} finally {
		fs.rmSync(input, { force: true });
	}
}

const KEYINFO = '<ds:KeyInfo><ds:X509Data><ds:X509Certificate></ds:X509Certificate></ds:X509Data></ds:KeyInfo>';
const XSLT_TRANSFORM = `<ds:Transform Algorithm="${URN.xslt}"><xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="1.0"><xsl:output method="xml" omit-xml-declaration="yes"/><xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy></xsl:template></xsl:stylesheet></ds:Transform>`;

// An empty ds:Signature for the element with ID `id`: exc-c14n, rsa-sha256,
// one Reference "#id" (enveloped + exc-c14n, sha256) unless told otherwise.
function signatureTemplate(id, o = {}) {
	return render(template('signature.xml'), {
		signatureMethod: o.signatureMethod || URN.rsaSha256,
		digestMethod: o.digestMethod || URN.sha256,
		uri: o.uri !== undefined ? o.uri : `#${id}`,
		extraTransform: o.extraTransform || null,
		keyInfo: o.keyInfo !== undefined ? o.keyInfo : KEYINFO,
	});
}

/* ------------------------------------------------------------------- login */

const hex = (n) => crypto.randomBytes(n).toString('hex');
const instant = (ms) => new Date(ms).toISOString();   // 2026-01-02T03:04:05.678Z

function setCookies(headers) {
	const all = setCookieList(headers);
	const out = {};
	for (const c of all) {
		const [pair, ...attrs] = c.split(';');
		const eq = pair.indexOf('=');
		out[pair.slice(0, eq).trim()] = { value: pair.slice(eq + 1).trim(), attrs: attrs.map((a) => a.trim()), raw: c };
	}
	return out;
}

// The query string of a URL as sent, split into [name, raw value] in order.
function rawParams(location) {
	const q = location.slice(location.indexOf('?') + 1);
	return q.split('&').map((p) => {
		const eq = p.indexOf('=');
		return [p.slice(0, eq), p.slice(eq + 1)];
	});
}

function inflateRedirect(rawValue) {
	const b64 = decodeURIComponent(rawValue.replace(/\+/g, ' '));
	return zlib.inflateRawSync(Buffer.from(b64, 'base64')).toString('utf8');
}

const attrOf = (xml, name) => {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
	return m ? m[1] : null;
};

// GET /auth/login?idp=…&level=…&next=… without following the redirect:
// the spid_login cookie, the RelayState, the AuthnRequest (inflated) and its ID.
async function startLogin({ idp = IDPS.test, level: lv = 2, next = '/servizi' } = {}) {
	const qs = new URLSearchParams({ idp: idp.entity, level: String(lv), next });
	const res = await fetch(`${BASE_URL}/auth/login?${qs}`, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
	await res.text();
	assert.equal(res.status, 302, `/auth/login for ${idp.entity}: expected 302, got ${res.status}`);
	const location = res.headers.get('location');
	assert.ok(location && location.startsWith(`${idp.sso}?`), `redirect to ${idp.sso}: ${location}`);
	const params = rawParams(location);
	const get = (n) => (params.find(([k]) => k === n) || [])[1];
	const cookies = setCookies(res.headers);
	assert.ok(cookies.spid_login && cookies.spid_login.value, 'spid_login cookie set');
	const requestXml = inflateRedirect(get('SAMLRequest'));
	const login = {
		idp, level: lv, next, location, params, setCookie: cookies.spid_login,
		cookie: cookies.spid_login.value,
		relayState: decodeURIComponent(get('RelayState')),
		requestXml,
		requestId: attrOf(requestXml, 'ID'),
		requestInstant: attrOf(requestXml, 'IssueInstant'),
	};
	assert.ok(login.requestId && login.requestInstant && login.relayState, 'request ID, IssueInstant and RelayState');
	return login;
}

/* ---------------------------------------------------------------- response */

const GOOD_CF = 'RSSMRA80A01H501U';   // Mario Rossi: the positive controls

// The fields of a good Response to LOGIN, at time now.
function defaultFields(login, { fiscalNumber = GOOD_CF, now = Date.now() } = {}) {
	const idp = login.idp;
	const cie = idp.federation === 'cie';
	const attrs = [
		{ name: 'name', value: 'Mario' },
		{ name: 'familyName', value: 'Rossi' },
		{ name: 'fiscalNumber', value: `TINIT-${fiscalNumber}` },
	];
	if (!cie) attrs.push({ name: 'email', value: 'mario.rossi@example.org' });
	return {
		responseId: `_r${hex(16)}`, responseVersion: '2.0', responseInstant: instant(now),
		destination: ACS, inResponseTo: login.requestId,
		issuer: idp.entity, issuerFormat: cie ? null : URN.entity,
		statusCode: URN.success, subStatus: null, statusMessage: null, extensions: null,
		assertionId: `_a${hex(16)}`, assertionVersion: '2.0', assertionInstant: instant(now),
		assertionIssuer: idp.entity, assertionIssuerFormat: cie ? null : URN.entity,
		nameId: `_n${hex(16)}`, nameIdFormat: URN.transient, nameQualifier: idp.entity,
		method: URN.bearer, scdInResponseTo: login.requestId, scdNotOnOrAfter: instant(now + 300000),
		recipient: ACS, notBefore: instant(now), notOnOrAfter: instant(now + 300000),
		audience: cie ? SP_CIE_ENTITY : SP_ENTITY, authnInstant: instant(now), sessionIndex: null,
		classRef: level(login.level), attributes: attrs,
		withAssertion: true,
	};
}

function renderAttributes(attrs) {
	return attrs.map((a) => render(template('attribute.xml'), {
		name: a.name, value: a.value, nameFormat: a.nameFormat === undefined ? URN.basic : a.nameFormat,
	})).join('');
}

// The Assertion element (with an empty Signature template when sign is set).
function assertionXml(f, sig) {
	return render(template('assertion.xml'), {
		...f,
		attributes: typeof f.attributes === 'string' ? f.attributes : renderAttributes(f.attributes),
		assertionSignature: sig ? signatureTemplate(f.assertionId, sig) : null,
	});
}

// Builds, mutates and signs a Response to LOGIN. Options:
//   fields            overrides of defaultFields() (null drops an attribute)
//   fiscalNumber      the fiscal code in the attributes (default GOOD_CF)
//   signAssertion     true (default) / false
//   signResponse      false (default) / true
//   assertionSig, responseSig   signature template options (signatureMethod,
//                     digestMethod, uri, extraTransform, keyInfo)
//   signer            the IdP whose key signs (default login.idp); hmacKey: a file
//   pre(xml, f)       edits before signing; post(xml, f) edits after signing
// Returns { xml, b64, fields }.
function prepareResponse(login, opts) {
	const f = { ...defaultFields(login, opts), ...(opts.fields || {}) };
	const signAssertion = opts.signAssertion !== false && f.withAssertion;
	const signResponse = !!opts.signResponse;
	let xml = render(template('response.xml'), {
		...f,
		responseSignature: signResponse ? signatureTemplate(f.responseId, opts.responseSig || {}) : null,
		assertionBlock: f.withAssertion ? assertionXml(f, signAssertion ? (opts.assertionSig || {}) : null) : null,
	});
	if (opts.pre) xml = opts.pre(xml, f);
	const signer = opts.hmacKey ? { hmac: opts.hmacKey } : (opts.signer || login.idp);
	const ids = [...(signAssertion ? [f.assertionId] : []), ...(signResponse ? [f.responseId] : [])];
	const done = (signed) => {
		const out = opts.post ? opts.post(signed, f) : signed;
		return { xml: out, b64: Buffer.from(out, 'utf8').toString('base64'), fields: f };
	};
	return { xml, ids, signer, done };
}

function buildResponse(login, opts = {}) {
	const p = prepareResponse(login, opts);
	let xml = p.xml;
	for (const id of p.ids) xml = xmlsecSign(xml, id, p.signer);   // the Assertion first
	return p.done(xml);
}

// The same, signing in child processes without blocking: to prepare a
// Response while something else runs.
async function buildResponseAsync(login, opts = {}) {
	const p = prepareResponse(login, opts);
	let xml = p.xml;
	for (const id of p.ids) xml = await xmlsecSignAsync(xml, id, p.signer);
	return p.done(xml);
}

// A non-Success Response (no Assertion), like an IdP reporting an error.
function errorResponse(login, { code, status = URN.responder, sub = URN.authnFailed, message, ...opts } = {}) {
	const msg = message !== undefined ? message : code !== undefined ? `ErrorCode nr${code}` : null;
	return buildResponse(login, {
		signAssertion: false,
		...opts,
		fields: {
			statusCode: status,
			subStatus: sub ? `<samlp:StatusCode Value="${esc(sub)}"/>` : null,
			statusMessage: msg != null ? `<samlp:StatusMessage>${esc(msg)}</samlp:StatusMessage>` : null,
			withAssertion: false,
			...(opts.fields || {}),
		},
	});
}

/* --------------------------------------------------------------------- ACS */

// POST /auth/acs. samlResponse/relayState undefined = field absent; cookie
// undefined = the login's cookie, null = none, a string = that cookie value;
// sid: a session cookie the browser also presents.
async function postAcs(login, { samlResponse, relayState, cookie, body, sid } = {}) {
	const form = new URLSearchParams();
	if (samlResponse !== undefined) form.set('SAMLResponse', samlResponse);
	const rs = relayState !== undefined ? relayState : login && login.relayState;
	if (rs !== undefined && rs !== null) form.set('RelayState', rs);
	const c = cookie !== undefined ? cookie : login && login.cookie;
	const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
	const jar = [];
	if (c) jar.push(`spid_login=${c}`);
	if (sid) jar.push(`sid=${sid}`);
	if (jar.length) headers.Cookie = jar.join('; ');
	const res = await fetch(ACS, {
		method: 'POST', headers, body: body !== undefined ? body : form.toString(), redirect: 'manual',
		signal: AbortSignal.timeout(15000),
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, text, cookies: setCookies(res.headers), location: res.headers.get('location') };
}

/* ---------------------------------------------------------- redirect binding */

// Does the HTTP-Redirect signature of URL (SAMLRequest|SAMLResponse, RelayState,
// SigAlg, Signature, as sent) verify with the public key of CERT, checked by
// `openssl dgst -sha256 -verify` over the exact octets "X=…&RelayState=…&SigAlg=…"?
function redirectSignatureVerifies(url, cert, { tamper = false } = {}) {
	const params = rawParams(url);
	const names = params.map(([k]) => k);
	const signed = params.filter(([k]) => k !== 'Signature').map(([k, v]) => `${k}=${v}`).join('&');
	const sig = (params.find(([k]) => k === 'Signature') || [])[1];
	if (!sig || names[names.length - 1] !== 'Signature') return false;
	const pub = tmp('pub.pem');
	const data = tmp('data');
	const sigFile = tmp('sig');
	fs.writeFileSync(pub, execFileSync('openssl', ['x509', '-in', cert, '-noout', '-pubkey']));
	fs.writeFileSync(data, tamper ? `${signed}x` : signed);
	fs.writeFileSync(sigFile, Buffer.from(decodeURIComponent(sig), 'base64'));
	try {
		execFileSync('openssl', ['dgst', '-sha256', '-verify', pub, '-signature', sigFile, data], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	} finally {
		for (const f of [pub, data, sigFile]) fs.rmSync(f, { force: true });
	}
}

/* ---------------------------------------------------------------- demo IdP */

function decodeHtml(s) {
	return s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
const inputValue = (html, name) => {
	const m = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
	return m ? decodeHtml(m[1]) : null;
};

// A whole login through the demo IdP over HTTP, as the browser would do it:
// /auth/login → /demo-idp/sso (pick citizen) → the self-submitting form → ACS.
// Returns { login, acs (the ACS answer), sid }.
async function demoLogin({ citizen: pick = 0, next = '/', sid } = {}) {
	const login = await startLogin({ idp: IDPS.demo, level: 2, next });
	const form = await fetch(login.location, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
	const formHtml = await form.text();
	assert.equal(form.status, 200, `demo IdP form: ${form.status}`);
	const q = inputValue(formHtml, 'q');
	assert.ok(q, 'the demo IdP form carries q');
	const answer = await fetch(`${BASE_URL}/demo-idp/sso`, {
		method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(10000),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ q, citizen: String(pick) }).toString(),
	});
	const answerHtml = await answer.text();
	assert.equal(answer.status, 200, `demo IdP answer: ${answer.status}`);
	assert.ok(answerHtml.includes(`<form class="vm-saml-post" method="post" action="${ACS}">`), 'a form posting to the ACS');
	const samlResponse = inputValue(answerHtml, 'SAMLResponse');
	const relayState = inputValue(answerHtml, 'RelayState');
	assert.equal(relayState, login.relayState, 'the demo IdP gives the RelayState back');
	const acs = await postAcs(login, { samlResponse, relayState, sid });
	assert.equal(acs.status, 303, `ACS after the demo IdP: ${acs.status}`);
	assert.ok(acs.cookies.sid && acs.cookies.sid.value, 'a sid cookie');
	return { login, acs, sid: acs.cookies.sid.value, samlResponse };
}

/* ---------------------------------------------------------------- database */

const sqlString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;

// Rows of a query as arrays of strings (NULL → null), through the root account.
function sql(query) {
	const out = execFileSync('mariadb', ['--no-defaults', `--socket=${DB_SOCKET}`, '-uroot', 'portale',
		'-N', '-B', '--default-character-set=utf8mb4', '-e', query], { encoding: 'utf8' });
	return out.split('\n').filter((l) => l.length).map((l) => l.split('\t').map((v) => (v === 'NULL' ? null : v)));
}

const AUTH_LOG_COLS = ['id', 'event', 'federation', 'idp_entity_id', 'request_id', 'response_id', 'response_issuer',
	'assertion_id', 'subject', 'level', 'fiscal_code', 'reason'];
function authLog(where) {
	return sql(`SELECT ${AUTH_LOG_COLS.join(', ')} FROM auth_log WHERE ${where} ORDER BY id`)
		.map((r) => Object.fromEntries(AUTH_LOG_COLS.map((c, i) => [c, r[i]])));
}
// The rows logged for the request, the 'request' row excluded.
const outcomes = (requestId) => authLog(`request_id = ${sqlString(requestId)} AND event <> 'request'`);
const lastLogId = () => Number((sql('SELECT COALESCE(MAX(id), 0) FROM auth_log')[0] || ['0'])[0]);

function citizen(cf) {
	const cols = ['id', 'fiscal_code', 'name', 'family_name', 'email', 'last_level', 'last_federation', 'last_idp', 'last_login_at'];
	const rows = sql(`SELECT ${cols.join(', ')} FROM citizens WHERE fiscal_code = ${sqlString(cf)}`);
	return rows.length ? Object.fromEntries(cols.map((c, i) => [c, rows[0][i]])) : null;
}

const sha256hex = (s) => crypto.createHash('sha256').update(s).digest('hex');
function sessionRow(sid) {
	const cols = ['citizen_id', 'level', 'federation', 'idp_entity_id', 'name_id', 'name_qualifier'];
	const rows = sql(`SELECT ${cols.join(', ')} FROM sessions WHERE id_hash = ${sqlString(sha256hex(sid))}`);
	return rows.length ? Object.fromEntries(cols.map((c, i) => [c, rows[0][i]])) : null;
}

function pendingRequest(id) {
	const cols = ['id', 'relay_state', 'federation', 'idp_entity_id', 'level', 'comparison', 'next_path', 'consumed_at'];
	const rows = sql(`SELECT ${cols.join(', ')} FROM saml_requests WHERE id = ${sqlString(id)}`);
	return rows.length ? Object.fromEntries(cols.map((c, i) => [c, rows[0][i]])) : null;
}

module.exports = {
	BASE_URL, TEST_VAR, TEST_IDP_DIR, SP_ENTITY, SP_CIE_ENTITY, ACS, SP_CERT, NS, URN, IDPS, GOOD_CF,
	level, fiscalCode, fiscalCheck, render, template, esc, hex, instant,
	findElement, removeElement, replaceElement, emptyElement, insertInto, setAttr,
	xmlsecSign, xmlsecVerifies, signatureTemplate, KEYINFO, XSLT_TRANSFORM,
	setCookies, rawParams, inflateRedirect, attrOf,
	startLogin, defaultFields, assertionXml, buildResponse, buildResponseAsync, errorResponse, postAcs,
	redirectSignatureVerifies, demoLogin, decodeHtml, inputValue,
	sql, sqlString, authLog, outcomes, lastLogId, citizen, sessionRow, sha256hex, pendingRequest,
};
