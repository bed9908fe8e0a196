'use strict';
// The SPID/CIE endpoints other than the ACS's judgement: the login chooser
// (/auth/login), the AuthnRequest sent by HTTP-Redirect (SPID.md §1.1, §1.2),
// the SP metadata (/auth/metadata, /auth/metadata/cie: signature, SAML
// schema, SPID/CIE extensions), sessions (/auth/me, cookies, a new session id
// at each login) and logout (CSRF, LogoutRequest to the demo IdP, its
// LogoutResponse back on /auth/slo).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { get, page, assertSitePage, decodeEntities, textOf } = require('./lib/http');
const S = require('./lib/saml');

const { BASE_URL, IDPS, SP_ENTITY, SP_CIE_ENTITY, SP_CERT, URN, startLogin, buildResponse, postAcs, pendingRequest } = S;

// The SAML 2.0 metadata schema as Debian's opensaml-schemas ships it, and the
// W3C schemas it imports (xmltooling-schemas). Missing files fail the tests.
const METADATA_XSD = '/usr/share/xml/opensaml/saml-schema-metadata-2.0.xsd';
const W3C_XSD = {
	'http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/xmldsig-core-schema.xsd': '/usr/share/xml/xmltooling/xmldsig-core-schema.xsd',
	'http://www.w3.org/TR/2002/REC-xmlenc-core-20021210/xenc-schema.xsd': '/usr/share/xml/xmltooling/xenc-schema.xsd',
	'http://www.w3.org/2001/xml.xsd': '/usr/share/xml/xmltooling/xml.xsd',
};

const SPID_IDPS = [`${BASE_URL}/demo-idp`, IDPS.test.entity].sort();

let tmpDir;
before(() => { tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spid-endpoints-')); });
after(() => { if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true }); });

const cookieHeader = (sid) => ({ Cookie: `sid=${sid}` });
async function me(sid) {
	const r = await get('/auth/me', { headers: sid ? cookieHeader(sid) : {} });
	assert.equal(r.status, 200);
	assert.match(r.headers.get('content-type'), /^application\/json/);
	return JSON.parse(r.text);
}

/* ---------------------------------------------------------------- chooser */

// The SPID IdPs of the chooser, in the order shown.
function chooserIdps(html) {
	return [...html.matchAll(/<a class="vm-idp" href="([^"]+)"/g)]
		.map((m) => new URL(decodeEntities(m[1]), BASE_URL).searchParams.get('idp'));
}

describe('/auth/login: the chooser', () => {
	test('lists exactly the trusted SPID IdPs (demo and test IdP), not the CIE ones', async () => {
		const html = await page('/auth/login');
		assertSitePage(html, '/auth/login');
		assert.deepEqual(chooserIdps(html).sort(), SPID_IDPS);
		assert.ok(html.includes('Demo IdP (solo prova)') && html.includes('Test IdP (solo test)'), 'display names');
		assert.ok(!chooserIdps(html).some((e) => /cie/i.test(e)), 'no CIE IdP among the SPID ones');
	});

	test('the SPID IdPs come in varying order', async () => {
		const orders = new Set();
		let n = 0;
		// Two IdPs: the chance of 60 identical shuffles is 2^-59.
		while (n < 60 && (n < 20 || orders.size < 2)) {
			orders.add(chooserIdps(await page('/auth/login')).join(' '));
			n++;
		}
		assert.ok(orders.size > 1, `one order only in ${n} requests: ${[...orders]}`);
	});

	test('has the SPID links and "Entra con CIE"', async () => {
		const html = await page('/auth/login');
		const links = [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decodeEntities(m[1]), text: textOf(m[2]) }));
		for (const text of ['Maggiori informazioni', 'Non hai SPID?', 'Serve aiuto?']) {
			const l = links.find((x) => x.text === text);
			assert.ok(l, `link "${text}"`);
			assert.match(l.href, /^https:\/\/www\.spid\.gov\.it(\/|$)/, `"${text}" goes to spid.gov.it`);
		}
		assert.ok(textOf(html).includes('Entra con SPID'), '"Entra con SPID"');
		// one button per trusted CIE IdP (the test stack trusts production and the test one),
		// named after the IdP when there is more than one
		const cies = links.filter((x) => /^Entra con CIE( \(.+\))?$/.test(x.text));
		assert.equal(cies.length, 2, 'a "Entra con CIE" link for each CIE IdP');
		for (const cie of cies) {
			const u = new URL(cie.href, BASE_URL);
			assert.equal(u.pathname, '/auth/login');
			assert.match(u.searchParams.get('idp'), /cie/i, 'the CIE button goes to a CIE IdP');
		}
	});

	test('an unknown IdP answers 400', async () => {
		const r = await get(`/auth/login?idp=${encodeURIComponent('https://evil.example/idp')}&level=2`);
		assert.equal(r.status, 400);
		assertSitePage(r.text, 'unknown idp');
		assert.equal(r.headers.get('location'), null);
	});

	for (const lv of ['4', '0', '22', '-1', 'x'])
		test(`level=${lv} answers 400`, async () => {
			const r = await get(`/auth/login?idp=${encodeURIComponent(IDPS.test.entity)}&level=${lv}`);
			assert.equal(r.status, 400);
			assertSitePage(r.text, `level ${lv}`);
		});
});

describe('/auth/login: next is a local path only', () => {
	for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'evil.example/x'])
		test(`next=${next} is stored as "/"`, async () => {
			const login = await startLogin({ next });
			assert.equal(pendingRequest(login.requestId).next_path, '/');
		});

	test('a local next (/servizi?x=1) is kept', async () => {
		const login = await startLogin({ next: '/servizi?x=1' });
		assert.equal(pendingRequest(login.requestId).next_path, '/servizi?x=1');
	});

	for (const next of ['https://evil.example', '//evil.example'])
		test(`after a login started with next=${next} the redirect goes to "/"`, async () => {
			const login = await startLogin({ next });
			const r = await postAcs(login, { samlResponse: buildResponse(login).b64 });
			assert.equal(r.status, 303);
			assert.equal(r.headers.get('location'), '/');
		});
});

/* ------------------------------------------------------------ AuthnRequest */

const attr = (xml, el, name) => {
	const m = new RegExp(`<${el}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml);
	return m ? m[1] : null;
};

describe('/auth/login?idp=…: the AuthnRequest (HTTP-Redirect)', () => {
	let login;
	let res;
	before(async () => {
		const qs = new URLSearchParams({ idp: IDPS.test.entity, level: '2', next: '/servizi' });
		res = await get(`/auth/login?${qs}`);
		login = await startLogin();
	});

	test('a 302 (not 303) to the IdP\'s SSO Location', () => {
		assert.equal(res.status, 302);
		assert.ok(res.headers.get('location').startsWith(`${IDPS.test.sso}?`));
		assert.equal(res.headers.get('cache-control'), 'no-store');
	});

	test('parameters SAMLRequest, RelayState, SigAlg, Signature in this order, strictly percent-encoded', () => {
		assert.deepEqual(login.params.map(([k]) => k), ['SAMLRequest', 'RelayState', 'SigAlg', 'Signature']);
		for (const [k, v] of login.params) {
			assert.match(v, /^(?:[A-Za-z0-9_.~-]|%[0-9A-F]{2})+$/, `${k} encoded with uppercase hex, unreserved left as is`);
		}
		assert.equal(decodeURIComponent(login.params[2][1]), URN.rsaSha256);
	});

	test('RelayState is an opaque token (no "http"), the one stored for the request', async () => {
		assert.match(login.relayState, /^[A-Za-z0-9_-]{32,64}$/);
		assert.ok(!/http/i.test(login.relayState));
		assert.equal(pendingRequest(login.requestId).relay_state, login.relayState);
		const other = await startLogin();
		assert.notEqual(other.relayState, login.relayState, 'a new token per login');
	});

	test('the spid_login cookie is HttpOnly, for the whole site, short-lived', () => {
		const c = login.setCookie;
		assert.ok(c.attrs.includes('HttpOnly'), c.raw);
		assert.ok(c.attrs.includes('Path=/'), c.raw);
		const age = c.attrs.find((a) => /^Max-Age=/i.test(a));
		assert.ok(age && Number(age.split('=')[1]) > 0 && Number(age.split('=')[1]) <= 3600, c.raw);
		assert.match(c.value, /^[A-Za-z0-9_-]{32,}$/);
	});

	test('has every SPID item (ID, Version, IssueInstant, Destination, ForceAuthn, indexes, Issuer, NameIDPolicy, RequestedAuthnContext)', () => {
		const x = login.requestXml;
		const root = 'samlp:AuthnRequest';
		assert.match(x, /<samlp:AuthnRequest\b/);
		assert.match(attr(x, root, 'ID'), /^[A-Za-z_][A-Za-z0-9_.-]{15,}$/, 'ID: an xs:ID');
		assert.equal(attr(x, root, 'Version'), '2.0');
		const t = attr(x, root, 'IssueInstant');
		assert.match(t, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
		assert.ok(Math.abs(Date.parse(t) - Date.now()) < 60000, `IssueInstant ${t} is now`);
		assert.equal(attr(x, root, 'Destination'), IDPS.test.sso);
		assert.equal(attr(x, root, 'ForceAuthn'), 'true');
		assert.equal(attr(x, root, 'AssertionConsumerServiceIndex'), '0');
		assert.equal(attr(x, root, 'AttributeConsumingServiceIndex'), '0');
		assert.equal(attr(x, root, 'AssertionConsumerServiceURL'), null, 'no ACS URL next to the index');
		assert.equal(attr(x, root, 'ProtocolBinding'), null);
		assert.equal(attr(x, root, 'IsPassive'), null, 'no IsPassive');
		assert.equal(attr(x, 'saml:Issuer', 'Format'), URN.entity);
		assert.equal(attr(x, 'saml:Issuer', 'NameQualifier'), SP_ENTITY);
		assert.match(x, new RegExp(`<saml:Issuer[^>]*>${SP_ENTITY}</saml:Issuer>`));
		assert.equal((x.match(/<samlp:NameIDPolicy\b/g) || []).length, 1);
		assert.equal(attr(x, 'samlp:NameIDPolicy', 'Format'), URN.transient);
		assert.equal(attr(x, 'samlp:NameIDPolicy', 'AllowCreate'), null, 'no AllowCreate');
		assert.equal((x.match(/<samlp:RequestedAuthnContext\b/g) || []).length, 1);
		assert.equal(attr(x, 'samlp:RequestedAuthnContext', 'Comparison'), 'minimum');
		assert.deepEqual([...x.matchAll(/<saml:AuthnContextClassRef>([^<]*)</g)].map((m) => m[1]), [S.level(2)]);
		assert.ok(!/<ds:Signature/.test(x), 'no XML signature with HTTP-Redirect');
	});

	test('level 3 asks SpidL3 with ForceAuthn', async () => {
		const l3 = await startLogin({ level: 3 });
		assert.equal(attr(l3.requestXml, 'samlp:AuthnRequest', 'ForceAuthn'), 'true');
		assert.match(l3.requestXml, /<saml:AuthnContextClassRef>https:\/\/www\.spid\.gov\.it\/SpidL3</);
	});

	test('a CIE request names our CIE entityID and the CIE SSO Location', async () => {
		const c = await startLogin({ idp: IDPS.cie, level: 3 });
		assert.equal(attr(c.requestXml, 'samlp:AuthnRequest', 'Destination'), IDPS.cie.sso);
		assert.equal(attr(c.requestXml, 'samlp:AuthnRequest', 'ForceAuthn'), 'true');
		assert.match(c.requestXml, new RegExp(`<saml:Issuer[^>]*>${SP_CIE_ENTITY}</saml:Issuer>`));
	});

	test('the query signature verifies with the SP certificate (openssl dgst -sha256 -verify)', () => {
		assert.ok(S.redirectSignatureVerifies(login.location, SP_CERT), 'signature over SAMLRequest=…&RelayState=…&SigAlg=…');
		assert.ok(!S.redirectSignatureVerifies(login.location, SP_CERT, { tamper: true }), 'and not over other octets');
		assert.ok(!S.redirectSignatureVerifies(login.location, IDPS.test.cert), 'and not with another key');
	});
});

/* --------------------------------------------------------------- metadata */

function fetchMetadata(p) {
	return get(p).then((r) => {
		assert.equal(r.status, 200, `${p}: ${r.status}`);
		assert.equal(r.headers.get('content-type'), 'application/samlmetadata+xml', `${p}: content type`);
		return r.text;
	});
}

function write(name, text) {
	const f = path.join(tmpDir, name);
	fs.writeFileSync(f, text);
	return f;
}

function xmlsecVerifyMetadata(file, cert) {
	try {
		execFileSync('xmlsec1', ['--verify', '--pubkey-cert-pem', cert, '--id-attr:ID', 'urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor', file],
			{ stdio: ['ignore', 'ignore', 'pipe'] });
		return true;
	} catch {
		return false;
	}
}

// xmllint against the SAML metadata schema, its W3C imports resolved locally.
function schemaCheck(file) {
	assert.ok(fs.existsSync(METADATA_XSD), `${METADATA_XSD} is missing: install the Debian package opensaml-schemas`);
	for (const local of Object.values(W3C_XSD)) assert.ok(fs.existsSync(local), `${local} is missing: install xmltooling-schemas`);
	const catalog = write('catalog.xml', `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n${
		Object.entries(W3C_XSD).map(([url, local]) => `<system systemId="${url}" uri="file://${local}"/>`).join('\n')}\n</catalog>\n`);
	// xmllint reports "FILE validates" (or the errors) on stderr
	const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', METADATA_XSD, file],
		{ env: { ...process.env, XML_CATALOG_FILES: catalog }, encoding: 'utf8' });
	return { ok: r.status === 0, out: `${r.stdout || ''}${r.stderr || ''}` };
}

describe('/auth/metadata and /auth/metadata/cie', () => {
	for (const [p, entity] of [['/auth/metadata', SP_ENTITY], ['/auth/metadata/cie', SP_CIE_ENTITY]]) {
		test(`${p}: 200 application/samlmetadata+xml, entityID ${entity}`, async () => {
			const xml = await fetchMetadata(p);
			assert.match(xml, new RegExp(`<md:EntityDescriptor\\b[^>]*\\sentityID="${entity.replace(/[.]/g, '\\.')}"`));
		});

		test(`${p}: the signature verifies with the SP certificate (xmlsec1), not with another`, async () => {
			const f = write(`${path.basename(p)}.xml`, await fetchMetadata(p));
			assert.ok(xmlsecVerifyMetadata(f, SP_CERT), 'xmlsec1 --verify with sp.crt');
			assert.ok(!xmlsecVerifyMetadata(f, IDPS.test.cert), 'xmlsec1 --verify with another certificate fails');
		});

		test(`${p}: valid against the SAML metadata schema (xmllint)`, async () => {
			const xml = await fetchMetadata(p);
			const r = schemaCheck(write(`${path.basename(p)}-schema.xml`, xml));
			assert.ok(r.ok && /validates/.test(r.out) && !/fail|error/i.test(r.out), `xmllint --schema: ${r.out}`);
			// the check has teeth: the same document with a foreign element where
			// the schema allows none is refused
			const broken = schemaCheck(write(`${path.basename(p)}-broken.xml`, xml.replace(/<md:SPSSODescriptor\b/, '<md:Bogus/><md:SPSSODescriptor')));
			assert.ok(!broken.ok, 'a schema-invalid document is refused');
		});
	}

	test('SPID metadata: spid:IPACode and spid:Public in the "other" contact, no billing contact', async () => {
		const xml = await fetchMetadata('/auth/metadata');
		assert.match(xml, /xmlns:spid="https:\/\/spid\.gov\.it\/saml-extensions"/);
		const other = /<md:ContactPerson\b[^>]*contactType="other"[^>]*>([\s\S]*?)<\/md:ContactPerson>/.exec(xml);
		assert.ok(other, 'a ContactPerson contactType="other"');
		assert.match(other[1], /<spid:IPACode>[^<]+<\/spid:IPACode>/);
		assert.match(other[1], /<spid:Public\s*\/>|<spid:Public><\/spid:Public>/);
		assert.ok(!/<spid:Private/.test(xml), 'not spid:Private');
		assert.ok(!/contactType="billing"/.test(xml), 'no billing contact');
		assert.ok(!/contactType="administrative"/.test(xml), 'no CIE contact in the SPID metadata');
		assert.match(xml, /AuthnRequestsSigned="true"/);
		assert.match(xml, /WantAssertionsSigned="true"/);
		assert.match(xml, new RegExp(`<md:AssertionConsumerService\\b[^>]*Location="${S.ACS.replace(/[.]/g, '\\.')}"`));
	});

	test('CIE metadata: contactType administrative with cie: extensions', async () => {
		const xml = await fetchMetadata('/auth/metadata/cie');
		assert.match(xml, /xmlns:cie="https:\/\/www\.cartaidentita\.interno\.gov\.it\/saml-extensions"/);
		const adm = /<md:ContactPerson\b[^>]*contactType="administrative"[^>]*>([\s\S]*?)<\/md:ContactPerson>/.exec(xml);
		assert.ok(adm, 'a ContactPerson contactType="administrative"');
		assert.match(adm[1], /<md:Extensions>[\s\S]*<cie:Public\s*\/>[\s\S]*<\/md:Extensions>/);
		assert.match(adm[1], /<cie:IPACode>[^<]+<\/cie:IPACode>/);
		assert.match(adm[1], /<cie:Municipality>[^<]+<\/cie:Municipality>/);
		assert.match(adm[1], /<md:Company>[^<]+<\/md:Company>/);
		assert.match(adm[1], /<md:EmailAddress>[^<]+<\/md:EmailAddress>/);
		assert.ok(!/<spid:/.test(xml), 'no spid: extensions in the CIE metadata');
	});
});

/* ---------------------------------------------------------------- sessions */

describe('sessions', () => {
	test('/auth/me without a session: logged false', async () => {
		assert.deepEqual(await me(null), { logged: false });
		assert.deepEqual(await me('x'.repeat(43)), { logged: false });
	});

	test('a login through the demo IdP: sid HttpOnly, SameSite=Lax; /auth/me knows the person', async () => {
		const { acs, sid } = await S.demoLogin({ citizen: 1, next: '/servizi' });
		assert.equal(acs.location, '/servizi');
		const c = acs.cookies.sid;
		assert.ok(c.attrs.includes('HttpOnly'), c.raw);
		assert.ok(c.attrs.includes('SameSite=Lax'), c.raw);
		assert.ok(c.attrs.includes('Path=/'), c.raw);
		assert.deepEqual(await me(sid), { logged: true, name: 'Giulia', family_name: 'Bianchi' });
		assert.equal(acs.cookies.spid_login && acs.cookies.spid_login.value, '', 'the login cookie is cleared');
	});

	test('the session id changes at each login; the old cookie no longer works', async () => {
		const first = await S.demoLogin({ citizen: 2 });
		assert.equal((await me(first.sid)).logged, true);
		const second = await S.demoLogin({ citizen: 2, sid: first.sid });
		assert.notEqual(second.sid, first.sid);
		assert.deepEqual(await me(first.sid), { logged: false }, 'the old session is gone');
		assert.equal(S.sessionRow(first.sid), null, 'no sessions row for the old cookie');
		assert.deepEqual(await me(second.sid), { logged: true, name: 'Luca', family_name: 'Verdi' });
	});
});

/* ------------------------------------------------------------------ logout */

describe('logout', () => {
	let sid;
	let nameId;
	before(async () => {
		({ sid } = await S.demoLogin({ citizen: 3 }));
		nameId = S.sessionRow(sid).name_id;
	});

	test('GET /auth/logout shows a form with a csrf field', async () => {
		const r = await get('/auth/logout', { headers: cookieHeader(sid) });
		assert.equal(r.status, 200);
		assertSitePage(r.text, 'logout form');
		assert.match(r.text, /<form method="post" action="\/auth\/logout">/);
		assert.match(S.inputValue(r.text, 'csrf') || '', /^[0-9a-f]{64}$/);
		assert.match(textOf(r.text), /Sofia Ferrari/);
	});

	test('POST /auth/logout without or with a wrong csrf: 403, the session still works', async () => {
		for (const body of ['', 'csrf=', `csrf=${'0'.repeat(64)}`]) {
			const r = await get('/auth/logout', {
				method: 'POST', body,
				headers: { ...cookieHeader(sid), 'Content-Type': 'application/x-www-form-urlencoded' },
			});
			assert.equal(r.status, 403, `body "${body}"`);
			assertSitePage(r.text, 'logout without csrf');
			assert.equal((await me(sid)).logged, true, 'the session survives');
		}
	});

	test('POST /auth/logout with csrf: the session ends, a signed LogoutRequest goes to the demo IdP, /auth/slo says "Sei uscito"', async () => {
		const form = await get('/auth/logout', { headers: cookieHeader(sid) });
		const csrf = S.inputValue(form.text, 'csrf');
		const marker = S.lastLogId();
		const r = await get('/auth/logout', {
			method: 'POST', body: new URLSearchParams({ csrf }).toString(),
			headers: { ...cookieHeader(sid), 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		assert.equal(r.status, 302);
		const sidCookie = S.setCookies(r.headers).sid;
		assert.ok(sidCookie && sidCookie.value === '', 'the sid cookie is cleared');
		assert.deepEqual(await me(sid), { logged: false });
		assert.equal(S.sessionRow(sid), null);

		const slo = r.headers.get('location');
		assert.ok(slo.startsWith(`${BASE_URL}/demo-idp/slo?`), slo);
		assert.deepEqual(S.rawParams(slo).map(([k]) => k), ['SAMLRequest', 'RelayState', 'SigAlg', 'Signature']);
		assert.ok(S.redirectSignatureVerifies(slo, SP_CERT), 'the LogoutRequest query signature verifies');
		const lr = S.inflateRedirect(S.rawParams(slo)[0][1]);
		assert.match(lr, /<samlp:LogoutRequest\b/);
		assert.equal(attr(lr, 'samlp:LogoutRequest', 'Destination'), `${BASE_URL}/demo-idp/slo`);
		assert.match(lr, new RegExp(`<saml:Issuer[^>]*>${SP_ENTITY}</saml:Issuer>`));
		assert.match(lr, new RegExp(`<saml:NameID[^>]*>${nameId}</saml:NameID>`));

		const idp = await fetch(slo, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
		await idp.text();
		assert.equal(idp.status, 302, 'the demo IdP answers with a redirect');
		const back = idp.headers.get('location');
		assert.ok(back.startsWith(`${BASE_URL}/auth/slo?SAMLResponse=`), back);
		const done = await fetch(back, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
		const html = await done.text();
		assert.equal(done.status, 200);
		assertSitePage(html, '/auth/slo');
		assert.match(textOf(html), /Sei uscito/);

		const rows = S.authLog(`id > ${marker} AND event = 'logout'`);
		assert.equal(rows.length, 1, JSON.stringify(rows));
		assert.equal(rows[0].subject, nameId);
		assert.equal(rows[0].idp_entity_id, `${BASE_URL}/demo-idp`);
	});

	test('/auth/slo with a LogoutResponse changed on the way is refused', async () => {
		const { sid: s2 } = await S.demoLogin({ citizen: 0 });
		const form = await get('/auth/logout', { headers: cookieHeader(s2) });
		const r = await get('/auth/logout', {
			method: 'POST', body: new URLSearchParams({ csrf: S.inputValue(form.text, 'csrf') }).toString(),
			headers: { ...cookieHeader(s2), 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		const idp = await fetch(r.headers.get('location'), { redirect: 'manual' });
		await idp.text();
		const back = idp.headers.get('location');
		const tampered = back.replace(/RelayState=[^&]*/, 'RelayState=forged');
		const x = await fetch(tampered, { redirect: 'manual' });
		const html = await x.text();
		assert.equal(x.status, 400);
		assertSitePage(html, 'tampered LogoutResponse');
		assert.ok(!/Sei uscito/.test(textOf(html)));
	});
});
