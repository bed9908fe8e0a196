'use strict';
// The editors' workspace (issue 13) against a running stack:
//  - the forms: sections with an index, a save bar, a character counter where
//    a field has a short limit, help and a preview region by each Markdown field;
//  - the live preview: POST /admin/anteprima-testo renders Markdown by the
//    portal's own path (raw HTML as text, javascript: links dropped), needs the
//    staff CSRF token and an editor; the no-JavaScript "Anteprima testo" button
//    re-renders the form with the preview and stores nothing;
//  - the short description: over 160 characters a 422 that says by how much,
//    the text kept whole, nothing stored (never cut);
//  - revisions: a word-level diff with <del>/<ins> and their hidden words, a
//    legend; the live revision marked "In linea", with no restore form, and a
//    POST restoring it refused (409) for services and for the crud kinds;
//  - "Contenuti" and each kind's list: search, filters (kind, type, topic,
//    office, publication, changed by me) and paging, with exact results.
// Everything the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { get, textOf, decodeEntities } = require('./lib/http');
const { staffClient, staffPost: post } = require('./lib/staff');
const { sql, sqlValue, q, errorsOf, inputValue } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const PREFIX = `prova-ed-${RUN}`;
const slug = (name) => `${PREFIX}-${name}`;
const MARK = `Zqx${RUN}`;   // in the titles of this run
const LIST = `Lst${RUN}`;   // in the titles of the lists' items: the search finds exactly them

function serviceFields(name, extra = {}) {
	return {
		title: `${MARK} servizio ${name}`, slug: slug(name), summary: 'Un servizio dei test della redazione.',
		status: 'active', for_citizens: '1', audience: 'Chi vive a Valdimonte.',
		description: 'Il servizio rilascia il certificato in giornata.', how_to: 'Compila il modulo.',
		requirements: 'Un documento.', outputs: 'La ricevuta.', times: 'Trenta giorni.', costs: 'Gratuito.',
		conditions: 'Le condizioni.', online_url: 'https://servizi.example.org/prova', online_label: '',
		in_person: '', office_id: '1', category_id: '3', contacts: 'Scrivi all\'ufficio.', topics: ['1'],
		...extra,
	};
}

const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

function eventFields(name, n, extra = {}) {
	return {
		title: `${LIST} evento ${name}`, slug: slug(name), summary: 'Un evento dei test.',
		description: 'Cosa succede.', start_at: `${day(n)} 18:00`, end_at: `${day(n)} 20:00`, place_id: '',
		cost: '', audience: 'Tutti', image: '', image_alt: '', published: '1', ...extra,
	};
}

function newsFields(name, extra = {}) {
	return {
		title: `${MARK} notizia ${name}`, slug: slug(name), news_type: 'avviso', summary: 'Una notizia dei test.',
		published_at: new Date().toISOString().slice(0, 16).replace('T', ' '), body: 'Il testo.',
		image: '', image_alt: '', image_caption: '', office_id: '1', topics: ['1'], published: '1', ...extra,
	};
}

function savedId(location, path) {
	const m = new RegExp(`^/admin/${path}/(\\d+)\\?esito=`).exec(location || '');
	assert.ok(m, `unexpected Location ${location}`);
	return m[1];
}

function cleanup() {
	const like = q(`${PREFIX}-%`);
	sql(`DELETE d FROM search_docs d JOIN services s ON d.kind = 'service' AND d.ref_id = s.id WHERE s.slug LIKE ${like};
	     DELETE d FROM search_docs d JOIN news n ON d.kind = 'news' AND d.ref_id = n.id WHERE n.slug LIKE ${like};
	     DELETE d FROM search_docs d JOIN events e ON d.kind = 'event' AND d.ref_id = e.id WHERE e.slug LIKE ${like};
	     DELETE FROM services WHERE slug LIKE ${like};
	     DELETE FROM news WHERE slug LIKE ${like};
	     DELETE FROM events WHERE slug LIKE ${like};`);
}

// The titles of a list page, in order, and its "Trovati: N".
function listOf(html) {
	const table = /<table class="table" id="elenco-contenuti">([\s\S]*?)<\/table>/.exec(html);
	const titles = table ? [...table[1].matchAll(/<tr>\s*<td><a href="[^"]+">([^<]*)<\/a><\/td>/g)].map((m) => decodeEntities(m[1])) : [];
	const total = /<caption>Trovati: (\d+)/.exec(html);
	return { titles, total: total ? Number(total[1]) : 0 };
}

describe('editors\' workspace', () => {
	let editor, other;
	before(async () => {
		cleanup();
		editor = await staffClient('editor');
		other = await staffClient('editor');
	});
	after(() => cleanup());

	describe('the forms', () => {
		test('the service form: sections with an index, the save bar, counters and Markdown previews', async () => {
			const r = await editor.get('/admin/servizi/1');
			assert.equal(r.status, 200);
			const index = /<nav class="vm-form-index[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(r.text);
			assert.ok(index, 'the index of the sections');
			const links = [...index[1].matchAll(/href="#(sezione-\d+)">([^<]*)</g)].map((m) => [m[1], decodeEntities(m[2])]);
			assert.deepEqual(links.map((l) => l[1]), ['Intestazione', 'Contenuti', 'Accedi al servizio (almeno un canale)',
				'Categoria, ufficio, contatti e argomenti']);
			for (const [id] of links) assert.ok(r.text.includes(`<fieldset class="mb-5 vm-form-section" id="${id}">`), id);
			const bar = /<div class="vm-save-bar" id="barra-salva">([\s\S]*?)<\/div>/.exec(r.text);
			assert.ok(bar, 'the save bar');
			assert.match(bar[1], /value="anteprima">Anteprima testo<\/button>/);
			assert.match(bar[1], /value="bozza">Salva bozza<\/button>/);
			assert.match(bar[1], /value="pubblica">Salva e pubblica<\/button>/);
			assert.match(r.text, /<input type="text" class="form-control" id="f-summary"[^>]*maxlength="160"[^>]*aria-describedby="aiuto-summary conta-summary "/);
			assert.match(r.text, /<small class="form-text d-block vm-counter" id="conta-summary" data-max="160">Al massimo 160 caratteri.<\/small>/);
			assert.match(r.text, /id="aiuto-md-description">Riga vuota tra i paragrafi/);
			assert.match(r.text, /<div class="vm-md-preview" role="region" tabindex="0" aria-label="Anteprima di Descrizione">/);
			assert.match(r.text, /<form method="post" action="\/admin\/servizi\/1" novalidate data-vm-editor>/, 'clean: no unsaved flag');
			assert.match(r.text, /<script src="\/static\/dist\/redazione\.[0-9a-f]+\.js" defer><\/script>/);
		});

		test('the crud kinds\' forms have the same save bar and previews', async () => {
			const r = await editor.get('/admin/notizie/nuovo');
			assert.equal(r.status, 200);
			assert.match(r.text, /<div class="vm-save-bar" id="barra-salva">/);
			assert.match(r.text, /id="anteprima-body"/);
			assert.match(r.text, /data-vm-editor/);
		});
	});

	describe('the Markdown preview', () => {
		const evil = '**forte** e *corsivo*\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(2)) [buono](https://www.example.org/)';

		test('POST /admin/anteprima-testo renders the fragment as the portal does', async () => {
			const r = await post(editor, '/admin/anteprima-testo', { testo: evil });
			assert.equal(r.status, 200);
			assert.match(r.headers.get('content-type'), /^text\/html/);
			assert.ok(!/<html|<body|<head/i.test(r.text), 'a fragment, not a page');
			assert.ok(r.text.includes('<p><strong>forte</strong> e <em>corsivo</em></p>'), r.text);
			assert.ok(r.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'raw HTML as text');
			assert.ok(!r.text.includes('<script'), 'no script');
			assert.ok(!/href="javascript:/i.test(r.text), 'no javascript: link');
			assert.ok(r.text.includes('<a href="https://www.example.org/">buono</a>'));
			assert.match((await post(editor, '/admin/anteprima-testo', { testo: '' })).text, /<p>Il campo è vuoto.<\/p>/);
		});

		test('the preview needs the CSRF token and an editor; over the limit a 422', async () => {
			assert.equal((await post(editor, '/admin/anteprima-testo', { testo: 'x' }, { csrf: null })).status, 403);
			assert.equal((await post(editor, '/admin/anteprima-testo', { testo: 'x' }, { csrf: 'sbagliato' })).status, 403);
			const operator = await staffClient('operator');
			assert.equal((await post(operator, '/admin/anteprima-testo', { testo: 'x' })).status, 403);
			const anon = await get('/admin/anteprima-testo');
			assert.notEqual(anon.status, 200);
			const long = await post(editor, '/admin/anteprima-testo', { testo: 'a'.repeat(16001) });
			assert.equal(long.status, 422);
			assert.match(long.text, /Il testo supera 16000 caratteri/);
		});

		test('without JavaScript: "Anteprima testo" shows the form again with the preview, nothing saved', async () => {
			const revs = sqlValue('SELECT COUNT(*) FROM service_revisions WHERE service_id = 1');
			const title = sqlValue('SELECT title FROM services WHERE id = 1');
			const form = await editor.get('/admin/servizi/1');
			const fields = serviceFields('anteprima', { title: inputValue(form.text, 'f-title'), slug: inputValue(form.text, 'f-slug'),
				description: evil, azione: 'anteprima' });
			const r = await post(editor, '/admin/servizi/1', fields);
			assert.equal(r.status, 200);
			const pane = /<div class="vm-longtext" id="anteprima-description">([\s\S]*?)<\/div>/.exec(r.text);
			assert.ok(pane, 'the preview beside the field');
			assert.ok(pane[1].startsWith('<p><strong>forte</strong> e <em>corsivo</em></p>'), pane[1]);
			assert.ok(!pane[1].includes('<script'));
			assert.match(r.text, /novalidate data-vm-editor data-vm-unsaved>/, 'the form says it holds unsaved changes');
			assert.equal(sqlValue('SELECT COUNT(*) FROM service_revisions WHERE service_id = 1'), revs, 'no revision');
			assert.equal(sqlValue('SELECT title FROM services WHERE id = 1'), title);
			const news = sqlValue('SELECT COUNT(*) FROM news');
			const n = await post(editor, '/admin/notizie/nuovo', { ...newsFields('anteprima'), body: '# Titolo', azione: 'anteprima' });
			assert.equal(n.status, 200);
			assert.match(n.text, /<div class="vm-longtext" id="anteprima-body"><h3>Titolo<\/h3>/);
			assert.equal(sqlValue('SELECT COUNT(*) FROM news'), news, 'nothing created');
		});
	});

	describe('the short description\'s limit', () => {
		test('161 characters: 422 saying by how much, the text kept whole, nothing stored', async () => {
			const summary = `${'Descrizione lunga '.repeat(9)}abcdefghi`;   // 18 * 9 + 9 = 171
			assert.equal([...summary].length, 171);
			const r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('lungo', { summary }), azione: 'bozza' });
			assert.equal(r.status, 422);
			assert.deepEqual(errorsOf(r.text), ['«Descrizione breve»: al massimo 160 caratteri, ne hai scritti 171.']);
			assert.equal(inputValue(r.text, 'f-summary'), summary, 'not cut');
			assert.equal(sqlValue(`SELECT COUNT(*) FROM services WHERE slug = ${q(slug('lungo'))}`), '0');
		});

		test('160 accented letters are 160 characters, not 320 bytes', async () => {
			const summary = 'è'.repeat(160);
			const r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('accenti', { summary }), azione: 'bozza' });
			assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
			assert.equal(sqlValue(`SELECT summary FROM services WHERE slug = ${q(slug('accenti'))}`), summary);
		});
	});

	describe('revisions', () => {
		let id;
		before(async () => {
			let r = await post(editor, '/admin/servizi/nuovo', { ...serviceFields('diff'), azione: 'pubblica' });
			assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
			id = savedId(r.location, 'servizi');
			r = await post(editor, `/admin/servizi/${id}`, { ...serviceFields('diff', {
				description: 'Il servizio rilascia il certificato entro tre giorni.' }), azione: 'pubblica' });
			assert.equal(r.status, 303);
		});

		test('the diff is word by word, with colour and words for who cannot see it', async () => {
			const [rev] = sql(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${id}`)[0];
			const d = await editor.get(`/admin/servizi/${id}/revisioni/${rev}`);
			assert.equal(d.status, 200);
			const field = /<h2 class="h5">Descrizione<\/h2>\s*<div class="vm-diff-text">([\s\S]*?)<\/div>/.exec(d.text);
			assert.ok(field, 'the description changed');
			assert.equal(field[1], 'Il servizio rilascia il certificato '
				+ '<del><span class="visually-hidden">[eliminato: </span>in giornata.<span class="visually-hidden">]</span></del>'
				+ '<ins><span class="visually-hidden">[aggiunto: </span>entro tre giorni.<span class="visually-hidden">]</span></ins>');
			assert.match(d.text, /<p class="vm-legend" id="legenda">Legenda: <del>/);
			assert.equal([...d.text.matchAll(/class="mb-4 vm-diff-field"/g)].length, 1, 'only the description');
		});

		test('the live revision is marked "In linea" and cannot be restored', async () => {
			const revs = sql(`SELECT id, state FROM service_revisions WHERE service_id = ${id} ORDER BY id`);
			const live = revs[revs.length - 1][0];
			const first = revs[0][0];
			const list = await editor.get(`/admin/servizi/${id}/revisioni`);
			assert.equal([...list.text.matchAll(/<strong class="vm-revision-live">In linea<\/strong>/g)].length, 1);
			const d = await editor.get(`/admin/servizi/${id}/revisioni/${live}`);
			assert.match(d.text, /id="revisione-in-linea"><strong>In linea<\/strong>/);
			assert.ok(!d.text.includes(`action="/admin/servizi/${id}/revisioni/${live}"`), 'no restore form');
			const p = await editor.get(`/admin/servizi/${id}/anteprima?revisione=${live}`);
			assert.match(p.text, /id="anteprima-in-linea"/);
			assert.ok(!p.text.includes('Pubblica questa versione'));
			const r = await post(editor, `/admin/servizi/${id}/revisioni/${live}`, { azione: 'ripristina' });
			assert.equal(r.status, 409);
			assert.match(textOf(r.text), /È la versione in linea/);
			assert.equal(sql(`SELECT COUNT(*) FROM service_revisions WHERE service_id = ${id}`)[0][0], String(revs.length), 'nothing stored');
			const older = await editor.get(`/admin/servizi/${id}/revisioni/${first}`);
			assert.ok(older.text.includes(`action="/admin/servizi/${id}/revisioni/${first}"`), 'an older one is restorable');
		});

		test('a news item: its current revision is not restorable either', async () => {
			let r = await post(editor, '/admin/notizie/nuovo', newsFields('revisioni'));
			assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
			const nid = savedId(r.location, 'notizie');
			r = await post(editor, `/admin/notizie/${nid}`, newsFields('revisioni', { title: `${MARK} notizia rivista` }));
			assert.equal(r.status, 303);
			const revs = sql(`SELECT id FROM content_revisions WHERE kind = 'news' AND ref_id = ${nid} ORDER BY id`).map((x) => x[0]);
			assert.equal(revs.length, 2);
			const list = await editor.get(`/admin/notizie/${nid}/revisioni`);
			assert.match(list.text, /<strong class="vm-revision-live">In linea<\/strong>/);
			const d = await editor.get(`/admin/notizie/${nid}/revisioni/${revs[1]}`);
			assert.match(d.text, /id="revisione-in-linea"/);
			assert.equal((await post(editor, `/admin/notizie/${nid}/revisioni/${revs[1]}`, {})).status, 409);
			assert.equal((await post(editor, `/admin/notizie/${nid}/revisioni/${revs[0]}`, {})).status, 303, 'the older one restored');
			assert.equal(sqlValue(`SELECT title FROM news WHERE id = ${nid}`), `${MARK} notizia revisioni`);
			sql(`DELETE FROM news WHERE id = ${nid}`);
		});
	});

	describe('Contenuti and the lists', () => {
		const path = (p) => `/admin/contenuti?q=${LIST}${p}`;
		before(async () => {
			const saved = async (c, url, fields) => {
				const r = await post(c, url, fields);
				assert.equal(r.status, 303, `${url}: ${errorsOf(r.text).join(' | ')}`);
			};
			await saved(editor, '/admin/servizi/nuovo', { ...serviceFields('alfa', { title: `${LIST} servizio alfa` }), azione: 'pubblica' });
			await saved(editor, '/admin/servizi/nuovo', { ...serviceFields('beta', { title: `${LIST} servizio beta`, office_id: '2', topics: ['3'] }), azione: 'bozza' });
			await saved(other, '/admin/notizie/nuovo', newsFields('gamma', { title: `${LIST} notizia gamma` }));
			// 21 events, one a day: the events' own list (latest start first) has two pages
			for (let n = 1; n <= 21; n++)
				await saved(editor, '/admin/eventi/nuovo', eventFields(`e${String(n).padStart(2, '0')}`, n));
		});

		test('search and every filter give exactly the matching items', async () => {
			const titles = async (c, p) => listOf((await c.get(path(p))).text);
			const all = await titles(editor, '');
			assert.equal(all.total, 24);
			const set = async (c, p) => new Set((await titles(c, p)).titles);
			const S = (...xs) => new Set(xs.map((x) => `${LIST} ${x}`));
			assert.deepEqual(await set(editor, '&contenuto=service'), S('servizio alfa', 'servizio beta'));
			assert.deepEqual(await set(editor, '&contenuto=news'), S('notizia gamma'));
			assert.deepEqual(await set(editor, '&argomento=1'), S('servizio alfa', 'notizia gamma'));
			assert.deepEqual(await set(editor, '&argomento=3'), S('servizio beta'));
			assert.deepEqual(await set(editor, '&ufficio=2'), S('servizio beta'));
			assert.deepEqual(await set(editor, '&ufficio=1&contenuto=news'), S('notizia gamma'));
			assert.deepEqual(await set(editor, '&stato=bozze'), S('servizio beta'));
			assert.deepEqual(await set(other, '&miei=1'), S('notizia gamma'), 'changed by me: the other editor');
			const mine = await titles(editor, '&miei=1&contenuto=service');
			assert.deepEqual(new Set(mine.titles), S('servizio alfa', 'servizio beta'));
			assert.equal((await titles(editor, '&miei=1')).total, 23);
			assert.equal((await titles(editor, '&contenuto=nessuno&argomento=x')).total, 24, 'unknown values ignored');
		});

		test('paging: 20 a page, the second page has the rest, the links keep the filters', async () => {
			const p1 = await editor.get(`/admin/eventi?q=${LIST}`);
			const l1 = listOf(p1.text);
			assert.equal(l1.total, 21);
			assert.equal(l1.titles.length, 20);
			assert.equal(l1.titles[0], `${LIST} evento e21`, 'latest start first');
			assert.match(p1.text, /Pagina 1 di 2/);
			const next = /<a class="page-link" href="([^"]+)">Pagina successiva<\/a>/.exec(p1.text);
			assert.ok(next, 'a next page link');
			const href = decodeEntities(next[1]);
			assert.match(href, new RegExp(`^/admin/eventi\\?q=${LIST}&`));
			assert.match(href, /&pagina=2$/);
			const l2 = listOf((await editor.get(href)).text);
			assert.deepEqual(l2.titles, [`${LIST} evento e01`]);
			const c2 = listOf((await editor.get(path('&pagina=2'))).text);
			assert.equal(c2.titles.length, 4, 'Contenuti: 24 items, 4 on the second page');
		});

		test('each kind\'s list has the filters of its kind', async () => {
			const news = await editor.get(`/admin/notizie?q=${LIST}&argomento=1&ufficio=1&tipo=avviso`);
			assert.deepEqual(listOf(news.text).titles, [`${LIST} notizia gamma`]);
			for (const id of ['f-q', 'f-tipo', 'f-argomento', 'f-ufficio', 'f-stato', 'f-miei']) assert.ok(news.text.includes(`id="${id}"`), id);
			const events = await editor.get(`/admin/eventi?q=${LIST}&miei=1`);
			assert.equal(listOf(events.text).total, 21);
			assert.ok(!events.text.includes('id="f-argomento"'), 'events have no topics');
			assert.equal(listOf((await other.get(`/admin/eventi?q=${LIST}&miei=1`)).text).total, 0);
		});
	});
});
