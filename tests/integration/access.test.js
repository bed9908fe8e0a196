'use strict';
// Who may call what: every program's route table (PROGRAM --routes) is the
// reviewed list in tests/access/routes.txt, and the pipeline enforces each
// route's flags whatever the handler does. Anonymous visitors are sent to
// the right login (GET) or refused (anything else); a citizen's form without
// its token is refused; each staff role reaches exactly the rooms its
// routes name.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Client, loggedIn } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const ROOT = path.resolve(__dirname, '../..');
const PROGRAMS = ['portal', 'auth', 'cases', 'admin', 'demo-idp'];
// State-changing routes without our CSRF token, each for a reason.
const NO_CSRF = {
	'POST /auth/acs': 'the SAML Response is signed by the IdP and bound to our request ID',
	'POST /auth/slo': 'the SAML logout message is signed by the IdP',
	'POST /admin/login': 'no session yet; the staff cookie is SameSite=Strict',
	'POST /demo-idp/sso': 'the demo IdP (tests and demo only)',
	'POST /valutazione': 'the anonymous clarity rating of a public page: no session to ride, rate-limited per client',
	'POST /prenota/blocca': 'booking needs no login: the flow\'s own double-submit token (cookie "prenota", SameSite=Strict, = the csrf field)',
	'POST /prenota/:id/dati': 'booking needs no login: the hold\'s unguessable id in the URL and the flow\'s double-submit token',
	'POST /prenota/:id/conferma': 'booking needs no login: the hold\'s unguessable id in the URL and the flow\'s double-submit token',
	'POST /segnalazioni/esito/:token': 'the closing e-mail\'s one-click answer needs no login: the link\'s unguessable token names the closure, and the booking flow\'s double-submit token guards the form',
	'POST /segnalazioni/ospite': 'guest reporting needs no login: the booking flow\'s double-submit token, a honeypot, a minimum fill time and per-address and per-e-mail limits in SQL; nothing is filed before the e-mailed link is followed',
	'POST /segnalazioni/ospite/:token': 'the guest\'s confirmation: the unguessable token e-mailed to them names the report, and the booking flow\'s double-submit token guards the form',
	'POST /prenota/:code/annulla': 'the booking\'s cancel token (from its latest e-mail) or its citizen\'s session, and the flow\'s double-submit token',
	'POST /prenota/:code/sposta': 'the booking\'s cancel token (from its latest e-mail) or its citizen\'s session, and the flow\'s double-submit token',
};

function table() {
	const routes = [];
	for (const prog of PROGRAMS) {
		const out = execFileSync(path.join(ROOT, 'build/bin', prog), ['--routes'], { encoding: 'utf8' });
		for (const line of out.trim().split('\n')) {
			const [method, pattern, ...flags] = line.trim().split(/\s+/);
			routes.push({ prog, method, pattern, flags: new Set(flags) });
		}
	}
	return routes;
}
const ROUTES = table();
const sample = (pattern) => pattern.replace(/:code/g, 'abcdefabcdef').replace(/:[a-z]+/g, '1');

test('the route tables are the reviewed list in tests/access/routes.txt', () => {
	const live = PROGRAMS.map((p) => `# ${p}\n` +
		execFileSync(path.join(ROOT, 'build/bin', p), ['--routes'], { encoding: 'utf8' })).join('');
	const want = fs.readFileSync(path.join(ROOT, 'tests/access/routes.txt'), 'utf8');
	assert.equal(live, want, 'a route or its access changed: review it and update tests/access/routes.txt');
});

test('every state-changing route is CSRF-checked, or exempt for a stated reason', () => {
	for (const r of ROUTES.filter((x) => x.method !== 'GET')) {
		const key = `${r.method} ${r.pattern}`;
		if (r.flags.has('no-csrf')) assert.ok(NO_CSRF[key], `${key} skips CSRF without a reason here`);
		else assert.ok(r.flags.has('csrf'), `${key} has no CSRF check`);
	}
});

test('anonymous: GETs go to the right login, everything else is refused', async () => {
	const anon = new Client();
	for (const r of ROUTES.filter((x) => x.flags.has('citizen') || x.flags.has('staff'))) {
		const url = sample(r.pattern);
		const res = r.method === 'GET' ? await anon.get(url)
			: await anon.post(url, { csrf: 'x', azione: 'salva' });
		const label = `${r.method} ${r.pattern}`;
		if (r.method !== 'GET') {
			assert.equal(res.status, 403, label);
		} else if (r.flags.has('citizen')) {
			assert.equal(res.status, 302, label);
			assert.match(res.location, /^\/auth\/login\?level=2&next=/, label);
		} else {
			assert.equal(res.status, 302, label);
			assert.equal(res.location, '/admin/login', label);
		}
	}
});

test('a signed-in citizen: a form without the session token, or with another, is refused', async () => {
	const c = await loggedIn(1);
	for (const r of ROUTES.filter((x) => x.prog === 'cases' && x.flags.has('csrf'))) {
		const url = sample(r.pattern);
		for (const csrf of [undefined, 'A'.repeat(64)]) {
			const res = await c.post(url, { csrf });
			assert.equal(res.status, 403, `${r.method} ${r.pattern} csrf=${csrf}`);
			assert.match(res.text, /Il modulo è scaduto o non è valido/);
		}
	}
	const staffRoutes = ROUTES.filter((x) => x.flags.has('staff'));
	for (const r of staffRoutes.filter((x) => x.method === 'GET'))
		assert.equal((await c.get(sample(r.pattern))).status, 302, `citizen session is no staff session: ${r.pattern}`);
});

test('each staff role reaches exactly the routes that name it', async () => {
	const roles = ['admin', 'editor', 'operator', 'manager'];
	const staffRoutes = ROUTES.filter((x) => x.flags.has('staff'));
	for (const role of roles) {
		const c = await staffClient(role);
		for (const r of staffRoutes) {
			const named = ['admin', 'editor', 'operator', 'manager'].filter((x) => r.flags.has(x));
			const allowed = named.length === 0 || named.includes(role);
			const url = sample(r.pattern);
			const res = r.method === 'GET' ? await c.get(url) : await c.post(url, { csrf: 'wrong' });
			const label = `${role}: ${r.method} ${r.pattern}`;
			if (!allowed) {
				assert.equal(res.status, 403, label);
				assert.match(res.text, /Il tuo ruolo non consente/, label);
			} else if (r.method === 'GET') {
				assert.ok(res.status !== 403 && res.status !== 302, `${label}: ${res.status}`);
			} else {
				assert.equal(res.status, 403, `${label} with a wrong token`);
				assert.match(res.text, /Il modulo è scaduto o non è valido/, label);
			}
		}
	}
});
