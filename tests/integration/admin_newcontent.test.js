'use strict';
// The editors' Novità, Vivere il Comune and Amministrazione
// (cgi-bin/content/newsroom*.c) against a running stack:
//  - a news item, an event, a place, a person, a document, an area and an ente: created as a draft (not on the portal:
//    404), previewed with the public template, published (on its page and in
//    the lists at the next request), edited, unpublished (404 again);
//  - validation: a missing title, a bad date, a duplicate slug give the form
//    back (422) with the messages and what was typed;
//  - published, an item is in /cerca at once; unpublished, it is not;
//  - the lists: search by title, filter by type and publication;
//  - an operator gets 403 on every page, GET and POST;
//  - every save is in the audit log with before and after.
// Everything the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js (DEMO_IDP=1).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { get, h1Of, textOf } = require('./lib/http');
const { staffClient, staffPost } = require('./lib/staff');
const { sql, sqlValue, q, errorsOf, inputValue, textareaValue, pdf, jpeg } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const PREFIX = `prova-nc-${RUN}`;
const slug = (name) => `${PREFIX}-${name}`;

const post = staffPost;

function savedId(kind, location) {
	const m = new RegExp(`^/admin/${kind}/(\\d+)\\?esito=salvato$`).exec(location || '');
	assert.ok(m, `unexpected Location ${location}`);
	return m[1];
}

// A portal page from every worker: a few requests in a row.
async function portalTimes(urlPath, n = 6) {
	const out = [];
	for (let i = 0; i < n; i++) out.push(await get(urlPath));
	return out;
}

function auditActions(type, id) {
	return sql(`SELECT action, before_value, after_value FROM audit_log
	            WHERE object_type = ${q(type)} AND object_id = ${q(id)} ORDER BY id`)
		.map(([action, before, afterValue]) => ({ action, before, after: afterValue }));
}

function cleanup(prefix = PREFIX) {
	const like = q(`${prefix}-%`);
	sql(`DELETE FROM news WHERE slug LIKE ${like};
	     DELETE FROM events WHERE slug LIKE ${like};
	     DELETE FROM places WHERE slug LIKE ${like};
	     DELETE FROM documents WHERE slug LIKE ${like};
	     DELETE FROM people WHERE slug LIKE ${like};
	     DELETE FROM admin_areas WHERE slug LIKE ${like};
	     DELETE FROM entities WHERE slug LIKE ${like};`);
}

// A day N days from today, "YYYY-MM-DD".
function day(n) {
	const d = new Date(Date.now() + n * 86400000);
	return d.toISOString().slice(0, 10);
}

const now = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

function newsFields(extra = {}) {
	return {
		title: `Notizia di prova ${RUN}`, slug: slug('notizia'), news_type: 'comunicato',
		summary: 'Una notizia scritta dai test.', published_at: now(),
		body: 'Un paragrafo con **grassetto**.\n\n- primo punto\n- secondo punto',
		image: '', image_alt: '', image_caption: '', office_id: '1', topics: ['1', '3'],
		...extra,
	};
}

function eventFields(extra = {}) {
	return {
		title: `Evento di prova ${RUN}`, slug: slug('evento'), summary: 'Un evento dei test.',
		description: 'Cosa succede, in **Markdown**.', start_at: `${day(2)} 18:00`, end_at: `${day(2)} 20:30`,
		place_id: '', cost: '', audience: 'Tutti', image: '', image_alt: '',
		...extra,
	};
}

function placeFields(extra = {}) {
	return {
		name: `A0 Luogo di prova ${RUN}`, slug: slug('luogo'), place_type: 'Biblioteca',
		summary: 'Un luogo dei test.', description: 'Una sala **luminosa**.', services: 'Prestito\nWi-Fi',
		address: 'Via dei Test 1', hours: 'Lunedì: 9-12', phone: '', email: '', website: '',
		image: '', image_alt: '',
		...extra,
	};
}

function personFields(extra = {}) {
	return {
		given_name: 'Prova', family_name: `Persona ${RUN}`, slug: slug('persona'), kind: 'politico',
		summary: 'Assessora di prova.', competences: 'Cura il **bilancio**.', biography: 'Nata a Valdimonte.',
		email: 'prova@example.org', phone: '',
		...extra,
	};
}

function documentFields(extra = {}) {
	return {
		title: `Documento di prova ${RUN}`, slug: slug('documento'), doc_type: 'Atti normativi',
		summary: 'Un documento dei test.', description: 'Il testo della **delibera**.', protocol: '123',
		protocol_date: day(-3), published_on: day(0), licence: 'Creative Commons Attribuzione 4.0 (CC BY 4.0)',
		office_id: '1', area_id: '', person_id: '',
		...extra,
	};
}

function areaFields(extra = {}) {
	return {
		name: `Area di prova ${RUN}`, slug: slug('area'), summary: 'Un\'area dei test.',
		description: 'Si occupa del **bilancio**.', address: 'Piazza dei Test 1', phone: '', email: 'area@example.org',
		position: '99',
		...extra,
	};
}

function entityFields(extra = {}) {
	return {
		name: `Fondazione di prova ${RUN}`, slug: slug('ente'), kind: 'Fondazione', summary: 'Un ente dei test.',
		description: 'Promuove la cultura (testo in **Markdown**).', share: 'Socio fondatore', address: '', website: 'https://example.org/',
		email: '',
		...extra,
	};
}

// The revisions of item ID: the diff of the second shows what changed, restoring
// the first brings its NAME back into TABLE and keeps the publication as it is.
async function restoreFirst(editor, kind, type, id, table, column, first) {
	const revs = sql(`SELECT id FROM content_revisions WHERE kind = ${q(type)} AND ref_id = ${id} ORDER BY id`).map((x) => x[0]);
	assert.equal(revs.length, 4, 'every save a revision');
	const diff = await editor.get(`/admin/${kind}/${id}/revisioni/${revs[2]}`);
	assert.equal(diff.status, 200);
	assert.match(diff.text, /<ins><span class="visually-hidden">\[aggiunto: <\/span> ?\(modificato\)<span class="visually-hidden">\]<\/span><\/ins>/);
	const r = await post(editor, `/admin/${kind}/${id}/revisioni/${revs[0]}`, {});
	assert.equal(r.status, 303);
	assert.equal(sqlValue(`SELECT ${column} FROM ${table} WHERE id = ${id}`), first);
	assert.equal(sqlValue(`SELECT published FROM ${table} WHERE id = ${id}`), '0', 'still not published');
	assert.equal(auditActions(type, id).pop().action, `${type}-restore`);
}

// The draft -> preview -> publish -> edit -> unpublish journey of one kind.
async function journey(editor, { kind, type, fields, titleField, portal, list, heading = (f) => f[titleField], searchable = true }) {
	let r = await post(editor, `/admin/${kind}/nuovo`, fields());
	assert.equal(r.status, 303, `create ${kind}: ${errorsOf(r.text).join(' | ')}`);
	const id = savedId(kind, r.location);
	const title = heading(fields());
	const edited = { [titleField]: `${fields()[titleField]} (modificato)` };
	assert.equal((await get(portal)).status, 404, 'a draft is not on the portal');
	const form = await editor.get(`/admin/${kind}/${id}`);
	assert.equal(form.status, 200);
	assert.ok(form.text.includes(`/admin/${kind}/${id}/anteprima`), 'the form links its preview');
	assert.ok(!form.text.includes('Vedi sul portale'), 'a draft has no link to the portal');
	const preview = await editor.get(`/admin/${kind}/${id}/anteprima`);
	assert.equal(preview.status, 200);
	assert.equal(h1Of(preview.text), title, 'the preview is the public page');
	assert.match(preview.text, /<strong>(grassetto|Markdown|luminosa|delibera|bilancio)<\/strong>/, 'Markdown rendered');
	// the banner comes first in <body>, before the header, with the way back to the form
	const body = preview.text.slice(preview.text.indexOf('<body>'));
	const banner = body.indexOf('id="anteprima-banner"');
	assert.ok(banner > 0 && banner < body.indexOf('<header'), 'the preview banner at the very top');
	assert.match(body, new RegExp(`<strong id="anteprima-titolo">Anteprima</strong>[^<]*<a href="/admin/${kind}/${id}">Torna al modulo</a>`));
	assert.ok(!(await get(portal.replace(/\/[^/]+$/, '/'))).text.includes('anteprima-banner'), 'no banner on the portal');
	r = await post(editor, `/admin/${kind}/${id}`, fields({ published: '1' }));
	assert.equal(r.status, 303);
	for (const p of await portalTimes(portal)) {
		assert.equal(p.status, 200, 'published: on the portal at the next request');
		assert.equal(h1Of(p.text), title);
	}
	assert.ok((await get(list)).text.includes(portal), `${list} lists it`);
	if (searchable) assert.ok((await get(`/cerca?q=${encodeURIComponent(title)}`)).text.includes(`href="${portal}"`), 'published: in /cerca');
	assert.ok((await editor.get(`/admin/${kind}/${id}`)).text.includes('Vedi sul portale'), 'published: linked');
	r = await post(editor, `/admin/${kind}/${id}`, fields({ published: '1', ...edited }));
	assert.equal(r.status, 303);
	for (const p of await portalTimes(portal)) assert.equal(h1Of(p.text), heading(fields(edited)));
	r = await post(editor, `/admin/${kind}/${id}`, fields(edited));
	assert.equal(r.status, 303);
	for (const p of await portalTimes(portal)) assert.equal(p.status, 404, 'unpublished: 404 again');
	assert.ok(!(await get(list)).text.includes(portal), `unpublished: not in ${list}`);
	assert.ok(!(await get(`/cerca?q=${encodeURIComponent(title)}`)).text.includes(`href="${portal}"`), 'unpublished: not in /cerca');
	assert.equal((await editor.get(`/admin/${kind}/${id}/anteprima`)).status, 200, 'still previewable');
	const audit = auditActions(type, id);
	assert.deepEqual(audit.map((x) => x.action), [`${type}-create`, `${type}-update`, `${type}-update`, `${type}-update`]);
	assert.equal(audit[0].before, null);
	assert.equal(JSON.parse(audit[1].before).published, '0');
	assert.equal(JSON.parse(audit[1].after).published, '1');
	assert.equal(JSON.parse(audit[3].after).published, '0');
	return id;
}

describe('editors: news, events and places', () => {
	let editor;
	before(async () => {
		cleanup('prova-nc');
		editor = await staffClient('editor');
	});
	after(() => cleanup());

	test('an operator gets 403 on every page, GET and POST', async () => {
		const c = await staffClient('operator', ['ufficio-anagrafe']);
		for (const kind of ['notizie', 'eventi', 'luoghi', 'persone', 'documenti', 'aree-amministrative', 'enti']) {
			for (const p of [`/admin/${kind}`, `/admin/${kind}/nuovo`, `/admin/${kind}/1`, `/admin/${kind}/1/anteprima`])
				assert.equal((await c.get(p)).status, 403, `GET ${p}`);
			assert.equal((await post(c, `/admin/${kind}/nuovo`, newsFields({ slug: slug('operatore') }))).status, 403);
		}
		assert.equal(sqlValue(`SELECT COUNT(*) FROM news WHERE slug = ${q(slug('operatore'))}`), '0');
	});

	test('a news item: draft, preview, publish, edit, unpublish, audited', async () => {
		const id = await journey(editor, {
			kind: 'notizie', type: 'news', fields: (x) => newsFields(x), titleField: 'title',
			portal: `/novita/${slug('notizia')}`, list: '/novita/comunicati',
		});
		assert.equal(sqlValue(`SELECT GROUP_CONCAT(topic_id ORDER BY topic_id) FROM news_topics WHERE news_id = ${id}`), '1,3');
		// every save is a revision; restoring the first brings its title back, not its publication
		const revs = sql(`SELECT id FROM content_revisions WHERE kind = 'news' AND ref_id = ${id} ORDER BY id`).map((x) => x[0]);
		assert.equal(revs.length, 4);
		const list = await editor.get(`/admin/notizie/${id}/revisioni`);
		assert.equal(list.status, 200);
		assert.ok(list.text.includes(`/admin/notizie/${id}/revisioni/${revs[0]}"`), 'a restore form for the first');
		assert.equal((await post(editor, `/admin/notizie/${id}/revisioni/${revs[0]}`, {}, { csrf: 'x' })).status, 403);
		let r = await post(editor, `/admin/notizie/${id}/revisioni/${revs[0]}`, {});
		assert.equal(r.status, 303);
		assert.equal(sqlValue(`SELECT title FROM news WHERE id = ${id}`), newsFields().title);
		assert.equal(sqlValue(`SELECT published FROM news WHERE id = ${id}`), '0');
		assert.equal((await get(`/novita/${slug('notizia')}`)).status, 404, 'still not published');
		const last = auditActions('news', id).pop();
		assert.equal(last.action, 'news-restore');
		assert.match(JSON.parse(last.before).title, /modificato/);
		assert.equal(JSON.parse(last.after).title, newsFields().title);
		r = await post(editor, `/admin/notizie/${id}/revisioni/${revs[0]}`, {});
		assert.equal(r.status, 303);
		assert.equal((await editor.get(`/admin/notizie/${id}/revisioni/999999999`)).status, 404);
		// each revision shows what it changed since the one before it
		assert.ok(list.text.includes(`href="/admin/notizie/${id}/revisioni/${revs[1]}">Modifiche`), 'the list links each diff');
		let d = await editor.get(`/admin/notizie/${id}/revisioni/${revs[0]}`);
		assert.equal(d.status, 200);
		assert.match(d.text, /È la prima revisione/);
		d = await editor.get(`/admin/notizie/${id}/revisioni/${revs[2]}`);
		assert.equal(d.status, 200);
		assert.match(d.text, new RegExp(`Modifiche rispetto alla revisione ${revs[1]} `));
		assert.match(d.text, /<ins><span class="visually-hidden">\[aggiunto: <\/span> ?\(modificato\)<span class="visually-hidden">\]<\/span><\/ins>/, 'the word added to the title');
		assert.match(d.text, new RegExp(`<form method="post" action="/admin/notizie/${id}/revisioni/${revs[2]}">`), 'restorable from the diff');
		assert.equal((await editor.get(`/admin/notizie/${id}/revisioni/${revs[0]}x`)).status, 404);
		assert.equal((await editor.get(`/admin/eventi/${id}/revisioni/${revs[0]}`)).status, 404, 'not a revision of that kind');
		assert.equal((await post(editor, `/admin/notizie/${id}/revisioni/999999999`, {})).status, 404);
		assert.equal((await editor.get('/admin/notizie/999999/revisioni')).status, 404);
		const form = await editor.get(`/admin/notizie/${id}`);
		assert.match(form.text, /id="f-topics-3" name="topics" value="3" checked/, 'the topics checked');
	});

	test('an event: draft, preview, publish, edit, unpublish, audited', async () => {
		const place = sqlValue('SELECT id FROM places WHERE published ORDER BY id LIMIT 1');
		await journey(editor, {
			kind: 'eventi', type: 'event', fields: (x) => eventFields({ place_id: place, ...x }), titleField: 'title',
			portal: `/eventi/${slug('evento')}`, list: `/eventi?mese=${day(2).slice(0, 7)}`,
		});
	});

	test('a place: draft, preview, publish, edit, unpublish, audited', async () => {
		await journey(editor, {
			kind: 'luoghi', type: 'place', fields: (x) => placeFields(x), titleField: 'name',
			portal: `/luoghi/${slug('luogo')}`, list: '/luoghi',
		});
	});

	test('a person: draft, preview, publish, edit, unpublish, audited', async () => {
		await journey(editor, {
			kind: 'persone', type: 'person', fields: (x) => personFields(x), titleField: 'family_name',
			heading: (f) => `${f.given_name} ${f.family_name}`,
			portal: `/persone/${slug('persona')}`, list: '/amministrazione/politici',
		});
	});

	test('a document: draft, preview, publish, edit, unpublish, audited', async () => {
		await journey(editor, {
			kind: 'documenti', type: 'document', fields: (x) => documentFields(x), titleField: 'title',
			portal: `/documenti/${slug('documento')}`, list: '/amministrazione/documenti-e-dati',
		});
		const r = await post(editor, '/admin/documenti/nuovo', documentFields({ slug: slug('errori'), published_on: '14/03/2026' }));
		assert.equal(r.status, 422);
		assert.match(errorsOf(r.text).join(' | '), /Data di pubblicazione.*AAAA-MM-GG/);
	});

	test('an administrative area: draft, preview, publish, edit, unpublish, audited, restored', async () => {
		const id = await journey(editor, {
			kind: 'aree-amministrative', type: 'admin_area', fields: (x) => areaFields(x), titleField: 'name',
			portal: `/amministrazione/aree-amministrative/${slug('area')}`, list: '/amministrazione/aree-amministrative',
			searchable: false,
		});
		await restoreFirst(editor, 'aree-amministrative', 'admin_area', id, 'admin_areas', 'name', areaFields().name);
	});

	test('an ente: draft, preview, publish, edit, unpublish, audited, restored; a bad website refused', async () => {
		const id = await journey(editor, {
			kind: 'enti', type: 'entity', fields: (x) => entityFields(x), titleField: 'name',
			portal: `/amministrazione/enti-e-fondazioni/${slug('ente')}`, list: '/amministrazione/enti-e-fondazioni',
			searchable: false,
		});
		await restoreFirst(editor, 'enti', 'entity', id, 'entities', 'name', entityFields().name);
		const r = await post(editor, '/admin/enti/nuovo', entityFields({ slug: slug('errori'), website: 'javascript:alert(1)' }));
		assert.equal(r.status, 422);
		assert.match(errorsOf(r.text).join(' | '), /Sito web/);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM entities WHERE slug = ${q(slug('errori'))}`), '0');
		assert.ok((await editor.get('/admin/contenuti')).text.includes('href="/admin/enti"'), 'linked from Contenuti');
	});

	test('a document\'s PDF files: added (checked by content), on the portal, deleted; audited', async () => {
		let r = await post(editor, '/admin/documenti/nuovo', documentFields({ slug: slug('pdf'), published: '1' }));
		assert.equal(r.status, 303);
		const id = savedId('documenti', r.location);
		let form = await editor.get(`/admin/documenti/${id}`);
		assert.match(form.text, /<form method="post" action="\/admin\/documenti\/\d+\/allegati" enctype="multipart\/form-data">/);
		assert.match(form.text, /Non ci sono ancora file allegati/);
		const up = (fields, files, opts) => editor.postMultipart(`/admin/documenti/${id}/allegati`, { csrf: editor.csrf, ...fields }, files, opts);
		const file = (data, filename = 'scansione.pdf') => [{ field: 'pdf', filename, type: 'application/pdf', data }];
		// a deleted file is kept, marked removed, for the revisions (sql/230)
		const count = () => sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${id} AND NOT removed`);
		// refused, nothing stored: a JPEG named .pdf, no file, no label, no token, an operator
		r = await up({ etichetta: 'Finto' }, file(jpeg()));
		assert.equal(r.status, 422);
		assert.match(textOf(r.text), /PDF/);
		assert.equal((await up({ etichetta: 'Senza file' }, [])).status, 422);
		assert.equal((await up({ etichetta: '' }, file(pdf()))).status, 422);
		assert.equal((await editor.postMultipart(`/admin/documenti/${id}/allegati`, { etichetta: 'x' }, file(pdf()))).status, 403);
		const op = await staffClient('operator', ['ufficio-anagrafe']);
		await op.get('/admin');
		assert.equal((await op.postMultipart(`/admin/documenti/${id}/allegati`, { csrf: op.csrf, etichetta: 'x' }, file(pdf()))).status, 403);
		assert.equal(count(), '0', 'nothing stored');
		assert.equal((await editor.postMultipart('/admin/documenti/999999999/allegati', { csrf: editor.csrf, etichetta: 'x' }, file(pdf()))).status, 404);
		// accepted: named by us after its label, listed on the form and the portal, served as a PDF
		r = await up({ etichetta: 'Delibera firmata (copia conforme)' }, file(pdf('Delibera'), '../../etc/passwd.pdf'));
		assert.equal(r.status, 303);
		assert.equal(r.location, `/admin/documenti/${id}?esito=allegato`);
		const [fid, filename] = sql(`SELECT id, filename FROM document_files WHERE document_id = ${id}`)[0];
		assert.equal(filename, 'delibera-firmata-copia-conforme.pdf');
		form = await editor.get(`/admin/documenti/${id}?esito=allegato`);
		assert.match(textOf(form.text), /File PDF allegato/);
		assert.match(textOf(form.text), /Delibera firmata \(copia conforme\) \(delibera-firmata-copia-conforme\.pdf, PDF, 1 kB\)/);
		const page = await get(`/documenti/${slug('pdf')}`);
		assert.ok(page.text.includes(`/documenti/${slug('pdf')}/allegati/${fid}`), 'on the portal');
		const served = await editor.get(`/documenti/${slug('pdf')}/allegati/${fid}`);
		assert.equal(served.status, 200);
		assert.match(served.headers.get('content-type'), /application\/pdf/);
		assert.ok(served.buf.equals(pdf('Delibera')), 'the bytes as sent');
		const audit = auditActions('document', id).map((x) => x.action);
		assert.ok(audit.includes('document-file-add'));
		// deleted: only with the token, only a file of this document
		assert.equal((await post(editor, `/admin/documenti/${id}/allegati/${fid}`, {}, { csrf: 'x' })).status, 403);
		assert.equal((await post(editor, `/admin/documenti/${Number(id) + 100000}/allegati/${fid}`, {})).status, 404);
		r = await post(editor, `/admin/documenti/${id}/allegati/${fid}`, {});
		assert.equal(r.status, 303);
		assert.equal(count(), '0');
		assert.equal((await get(`/documenti/${slug('pdf')}/allegati/${fid}`)).status, 404);
		assert.equal(auditActions('document', id).pop().action, 'document-file-delete');
	});

	test('a news item\'s PDF attachments: added (checked by content), on its page, served, deleted', async () => {
		let r = await post(editor, '/admin/notizie/nuovo', newsFields({ slug: slug('allegati'), published: '1' }));
		assert.equal(r.status, 303);
		const id = savedId('notizie', r.location);
		let form = await editor.get(`/admin/notizie/${id}`);
		assert.match(form.text, /<form method="post" action="\/admin\/notizie\/\d+\/allegati" enctype="multipart\/form-data">/);
		const up = (fields, data) => editor.postMultipart(`/admin/notizie/${id}/allegati`, { csrf: editor.csrf, ...fields },
			[{ field: 'pdf', filename: 'x.pdf', type: 'application/pdf', data }]);
		r = await up({ etichetta: 'Finto' }, jpeg());
		assert.equal(r.status, 422);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM news_attachments WHERE news_id = ${id}`), '0', 'nothing stored');
		r = await up({ etichetta: 'Modulo di adesione' }, pdf('Modulo'));
		assert.equal(r.status, 303);
		assert.equal(r.location, `/admin/notizie/${id}?esito=allegato`);
		const [fid, file] = sql(`SELECT id, file FROM news_attachments WHERE news_id = ${id}`)[0];
		assert.equal(file, 'modulo-di-adesione.pdf');
		form = await editor.get(`/admin/notizie/${id}`);
		assert.match(textOf(form.text), /Modulo di adesione \(modulo-di-adesione\.pdf, PDF, 1 kB\)/);
		const url = `/novita/${slug('allegati')}/allegati/${fid}`;
		for (const p of await portalTimes(`/novita/${slug('allegati')}`)) assert.ok(p.text.includes(`href="${url}"`), 'on the news page');
		const served = await editor.get(url);
		assert.equal(served.status, 200);
		assert.match(served.headers.get('content-type'), /application\/pdf/);
		assert.ok(served.buf.equals(pdf('Modulo')));
		assert.equal((await get(`/novita/avviso-tari/allegati/${fid}`)).status, 404, 'only under its own news item');
		assert.ok(auditActions('news', id).map((x) => x.action).includes('news-file-add'));
		r = await post(editor, `/admin/notizie/${id}/allegati/${fid}`, {});
		assert.equal(r.status, 303);
		assert.equal((await get(url)).status, 404);
		assert.equal(auditActions('news', id).pop().action, 'news-file-delete');
	});

	test('a person\'s roles: added (checked), on the portal and in the organs, deleted; audited', async () => {
		let r = await post(editor, '/admin/persone/nuovo', personFields({ slug: slug('ruoli'), family_name: `Ruoli ${RUN}`, published: '1' }));
		assert.equal(r.status, 303);
		const id = savedId('persone', r.location);
		let form = await editor.get(`/admin/persone/${id}`);
		assert.match(form.text, /La persona non ha ancora ruoli/);
		assert.match(form.text, /<option value="giunta">Giunta comunale<\/option>/);
		const office = sqlValue("SELECT id FROM offices WHERE slug = 'ufficio-anagrafe'");
		const role = (x = {}) => ({ ruolo: 'Assessora alla partecipazione', organo: 'giunta', deleghe: 'Bilancio', ufficio: '', area: '', dal: '2024-06-20', al: '', ...x });
		const count = () => sqlValue(`SELECT COUNT(*) FROM person_roles WHERE person_id = ${id} AND NOT removed`);
		for (const [bad, why] of [[{ ruolo: '' }, /Ruolo/], [{ organo: 're' }, /Organo/], [{ dal: '20/06/2024' }, /Dal/],
			[{ al: '2024-01-01' }, /Al/], [{ ufficio: '999999' }, /Ufficio/], [{ area: 'x' }, /Area/]]) {
			r = await post(editor, `/admin/persone/${id}/ruoli`, role(bad));
			assert.equal(r.status, 422, JSON.stringify(bad));
			assert.match(textOf(r.text), why);
		}
		assert.equal(count(), '0', 'nothing stored');
		assert.equal((await post(editor, `/admin/persone/${id}/ruoli`, role(), { csrf: 'x' })).status, 403);
		assert.equal((await post(editor, '/admin/persone/999999999/ruoli', role())).status, 404);
		r = await post(editor, `/admin/persone/${id}/ruoli`, role());
		assert.equal(r.status, 303);
		assert.equal(r.location, `/admin/persone/${id}?esito=ruolo`);
		r = await post(editor, `/admin/persone/${id}/ruoli`, role({ ruolo: 'Responsabile', organo: '', deleghe: '', ufficio: office, dal: '2020-01-01', al: '2023-12-31' }));
		assert.equal(r.status, 303);
		form = await editor.get(`/admin/persone/${id}?esito=ruolo`);
		assert.match(textOf(form.text), /Ruolo aggiunto alla persona/);
		assert.match(textOf(form.text), /Assessora alla partecipazione ?, Giunta comunale \(dal 20\/06\/2024, in corso\)/);
		assert.match(textOf(form.text), /Responsabile ?, [^(]*Anagrafe[^(]* \(dal 01\/01\/2020 al 31\/12\/2023\)/);
		for (const p of await portalTimes(`/persone/${slug('ruoli')}`)) assert.match(textOf(p.text), /Assessora alla partecipazione/);
		assert.ok((await get('/amministrazione/organi-di-governo')).text.includes(`/persone/${slug('ruoli')}`), 'in the Giunta');
		const [roleId] = sql(`SELECT id FROM person_roles WHERE person_id = ${id} AND organ = 'giunta'`)[0];
		assert.equal((await post(editor, `/admin/persone/${Number(id) + 100000}/ruoli/${roleId}`, {})).status, 404, 'not a role of that person');
		r = await post(editor, `/admin/persone/${id}/ruoli/${roleId}`, {});
		assert.equal(r.status, 303);
		assert.equal(count(), '1');
		assert.ok(!(await get('/amministrazione/organi-di-governo')).text.includes(`/persone/${slug('ruoli')}`), 'no longer in the Giunta');
		assert.deepEqual(auditActions('person', id).map((x) => x.action).slice(-3), ['person-role-add', 'person-role-add', 'person-role-delete']);
	});

	test('a service category: the summary edited (the model\'s title and set fixed), revisions restored', async () => {
		const [id, slugC, name, summary] = sql('SELECT id, slug, name, summary FROM service_categories ORDER BY position LIMIT 1')[0];
		try {
			const list = await editor.get('/admin/categorie-servizi');
			assert.equal(list.status, 200);
			assert.match(textOf(list.text), /Trovati: 15 /);
			assert.ok(!list.text.includes('/admin/categorie-servizi/nuovo'), 'no new category');
			assert.equal((await editor.get('/admin/categorie-servizi/nuovo')).status, 404);
			assert.equal((await post(editor, '/admin/categorie-servizi/nuovo', { summary: 'x' })).status, 404);
			const form = await editor.get(`/admin/categorie-servizi/${id}`);
			assert.equal(form.status, 200);
			assert.equal(h1Of(form.text), `Modifica categoria: ${name}`);
			assert.ok(!/name="name"/.test(form.text), 'the title is not a field');
			let r = await post(editor, `/admin/categorie-servizi/${id}`, { summary: '', name: 'Altro titolo' });
			assert.equal(r.status, 422);
			r = await post(editor, `/admin/categorie-servizi/${id}`, { summary: `Descrizione di prova ${RUN}`, name: 'Altro titolo' });
			assert.equal(r.status, 303);
			assert.equal(sqlValue(`SELECT name FROM service_categories WHERE id = ${id}`), name, 'the title stays the model\'s');
			for (const p of await portalTimes(`/servizi/categoria/${slugC}`)) assert.ok(p.text.includes(`Descrizione di prova ${RUN}`));
			r = await post(editor, `/admin/categorie-servizi/${id}`, { summary: summary });
			assert.equal(r.status, 303);
			// this run's two saves: the new summary, then the old one back
			const revs = sql(`SELECT id FROM content_revisions WHERE kind = 'category' AND ref_id = ${id} ORDER BY id`).map((x) => x[0]).slice(-2);
			const diff = await editor.get(`/admin/categorie-servizi/${id}/revisioni/${revs[1]}`);
			assert.equal(diff.status, 200);
			assert.match(diff.text, /<del><span class="visually-hidden">\[eliminato: /);
			r = await post(editor, `/admin/categorie-servizi/${id}/revisioni/${revs[0]}`, {});
			assert.equal(r.status, 303);
			assert.equal(sqlValue(`SELECT summary FROM service_categories WHERE id = ${id}`), `Descrizione di prova ${RUN}`);
			assert.deepEqual(auditActions('category', id).slice(-3).map((x) => x.action), ['category-update', 'category-update', 'category-restore']);
		} finally {
			sql(`UPDATE service_categories SET summary = ${q(summary)} WHERE id = ${id}`);
		}
	});

	test('missing title, bad date, end before start: the form back with the messages and what was typed', async () => {
		let r = await post(editor, '/admin/notizie/nuovo', newsFields({ title: '', slug: slug('errori'), published_at: '2026-02-30 10:00', summary: 'Tenuto così' }));
		assert.equal(r.status, 422);
		const errs = errorsOf(r.text).join(' | ');
		assert.match(errs, /Titolo.*obbligatorio/);
		assert.match(errs, /Data della notizia.*AAAA-MM-GG/);
		assert.equal(inputValue(r.text, 'f-summary'), 'Tenuto così');
		assert.equal(inputValue(r.text, 'f-published_at'), '2026-02-30 10:00');
		assert.equal(textareaValue(r.text, 'f-body'), newsFields().body);
		r = await post(editor, '/admin/eventi/nuovo', eventFields({ slug: slug('errori'), start_at: `${day(3)} 10:00`, end_at: `${day(2)} 10:00` }));
		assert.equal(r.status, 422);
		assert.match(errorsOf(r.text).join(' | '), /Fine.*prima dell'inizio/);
		r = await post(editor, '/admin/luoghi/nuovo', placeFields({ slug: slug('errori'), image: '../../etc/passwd' }));
		assert.equal(r.status, 422);
		assert.match(errorsOf(r.text).join(' | '), /Immagine/);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM news WHERE slug = ${q(slug('errori'))}`), '0');
	});

	test('a duplicate slug: the form back, nothing saved', async () => {
		const taken = sqlValue('SELECT slug FROM news ORDER BY id LIMIT 1');
		const r = await post(editor, '/admin/notizie/nuovo', newsFields({ title: 'Doppione', slug: taken }));
		assert.equal(r.status, 422);
		assert.match(errorsOf(r.text).join(' | '), /già usato/);
		assert.equal(inputValue(r.text, 'f-title'), 'Doppione');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM news WHERE title = 'Doppione'`), '0');
	});

	test('the lists: search by title, filter by type and publication, paging', async () => {
		let r = await post(editor, '/admin/notizie/nuovo', newsFields({ slug: slug('elenco'), title: `Elenco ${RUN} 100%_x`, news_type: 'avviso' }));
		assert.equal(r.status, 303);
		const id = savedId('notizie', r.location);
		let html = (await editor.get(`/admin/notizie?q=${encodeURIComponent(`${RUN} 100%_x`)}`)).text;
		assert.ok(html.includes(`/admin/notizie/${id}"`), 'found by its title');
		assert.match(textOf(html), /Trovati: 1 /);
		html = (await editor.get(`/admin/notizie?q=${RUN}&tipo=avviso&stato=bozze`)).text;
		assert.ok(html.includes(`/admin/notizie/${id}"`), 'an avviso not published');
		html = (await editor.get(`/admin/notizie?q=${RUN}&tipo=notizia`)).text;
		assert.ok(!html.includes(`/admin/notizie/${id}"`), 'not a notizia');
		html = (await editor.get(`/admin/notizie?q=${RUN}&stato=pubblicati`)).text;
		assert.ok(!html.includes(`/admin/notizie/${id}"`), 'not published');
		const all = (await editor.get('/admin/notizie')).text;
		assert.match(textOf(all), /Trovati: \d+ \(pagina 1 di \d+\)/);
		for (const p of ['/admin/eventi', '/admin/luoghi?tipo=Biblioteca', '/admin/notizie?pagina=999', '/admin/notizie?tipo=%3Cx%3E'])
			assert.equal((await editor.get(p)).status, 200, p);
		assert.equal(h1Of((await editor.get('/admin/luoghi')).text), 'Luoghi');
	});
});
