'use strict';
// Two things the other SPID suites don't reach:
// - an IdP added by dropping its metadata file in and sending SIGHUP, whose
//   only SSO endpoint is HTTP-POST: the AuthnRequest travels in a form that
//   submits itself (with a visible button), enveloped-signed by our key;
// - IdP-initiated single logout (HTTP-Redirect): a LogoutRequest signed by the
//   IdP ends the subject's session and is answered with a signed
//   LogoutResponse sent back to the IdP's SLO endpoint.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const { get, waitFor, TEST_VAR } = require('./lib/http');
const {
	BASE_URL, TEST_IDP_DIR, SP_CERT, IDPS, startLogin, buildResponse, postAcs, rawParams,
	redirectSignatureVerifies, decodeHtml, authLog, hex, instant,
} = require('./lib/saml');

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'vm-spid-post-'));
after(() => fs.rmSync(WORK, { recursive: true, force: true }));

const POST_ENTITY = 'https://post-idp.invalid/idp';
const POST_SSO = 'https://post-idp.invalid/sso';
const POST_FILE = path.join(TEST_IDP_DIR, 'post-idp.xml');

function hupAuth() {
	process.kill(Number(fs.readFileSync(path.join(TEST_VAR, 'run/auth.pid'), 'utf8')), 'SIGHUP');
}

async function chooserHas(name) {
	return (await get('/auth/login')).text.includes(name);
}

test('an IdP dropped in + SIGHUP is trusted; its HTTP-POST binding carries a signed AuthnRequest', async (t) => {
	/* a THROW-AWAY test key: the IdP never signs anything here */
	const key = path.join(WORK, 'post.key'), crt = path.join(WORK, 'post.crt');
	execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key,
		'-out', crt, '-subj', '/CN=post-idp.invalid'], { stdio: 'ignore' });
	const b64 = fs.readFileSync(crt, 'utf8').replace(/-----[^-]+-----|\s/g, '');
	fs.writeFileSync(POST_FILE, `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" entityID="${POST_ENTITY}">
 <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
  <md:Extensions><mdui:UIInfo><mdui:DisplayName xml:lang="it">POST IdP (solo test)</mdui:DisplayName></mdui:UIInfo></md:Extensions>
  <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
  <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${POST_SSO}"/>
 </md:IDPSSODescriptor>
</md:EntityDescriptor>
`);
	t.after(async () => {
		fs.rmSync(POST_FILE, { force: true });
		hupAuth();
		await waitFor(async () => !(await chooserHas('POST IdP (solo test)')),
			{ timeout: 10000, what: 'the POST IdP to be gone after SIGHUP' });
	});
	assert.equal(await chooserHas('POST IdP (solo test)'), false, 'not trusted before the reload');
	hupAuth();
	await waitFor(() => chooserHas('POST IdP (solo test)'), { timeout: 10000, what: 'the new IdP in the chooser' });

	const r = await get(`/auth/login?idp=${encodeURIComponent(POST_ENTITY)}&level=2`);
	assert.equal(r.status, 200, 'HTTP-POST binding: a page, not a redirect');
	assert.match(r.headers.get('set-cookie') || '', /spid_login=/);
	const form = /<form class="vm-saml-post" method="post" action="([^"]*)">([\s\S]*?)<\/form>/.exec(r.text);
	assert.ok(form, 'a POST form');
	assert.equal(decodeHtml(form[1]), POST_SSO);
	const field = (n) => { const m = new RegExp(`name="${n}" value="([^"]*)"`).exec(form[2]); return m && decodeHtml(m[1]); };
	const relay = field('RelayState');
	assert.ok(relay && !/http/i.test(relay), 'an opaque RelayState');
	assert.match(form[2], /<button[^>]*type="submit"/, 'a visible button for browsers without JavaScript');
	assert.match(r.text, /<script src="[^"]*\/saml-post\.[0-9a-f]+\.js" defer><\/script>/, 'submitted by a script file (CSP)');
	const xml = Buffer.from(field('SAMLRequest'), 'base64').toString('utf8');
	assert.match(xml, new RegExp(`Destination="${POST_SSO}"`));
	assert.match(xml, /<\/saml:Issuer>\s*<ds:Signature/, 'the enveloped Signature right after the Issuer');
	const file = path.join(WORK, 'req.xml');
	fs.writeFileSync(file, xml);
	execFileSync('xmlsec1', ['--verify', '--pubkey-cert-pem', SP_CERT,
		'--id-attr:ID', 'urn:oasis:names:tc:SAML:2.0:protocol:AuthnRequest', file], { stdio: 'ignore' });
	fs.writeFileSync(file, xml.replace('ForceAuthn="true"', 'ForceAuthn="false"'));
	assert.throws(() => execFileSync('xmlsec1', ['--verify', '--pubkey-cert-pem', SP_CERT,
		'--id-attr:ID', 'urn:oasis:names:tc:SAML:2.0:protocol:AuthnRequest', file], { stdio: 'ignore' }),
	'a changed request no longer verifies');
});

/* HTTP-Redirect binding as an IdP sends it: canonical percent-encoding, the
 * signature over "SAMLRequest=…&RelayState=…&SigAlg=…" with the IdP's key. */
function redirectQuery(xml, relay, keyFile) {
	const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	const msg = zlib.deflateRawSync(Buffer.from(xml)).toString('base64');
	const signed = `SAMLRequest=${enc(msg)}&RelayState=${enc(relay)}&SigAlg=${enc('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}`;
	const sig = crypto.sign('sha256', Buffer.from(signed), fs.readFileSync(keyFile, 'utf8').replace(/^#.*\n/, ''));
	return `${signed}&Signature=${enc(sig.toString('base64'))}`;
}

test('IdP-initiated logout ends the session and answers a signed LogoutResponse', async () => {
	const login = await startLogin({ idp: IDPS.test });
	const resp = buildResponse(login);
	const acs = await postAcs(login, { samlResponse: resp.b64 });
	assert.equal(acs.status, 303);
	const sid = acs.cookies.sid.value;
	const me = async () => (await (await fetch(`${BASE_URL}/auth/me`, { headers: { Cookie: `sid=${sid}` } })).json()).logged;
	assert.equal(await me(), true);

	const id = `_l${hex(16)}`;
	const xml = `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${instant(Date.now())}" Destination="${BASE_URL}/auth/slo"><saml:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity" NameQualifier="${IDPS.test.entity}">${IDPS.test.entity}</saml:Issuer><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" NameQualifier="${IDPS.test.entity}">${resp.fields.nameId}</saml:NameID></samlp:LogoutRequest>`;

	/* signed with another key: refused, the session lives on */
	const rogue = await get(`/auth/slo?${redirectQuery(xml, 'r1', path.join(TEST_IDP_DIR, 'keys', 'rogue.key'))}`);
	assert.equal(rogue.status, 400);
	assert.equal(await me(), true, 'a forged LogoutRequest ends nothing');

	const r = await get(`/auth/slo?${redirectQuery(xml, 'r2', IDPS.test.key)}`);
	assert.equal(r.status, 302, 'answered by HTTP-Redirect');
	const loc = r.headers.get('location');
	assert.ok(loc.startsWith('https://test-idp.invalid/slo?SAMLResponse='), loc);
	assert.ok(redirectSignatureVerifies(loc, SP_CERT), 'the LogoutResponse is signed by us');
	const answer = zlib.inflateRawSync(Buffer.from(decodeURIComponent(rawParams(loc)[0][1]), 'base64')).toString();
	assert.match(answer, new RegExp(`InResponseTo="${id}"`));
	assert.match(answer, /StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/);
	assert.equal(decodeURIComponent(rawParams(loc).find(([k]) => k === 'RelayState')[1]), 'r2');
	assert.equal(await me(), false, 'the session is over');
	assert.ok(authLog(`event = 'logout' AND reason = 'idp-initiated' AND subject = '${resp.fields.nameId}'`).length >= 1);
});
