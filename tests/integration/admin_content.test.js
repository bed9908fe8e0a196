'use strict';
// The editors' pages of the back office (cgi-bin/content/) against a
// running stack:
//  - role boundaries: an operator and a manager get 403 on every editor page,
//    a citizen's session (SPID, demo IdP) and no session at all never reach
//    them; every POST needs the staff CSRF token;
//  - the scheda servizio: mandatory fields enforced (422, the form keeps
//    what was typed), unique slug;
//  - draft -> preview (Markdown rendered) -> publish -> visible on the portal
//    at once, in /cerca too -> edit + publish -> the new title on the very
//    next request of every portal worker (page cache) -> unpublish -> 404;
//  - revisions listed, the diff of a change, restore (a new revision);
//  - raw HTML and javascript: links in Markdown never reach a page as markup;
//  - audit_log rows with before and after;
//  - topics, offices and FAQ: create and edit, shown on the portal at once.
// Everything the file creates is deleted at the end (the other suites count
// the fixture's rows).
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js (DEMO_IDP=1).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { get, h1Of, textOf, decodeEntities } = require('./lib/http');
const { staffClient, formBody, staffPost } = require('./lib/staff');
const { loggedIn, sql, sqlValue, q, errorsOf, inputValue, textareaValue } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const PREFIX = `prova-ac-${RUN}`;
const slug = (name) => `${PREFIX}-${name}`;

const body = formBody;
const post = staffPost;

// Every field of a valid scheda servizio.
function serviceFields(name, extra = {}) {
	return {
		title: `Servizio di prova ${name}`,
		slug: slug(name),
		summary: 'Un servizio creato dai test dell\'area riservata.',
		status: 'active',
		for_citizens: '1',
		audience: 'Chi vive a Valdimonte.',
		description: 'Un paragrafo con **grassetto** e *corsivo*.\n\n# Un titoletto\n\n- primo punto\n- secondo punto',
		how_to: '1. Compila il modulo.\n2. Invialo.',
		requirements: '- Un documento d\'identità.',
		outputs: 'La ricevuta.',
		times: 'Trenta giorni.',
		costs: 'Gratuito.',
		conditions: 'Le condizioni del servizio.',
		online_url: 'https://servizi.example.org/prova',
		online_label: '',
		in_person: '',
		office_id: '1',
		category_id: '3',
		contacts: 'Scrivi all\'ufficio.',
		topics: ['1', '3'],
		...extra,
	};
}

function serviceId(location) {
	const m = /^\/admin\/servizi\/(\d+)\?esito=([a-z]+)$/.exec(location || '');
	assert.ok(m, `unexpected Location ${location}`);
	return { id: m[1], esito: m[2] };
}

// A portal page from every worker: a few requests in a row.
async function portalTimes(urlPath, n = 6) {
	const out = [];
	for (let i = 0; i < n; i++) out.push(await get(urlPath));
	return out;
}

function auditRows(type, id) {
	return sql(`SELECT action, before_value, after_value, staff_id FROM audit_log
	            WHERE object_type = ${q(type)} AND object_id = ${q(id)} ORDER BY id`)
		.map(([action, before, afterValue, staff]) => ({ action, before, after: afterValue, staff }));
}

// Deletes what a run (PREFIX) or any run ('prova-ac') made.
function cleanup(prefix = PREFIX) {
	const like = q(`${prefix}-%`);
	sql(`DELETE d FROM search_docs d JOIN services s ON d.kind = 'service' AND d.ref_id = s.id WHERE s.slug LIKE ${like};
	     DELETE d FROM search_docs d JOIN faqs f ON d.kind = 'faq' AND d.ref_id = f.id WHERE f.slug LIKE ${like};
	     DELETE d FROM search_docs d JOIN offices o ON d.kind = 'office' AND d.ref_id = o.id WHERE o.slug LIKE ${like};
	     DELETE FROM services WHERE slug LIKE ${like};
	     DELETE FROM faqs WHERE slug LIKE ${like};
	     DELETE FROM offices WHERE slug LIKE ${like};
	     DELETE FROM topics WHERE slug LIKE ${like};`);
}

const EDITOR_GETS = ['/admin/contenuti', '/admin/servizi/nuovo', '/admin/servizi/1', '/admin/servizi/1/anteprima',
	'/admin/servizi/1/revisioni', '/admin/servizi/1/revisioni/1', '/admin/argomenti/nuovo', '/admin/argomenti/1',
	'/admin/uffici/nuovo', '/admin/uffici/1', '/admin/faq/nuovo', '/admin/faq/1'];
const EDITOR_POSTS = ['/admin/servizi/nuovo', '/admin/servizi/1', '/admin/servizi/1/revisioni/1', '/admin/argomenti/nuovo',
	'/admin/argomenti/1', '/admin/uffici/nuovo', '/admin/uffici/1', '/admin/faq/nuovo', '/admin/faq/1'];

describe('editors: content of the portal', () => {
	let editor;
	before(async () => {
		cleanup('prova-ac');
		editor = await staffClient('editor');
	});
	after(() => cleanup());

	describe('who may use the editor pages', () => {
		for (const role of ['operator', 'manager']) {
			test(`a ${role} gets 403 on every editor page, GET and POST`, async () => {
				const c = await staffClient(role, role === 'operator' ? ['ufficio-anagrafe'] : []);
				assert.ok(c.csrf, 'the staff CSRF token');
				for (const p of EDITOR_GETS) assert.equal((await c.get(p)).status, 403, `GET ${p}`);
				for (const p of EDITOR_POSTS)
					assert.equal((await post(c, p, serviceFields('ruolo', { azione: 'pubblica' }))).status, 403, `POST ${p}`);
				assert.equal(sqlValue(`SELECT COUNT(*) FROM services WHERE slug = ${q(slug('ruolo'))}`), '0');
			});
		}

		test('a citizen\'s session does not reach the back office', async () => {
			const citizen = await loggedIn(0);
			for (const p of ['/admin', ...EDITOR_GETS]) {
				const r = await citizen.get(p);
				assert.equal(r.status, 302, `GET ${p}`);
				assert.equal(r.location, '/admin/login', `GET ${p}`);
			}
			for (const p of EDITOR_POSTS)
				assert.equal((await post(citizen, p, serviceFields('cittadino'))).status, 403, `POST ${p}`);
		});

		test('without a session: GET to the login page, POST refused', async () => {
			for (const p of EDITOR_GETS) {
				const r = await get(p);
				assert.equal(r.status, 302, p);
				assert.equal(r.headers.get('location'), '/admin/login', p);
			}
			for (const p of EDITOR_POSTS) {
				const r = await get(p, { method: 'POST', body: body(serviceFields('anonimo')),
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
				assert.equal(r.status, 403, p);
			}
		});

		test('an editor\'s POST without the CSRF token, or with another one, is refused', async () => {
			const name = sqlValue('SELECT name FROM topics WHERE id = 1');
			for (const csrf of [null, '', 'x'.repeat(64), (await staffClient('editor')).csrf]) {
				for (const p of EDITOR_POSTS) {
					const r = await post(editor, p, { ...serviceFields('csrf'), name: 'Cambiato', azione: 'pubblica' }, { csrf });
					assert.equal(r.status, 403, `POST ${p} with csrf ${csrf}`);
				}
			}
			assert.equal(sqlValue('SELECT name FROM topics WHERE id = 1'), name);
			assert.equal(sqlValue(`SELECT COUNT(*) FROM services WHERE slug = ${q(slug('csrf'))}`), '0');
		});

		test('the editor pages answer an editor, never cached', async () => {
			for (const p of EDITOR_GETS.filter((x) => !x.includes('/revisioni/'))) {
				const r = await editor.get(p);
				assert.equal(r.status, 200, p);
				assert.equal(r.headers.get('cache-control'), 'no-store', p);
			}
			assert.equal((await editor.get('/admin/servizi/999999')).status, 404);
			assert.equal((await editor.get('/admin/servizi/abc')).status, 404);
			assert.equal((await editor.get('/admin/servizi/nuovo/revisioni')).status, 404);
			assert.equal((await editor.get('/admin/argomenti/999999')).status, 404);
		});
	});

	describe('the scheda servizio', () => {
		test('mandatory fields: 422 with the errors and what was typed', async () => {
			const r = await post(editor, '/admin/servizi/nuovo', {
				title: 'Solo il titolo <b>', description: 'Testo\n\nscritto', azione: 'bozza',
			});
			assert.equal(r.status, 422);
			const errors = errorsOf(r.text).join(' | ');
			for (const label of ['Descrizione breve', 'A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene',
				'Tempi e scadenze', 'Quanto costa', 'Condizioni di servizio', 'Unità organizzativa responsabile',
				'Contatti', 'Argomenti'])
				assert.ok(errors.includes(label), `an error about ${label}: ${errors}`);
			assert.match(errors, /almeno un modo di accedere/);
			assert.equal(inputValue(r.text, 'f-title'), 'Solo il titolo <b>');
			assert.ok(r.text.includes('value="Solo il titolo &lt;b&gt;"'), 'the typed title, escaped');
			assert.equal(textareaValue(r.text, 'f-description'), 'Testo\n\nscritto');
			assert.match(r.text, /<textarea[^>]*id="f-audience"[^>]*aria-invalid="true"/);
			assert.equal(sqlValue('SELECT COUNT(*) FROM services WHERE title = \'Solo il titolo <b>\''), '0');
		});

		test('each rule of the fields', async () => {
			const cases = [
				[{ status: 'inactive', status_reason: '' }, /perché il servizio non è attivo/],
				[{ slug: 'certificato-anagrafico' }, /già usato da un altro servizio/],
				[{ slug: 'Non Valido' }, /solo lettere minuscole/],
				[{ online_url: 'javascript:alert(1)' }, /https:\/\//],
				[{ summary: 'x'.repeat(161) }, /al massimo 160 caratteri/],
				[{ topics: ['999'] }, /Argomenti/],
				[{ office_id: '999' }, /Unità organizzativa/],
				[{ category_id: '99' }, /Categoria del servizio/],
				[{ category_id: '' }, /Categoria del servizio/],
				[{ status: 'boh' }, /Stato del servizio/],
			];
			for (const [extra, re] of cases) {
				const r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('regole', extra), azione: 'bozza' });
				assert.equal(r.status, 422, JSON.stringify(extra));
				assert.match(errorsOf(r.text).join(' | '), re, JSON.stringify(extra));
			}
			assert.equal(sqlValue(`SELECT COUNT(*) FROM services WHERE slug LIKE ${q(`${slug('regole')}%`)}`), '0');
		});

		test('a slug taken after a draft was saved: publishing that draft says so (422)', async () => {
			let r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('primo'), azione: 'pubblica' });
			const { id } = serviceId(r.location);
			r = await post(editor, `/admin/servizi/${id}`, { ...serviceFields('primo', { slug: slug('conteso') }), azione: 'bozza' });
			assert.equal(r.status, 303);
			r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('conteso'), azione: 'bozza' });
			assert.equal(r.status, 303, 'the slug of a draft is not reserved');
			const rev = sqlValue(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${id}`);
			r = await post(editor, `/admin/servizi/${id}/revisioni/${rev}`, { azione: 'pubblica' });
			assert.equal(r.status, 422);
			assert.match(errorsOf(r.text).join(' | '), /già usato da un altro servizio/);
			assert.equal(inputValue(r.text, 'f-slug'), slug('conteso'), 'the form shows the revision');
			assert.equal(sqlValue(`SELECT slug FROM services WHERE id = ${id}`), slug('primo'), 'nothing published');
			assert.equal((await get(`/servizi/${slug('primo')}`)).status, 200);
		});

		test('a revision saved before sql/040 (no category, booking_url) keeps the live category and booking', async () => {
			let r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('vecchia', { category_id: '13', booking: '1' }), azione: 'pubblica' });
			const { id } = serviceId(r.location);
			assert.deepEqual(sql(`SELECT category_id, booking FROM services WHERE id = ${id}`)[0], ['13', '1']);
			sql(`INSERT INTO service_revisions (service_id, at, staff_id, state, snapshot)
				SELECT service_id, NOW(3), NULL, 'draft', JSON_SET(JSON_REMOVE(snapshot, '$.category_id', '$.booking'),
					'$.booking_url', 'https://servizi.comune.valdimonte.it/prenotazioni/x', '$.title', 'Servizio ${PREFIX} vecchio')
				FROM service_revisions WHERE service_id = ${id} ORDER BY id DESC LIMIT 1`);
			const rev = sqlValue(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${id}`);
			const form = await editor.get(`/admin/servizi/${id}`);
			assert.equal(form.status, 200);
			assert.match(form.text, /<option value="13" selected>/, 'the live category in the form');
			r = await post(editor, `/admin/servizi/${id}/revisioni/${rev}`, { azione: 'pubblica' });
			assert.equal(r.status, 303);
			assert.deepEqual(sql(`SELECT title, category_id, booking FROM services WHERE id = ${id}`)[0],
				[`Servizio ${PREFIX} vecchio`, '13', '1']);
			const html = (await get(`/servizi/${slug('vecchia')}`)).text;
			assert.match(html, /href="\/servizi\/categoria\/tributi-finanze-e-contravvenzioni"/);
			assert.ok(html.includes(`href="/prenota?servizio=${slug('vecchia')}"`), 'the booking button');
		});

		test('the slug is made from the title when left empty', async () => {
			const r = await post(editor, '/admin/servizi/nuovo', {
				...serviceFields('auto', { slug: '', title: `Attività e Città ${PREFIX} auto` }), azione: 'bozza',
			});
			assert.equal(r.status, 303);
			const { id } = serviceId(r.location);
			assert.equal(sqlValue(`SELECT slug FROM services WHERE id = ${id}`), `attivita-e-citta-${PREFIX}-auto`);
			sql(`UPDATE services SET slug = ${q(slug('auto'))} WHERE id = ${id}`);   // for the clean-up
		});
	});

	describe('draft, preview, publish, edit, unpublish', () => {
		const WORD = `zefirotti${RUN.replace(/\d/g, (d) => 'abcdefghij'[d])}`;   // a word only this service has
		let id;
		const page = () => `/servizi/${slug('giro')}`;

		test('a saved draft is not on the portal', async () => {
			const r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('giro', { title: `Servizio ${WORD} prima` }), azione: 'bozza' });
			assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
			({ id } = serviceId(r.location));
			assert.equal(serviceId(r.location).esito, 'bozza');
			assert.equal(sqlValue(`SELECT published FROM services WHERE id = ${id}`), '0');
			assert.equal((await get(page())).status, 404);
			assert.ok(!(await get(`/cerca?q=${WORD}`)).text.includes(page()), 'not found by the search');
			const form = await editor.get(`/admin/servizi/${id}?esito=bozza`);
			assert.equal(form.status, 200);
			assert.match(form.text, /Bozza salvata/);
			assert.match(textOf(form.text), /Stato: non pubblicato\s*; ci sono modifiche in bozza/);
			assert.equal(inputValue(form.text, 'f-title'), `Servizio ${WORD} prima`);
		});

		test('the preview shows the Markdown rendered', async () => {
			const r = await editor.get(`/admin/servizi/${id}/anteprima`);
			assert.equal(r.status, 200);
			assert.equal(h1Of(r.text), `Servizio ${WORD} prima`);
			assert.ok(r.text.includes('<p>Un paragrafo con <strong>grassetto</strong> e <em>corsivo</em>.</p>' +
				'<h3>Un titoletto</h3><ul><li>primo punto</li><li>secondo punto</li></ul>'), 'description rendered');
			assert.ok(r.text.includes('<ol><li>Compila il modulo.</li><li>Invialo.</li></ol>'), 'how_to rendered');
			assert.ok(r.text.includes('<li>Anagrafe</li>'), 'its topics');
			assert.match(r.text, /<dt class="col-sm-4">Categoria<\/dt><dd class="col-sm-8">Anagrafe e stato civile<\/dd>/, 'its category');
			assert.match(textOf(r.text), /bozza/);
		});

		test('published, it is on the portal at once and found by the search', async () => {
			const warm = await get('/servizi?argomento=mobilita-e-trasporti');   // a cached list that must change
			assert.ok(!warm.text.includes(page()));
			const r = await post(editor, `/admin/servizi/${id}`, { ...serviceFields('giro', { title: `Servizio ${WORD} prima` }), azione: 'pubblica' });
			assert.equal(r.status, 303);
			assert.equal(serviceId(r.location).esito, 'pubblicato');
			for (const p of await portalTimes(page())) {
				assert.equal(p.status, 200);
				assert.equal(h1Of(p.text), `Servizio ${WORD} prima`);
				assert.ok(p.text.includes('<strong>grassetto</strong>'), 'Markdown on the portal');
			}
			assert.ok((await get('/servizi?argomento=mobilita-e-trasporti')).text.includes(`href="${page()}"`), 'in the list of its topic');
			assert.ok((await get('/servizi/categoria/anagrafe-e-stato-civile')).text.includes(`href="${page()}"`), 'in the page of its category');
			assert.ok((await get(`/cerca?q=${WORD}`)).text.includes(`href="${page()}"`), 'found by the search');
			// publishing what was saved made no new revision
			assert.equal(sqlValue(`SELECT COUNT(*) FROM service_revisions WHERE service_id = ${id}`), '1');
			assert.equal(sqlValue(`SELECT state FROM service_revisions WHERE service_id = ${id}`), 'published');
		});

		test('an edited title, published, is on the very next request of every worker', async () => {
			for (const p of await portalTimes(page())) assert.equal(h1Of(p.text), `Servizio ${WORD} prima`);   // cached
			const r = await post(editor, `/admin/servizi/${id}`, { ...serviceFields('giro', { title: `Servizio ${WORD} dopo` }), azione: 'pubblica' });
			assert.equal(r.status, 303);
			for (const p of await portalTimes(page())) assert.equal(h1Of(p.text), `Servizio ${WORD} dopo`);
			const found = (await get(`/cerca?q=${WORD}+dopo`)).text;
			assert.ok(found.includes(`Servizio ${WORD} dopo</a>`), 'the search shows the new title');
		});

		test('a draft of a published service leaves the portal alone', async () => {
			const r = await post(editor, `/admin/servizi/${id}`, { ...serviceFields('giro', { title: `Servizio ${WORD} bozza` }), azione: 'bozza' });
			assert.equal(r.status, 303);
			assert.equal(h1Of((await get(page())).text), `Servizio ${WORD} dopo`);
			assert.equal(h1Of((await editor.get(`/admin/servizi/${id}/anteprima`)).text), `Servizio ${WORD} bozza`);
			assert.equal(inputValue((await editor.get(`/admin/servizi/${id}`)).text, 'f-title'), `Servizio ${WORD} bozza`);
		});

		test('revisions listed; the diff shows the change; restore makes a new revision', async () => {
			const list = await editor.get(`/admin/servizi/${id}/revisioni`);
			assert.equal(list.status, 200);
			const revs = [...list.text.matchAll(/<tr class="vm-revision-(draft|published)">\s*<td>(\d+)<\/td>/g)].map((m) => ({ state: m[1], id: m[2] }));
			assert.deepEqual(revs.map((x) => x.state), ['draft', 'published', 'published']);
			assert.match(textOf(list.text), /Test editor/);
			assert.match(textOf(list.text), /In linea\s*: pubblicata, sul portale/);
			const [draft, second, first] = revs;

			const diff = await editor.get(`/admin/servizi/${id}/revisioni/${second.id}`);
			assert.equal(diff.status, 200);
			assert.ok(diff.text.includes(`<div class="vm-diff-text">Servizio ${WORD} <del><span class="visually-hidden">[eliminato: </span>prima<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[aggiunto: </span>dopo<span class="visually-hidden">]</span></ins></div>`), 'only the changed word marked');
			assert.equal([...diff.text.matchAll(/class="mb-4 vm-diff-field"/g)].length, 1, 'only the title changed');
			const vs = await editor.get(`/admin/servizi/${id}/revisioni/${draft.id}?con=${first.id}`);
			assert.ok(vs.text.includes(`Servizio ${WORD} <del><span class="visually-hidden">[eliminato: </span>prima<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[aggiunto: </span>bozza<span class="visually-hidden">]</span></ins>`));
			assert.equal((await editor.get(`/admin/servizi/${id}/revisioni/${draft.id}?con=x`)).status, 400);
			assert.equal((await editor.get(`/admin/servizi/${id}/revisioni/1`)).status, 404, 'another service\'s revision');

			const r = await post(editor, `/admin/servizi/${id}/revisioni/${first.id}`, { azione: 'ripristina' });
			assert.equal(r.status, 303);
			assert.equal(serviceId(r.location).esito, 'ripristinato');
			const rows = sql(`SELECT id, state, JSON_VALUE(snapshot, '$.title') FROM service_revisions WHERE service_id = ${id} ORDER BY id`);
			assert.equal(rows.length, 4, 'a new revision');
			assert.deepEqual(rows[3].slice(1), ['draft', `Servizio ${WORD} prima`]);
			assert.equal(inputValue((await editor.get(`/admin/servizi/${id}`)).text, 'f-title'), `Servizio ${WORD} prima`);
			assert.equal(h1Of((await get(page())).text), `Servizio ${WORD} dopo`, 'not published yet');

			// from the revision page, published at once (no new revision: it is the latest)
			const p = await post(editor, `/admin/servizi/${id}/revisioni/${rows[3][0]}`, { azione: 'pubblica' });
			assert.equal(p.status, 303);
			assert.equal(serviceId(p.location).esito, 'pubblicato');
			assert.equal(sqlValue(`SELECT COUNT(*) FROM service_revisions WHERE service_id = ${id}`), '4');
			for (const x of await portalTimes(page())) assert.equal(h1Of(x.text), `Servizio ${WORD} prima`);
		});

		test('unpublished, it answers 404 and leaves the search', async () => {
			const r = await post(editor, `/admin/servizi/${id}`, { azione: 'ritira' });
			assert.equal(r.status, 303);
			assert.equal(serviceId(r.location).esito, 'ritirato');
			for (const p of await portalTimes(page())) assert.equal(p.status, 404);
			assert.ok(!(await get(`/cerca?q=${WORD}`)).text.includes(page()));
			assert.equal(sqlValue(`SELECT COUNT(*) FROM search_docs WHERE kind = 'service' AND ref_id = ${id}`), '0');
			assert.ok(!(await get('/servizi?argomento=mobilita-e-trasporti')).text.includes(page()));
			const form = await editor.get(`/admin/servizi/${id}`);
			assert.match(textOf(form.text), /Stato: non pubblicato/);
			assert.ok(!form.text.includes('value="ritira"'), 'nothing to unpublish');
		});

		test('every save, publish, restore and unpublish is in the audit log with before and after', () => {
			const rows = auditRows('service', id);
			const actions = rows.map((x) => x.action);
			assert.deepEqual(actions, ['service-save', 'service-publish', 'service-save', 'service-publish',
				'service-save', 'service-restore', 'service-publish', 'service-unpublish']);
			const staff = sqlValue(`SELECT id FROM staff WHERE username = ${q(editor.account.username)}`);
			for (const x of rows) {
				assert.equal(x.staff, staff, x.action);
				assert.ok(x.after, `${x.action}: after`);
				JSON.parse(x.after);
			}
			assert.equal(rows[0].before, null, 'a new service had nothing before');
			assert.equal(JSON.parse(rows[0].after).title, `Servizio ${WORD} prima`);
			assert.equal(JSON.parse(rows[3].before).title, `Servizio ${WORD} prima`, 'publish: the live content before');
			assert.equal(JSON.parse(rows[3].after).title, `Servizio ${WORD} dopo`);
			assert.equal(JSON.parse(rows[3].after).topics, '1,3');
			assert.equal(JSON.parse(rows[5].before).title, `Servizio ${WORD} bozza`, 'restore: the draft it replaced');
			assert.deepEqual(JSON.parse(rows[7].after), { slug: slug('giro'), published: '0' });
		});
	});

	describe('Markdown never carries markup to the portal', () => {
		test('raw HTML and javascript: links shown as text or dropped, on the portal and in the preview', async () => {
			const evil = 'Prima <script>alert(1)</script> e <img src=x onerror=alert(2)>.\n\n' +
				'[clic](javascript:alert(3)) [dati](data:text/html;base64,PHNjcmlwdD4=) [buono](https://www.example.org/)\n\n' +
				'<iframe src="https://evil.example.org/"></iframe>';
			const r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('xss', { description: evil, contacts: '<b onmouseover=alert(4)>x</b>' }), azione: 'pubblica' });
			assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
			const { id } = serviceId(r.location);
			for (const html of [(await get(`/servizi/${slug('xss')}`)).text, (await editor.get(`/admin/servizi/${id}/anteprima`)).text]) {
				assert.ok(!html.includes('<script>alert'), 'no <script>');
				assert.ok(!/<img[^>]*onerror/i.test(html), 'no <img onerror>');
				assert.ok(!/<iframe/i.test(html), 'no <iframe>');
				assert.ok(!/<b onmouseover/i.test(html), 'no event handler');
				assert.ok(!/href="(javascript|data):/i.test(html), 'no javascript:/data: link');
				assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script shown as text');
				assert.ok(html.includes('<p>clic dati <a href="https://www.example.org/">buono</a></p>'), 'the bad links dropped, the good one kept');
				const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
				for (const s of scripts) assert.match(s, /^<script (src="\/static\/[^"]+" defer|type="module" src="\/static\/dist\/[^"]+"|type="application\/ld\+json"( data-element="metatag")?)>$/, s);
			}
		});
	});

	describe('topics, offices and FAQ', () => {
		test('a topic: required fields, created, edited, on the portal at once, audited', async () => {
			let r = await post(editor, '/admin/argomenti/nuovo', { name: '', slug: 'X y', summary: 'Solo il sommario' });
			assert.equal(r.status, 422);
			assert.match(errorsOf(r.text).join(' | '), /Nome.*obbligatorio/);
			assert.match(errorsOf(r.text).join(' | '), /solo lettere minuscole/);
			assert.equal(inputValue(r.text, 'f-summary'), 'Solo il sommario');
			r = await post(editor, '/admin/argomenti/nuovo', { name: 'Argomento di prova', slug: slug('argomento'), summary: 'Per i test.', position: '90' });
			assert.equal(r.status, 303);
			const id = /^\/admin\/argomenti\/(\d+)\?esito=salvato$/.exec(r.location)[1];
			assert.equal(h1Of((await get(`/argomenti/${slug('argomento')}`)).text), 'Argomento di prova');
			assert.ok((await get('/argomenti')).text.includes(`/argomenti/${slug('argomento')}`));
			r = await post(editor, `/admin/argomenti/${id}`, { name: 'Argomento rinominato', slug: slug('argomento'), summary: 'Per i test.', position: '90' });
			assert.equal(r.status, 303);
			for (const p of await portalTimes(`/argomenti/${slug('argomento')}`)) assert.equal(h1Of(p.text), 'Argomento rinominato');
			r = await post(editor, `/admin/argomenti/${id}`, { name: 'Doppione', slug: 'tributi', summary: 'x' });
			assert.equal(r.status, 422);
			assert.match(errorsOf(r.text).join(' | '), /già usato/);
			assert.equal(sqlValue(`SELECT name FROM topics WHERE id = ${id}`), 'Argomento rinominato');
			const audit = auditRows('topic', id);
			assert.deepEqual(audit.map((x) => x.action), ['topic-create', 'topic-update']);
			assert.equal(audit[0].before, null);
			assert.equal(JSON.parse(audit[1].before).name, 'Argomento di prova');
			assert.equal(JSON.parse(audit[1].after).name, 'Argomento rinominato');
		});

		test('an office: created and edited, with its opening hours and Markdown description', async () => {
			const fields = {
				name: 'Ufficio di prova', slug: slug('ufficio'), summary: 'Un ufficio dei test.',
				description: 'Descrizione con **enfasi**.', manager: 'Dott. Prova', address: 'Via dei Test 1',
				opening_hours: 'Lunedì: 9-12\r\nGiovedì: 15-17', phone: '0577 000000', email: 'prova@example.org', pec: '',
			};
			let r = await post(editor, '/admin/uffici/nuovo', { ...fields, email: 'non-valida' });
			assert.equal(r.status, 422);
			assert.match(errorsOf(r.text).join(' | '), /E-mail/);
			assert.equal(textareaValue(r.text, 'f-opening_hours'), 'Lunedì: 9-12\nGiovedì: 15-17');
			r = await post(editor, '/admin/uffici/nuovo', fields);
			assert.equal(r.status, 303);
			const id = /^\/admin\/uffici\/(\d+)\?esito=salvato$/.exec(r.location)[1];
			let html = (await get(`/uffici/${slug('ufficio')}`)).text;
			assert.equal(h1Of(html), 'Ufficio di prova');
			assert.match(textOf(html), /Lunedì: 9-12/);
			r = await post(editor, `/admin/uffici/${id}`, { ...fields, name: 'Ufficio rinominato', description: 'Ora con **altro**.' });
			assert.equal(r.status, 303);
			html = (await get(`/uffici/${slug('ufficio')}`)).text;
			assert.equal(h1Of(html), 'Ufficio rinominato');
			assert.ok(html.includes('altro'), 'the new description');
			assert.deepEqual(auditRows('office', id).map((x) => x.action), ['office-create', 'office-update']);
			assert.ok((await get('/cerca?q=rinominato')).text.includes(`/uffici/${slug('ufficio')}`), 'the office found by its new name');
		});

		test('a FAQ: created and edited, on /faq at once', async () => {
			let r = await post(editor, '/admin/faq/nuovo', { question: 'Domanda di prova?', slug: slug('faq'), topic_id: '', answer: '' });
			assert.equal(r.status, 422);
			assert.match(errorsOf(r.text).join(' | '), /Argomento/);
			assert.match(errorsOf(r.text).join(' | '), /Risposta/);
			r = await post(editor, '/admin/faq/nuovo', { question: 'Domanda di prova?', slug: slug('faq'), topic_id: '2', answer: 'La risposta.', position: '5' });
			assert.equal(r.status, 303);
			const id = /^\/admin\/faq\/(\d+)\?esito=salvato$/.exec(r.location)[1];
			let html = (await get('/faq')).text;
			assert.ok(html.includes(`id="faq-${slug('faq')}"`), 'its anchor');
			assert.ok(html.includes('Domanda di prova?'));
			r = await post(editor, `/admin/faq/${id}`, { question: 'Domanda cambiata?', slug: slug('faq'), topic_id: '2', answer: 'La risposta nuova.', position: '5' });
			assert.equal(r.status, 303);
			for (const p of await portalTimes('/faq')) {
				assert.ok(p.text.includes('Domanda cambiata?'));
				assert.ok(!p.text.includes('Domanda di prova?'));
			}
			const form = await editor.get(`/admin/faq/${id}?esito=salvato`);
			assert.match(form.text, /Salvato: il portale mostra già le modifiche/);
			assert.equal(decodeEntities(/<option value="2" selected>([^<]*)</.exec(form.text)[1]), 'Imposte');
			assert.deepEqual(auditRows('faq', id).map((x) => x.action), ['faq-create', 'faq-update']);
		});

		test('the content list links everything', async () => {
			const r = await editor.get('/admin/contenuti');
			assert.equal(r.status, 200);
			assert.ok(r.text.includes('href="/admin/servizi/nuovo"'));
			for (const p of ['/admin/argomenti/1', '/admin/uffici/1', '/admin/faq/1']) assert.ok(r.text.includes(`href="${p}"`), p);
			const one = await editor.get(`/admin/contenuti?contenuto=service&q=${encodeURIComponent('Certificato anagrafico')}`);
			assert.ok(one.text.includes('href="/admin/servizi/1">Certificato anagrafico</a>'));
			const special = await editor.get('/admin/contenuti?contenuto=service&q=speciale');
			assert.equal(special.text.split('servizio-con-caratteri-speciali').length - 1, 1, 'the portal link of a published service');
			assert.ok(special.text.includes('Servizio &lt;b&gt;speciale&lt;/b&gt;'), 'titles escaped');
		});
	});
});
