'use strict';
// The Assertion Consumer Service (POST /auth/acs) against hostile and broken
// SAML Responses: the SPID validator's catalogue (../shared/SPID.md §2.1),
// signature wrapping, DTDs, weak or foreign signatures, other browsers,
// replays, and the IdP error statuses; then the positive controls.
//
// Every Response answers a real AuthnRequest: the test starts a login against
// the throw-away test IdP (tests/saml/make-test-idp.sh), builds the Response
// from tests/saml/templates/ with the real request ID, ACS, SP entityID and
// the current time, changes it (the case), signs it with xmlsec1 and posts it
// with the login cookie. Each bad case checks: 400/403, the Italian courtesy
// page without SAML echoed, no `sid` cookie, its auth_log row (event and
// reason), no citizen created, and that the pending request is burnt (the
// correct Response posted afterwards with the same RelayState is refused).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { assertSitePage, textOf, h1Of } = require('./lib/http');
const S = require('./lib/saml');

const {
	IDPS, URN, GOOD_CF, ACS, SP_ENTITY, SP_CIE_ENTITY, level, buildResponse, buildResponseAsync, errorResponse, assertionXml,
	startLogin, postAcs, outcomes, authLog, lastLogId, citizen, sessionRow, findElement, removeElement,
	replaceElement, emptyElement, insertInto, setAttr, xmlsecSign, xmlsecVerifies, hex, instant, sql, sqlString,
} = S;

// Fiscal codes used only by bad cases: none of them may ever become a citizen.
const BAD_CF = S.fiscalCode('VRDGPP85C12L219');      // the attacker's own identity
const VICTIM_CF = S.fiscalCode('BNCLRA70T50F205');   // someone the attacker wants to be
const NEVER = [BAD_CF, VICTIM_CF];

const TODAY = new Date().toISOString().slice(0, 10);

/* ---------------------------------------------------------------- helpers */

// The assertion part of a message, changed by fn (before signing: the
// signature then covers the change, so the refusal is for the change itself).
function inAssertion(xml, fn) {
	const a = findElement(xml, 'saml:Assertion');
	assert.ok(a, 'the message has an Assertion');
	return xml.replace(a, () => fn(a));
}
const pre = (fn) => ({ pre: (xml) => inAssertion(xml, fn) });
const fields = (f, more = {}) => ({ fields: f, ...more });

// Attributes with the fiscal number of the bad cases.
function attrs(cf = BAD_CF, more = []) {
	return [
		{ name: 'name', value: 'Giuseppe' }, { name: 'familyName', value: 'Verdi' },
		{ name: 'fiscalNumber', value: `TINIT-${cf}` }, { name: 'email', value: 'g.verdi@example.org' }, ...more,
	];
}

// A signed Assertion (for another subject), as a string to plant in a message.
function signedAssertion(login, f, signer = login.idp) {
	const xml = xmlsecSign(assertionXml(f, {}), f.assertionId, signer);
	return xml.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
}

// The Assertion the attacker would like to be read: unsigned, for the victim.
function evilAssertion(f, id = `_evil${hex(8)}`) {
	return assertionXml({ ...f, assertionId: id, nameId: `_v${hex(8)}`, attributes: attrs(VICTIM_CF) }, null);
}

const afterResponseIssuer = (xml, what) => xml.replace(/<\/saml:Issuer>/, (m) => m + what);
const withDoctype = (xml, dt) => xml.replace(/^(<\?xml[^>]*\?>\s*)?/, (m) => `${m}${dt}\n`);

function assertNoEcho(r, b64, label) {
	assert.ok(!r.text.includes('samlp:'), `${label}: the page echoes SAML ("samlp:")`);
	assert.ok(!r.text.includes('saml:Assertion'), `${label}: the page echoes SAML`);
	if (b64 && b64.length >= 16) {
		assert.ok(!r.text.includes(b64), `${label}: the page echoes the base64 input`);
		assert.ok(!r.text.includes(b64.slice(0, 40)), `${label}: the page echoes the start of the base64 input`);
	}
}

// A refusal as the citizen sees it: 400/403, the site's Italian page, no
// session cookie, no redirect, nothing of the message echoed.
function assertRefusedPage(r, b64, label, statuses = [400, 403]) {
	assert.ok(statuses.includes(r.status), `${label}: expected ${statuses.join(' or ')}, got ${r.status}`);
	assert.match(r.headers.get('content-type') || '', /^text\/html; charset=utf-8$/i, `${label}: content type`);
	assertSitePage(r.text, label);
	assert.ok(h1Of(r.text), `${label}: the page has a title`);
	assert.equal(r.location, null, `${label}: no redirect`);
	assert.ok(!('sid' in r.cookies), `${label}: a sid cookie was set: ${r.cookies.sid && r.cookies.sid.raw}`);
	assertNoEcho(r, b64, label);
}

const GENERIC = 'La risposta del gestore di identità non è valida o è scaduta';

function assertNoCitizen(label) {
	const found = sql(`SELECT fiscal_code FROM citizens WHERE fiscal_code IN (${NEVER.map(sqlString).join(', ')})`);
	assert.deepEqual(found, [], `${label}: a citizen row was created for ${found.join(', ')}`);
}

// The pending request is burnt: the correct Response, posted now with the
// same RelayState and cookie, is refused as "used or expired".
async function assertBurnt(login, label, ready) {
	const good = ready ? await ready : buildResponse(login);
	const r = await postAcs(login, { samlResponse: good.b64 });
	assertRefusedPage(r, good.b64, `${label} (correct Response afterwards)`);
	const last = outcomes(login.requestId).at(-1);
	assert.equal(last && last.event, 'refused', `${label}: the correct Response afterwards is logged as refused`);
	assert.match(last.reason, /^request-used-or-expired:/, `${label}: the request was not burnt`);
}

/* ------------------------------------------------------------- the runner */
// A case: { name, code (refusal code, a RegExp source), build(login) ->
// { b64, ... } or opts for buildResponse, send(login, bad) -> response,
// event ('refused'), statuses, byMarker (the log row has no request_id),
// burns (default true), check(bad, r, row) }.

async function refusedCase(c) {
	const login = await startLogin(c.login);
	// the correct Response of the burn check, signed meanwhile
	const ready = c.burns !== false ? buildResponseAsync(login) : null;
	if (ready) ready.catch(() => {});
	const marker = c.byMarker ? lastLogId() : 0;
	const opts = c.opts || {};
	const bad = c.build ? await c.build(login)
		: buildResponse(login, { ...opts, fields: { attributes: attrs(), ...opts.fields } });
	const r = c.send ? await c.send(login, bad) : await postAcs(login, { samlResponse: bad.b64 });
	assertRefusedPage(r, bad && bad.b64, c.name, c.statuses);

	const rows = c.byMarker ? authLog(`id > ${marker} AND event <> 'request'`) : outcomes(login.requestId);
	assert.equal(rows.length, 1, `${c.name}: one auth_log outcome row, got ${JSON.stringify(rows)}`);
	const row = rows[0];
	assert.equal(row.event, c.event || 'refused', `${c.name}: auth_log event (reason ${row.reason})`);
	assert.ok(row.reason && row.reason.trim().length > 0, `${c.name}: auth_log reason`);
	if (c.code) assert.match(row.reason, new RegExp(`^(?:${c.code})(?::|$)`), `${c.name}: refusal reason`);
	if (!c.event) assert.ok(textOf(r.text).includes(GENERIC), `${c.name}: the courtesy message`);
	assertNoCitizen(c.name);
	if (c.check) await c.check(bad, r, row, login);
	if (ready) await assertBurnt(login, c.name, ready);
}

/* ----------------------------------------------------------------- cases */

const FUTURE = '2099-01-01T00:00:00Z';
const ENC_ASSERTION = '<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" '
	+ 'Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
	+ `<xenc:CipherData><xenc:CipherValue>${crypto.randomBytes(96).toString('base64')}</xenc:CipherValue></xenc:CipherData>`
	+ '</xenc:EncryptedData></saml:EncryptedAssertion>';

const CASES = [
	// --- signatures (validator 2, 3, 4, 100; SPID.md §6)
	{ name: 'neither Response nor Assertion signed', opts: { signAssertion: false }, code: 'assertion-unsigned' },
	{ name: 'only the Response signed, Assertion unsigned', opts: { signAssertion: false, signResponse: true }, code: 'assertion-unsigned' },
	{ name: 'Response and Assertion signed with a key not in the IdP metadata', opts: { signResponse: true, signer: IDPS.rogue }, code: 'bad-response-signature' },
	{
		name: 'rogue certificate in KeyInfo (Assertion signed with the rogue key, its certificate embedded)',
		opts: { signer: IDPS.rogue }, code: 'bad-signature',
		check: (bad) => {
			const embedded = /<ds:X509Certificate>([^<]+)</.exec(bad.xml)[1].replace(/\s/g, '');
			const rogue = fs.readFileSync(IDPS.rogue.cert, 'utf8').replace(/-----[^-]+-----|\s/g, '');
			assert.equal(embedded, rogue, 'the rogue certificate is in KeyInfo');
			assert.ok(xmlsecVerifies(bad.xml, bad.fields.assertionId, IDPS.rogue), 'valid for the rogue key');
		},
	},
	{
		name: 'Assertion changed after signing (fiscalNumber)', code: 'bad-signature',
		opts: { post: (xml) => xml.replace(`TINIT-${BAD_CF}`, `TINIT-${VICTIM_CF}`) },
	},
	{
		name: 'SHA-1 signature (rsa-sha1, sha1 digest)', code: 'bad-signature-algorithm',
		opts: { assertionSig: { signatureMethod: URN.rsaSha1, digestMethod: URN.sha1 } },
		check: (bad) => assert.ok(xmlsecVerifies(bad.xml, bad.fields.assertionId, IDPS.test), 'a valid SHA-1 signature'),
	},
	{
		name: 'HMAC signature keyed with the IdP certificate', code: 'bad-signature-algorithm',
		opts: { hmacKey: IDPS.test.cert, assertionSig: { signatureMethod: URN.hmacSha256, keyInfo: null } },
	},
	{
		name: 'XSLT transform in the signature Reference', code: 'bad-signature-transform',
		opts: { assertionSig: { extraTransform: S.XSLT_TRANSFORM } },
		check: (bad) => assert.ok(xmlsecVerifies(bad.xml, bad.fields.assertionId, IDPS.test), 'valid for xmlsec1'),
	},
	{ name: 'signature Reference URI empty (the whole document)', opts: { assertionSig: { uri: '' } }, code: 'bad-signature-reference' },
	{ name: 'signed by the demo IdP (trusted) for a request sent to the test IdP', opts: { signer: IDPS.demo }, code: 'bad-signature' },
	{
		name: 'issued and signed by the CIE test IdP (trusted) for a request sent to the test IdP', code: 'bad-signature',
		opts: { signer: IDPS.cie, fields: { issuer: IDPS.cie.entity, assertionIssuer: IDPS.cie.entity, nameQualifier: IDPS.cie.entity } },
	},
	{
		name: 'a second ds:Signature planted inside the Subject', code: 'unexpected-signature',
		opts: {
			post: (xml) => {
				const sig = findElement(findElement(xml, 'saml:Assertion'), 'ds:Signature');
				return insertInto(xml, 'saml:Subject', sig, { atEnd: true });
			},
		},
	},

	// --- IDs (validator 8, 9, 33, 34) and duplicate IDs
	{ name: 'Response ID empty', opts: { post: (xml) => setAttr(xml, 'samlp:Response', 'ID', '') }, code: 'missing-response-id' },
	{ name: 'Response ID absent', opts: { post: (xml) => setAttr(xml, 'samlp:Response', 'ID', null) }, code: 'missing-response-id' },
	{ name: 'Assertion ID empty', opts: { post: (xml) => setAttr(xml, 'saml:Assertion', 'ID', '') }, code: 'missing-assertion-id' },
	{ name: 'Assertion ID absent', opts: { post: (xml) => setAttr(xml, 'saml:Assertion', 'ID', null) }, code: 'missing-assertion-id' },
	{ name: 'Assertion ID not an xs:ID (starts with a digit)', opts: fields({ assertionId: `1${hex(8)}` }), code: 'bad-assertion-id' },
	{
		name: 'duplicate IDs: the Response carries the Assertion ID', code: 'duplicate-id',
		opts: { post: (xml, f) => setAttr(xml, 'samlp:Response', 'ID', f.assertionId) },
	},
	{
		name: 'duplicate IDs: another element carries the Assertion ID', code: 'duplicate-id',
		opts: { post: (xml, f) => afterResponseIssuer(xml, `<samlp:Extensions><saml:Foo xmlns:saml="${S.NS.saml}" ID="${f.assertionId}"/></samlp:Extensions>`) },
	},
	{
		name: 'xml:id claiming the Assertion ID', code: 'duplicate-id',
		opts: { post: (xml, f) => afterResponseIssuer(xml, `<samlp:Extensions><x xml:id="${f.assertionId}"/></samlp:Extensions>`) },
	},

	// --- Version (10, 35)
	{ name: 'Response Version 1.0', opts: fields({ responseVersion: '1.0' }), code: 'bad-response-version' },
	{ name: 'Response Version absent', opts: fields({ responseVersion: null }), code: 'bad-response-version' },
	{ name: 'Assertion Version 1.0', opts: fields({ assertionVersion: '1.0' }), code: 'bad-assertion-version' },

	// --- Response IssueInstant (11-15)
	{ name: 'Response IssueInstant empty', opts: fields({ responseInstant: '' }), code: 'missing-response-instant' },
	{ name: 'Response IssueInstant absent', opts: fields({ responseInstant: null }), code: 'missing-response-instant' },
	{ name: 'Response IssueInstant a date only', opts: fields({ responseInstant: TODAY }), code: 'bad-response-instant' },
	{ name: 'Response IssueInstant with a space for T', opts: fields({ responseInstant: `${TODAY} 10:00:00Z` }), code: 'bad-response-instant' },
	{ name: 'Response IssueInstant without time zone', opts: fields({ responseInstant: instant(Date.now()).slice(0, -1) }), code: 'bad-response-instant' },
	{ name: 'Response IssueInstant too old (2018)', opts: fields({ responseInstant: '2018-09-04T10:00:00Z' }), code: 'early-response-instant' },
	{ name: 'Response IssueInstant 10 minutes before the request', opts: fields({ responseInstant: instant(Date.now() - 600000) }), code: 'early-response-instant' },
	{ name: 'Response IssueInstant in the future (2099)', opts: fields({ responseInstant: FUTURE }), code: 'future-response-instant' },

	// --- Assertion IssueInstant (36-40)
	{ name: 'Assertion IssueInstant empty', opts: fields({ assertionInstant: '' }), code: 'missing-assertion-instant' },
	{ name: 'Assertion IssueInstant absent', opts: fields({ assertionInstant: null }), code: 'missing-assertion-instant' },
	{ name: 'Assertion IssueInstant malformed ("YYYY-MM-DD hh:mm")', opts: fields({ assertionInstant: `${TODAY} 10:00` }), code: 'bad-assertion-instant' },
	{ name: 'Assertion IssueInstant too old (2000)', opts: fields({ assertionInstant: '2000-01-01T00:00:00Z' }), code: 'early-assertion-instant' },
	{ name: 'Assertion IssueInstant in the future (2099)', opts: fields({ assertionInstant: FUTURE }), code: 'future-assertion-instant' },

	// --- InResponseTo (16-18, 60-62)
	{ name: 'InResponseTo empty in both places', opts: fields({ inResponseTo: '', scdInResponseTo: '' }), code: 'missing-in-response-to' },
	{ name: 'InResponseTo absent in both places', opts: fields({ inResponseTo: null, scdInResponseTo: null }), code: 'missing-in-response-to' },
	{ name: 'InResponseTo of another request in both places', opts: fields({ inResponseTo: '_other', scdInResponseTo: '_other' }), code: 'wrong-in-response-to' },
	{ name: 'Response InResponseTo of another request', opts: fields({ inResponseTo: `_${hex(16)}` }), code: 'wrong-in-response-to' },
	{ name: 'SubjectConfirmationData InResponseTo empty', opts: fields({ scdInResponseTo: '' }), code: 'missing-subject-in-response-to' },
	{ name: 'SubjectConfirmationData InResponseTo absent', opts: fields({ scdInResponseTo: null }), code: 'missing-subject-in-response-to' },
	{ name: 'SubjectConfirmationData InResponseTo of another request', opts: fields({ scdInResponseTo: `_${hex(16)}` }), code: 'wrong-subject-in-response-to' },

	// --- Destination (19-21)
	{ name: 'Destination empty', opts: fields({ destination: '' }), code: 'missing-destination' },
	{ name: 'Destination absent', opts: fields({ destination: null }), code: 'missing-destination' },
	{ name: 'Destination another URL', opts: fields({ destination: 'https://evil.example/auth/acs' }), code: 'wrong-destination' },

	// --- Status (22-26)
	{ name: 'Status without StatusCode', opts: { post: (xml) => replaceElement(xml, 'samlp:Status', '<samlp:Status></samlp:Status>') }, code: 'bad-status' },
	{ name: 'Status absent', opts: { post: (xml) => removeElement(xml, 'samlp:Status') }, code: 'missing-status' },
	{ name: 'StatusCode Value empty', opts: fields({ statusCode: '' }), code: 'bad-status' },
	{ name: 'StatusCode Value absent', opts: fields({ statusCode: null }), code: 'bad-status' },
	{ name: 'StatusCode Value an unknown URN', opts: fields({ statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Unknown' }), code: 'bad-status' },
	{
		name: 'two StatusCode elements (Success and Responder)', code: 'bad-status',
		opts: { post: (xml) => xml.replace('</samlp:Status>', `<samlp:StatusCode Value="${URN.responder}"/></samlp:Status>`) },
	},

	// --- Response Issuer (27-30)
	{ name: 'Response Issuer empty', opts: fields({ issuer: '' }), code: 'missing-issuer' },
	{ name: 'Response Issuer absent', opts: { post: (xml) => removeElement(xml, 'saml:Issuer') }, code: 'missing-issuer' },
	{ name: 'Response Issuer another entity', opts: fields({ issuer: 'https://evil.example/idp' }), code: 'wrong-issuer' },
	{ name: 'Response Issuer Format not entity', opts: fields({ issuerFormat: URN.transient }), code: 'bad-issuer-format' },

	// --- Assertion (32-40)
	{ name: 'Status Success without an Assertion', opts: fields({ withAssertion: false }), code: 'missing-assertion' },

	// --- Subject, NameID (41-49)
	{ name: 'Subject empty', opts: pre((a) => replaceElement(a, 'saml:Subject', '<saml:Subject></saml:Subject>')), code: 'missing-name-id' },
	{ name: 'Subject absent', opts: pre((a) => removeElement(a, 'saml:Subject')), code: 'missing-subject' },
	{ name: 'NameID empty', opts: fields({ nameId: '' }), code: 'missing-name-id' },
	{ name: 'NameID absent', opts: pre((a) => removeElement(a, 'saml:NameID')), code: 'missing-name-id' },
	{ name: 'NameID Format empty', opts: fields({ nameIdFormat: '' }), code: 'bad-name-id-format' },
	{ name: 'NameID Format absent', opts: fields({ nameIdFormat: null }), code: 'bad-name-id-format' },
	{ name: 'NameID Format persistent, not transient', opts: fields({ nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' }), code: 'bad-name-id-format' },
	{ name: 'NameID NameQualifier empty', opts: fields({ nameQualifier: '' }), code: 'missing-name-qualifier' },
	{ name: 'NameID NameQualifier absent', opts: fields({ nameQualifier: null }), code: 'missing-name-qualifier' },

	// --- SubjectConfirmation (51-66)
	{ name: 'SubjectConfirmation without SubjectConfirmationData', opts: pre((a) => emptyElement(a, 'saml:SubjectConfirmation')), code: 'missing-confirmation-data' },
	{ name: 'SubjectConfirmation absent', opts: pre((a) => removeElement(a, 'saml:SubjectConfirmation')), code: 'missing-subject-confirmation' },
	{ name: 'SubjectConfirmation Method empty', opts: fields({ method: '' }), code: 'bad-confirmation-method' },
	{ name: 'SubjectConfirmation Method absent', opts: fields({ method: null }), code: 'bad-confirmation-method' },
	{ name: 'SubjectConfirmation Method holder-of-key', opts: fields({ method: 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key' }), code: 'bad-confirmation-method' },
	{ name: 'SubjectConfirmationData absent', opts: pre((a) => removeElement(a, 'saml:SubjectConfirmationData')), code: 'missing-confirmation-data' },
	{ name: 'Recipient empty', opts: fields({ recipient: '' }), code: 'missing-recipient' },
	{ name: 'Recipient absent', opts: fields({ recipient: null }), code: 'missing-recipient' },
	{ name: 'Recipient another URL', opts: fields({ recipient: `${ACS}/other` }), code: 'wrong-recipient' },
	{ name: 'SubjectConfirmationData NotOnOrAfter empty', opts: fields({ scdNotOnOrAfter: '' }), code: 'missing-subject-not-on-or-after' },
	{ name: 'SubjectConfirmationData NotOnOrAfter absent', opts: fields({ scdNotOnOrAfter: null }), code: 'missing-subject-not-on-or-after' },
	{ name: 'SubjectConfirmationData NotOnOrAfter malformed ("2018.09.18")', opts: fields({ scdNotOnOrAfter: '2018.09.18' }), code: 'bad-subject-not-on-or-after' },
	{ name: 'SubjectConfirmationData NotOnOrAfter in the past (2000)', opts: fields({ scdNotOnOrAfter: '2000-01-01T00:00:00Z' }), code: 'expired-subject' },
	{ name: 'SubjectConfirmationData NotOnOrAfter 10 minutes ago', opts: fields({ scdNotOnOrAfter: instant(Date.now() - 600000) }), code: 'expired-subject' },

	// --- Assertion Issuer (67-72)
	{ name: 'Assertion Issuer empty', opts: fields({ assertionIssuer: '' }), code: 'missing-assertion-issuer' },
	{ name: 'Assertion Issuer absent', opts: pre((a) => removeElement(a, 'saml:Issuer')), code: 'missing-assertion-issuer' },
	{ name: 'Assertion Issuer another entity', opts: fields({ assertionIssuer: 'https://evil.example/idp' }), code: 'wrong-assertion-issuer' },
	{ name: 'Assertion Issuer Format empty', opts: fields({ assertionIssuerFormat: '' }), code: 'bad-assertion-issuer-format' },
	{ name: 'Assertion Issuer Format absent (SPID)', opts: fields({ assertionIssuerFormat: null }), code: 'bad-assertion-issuer-format' },
	{ name: 'Assertion Issuer Format not entity', opts: fields({ assertionIssuerFormat: URN.transient }), code: 'bad-assertion-issuer-format' },

	// --- Conditions (73-87)
	{ name: 'Conditions without AudienceRestriction', opts: pre((a) => emptyElement(a, 'saml:Conditions')), code: 'missing-audience-restriction' },
	{ name: 'Conditions absent', opts: pre((a) => removeElement(a, 'saml:Conditions')), code: 'missing-conditions' },
	{ name: 'Conditions NotBefore empty', opts: fields({ notBefore: '' }), code: 'missing-not-before' },
	{ name: 'Conditions NotBefore absent', opts: fields({ notBefore: null }), code: 'missing-not-before' },
	{ name: 'Conditions NotBefore malformed ("2018/09/10")', opts: fields({ notBefore: '2018/09/10' }), code: 'bad-not-before' },
	{ name: 'Conditions NotBefore in the future (2099)', opts: fields({ notBefore: FUTURE }), code: 'future-not-before' },
	{ name: 'Conditions NotOnOrAfter empty', opts: fields({ notOnOrAfter: '' }), code: 'missing-not-on-or-after' },
	{ name: 'Conditions NotOnOrAfter absent', opts: fields({ notOnOrAfter: null }), code: 'missing-not-on-or-after' },
	{ name: 'Conditions NotOnOrAfter malformed ("10-09-2018")', opts: fields({ notOnOrAfter: '10-09-2018' }), code: 'bad-not-on-or-after' },
	{ name: 'Conditions NotOnOrAfter in the past (2000)', opts: fields({ notOnOrAfter: '2000-01-01T00:00:00Z' }), code: 'expired-conditions' },
	{ name: 'AudienceRestriction without Audience', opts: pre((a) => emptyElement(a, 'saml:AudienceRestriction')), code: 'missing-audience' },
	{ name: 'Audience empty', opts: fields({ audience: '' }), code: 'missing-audience' },
	{ name: 'Audience another SP', opts: fields({ audience: 'https://evil.example/sp' }), code: 'wrong-audience' },
	{ name: 'Audience our CIE entityID on a SPID login', opts: fields({ audience: SP_CIE_ENTITY }), code: 'wrong-audience' },
	{
		name: 'a second AudienceRestriction naming another SP', code: 'wrong-audience',
		opts: pre((a) => insertInto(a, 'saml:Conditions', '<saml:AudienceRestriction><saml:Audience>https://evil.example/sp</saml:Audience></saml:AudienceRestriction>', { atEnd: true })),
	},

	// --- AuthnStatement (88-97)
	{ name: 'AuthnStatement without AuthnContext', opts: pre((a) => emptyElement(a, 'saml:AuthnStatement')), code: 'missing-authn-context' },
	{ name: 'AuthnStatement absent', opts: pre((a) => removeElement(a, 'saml:AuthnStatement')), code: 'missing-authn-statement' },
	{ name: 'AuthnStatement AuthnInstant absent', opts: fields({ authnInstant: null }), code: 'missing-authn-instant' },
	{ name: 'AuthnContext empty', opts: pre((a) => replaceElement(a, 'saml:AuthnContext', '<saml:AuthnContext></saml:AuthnContext>')), code: 'missing-class-ref' },
	{ name: 'AuthnContext absent', opts: pre((a) => removeElement(a, 'saml:AuthnContext')), code: 'missing-authn-context' },
	{ name: 'AuthnContextClassRef empty', opts: fields({ classRef: '' }), code: 'missing-class-ref' },
	{ name: 'AuthnContextClassRef absent', opts: pre((a) => removeElement(a, 'saml:AuthnContextClassRef')), code: 'missing-class-ref' },
	{ name: 'AuthnContextClassRef SpidL1 when SpidL2 (minimum) was asked', opts: fields({ classRef: level(1) }), code: 'level-not-acceptable' },
	{ name: 'AuthnContextClassRef an unknown URI (urn:...:ac:classes:SpidL1)', opts: fields({ classRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1' }), code: 'unknown-class-ref' },
	{ name: 'AuthnContextClassRef SpidL4', opts: fields({ classRef: 'https://www.spid.gov.it/SpidL4' }), code: 'unknown-class-ref' },

	// --- attributes (98, 99, 103)
	{ name: 'AttributeStatement without Attribute', opts: fields({ attributes: '' }), code: 'empty-attribute-statement' },
	{
		name: 'Attribute without AttributeValue', code: 'missing-attribute-value',
		opts: pre((a) => a.replace(/(<saml:Attribute Name="email"[^>]*>)[\s\S]*?(<\/saml:Attribute>)/, '$1$2')),
	},
	{
		name: 'requested attribute fiscalNumber missing', code: 'missing-attribute',
		opts: fields({ attributes: attrs().filter((x) => x.name !== 'fiscalNumber') }),
	},
	{
		name: 'only attributes not requested (spidCode, address)', code: 'missing-attribute',
		opts: fields({ attributes: [{ name: 'spidCode', value: 'ABCD1234567890' }, { name: 'address', value: 'Via Roma 1 00100 Roma RM' }] }),
	},
	{ name: 'AttributeStatement absent', opts: pre((a) => removeElement(a, 'saml:AttributeStatement')), code: 'missing-attribute' },
	{
		name: 'fiscalNumber without the TINIT- prefix', code: 'bad-fiscal-number',
		opts: fields({ attributes: attrs().map((x) => (x.name === 'fiscalNumber' ? { ...x, value: BAD_CF } : x)) }),
	},
	{
		name: 'fiscalNumber with 15 characters', code: 'bad-fiscal-number',
		opts: fields({ attributes: attrs().map((x) => (x.name === 'fiscalNumber' ? { ...x, value: `TINIT-${BAD_CF.slice(0, 15)}` } : x)) }),
	},
	{
		name: 'fiscalNumber in lower case', code: 'bad-fiscal-number',
		opts: fields({ attributes: attrs().map((x) => (x.name === 'fiscalNumber' ? { ...x, value: `TINIT-${BAD_CF.toLowerCase()}` } : x)) }),
	},
	{
		name: 'fiscalNumber twice (the attacker\'s, then the victim\'s)', code: 'duplicate-attribute',
		opts: fields({ attributes: attrs(BAD_CF, [{ name: 'fiscalNumber', value: `TINIT-${VICTIM_CF}` }]) }),
	},

	// --- shape: wrapping, several assertions, encryption
	{
		name: 'signature wrapping: evil unsigned Assertion first, the signed one in samlp:Extensions',
		code: 'unexpected-signature|multiple-assertions|misplaced-assertion',
		opts: {
			post: (xml, f) => {
				const genuine = findElement(xml, 'saml:Assertion');
				const out = afterResponseIssuer(xml.replace(genuine, () => evilAssertion(f)), `<samlp:Extensions>${genuine}</samlp:Extensions>`);
				assert.ok(xmlsecVerifies(out, f.assertionId, IDPS.test), 'xmlsec1 --verify still accepts the wrapped message');
				return out;
			},
		},
	},
	{
		name: 'signature wrapping: the signed Assertion inside the evil Assertion (saml:Advice)',
		code: 'unexpected-signature|multiple-assertions|misplaced-assertion',
		opts: {
			post: (xml, f) => {
				const genuine = findElement(xml, 'saml:Assertion');
				const evil = evilAssertion(f).replace('<saml:AuthnStatement', `<saml:Advice>${genuine}</saml:Advice><saml:AuthnStatement`);
				const out = xml.replace(genuine, () => evil);
				assert.ok(xmlsecVerifies(out, f.assertionId, IDPS.test), 'xmlsec1 --verify still accepts the wrapped message');
				return out;
			},
		},
	},
	{
		name: 'signature wrapping: the signed Assertion in samlp:StatusDetail, evil one in its place',
		code: 'unexpected-signature|multiple-assertions|misplaced-assertion',
		opts: {
			post: (xml, f) => {
				const genuine = findElement(xml, 'saml:Assertion');
				return xml.replace(genuine, () => evilAssertion(f))
					.replace('</samlp:Status>', () => `<samlp:StatusDetail>${genuine}</samlp:StatusDetail></samlp:Status>`);
			},
		},
	},
	{
		name: 'signature wrapping: evil Assertion with the same ID, the signed one in samlp:Extensions',
		code: 'duplicate-id',
		opts: {
			post: (xml, f) => {
				const genuine = findElement(xml, 'saml:Assertion');
				return afterResponseIssuer(xml.replace(genuine, () => evilAssertion(f, f.assertionId)), `<samlp:Extensions>${genuine}</samlp:Extensions>`);
			},
		},
	},
	{
		name: 'two signed Assertions (the second for another person)', code: 'multiple-assertions',
		build: (login) => {
			const second = { ...S.defaultFields(login), assertionId: `_a${hex(16)}`, attributes: attrs(VICTIM_CF) };
			return buildResponse(login, {
				fields: { attributes: attrs() },
				post: (xml) => xml.replace('</samlp:Response>', () => `${signedAssertion(login, second)}</samlp:Response>`),
			});
		},
	},
	{ name: 'EncryptedAssertion instead of the Assertion', opts: { post: (xml) => replaceElement(xml, 'saml:Assertion', ENC_ASSERTION) }, code: 'encrypted-assertion' },
	{ name: 'EncryptedAssertion next to the Assertion', opts: { post: (xml) => xml.replace('</samlp:Response>', `${ENC_ASSERTION}</samlp:Response>`) }, code: 'encrypted-assertion' },

	// --- parsing
	{
		name: 'DOCTYPE with internal entities (billion laughs, small)', code: 'dtd-forbidden',
		opts: {
			post: (xml) => withDoctype(xml, '<!DOCTYPE samlp:Response [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
				+ '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>').replace('>Giuseppe<', '>&d;<'),
		},
		check: (bad, r) => assert.ok(!r.text.includes('aaaaaaaaaaaaaaaaaaaa'), 'entities expanded into the page'),
	},
	{
		name: 'external entity (SYSTEM "file:///etc/passwd")', code: 'dtd-forbidden',
		opts: { post: (xml) => withDoctype(xml, '<!DOCTYPE samlp:Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('>Verdi<', '>&xxe;<') },
		check: (bad, r) => assert.ok(!/root:x?:0:/.test(r.text), '/etc/passwd in the page'),
	},
	{
		name: 'DOCTYPE with an external DTD (SYSTEM "file:///etc/passwd")', code: 'dtd-forbidden',
		opts: { post: (xml) => withDoctype(xml, '<!DOCTYPE samlp:Response SYSTEM "file:///etc/passwd">') },
	},
	{ name: 'not well-formed XML', opts: { post: (xml) => xml.replace('</samlp:Response>', '') }, code: 'malformed-xml' },
	{
		name: 'root element not samlp:Response (a LogoutResponse)', code: 'not-a-response',
		opts: { post: (xml) => xml.replace('<samlp:Response ', '<samlp:LogoutResponse ').replace('</samlp:Response>', '</samlp:LogoutResponse>') },
	},
	{
		name: 'comment-split fiscalNumber of another person (the first text node is the victim\'s code)',
		code: 'bad-fiscal-number',
		// signed value TINIT-<victim>X (invalid as a whole); after signing a
		// comment splits it so that a reader of the first text node sees the victim
		opts: {
			fields: { attributes: attrs().map((x) => (x.name === 'fiscalNumber' ? { ...x, value: `TINIT-${VICTIM_CF}X` } : x)) },
			post: (xml, f) => {
				const out = xml.replace(`TINIT-${VICTIM_CF}X<`, `TINIT-${VICTIM_CF}<!---->X<`);
				assert.notEqual(out, xml);
				assert.ok(xmlsecVerifies(out, f.assertionId, IDPS.test), 'the comment leaves the signature valid');
				return out;
			},
		},
	},

	// --- transport: browser binding, RelayState, encoding
	{
		name: 'bound to another browser (the spid_login cookie of another login)', code: 'other-browser', statuses: [403],
		send: async (login, bad) => {
			const other = await startLogin();
			return postAcs(login, { samlResponse: bad.b64, cookie: other.cookie });
		},
	},
	{
		name: 'bound to another browser (no spid_login cookie)', code: 'other-browser', statuses: [403],
		send: (login, bad) => postAcs(login, { samlResponse: bad.b64, cookie: null }),
	},
	{
		name: 'bound to another browser (a forged spid_login cookie)', code: 'other-browser', statuses: [403],
		send: (login, bad) => postAcs(login, { samlResponse: bad.b64, cookie: crypto.randomBytes(32).toString('base64url') }),
	},
	{
		// nothing identifies a pending request: nothing to burn, the log row has no request
		name: 'unknown RelayState', code: 'unknown-request', byMarker: true, burns: false,
		send: (login, bad) => postAcs(login, { samlResponse: bad.b64, relayState: crypto.randomBytes(32).toString('base64url') }),
	},
	{
		name: 'RelayState absent', code: 'missing-fields', byMarker: true, burns: false,
		send: (login, bad) => postAcs(login, { samlResponse: bad.b64, relayState: null }),
	},
	{
		name: 'SAMLResponse absent', code: 'missing-fields', byMarker: true,
		build: () => ({ b64: null }),
		send: (login) => postAcs(login, {}),
	},
	{
		name: 'SAMLResponse not base64', code: 'bad-encoding',
		build: () => ({ b64: '%%%not*base64!!!' }),
		send: (login, bad) => postAcs(login, { samlResponse: bad.b64 }),
	},
	{
		name: 'SAMLResponse base64 with garbage after the padding', code: 'bad-encoding',
		send: (login, bad) => postAcs(login, { samlResponse: `${bad.b64}==AAAA` }),
	},
	{
		name: 'oversized SAMLResponse (300 KiB)', code: 'bad-encoding|too-large', statuses: [400, 403, 413],
		build: (login) => {
			const r = buildResponse(login, { fields: { attributes: attrs() } });
			const xml = r.xml.replace('</samlp:Response>', `<!--${'x'.repeat(230 * 1024)}--></samlp:Response>`);
			return { ...r, xml, b64: Buffer.from(xml).toString('base64') };
		},
	},
	{
		name: 'pending request expired', code: 'request-used-or-expired',
		send: (login, bad) => {
			sql(`UPDATE saml_requests SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ${sqlString(login.requestId)}`);
			return postAcs(login, { samlResponse: bad.b64 });
		},
	},
];

// AgID error codes (SPID.md §1.5) and a phrase of each one's own message.
const IDP_ERRORS = [
	[19, 'credenziali errate troppe volte'],
	[20, 'credenziali del livello di sicurezza richiesto'],
	[21, 'Il tempo per completare l\'accesso è scaduto'],
	[22, 'negato il consenso'],
	[23, 'sospesa, revocata o bloccata'],
	[25, 'Hai annullato l\'accesso'],
	[30, 'identità professionale o di una persona giuridica'],
];

/* ------------------------------------------------------------------ tests */

describe('ACS: bad responses are refused', () => {
	before(() => {
		for (const cf of NEVER) assert.equal(citizen(cf), null, `${cf} must not be a citizen before the tests`);
	});
	after(() => assertNoCitizen('after all bad cases'));

	test('the catalogue has at least 60 distinct cases', () => {
		const names = CASES.map((c) => c.name);
		assert.equal(new Set(names).size, names.length, 'case names are distinct');
		assert.ok(names.length >= 60, `${names.length} cases`);
	});

	for (const c of CASES) test(c.name, () => refusedCase(c));

	test('the same accepted Response posted twice: the second is refused', async () => {
		const login = await startLogin();
		const good = buildResponse(login);
		const first = await postAcs(login, { samlResponse: good.b64 });
		assert.equal(first.status, 303, 'the first post logs in');
		const again = await postAcs(login, { samlResponse: good.b64 });
		assertRefusedPage(again, good.b64, 'replayed post');
		const rows = outcomes(login.requestId);
		assert.deepEqual(rows.map((r) => r.event), ['login', 'refused']);
		assert.match(rows[1].reason, /^request-used-or-expired:/);
	});

	test('an accepted Assertion ID reused in a fresh Response to a new request is refused', async () => {
		const l1 = await startLogin();
		const first = buildResponse(l1);
		assert.equal((await postAcs(l1, { samlResponse: first.b64 })).status, 303, 'the first login');
		const l2 = await startLogin();
		const replay = buildResponse(l2, { fields: { assertionId: first.fields.assertionId, attributes: attrs() } });
		const r = await postAcs(l2, { samlResponse: replay.b64 });
		assertRefusedPage(r, replay.b64, 'replayed assertion ID');
		const rows = outcomes(l2.requestId);
		assert.equal(rows.length, 1);
		assert.equal(rows[0].event, 'refused');
		assert.match(rows[0].reason, /^replay:/);
		assert.equal(rows[0].assertion_id, first.fields.assertionId);
		assertNoCitizen('replayed assertion ID');
		await assertBurnt(l2, 'replayed assertion ID');
	});

	test('SAMLResponse over the body limit (1.5 MiB): refused before the ACS, no session', async () => {
		const login = await startLogin();
		const b64 = Buffer.from(`<samlp:Response>${'x'.repeat(1100 * 1024)}</samlp:Response>`).toString('base64');
		const r = await postAcs(login, { samlResponse: b64 });
		assert.ok([400, 403, 413].includes(r.status), `status ${r.status}`);
		assert.ok(!('sid' in r.cookies), 'no sid cookie');
		assertNoEcho(r, b64, 'oversized body');
	});
});

/* --------------------------------------- one citizen per attribute, always */
// SPID attributes are single-valued. A signed Assertion whose fiscalNumber
// holds two AttributeValue elements (or two fiscalNumber Attributes) names
// two people: it must bind no one, whichever comes first, and must leave the
// other citizen, who already has an account, exactly as they were.

const OTHER_CF = S.fiscalCode('FRRSFO90E45L736');   // an account of its own, made below

const renderAttr = (a) => S.render(S.template('attribute.xml'), { nameFormat: URN.basic, ...a });

// A fiscalNumber Attribute with one AttributeValue per code, in that order.
function multiValued(codes) {
	const one = renderAttr({ name: 'fiscalNumber', value: 'X' });
	const values = codes.map((cf) => `<saml:AttributeValue xsi:type="xs:string">TINIT-${cf}</saml:AttributeValue>`);
	return one.replace(/<saml:AttributeValue[\s\S]*<\/saml:AttributeValue>/, () => values.join(''));
}

const otherAttrs = (fiscal) => attrs().filter((x) => x.name !== 'fiscalNumber').map(renderAttr).join('') + fiscal;

const otherSessions = (id) => sql(`SELECT COUNT(*) FROM sessions WHERE citizen_id = ${Number(id)}`)[0][0];

describe('ACS: an attribute with two values binds no one', () => {
	let before0 = null;
	let sessions0 = null;

	before(async () => {
		const login = await startLogin();
		const good = buildResponse(login, { fiscalNumber: OTHER_CF, fields: { attributes: [
			{ name: 'name', value: 'Sofia' }, { name: 'familyName', value: 'Ferrari' },
			{ name: 'fiscalNumber', value: `TINIT-${OTHER_CF}` }, { name: 'email', value: 'sofia.ferrari@example.org' },
		] } });
		const r = await postAcs(login, { samlResponse: good.b64 });
		assert.equal(r.status, 303, `the other citizen logs in: ${JSON.stringify(outcomes(login.requestId))}`);
		before0 = citizen(OTHER_CF);
		assert.ok(before0, 'the other citizen has a row');
		sessions0 = otherSessions(before0.id);
		await new Promise((ok) => setTimeout(ok, 20));   // last_login_at would move (NOW(3))
	});

	const untouched = (label) => () => {
		assert.deepEqual(citizen(OTHER_CF), before0, `${label}: the other citizen's row was modified`);
		assert.equal(otherSessions(before0.id), sessions0, `${label}: a session was created for the other citizen`);
	};

	const cases = [
		{ name: 'fiscalNumber with two AttributeValue elements (the attacker\'s, then the other citizen\'s)',
			fiscal: multiValued([BAD_CF, OTHER_CF]), code: 'multiple-attribute-values' },
		{ name: 'fiscalNumber with two AttributeValue elements (the other citizen\'s first)',
			fiscal: multiValued([OTHER_CF, BAD_CF]), code: 'multiple-attribute-values' },
		{ name: 'fiscalNumber with the other citizen\'s code twice', fiscal: multiValued([OTHER_CF, OTHER_CF]),
			code: 'multiple-attribute-values' },
		{ name: 'two fiscalNumber Attributes (the other citizen\'s first)',
			fiscal: multiValued([OTHER_CF]) + multiValued([BAD_CF]), code: 'duplicate-attribute' },
	];
	for (const c of cases) {
		test(c.name, () => refusedCase({
			name: c.name, code: c.code, statuses: [403],
			opts: fields({ attributes: otherAttrs(c.fiscal) }),
			check: (bad) => {
				assert.ok(bad.xml.includes(`TINIT-${OTHER_CF}`), 'the signed Assertion names the other citizen');
				untouched(c.name)();
			},
		}));
	}
});

describe('ACS: IdP error statuses', () => {
	const seen = new Map();
	for (const [nr, phrase] of IDP_ERRORS) {
		test(`ErrorCode nr${nr}: 403 with its own message, no session`, () => refusedCase({
			name: `ErrorCode nr${nr}`, event: 'idp-error', code: `ErrorCode nr${nr}`, statuses: [403],
			build: (login) => errorResponse(login, { code: nr }),
			check: (bad, r) => {
				const text = textOf(r.text);
				assert.ok(text.includes(phrase), `nr${nr}: "${phrase}" in the page`);
				assert.ok(!text.includes(GENERIC), `nr${nr}: not the generic refusal`);
				for (const [other, p] of IDP_ERRORS) if (other !== nr) assert.ok(!text.includes(p), `nr${nr} shows nr${other}'s message`);
				seen.set(nr, text);
			},
		}));
	}

	test('ErrorCode nr22 with a Response signed by the IdP: still an error page', () => refusedCase({
		name: 'nr22 signed', event: 'idp-error', code: 'ErrorCode nr22', statuses: [403],
		build: (login) => errorResponse(login, { code: 22, signResponse: true }),
	}));

	test('Responder without an ErrorCode: a generic IdP error page', () => refusedCase({
		name: 'Responder, no ErrorCode', event: 'idp-error', statuses: [403],
		build: (login) => errorResponse(login, { message: null }),
		check: (bad, r, row) => assert.match(row.reason, /^ErrorCode nr0$|^ErrorCode/, row.reason),
	}));

	test('an error Response signed with an untrusted key is refused as such', () => refusedCase({
		name: 'error signed by a rogue key', code: 'bad-response-signature',
		build: (login) => errorResponse(login, { code: 19, signResponse: true, signer: IDPS.rogue }),
	}));
});

/* ------------------------------------------------------- positive controls */

let citizenId = null;

// An accepted login: 303 to next, sid cookie, citizens upserted, a session,
// the register's 'login' row; /auth/me then knows the person.
async function acceptedCase({ idp = IDPS.test, level: lv = 2, next = '/servizi', opts = {}, expectLevel = lv, email }) {
	const login = await startLogin({ idp, level: lv, next });
	const good = buildResponse(login, opts);
	const r = await postAcs(login, { samlResponse: good.b64 });
	assert.equal(r.status, 303, `accepted: expected 303, got ${r.status}: ${JSON.stringify(outcomes(login.requestId))}`);
	assert.equal(r.location, next);
	const sid = r.cookies.sid;
	assert.ok(sid && sid.value.length >= 32, 'a sid cookie');
	assert.ok(sid.attrs.includes('HttpOnly'), 'sid is HttpOnly');

	const c = citizen(GOOD_CF);
	assert.ok(c, 'a citizens row for the fiscal code');
	if (citizenId === null) citizenId = c.id;
	assert.equal(c.id, citizenId, 'the same citizens row every time (upsert by fiscal code)');
	assert.equal(c.name, 'Mario');
	assert.equal(c.family_name, 'Rossi');
	if (email) assert.equal(c.email, email, 'email updated by the login');
	assert.equal(c.last_level, String(expectLevel));
	assert.equal(c.last_federation, idp.federation);
	assert.equal(c.last_idp, idp.entity);

	const s = sessionRow(sid.value);
	assert.ok(s, 'a sessions row for the cookie');
	assert.equal(s.citizen_id, c.id);
	assert.equal(s.level, String(expectLevel));
	assert.equal(s.federation, idp.federation);
	assert.equal(s.idp_entity_id, idp.entity);
	assert.equal(s.name_id, good.fields.nameId);

	const rows = outcomes(login.requestId);
	assert.equal(rows.length, 1, JSON.stringify(rows));
	const row = rows[0];
	assert.equal(row.event, 'login');
	assert.equal(row.request_id, login.requestId);
	assert.equal(row.response_id, good.fields.responseId);
	assert.equal(row.assertion_id, good.fields.assertionId);
	assert.equal(row.subject, good.fields.nameId);
	assert.equal(row.level, String(expectLevel));
	assert.equal(row.fiscal_code, GOOD_CF);
	assert.equal(row.federation, idp.federation);
	assert.equal(row.reason, null);

	const me = await fetch(`${S.BASE_URL}/auth/me`, { headers: { Cookie: `sid=${sid.value}` } }).then((x) => x.json());
	assert.deepEqual(me, { logged: true, name: 'Mario', family_name: 'Rossi' });
	return { login, good, r, row };
}

// An instant with exactly `digits` fractional digits (0: none), a second ago.
function withFraction(digits) {
	const base = new Date(Date.now() - 1000).toISOString().slice(0, 19);
	return digits ? `${base}.${'123456789012'.slice(0, digits)}Z` : `${base}Z`;
}

describe('ACS: positive controls are accepted', () => {
	test('the good Response', () => acceptedCase({ opts: { fields: { attributes: [
		{ name: 'name', value: 'Mario' }, { name: 'familyName', value: 'Rossi' },
		{ name: 'fiscalNumber', value: `TINIT-${GOOD_CF}` }, { name: 'email', value: 'mario.rossi+1@example.org' },
	] } }, email: 'mario.rossi+1@example.org' }));

	test('Response signed too', () => acceptedCase({ opts: { signResponse: true } }));

	test('IssueInstant equal to the request\'s', async () => {
		const login = await startLogin();
		const t = login.requestInstant;
		const good = buildResponse(login, { fields: { responseInstant: t, assertionInstant: t, authnInstant: t, notBefore: t } });
		const r = await postAcs(login, { samlResponse: good.b64 });
		assert.equal(r.status, 303, JSON.stringify(outcomes(login.requestId)));
		assert.equal(outcomes(login.requestId)[0].event, 'login');
	});

	for (const digits of [0, 1, 2, 3, 6, 9, 12]) {
		test(`instants with ${digits} fractional digits`, () => {
			const t = withFraction(digits);
			return acceptedCase({ opts: { fields: { responseInstant: t, assertionInstant: t, authnInstant: t, notBefore: t } } });
		});
	}

	test('a higher level than asked (SpidL3 for a SpidL2 minimum)', () => acceptedCase({ opts: { fields: { classRef: level(3) } }, expectLevel: 3 }));

	test('Attribute without NameFormat', () => acceptedCase({ opts: { fields: { attributes: [
		{ name: 'name', value: 'Mario', nameFormat: null }, { name: 'familyName', value: 'Rossi', nameFormat: null },
		{ name: 'fiscalNumber', value: `TINIT-${GOOD_CF}`, nameFormat: null },
		{ name: 'email', value: 'mario.rossi+2@example.org', nameFormat: null },
	] } }, email: 'mario.rossi+2@example.org' }));

	test('Response Issuer without Format (allowed for the Response)', () => acceptedCase({ opts: { fields: { issuerFormat: null } } }));

	test('a CIE Response (Issuers without Format) from the CIE test IdP to a request sent to it', async () => {
		const { login } = await acceptedCase({ idp: IDPS.cie, level: 3, expectLevel: 3 });
		assert.match(login.requestXml, new RegExp(`<saml:Issuer[^>]*>${SP_CIE_ENTITY}</saml:Issuer>`), 'the request names our CIE entityID');
	});

	test('comment-split NameID: read as the full value', async () => {
		const { good, row } = await acceptedCase({ opts: { post: (xml, f) => xml.replace(`>${f.nameId}<`, `>${f.nameId.slice(0, 10)}<!-- x -->${f.nameId.slice(10)}<`) } });
		assert.equal(row.subject, good.fields.nameId);
	});

	test('comment-split fiscalNumber of the same person: read as the full value', async () => {
		const { row } = await acceptedCase({ opts: { post: (xml) => xml.replace(`TINIT-${GOOD_CF}<`, `TINIT-${GOOD_CF.slice(0, 6)}<!---->${GOOD_CF.slice(6)}<`) } });
		assert.equal(row.fiscal_code, GOOD_CF);
	});
});
