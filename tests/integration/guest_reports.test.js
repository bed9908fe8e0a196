'use strict';
// Guest reporting (Cases.GuestReports, on in conf/cases.hdf): a segnalazione
// without SPID/CIE, over HTTP against the running stack.
//   - the form needs the double-submit token; a filled trap field or a form
//     sent faster than Cases.GuestMinSeconds stores nothing, and its opening
//     time is signed (HMAC with the app secret): moved back, it is refused;
//   - a valid report is a draft until the e-mailed link is followed: its GET
//     only asks, its POST files it (protocol, routing, acknowledgement with
//     the private tracking link); a second confirmation files nothing more;
//     an unconfirmed link expires after a day;
//   - the private link tracks the case; a wrong token is a 404;
//   - rate limits per e-mail and per client address, also under a burst;
//   - a citizen who logs in later joins the reports of that e-mail to their
//     history only by following the link sent to it.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf } = require('./lib/http');
const { Client, loggedIn, sql, sqlValue, q, guestStamp } = require('./lib/cases');

const MIN_SECONDS = 3;   // Cases.GuestMinSeconds
const unbatch = (s) => s && s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', 0: '\0' }[c] ?? c));

// The last e-mail queued for RECIPIENT: { subject, body }.
function lastMail(recipient) {
	const [r] = sql(`SELECT subject, body FROM outbox WHERE recipient = ${q(recipient)} ORDER BY id DESC LIMIT 1`);
	return r && { subject: unbatch(r[0]), body: unbatch(r[1]) };
}
const tokenIn = (body, path) => new RegExp(`${path}/([0-9a-f]{64})`).exec(body)[1];

// A browser on the guest form: the page fetched (cookie "prenota" set), its hidden fields.
async function openForm() {
	const c = new Client();
	const r = await c.get('/segnalazioni/ospite');
	assert.equal(r.status, 200);
	const hidden = Object.fromEntries([...r.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
		.map((m) => [m[1], m[2]]));
	return { c, hidden };
}

const fields = (email, extra = {}) => ({
	nome: 'Anna Neri', email, categoria: 'strade-e-marciapiedi', zona: '', titolo: 'Buca in via dei Mille',
	descrizione: 'Una buca larga e profonda davanti al civico 4.', indirizzo: 'Via dei Mille 4', privacy: '1', sito: '',
	...extra,
});

const stamp = guestStamp;
const openedAt = (hidden) => Number(hidden.aperto.split('.')[0]);

// A report sent after the minimum fill time (the form's clock moved back instead of waiting).
async function send(email, extra = {}) {
	const { c, hidden } = await openForm();
	const aperto = stamp(openedAt(hidden) - MIN_SECONDS - 1);
	const r = await c.post('/segnalazioni/ospite', { ...hidden, aperto, ...fields(email, extra) });
	return { c, r };
}

const draftsOf = (email) => Number(sqlValue(`SELECT COUNT(*) FROM cases WHERE contact_email = ${q(email)}`));

describe('guest reporting', () => {
	// every client of the stack is 127.0.0.1: start this hour's counts afresh
	before(() => sql('DELETE FROM guest_limits'));
	test('the login page offers guest reporting to whoever came to file one, and only to them', async () => {
		const c = new Client();
		const r = await c.get('/segnalazioni/nuova');
		assert.ok([302, 303].includes(r.status) && r.location, `expected the login, got ${r.status}`);
		const login = await c.get(r.location);
		assert.equal(login.status, 200);
		assert.match(login.text, /data-testid="guest-offer"[^]*href="\/segnalazioni\/ospite"/);
		const other = await c.get('/auth/login?next=%2Farea-personale');
		assert.equal(other.status, 200);
		assert.doesNotMatch(other.text, /guest-offer/);
	});
	test('the form: no CSRF token, a filled trap, a form sent too fast: nothing stored', async () => {
		const email = `trap-${process.pid}@example.org`;
		const { c, hidden } = await openForm();
		const noToken = await c.post('/segnalazioni/ospite', { aperto: hidden.aperto, ...fields(email) });
		assert.equal(noToken.status, 403);
		const fast = await c.post('/segnalazioni/ospite', { ...hidden, ...fields(email) });
		assert.equal(fast.status, 422, 'sent at once');
		assert.match(textOf(fast.text), /troppo in fretta/);
		assert.match(fast.text, /value="Anna Neri"/, 'what was typed is kept');
		assert.match(hidden.aperto, /^\d+\.[0-9a-f]{64}$/, 'the opening time is signed');
		const forged = [String(openedAt(hidden) - 60), `${openedAt(hidden) - 60}.${hidden.aperto.split('.')[1]}`,
			`${openedAt(hidden) - 60}.${'0'.repeat(64)}`];
		for (const aperto of forged) {
			const r = await c.post('/segnalazioni/ospite', { ...hidden, aperto, ...fields(email) });
			assert.equal(r.status, 422, `a stamp moved back without the secret: ${aperto}`);
			assert.match(textOf(r.text), /troppo in fretta/);
		}
		const trap = await send(email, { sito: 'http://spam.example' });
		assert.equal(trap.r.status, 422);
		const bad = await send(email, { titolo: 'Bu' });
		assert.equal(bad.r.status, 422);
		assert.match(textOf(bad.r.text), /Il titolo deve avere da 5 a 120 caratteri/);
		assert.equal(draftsOf(email), 0);
	});

	test('confirmed by the e-mailed link, then tracked by it; filed once', async () => {
		const email = `anna-${process.pid}@example.org`;
		const { r } = await send(email, { zona: 'poggio-alto', categoria: 'attraversamenti-e-segnaletica' });
		assert.equal(r.status, 200, textOf(r.text).slice(0, 300));
		assert.match(textOf(r.text), /Controlla la tua e-mail/);
		assert.deepEqual(sql(`SELECT status, citizen_id, contact_name FROM cases WHERE contact_email = ${q(email)}`),
			[['draft', null, 'Anna Neri']]);
		const token = tokenIn(lastMail(email).body, '/segnalazioni/ospite');
		const guest = new Client();
		const ask = await guest.get(`/segnalazioni/ospite/${token}`);
		assert.equal(ask.status, 200);
		assert.match(ask.text, /Conferma e invia la segnalazione/);
		assert.equal(sqlValue(`SELECT status FROM cases WHERE contact_email = ${q(email)}`), 'draft', 'a GET files nothing');
		const csrf = /name="csrf" value="([^"]*)"/.exec(ask.text)[1];
		const ok = await guest.post(`/segnalazioni/ospite/${token}`, { csrf });
		assert.equal(ok.status, 303);
		assert.equal(ok.location, `/segnalazioni/ospite/${token}`);
		const [row] = sql(`SELECT c.status, c.protocol_number IS NOT NULL, o.slug FROM cases c JOIN offices o ON o.id = c.office_id
			WHERE c.contact_email = ${q(email)}`);
		assert.deepEqual(row, ['received', '1', 'ufficio-anagrafe'], 'filed and routed by the area');
		assert.match(lastMail(email).body, new RegExp(`/segnalazioni/ospite/${token}`), 'the acknowledgement has the tracking link');
		const again = await guest.post(`/segnalazioni/ospite/${token}`, { csrf });
		assert.equal(again.status, 303);
		assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.contact_email = ${q(email)} AND e.status = 'received'`)), 1, 'filed once');
		const track = await new Client().get(`/segnalazioni/ospite/${token}`);
		assert.equal(track.status, 200);
		assert.match(textOf(track.text), /Buca in via dei Mille.*Ricevuta/s);
		assert.match(textOf(track.text), /Ufficio Anagrafe/);
		const wrong = await new Client().get(`/segnalazioni/ospite/${'0'.repeat(64)}`);
		assert.equal(wrong.status, 404);
	});

	test('an unconfirmed link expires after a day', async () => {
		const email = `late-${process.pid}@example.org`;
		await send(email);
		const token = tokenIn(lastMail(email).body, '/segnalazioni/ospite');
		sql(`UPDATE guest_reports SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE email = ${q(email)}`);
		const c = new Client();
		assert.equal((await c.get(`/segnalazioni/ospite/${token}`)).status, 404);
		await c.get('/segnalazioni/ospite');
		const r = await c.post(`/segnalazioni/ospite/${token}`, {});
		assert.equal(r.status, 404);
		assert.equal(sqlValue(`SELECT status FROM cases WHERE contact_email = ${q(email)}`), 'draft');
	});

	test('at most 3 reports an hour per e-mail, even sent at once', async () => {
		const email = `burst-${process.pid}@example.org`;
		const rs = await Promise.all([1, 2, 3, 4, 5, 6].map(() => send(email)));
		assert.deepEqual(rs.map(({ r }) => r.status).sort(), [200, 200, 200, 429, 429, 429]);
		assert.equal(draftsOf(email), 3);
	});

	test('a logged-in citizen joins the reports of an e-mail only through the link sent to it', async () => {
		const email = `giulia-${process.pid}@example.org`;
		const { r } = await send(email);
		assert.equal(r.status, 200);
		const token = tokenIn(lastMail(email).body, '/segnalazioni/ospite');
		const g = new Client();
		const ask = await g.get(`/segnalazioni/ospite/${token}`);
		await g.post(`/segnalazioni/ospite/${token}`, { csrf: /name="csrf" value="([^"]*)"/.exec(ask.text)[1] });
		const citizen = await loggedIn(1);
		const cid = sqlValue(`SELECT id FROM citizens WHERE fiscal_code = 'BNCGLI92E54I726U'`);
		const req = await citizen.post('/area-personale/ospite', { csrf: citizen.csrf, email });
		assert.equal(req.status, 200);
		assert.equal(sqlValue(`SELECT citizen_id FROM cases WHERE contact_email = ${q(email)}`), null, 'not yet');
		const claim = tokenIn(lastMail(email).body, '/area-personale/ospite');
		const intruder = await loggedIn(2);
		assert.equal((await intruder.get(`/area-personale/ospite/${claim}`)).status, 404, "another citizen's link");
		const page = await citizen.get(`/area-personale/ospite/${claim}`);
		assert.equal(page.status, 200);
		assert.equal(sqlValue(`SELECT citizen_id FROM cases WHERE contact_email = ${q(email)}`), null, 'a GET joins nothing');
		const done = await citizen.post(`/area-personale/ospite/${claim}`, { csrf: citizen.csrf });
		assert.equal(done.status, 303);
		assert.equal(sqlValue(`SELECT citizen_id FROM cases WHERE contact_email = ${q(email)}`), cid);
		const area = await citizen.get('/area-personale');
		assert.match(textOf(area.text), /Buca in via dei Mille/);
		const spent = await citizen.post(`/area-personale/ospite/${claim}`, { csrf: citizen.csrf });
		assert.equal(spent.status, 404, 'the link is spent');
		const none = await citizen.post('/area-personale/ospite', { csrf: citizen.csrf, email: `nobody-${process.pid}@example.org` });
		assert.equal(none.status, 200, 'the same answer without reports');
		assert.equal(lastMail(`nobody-${process.pid}@example.org`), undefined, 'and no e-mail');
	});

	test('at most Cases.GuestPerHourClient reports an hour from one address', async () => {
		// the stack's clients all come from 127.0.0.1: its count for this hour is set near the limit
		const key = "SHA2('ip:127.0.0.1', 256)";
		const hour = 'FROM_UNIXTIME(UNIX_TIMESTAMP() DIV 3600 * 3600)';
		const before = sqlValue(`SELECT n FROM guest_limits WHERE client_key = ${key} AND hour = ${hour}`);
		sql(`INSERT INTO guest_limits (client_key, hour, n) VALUES (${key}, ${hour}, 10) ON DUPLICATE KEY UPDATE n = 10`);
		try {
			const email = `client-${process.pid}@example.org`;
			const { r } = await send(email);
			assert.equal(r.status, 429);
			assert.match(textOf(r.text), /Troppe segnalazioni/);
			assert.equal(draftsOf(email), 0);
		} finally {
			sql(`UPDATE guest_limits SET n = ${Number(before || 0)} WHERE client_key = ${key} AND hour = ${hour}`);
		}
	});
});
