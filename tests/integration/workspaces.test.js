'use strict';
// The operators' and managers' workspace (issue 13), over HTTP against the
// test stack:
//   - the case page offers ONE next step for the case's status (received →
//     Prendi in carico, in_charge → Inizia la lavorazione, in_progress →
//     Rispondi, then Chiudi once answered, waiting_citizen → Riprendi, closed
//     and rejected → Riapri, withdrawn → none), every other action behind the
//     closed "Altre azioni" disclosure, one primary button in all;
//   - closing asks for the outcome in the same form: a required radio group
//     with a legend; without it a 422 names it beside the group, nothing changes;
//   - every admin page (each role's rooms, a case, a 404 and a 403, the login
//     page) wears the staff header: name, role, offices, "Esci" (the logout
//     POST with the CSRF token), the back-office menu by role, no citizen login;
//   - Cases.ShowStaffNames = 0 (the default): the citizen's timeline, the
//     guest's tracking page and the e-mails name the office, never the person.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q, timelineOf, Client, guestStamp } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const POLICE = 'polizia-locale';   // strade-e-marciapiedi goes there (tests/fixtures)
const POLICE_NAME = () => sqlValue(`SELECT name FROM offices WHERE slug = ${q(POLICE)}`);

function act(client, code, azione, fields = {}) {
	return client.post(`/admin/pratiche/${code}/azione`, { csrf: client.csrf, azione, ...fields });
}

async function acted(client, code, azione, fields = {}) {
	const r = await act(client, code, azione, fields);
	assert.equal(r.status, 303, `${azione}: expected 303, got ${r.status}: ${textOf(r.text).slice(0, 300)}`);
}

// The actions section of a case page: the primary action, the buttons styled
// primary, whether "Altre azioni" is open, and the actions behind it.
function actionsOf(html) {
	const sec = /<section aria-labelledby="azioni"[\s\S]*?<\/section>/.exec(html);
	assert.ok(sec, 'no actions section');
	const s = sec[0];
	const primary = /<div class="vm-primary-action[^"]*" id="azione-([a-z]+)">/.exec(s);
	const details = /<details class="vm-more-actions"( open)?>([\s\S]*?)<\/details>/.exec(s);
	assert.ok(details, 'no "Altre azioni" disclosure');
	assert.match(details[2], /^\s*<summary>Altre azioni<\/summary>/);
	const namesIn = (t) => [...t.matchAll(/name="azione" value="([a-z]+)"/g)].map((m) => m[1]);
	return {
		primary: primary ? primary[1] : null,
		primaryForms: primary ? namesIn(s.slice(primary.index, details.index)) : [],
		primaryButtons: (s.match(/class="btn btn-primary[ "]/g) || []).length,
		open: Boolean(details[1]),
		others: namesIn(details[2]),
	};
}

async function expectNext(op, code, status, next, label) {
	assert.equal(sqlValue(`SELECT status FROM cases WHERE code = ${q(code)}`), status);
	const r = await op.get(`/admin/pratiche/${code}`);
	assert.equal(r.status, 200);
	const a = actionsOf(r.text);
	assert.equal(a.primary, next, `${status}: the next step`);
	assert.deepEqual(a.primaryForms, next ? [next] : [], `${status}: one form in the next step`);
	assert.equal(a.primaryButtons, next ? 1 : 0, `${status}: one primary button`);
	assert.equal(a.open, false, `${status}: "Altre azioni" closed`);
	assert.ok(!a.others.includes(next), `${status}: the next step is not repeated below`);
	if (label)
		assert.match(textOf(r.text), new RegExp(`Prossimo passo ${label}`), `${status}: the button says ${label}`);
	return a;
}

describe('the case page: one next step for each status', () => {
	let citizen, op, code;
	before(async () => {
		citizen = await loggedIn(0);
		op = await staffClient('operator', [POLICE]);
		({ code } = await citizen.fileCase({ titolo: 'Buca davanti alla scuola' }));
	});

	test('received → Prendi in carico; the rest behind Altre azioni', async () => {
		const a = await expectNext(op, code, 'received', 'prendi', 'Prendi in carico');
		for (const other of ['assegna', 'rispondi', 'chiedi', 'nota', 'trasferisci', 'riclassifica', 'chiudi'])
			assert.ok(a.others.includes(other), `${other} under Altre azioni`);
	});

	test('in_charge → Inizia la lavorazione', async () => {
		await acted(op, code, 'prendi');
		await expectNext(op, code, 'in_charge', 'lavora', 'Inizia la lavorazione');
		const withTemplate = await op.get(`/admin/pratiche/${code}?modello=presa-in-carico`);
		assert.equal(actionsOf(withTemplate.text).open, true, 'a chosen response template opens Altre azioni');
	});

	test('in_progress → Rispondi, then Chiudi once the office has answered', async () => {
		await acted(op, code, 'lavora');
		await expectNext(op, code, 'in_progress', 'rispondi', 'Rispondi al cittadino');
		await acted(op, code, 'rispondi', { risposta: 'Abbiamo mandato una squadra a verificare.' });
		await expectNext(op, code, 'in_progress', 'chiudi', 'Chiudi la pratica');
	});

	test('waiting_citizen → Riprendi la lavorazione', async () => {
		await acted(op, code, 'chiedi', { domanda: 'A che altezza del civico si trova?' });
		await expectNext(op, code, 'waiting_citizen', 'riprendi', 'Riprendi la lavorazione');
		await acted(op, code, 'riprendi');
	});

	test('closing requires the outcome: a required radio group with a legend, the error beside it', async () => {
		const page = await op.get(`/admin/pratiche/${code}`);
		const form = /<form method="post" action="[^"]+"><input type="hidden" name="csrf" value="[^"]*"><input type="hidden" name="azione" value="chiudi">[\s\S]*?<\/form>/.exec(page.text)[0];
		assert.match(form, /<fieldset class="vm-outcome[^"]*"><legend class="h6">Esito della pratica \(obbligatorio\)<\/legend>/);
		const radios = [...form.matchAll(/<input class="form-check-input" type="radio" name="esito"[^>]*>/g)].map((m) => m[0]);
		assert.equal(radios.length, 4);
		assert.ok(radios.every((r) => / required/.test(r)), 'every radio required');
		const r = await act(op, code, 'chiudi', { spiegazione: 'Buca chiusa con asfalto a freddo.' });
		assert.equal(r.status, 422);
		assert.match(r.text, /<fieldset class="vm-outcome mb-3 vm-outcome-missing">/);
		assert.match(r.text, /<p class="vm-field-error" id="esito-errore">Scegli l'esito: senza esito la pratica non si chiude.<\/p>/);
		assert.match(r.text, /id="esito-risolta" value="risolta" required aria-describedby="esito-errore"/);
		assert.match(r.text, /<div class="alert alert-danger" role="alert"><a href="#azione-chiudi">/, 'the error summary links to the form');
		assert.match(r.text, /Buca chiusa con asfalto a freddo\./, 'the explanation is kept');
		assert.equal(sqlValue(`SELECT status FROM cases WHERE code = ${q(code)}`), 'in_progress', 'nothing changed');
	});

	test('closed → Riapri; rejected → Riapri', async () => {
		await acted(op, code, 'chiudi', { esito: 'risolta', spiegazione: 'Buca chiusa con asfalto a freddo.' });
		await expectNext(op, code, 'closed', 'riapri', 'Riapri la pratica');
		await acted(op, code, 'riapri', { motivo_riapertura: 'La buca si è riaperta.' });
		await acted(op, code, 'chiudi', { esito: 'respinta', spiegazione: 'Non è una buca ma un tombino.' });
		await expectNext(op, code, 'rejected', 'riapri', 'Riapri la pratica');
	});

	test('withdrawn → no next step, the note still possible under Altre azioni', async () => {
		const { code: other } = await citizen.fileCase({ titolo: 'Tombino rumoroso' });
		const w = await citizen.post(`/segnalazioni/${other}/ritira`, { csrf: citizen.csrf });
		assert.ok([200, 303].includes(w.status), `withdraw: ${w.status}`);
		const a = await expectNext(op, other, 'withdrawn', null);
		assert.deepEqual(a.others, ['nota']);
	});

	test('an error in an action under Altre azioni opens the disclosure', async () => {
		const { code: other } = await citizen.fileCase({ titolo: 'Lampione che lampeggia' });
		const r = await act(op, other, 'nota', { nota: '' });
		assert.equal(r.status, 422);
		assert.equal(actionsOf(r.text).open, true);
	});
});

/* ------------------------------------------------------------ staff header */

// The staff header of a page: present, with NAME and ROLE, Esci with TOKEN,
// the menu's entries; never the public login.
function staffHeader(html, label) {
	const h = /<header class="it-header-wrapper" data-element="staff-header">([\s\S]*?)<\/header>/.exec(html);
	assert.ok(h, `${label}: no staff header`);
	assert.doesNotMatch(html, /class="[^"]*vm-login|href="\/auth\/login/, `${label}: the citizens' login link`);
	assert.doesNotMatch(html, /data-element="main-navigation"/, `${label}: the portal's menu`);
	assert.match(html, /<a class="visually-hidden-focusable" href="#main-content">/, `${label}: skip link`);
	assert.match(html, /<main id="main-content"/, `${label}: main landmark`);
	const nav = /<nav aria-label="Area riservata">([\s\S]*?)<\/nav>/.exec(h[1]);
	return {
		text: textOf(h[1]),
		logout: /<form method="post" action="\/admin\/logout" class="vm-staff-logout">\s*<input type="hidden" name="csrf" value="([^"]*)">\s*<button[^>]*>Esci<\/button>/.exec(h[1]),
		menu: nav ? [...nav[1].matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => m[2]) : [],
		current: nav ? (/<a href="([^"]+)" aria-current="(?:page|true)">/.exec(nav[1]) || [])[1] : undefined,
	};
}

describe('the staff header on every admin page', () => {
	const ROLE_LABEL = { operator: 'Operatore', editor: 'Redattore', manager: 'Responsabile', admin: 'Amministratore' };
	const MENU = {
		operator: ['Pratiche', 'Sportello', 'Le mie notifiche'],
		editor: ['Contenuti', 'Valutazioni'],
		manager: ['Pratiche', 'Sportello', 'Cruscotto', 'Le mie notifiche'],
		admin: ['Pratiche', 'Sportello', 'Cruscotto', 'Contenuti', 'Valutazioni', 'Account', 'Categorie', 'Zone', 'Le mie notifiche'],
	};
	// [role, path, status]: each page family of each room, a case, errors.
	let code;
	const PAGES = [
		['operator', '/admin', 200], ['operator', '/admin/pratiche', 200], ['operator', 'CASE', 200],
		['operator', '/admin/pratiche/nuova', 200], ['operator', '/admin/sportello', 200],
		['operator', '/admin/profilo/notifiche', 200], ['operator', '/admin/pratiche/zzzzzzzzzzzz', 404],
		['operator', '/admin/cruscotto', 403],
		['editor', '/admin', 200], ['editor', '/admin/contenuti', 200], ['editor', '/admin/valutazioni', 200],
		['editor', '/admin/pratiche', 403],
		['manager', '/admin/cruscotto', 200], ['manager', '/admin/pratiche', 200], ['manager', 'CASE', 200],
		['admin', '/admin/account', 200], ['admin', '/admin/categorie', 200], ['admin', '/admin/aree', 200],
	];
	const clients = {};
	before(async () => {
		for (const role of Object.keys(ROLE_LABEL))
			clients[role] = await staffClient(role, role === 'operator' ? [POLICE] : []);
		const citizen = await loggedIn(1);
		({ code } = await citizen.fileCase({ titolo: 'Cartello stradale piegato' }));
	});

	test('name, role, offices, Esci with the CSRF token, the menu by role, no citizen login', async () => {
		for (const [role, p, status] of PAGES) {
			const path = p === 'CASE' ? `/admin/pratiche/${code}` : p;
			const c = clients[role];
			const r = await c.get(path);
			assert.equal(r.status, status, `${role} ${path}`);
			const h = staffHeader(r.text, `${role} ${path}`);
			assert.ok(h.text.includes(`Test ${role}`), `${role} ${path}: the name`);
			assert.ok(h.text.includes(ROLE_LABEL[role]), `${role} ${path}: the role`);
			assert.ok(h.logout, `${role} ${path}: Esci`);
			assert.equal(h.logout[1], c.csrf, `${role} ${path}: Esci carries the session's token`);
			assert.deepEqual(h.menu, MENU[role], `${role} ${path}: the menu`);
			if (status === 200 && path !== '/admin')
				assert.ok(h.current && path.startsWith(h.current), `${role} ${path}: the current room marked (${h.current})`);
			if (role === 'operator')
				assert.ok(h.text.includes(POLICE_NAME()), `${role} ${path}: the operator's office`);
		}
	});

	test('the offices of the header: every one of the account, in name order', async () => {
		const slugs = sql('SELECT slug FROM offices ORDER BY name LIMIT 3').map(([s]) => s);
		const names = slugs.map((s) => sqlValue(`SELECT name FROM offices WHERE slug = ${q(s)}`));
		const c = await staffClient('operator', [slugs[2], slugs[0], slugs[1]]);
		const r = await c.get('/admin/pratiche');
		assert.equal(r.status, 200);
		const offices = /<p class="vm-staff-offices[^"]*">([\s\S]*?)<\/p>/.exec(r.text);
		assert.ok(offices, 'the offices line');
		assert.equal(textOf(offices[1]), `Uffici: ${names.join(', ')}`);
		const none = await staffClient('admin');
		assert.doesNotMatch((await none.get('/admin')).text, /vm-staff-offices/, 'an account without offices: no line');
	});

	test('the login page and an unknown page: the staff header without a name, no Esci, no citizen login', async () => {
		const r = await new Client().get('/admin/login');
		assert.equal(r.status, 200);
		const h = staffHeader(r.text, 'login');
		assert.equal(h.logout, null);
		assert.deepEqual(h.menu, []);
		assert.match(h.text, /area riservata al personale/);
		const missing = await new Client().get('/admin/pagina-che-non-esiste');
		assert.equal(missing.status, 404);
		assert.equal(staffHeader(missing.text, 'an unknown admin page').logout, null);
	});

	test('Esci in the header signs out', async () => {
		const c = await staffClient('editor');
		const page = await c.get('/admin/contenuti');
		const token = staffHeader(page.text, 'contenuti').logout[1];
		const out = await c.post('/admin/logout', { csrf: token });
		assert.equal(out.status, 303);
		const after = await c.get('/admin/contenuti');
		assert.equal(after.status, 302);
		assert.match(after.location, /\/admin\/login$/);
	});
});

/* --------------------------------------------------------- staff names off */

describe('Cases.ShowStaffNames = 0: the office answers, not the person', () => {
	test('the citizen\'s timeline and the e-mail name the office only', async () => {
		const citizen = await loggedIn(2);
		const { code } = await citizen.fileCase({ titolo: 'Marciapiede rotto in via Roma' });
		const op = await staffClient('operator', [POLICE]);
		await acted(op, code, 'prendi');
		await acted(op, code, 'rispondi', { risposta: 'Interveniamo entro venerdì.' });
		const page = await citizen.get(`/segnalazioni/${code}`);
		const msg = timelineOf(page.text).find((e) => e.kind === 'message');
		assert.ok(msg, 'the reply in the timeline');
		assert.equal(msg.label, POLICE_NAME());
		assert.ok(!page.text.includes('Test operator'), 'no staff name on the citizen\'s page');
		const mails = sql(`SELECT o.body FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.code = ${q(code)}`);
		assert.ok(mails.length >= 2, 'the e-mails to the citizen');
		for (const [body] of mails)
			assert.ok(!body.includes('Test operator'), 'no staff name in the e-mail');
		const reply = mails.find(([body]) => body.includes('Interveniamo entro venerdì.'));
		assert.ok(reply, 'the reply mailed');
		assert.ok(reply[0].includes(`(${POLICE_NAME()})`), 'the office signs the reply');
	});

	test('the guest\'s tracking page names the office only', async () => {
		sql('DELETE FROM guest_limits');
		const email = `ospite-${process.pid}@example.org`;
		const form = new Client();
		const f = await form.get('/segnalazioni/ospite');
		const hidden = Object.fromEntries([...f.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
		const sent = await form.post('/segnalazioni/ospite', {
			...hidden, aperto: guestStamp(Number(hidden.aperto.split('.')[0]) - 10), nome: 'Anna Neri', email,
			categoria: 'strade-e-marciapiedi', zona: '', titolo: 'Buca in via dei Mille',
			descrizione: 'Una buca larga e profonda davanti al civico 4.', indirizzo: 'Via dei Mille 4', privacy: '1', sito: '',
		});
		assert.equal(sent.status, 200, textOf(sent.text).slice(0, 300));
		const body = sql(`SELECT body FROM outbox WHERE recipient = ${q(email)} ORDER BY id DESC LIMIT 1`)[0][0];
		const token = /\/segnalazioni\/ospite\/([0-9a-f]{64})/.exec(body)[1];
		const guest = new Client();
		const ask = await guest.get(`/segnalazioni/ospite/${token}`);
		const csrf = /name="csrf" value="([^"]*)"/.exec(ask.text)[1];
		assert.equal((await guest.post(`/segnalazioni/ospite/${token}`, { csrf })).status, 303);
		const code = sqlValue(`SELECT code FROM cases WHERE contact_email = ${q(email)}`);
		const office = sqlValue(`SELECT o.slug FROM cases c JOIN offices o ON o.id = c.office_id WHERE c.code = ${q(code)}`);
		const officeName = sqlValue(`SELECT name FROM offices WHERE slug = ${q(office)}`);
		const op = await staffClient('operator', [office]);
		await acted(op, code, 'rispondi', { risposta: 'Grazie, la squadra è già sul posto.' });
		const page = await guest.get(`/segnalazioni/ospite/${token}`);
		assert.equal(page.status, 200);
		const msg = timelineOf(page.text).find((e) => e.kind === 'message');
		assert.ok(msg, 'the reply on the tracking page');
		assert.equal(msg.label, officeName);
		assert.ok(!page.text.includes('Test operator'), 'no staff name on the tracking page');
	});
});
