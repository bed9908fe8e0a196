'use strict';
// The editors' files and roles (issue 9, cgi-bin/content/newsroom_files.c,
// newsroom_roles.c, the crud engine's revisions) against a running stack:
//  - the preview of an unpublished document or news item links its PDFs at the
//    editors' route, which serves them (the bytes, as a download, kept by no
//    cache); anonymous, citizen and operator requests there are refused, and
//    the public URL of the unpublished item's file stays 404;
//  - files and roles are part of the revisions: a deleted file or role comes
//    back with a restore (the same row, its bytes never sent again), a file
//    added later goes, the public page shows exactly the restored set, and
//    the revision's diff names each change; an item with no revision yet gets
//    one of how it was before its first file or role change;
//  - a refused file (not a PDF by content, too big, no name) or role (dates
//    the wrong way round) gives the item's form back, 422, with the error
//    summary linking to the field, the message beside it, what was typed, and
//    nothing stored.
// Everything the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js (DEMO_IDP=1).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { get, h1Of, textOf } = require('./lib/http');
const { staffClient, staffPost } = require('./lib/staff');
const { sql, sqlValue, q, errorsOf, inputValue, pdf, jpeg, loggedIn } = require('./lib/cases');

const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const PREFIX = `prova-ef-${RUN}`;
const slug = (name) => `${PREFIX}-${name}`;
const post = staffPost;

function day(n) {
	return new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
}

function documentFields(name, extra = {}) {
	return {
		title: `Documento ${name} ${RUN}`, slug: slug(name), doc_type: 'Atti normativi',
		summary: 'Un documento dei test.', description: 'Il testo della delibera.', protocol: '',
		protocol_date: '', published_on: day(0), licence: 'Creative Commons Attribuzione 4.0 (CC BY 4.0)',
		office_id: '', area_id: '', person_id: '', ...extra,
	};
}

function newsFields(name, extra = {}) {
	return {
		title: `Notizia ${name} ${RUN}`, slug: slug(name), news_type: 'avviso', summary: 'Una notizia dei test.',
		published_at: `${day(0)} 09:00`, body: 'Il testo.', image: '', image_alt: '', image_caption: '',
		office_id: '1', topics: ['1'], ...extra,
	};
}

function personFields(name, extra = {}) {
	return {
		given_name: 'Prova', family_name: `Ruoli ${name} ${RUN}`, slug: slug(name), kind: 'politico',
		summary: 'Una persona dei test.', competences: '', biography: '', email: '', phone: '', ...extra,
	};
}

function savedId(kind, location) {
	const m = new RegExp(`^/admin/${kind}/(\\d+)\\?esito=salvato$`).exec(location || '');
	assert.ok(m, `unexpected Location ${location}`);
	return m[1];
}

async function create(editor, kind, fields) {
	const r = await post(editor, `/admin/${kind}/nuovo`, fields);
	assert.equal(r.status, 303, `create ${kind}: ${errorsOf(r.text).join(' | ')}`);
	return savedId(kind, r.location);
}

async function upload(editor, kind, id, label, data, filename = 'file.pdf') {
	return editor.postMultipart(`/admin/${kind}/${id}/allegati`, { csrf: editor.csrf, etichetta: label },
		[{ field: 'pdf', filename, type: 'application/pdf', data }]);
}

// The id of the live file labelled LABEL of item ID in TABLE (by KEY).
function fileId(table, key, id, label) {
	const col = table === 'document_files' ? 'label' : 'title';
	return sqlValue(`SELECT id FROM ${table} WHERE ${key} = ${id} AND ${col} = ${q(label)} ORDER BY id DESC LIMIT 1`);
}

const revisions = (type, id) => sql(`SELECT id FROM content_revisions WHERE kind = ${q(type)} AND ref_id = ${id} ORDER BY id`).map((x) => x[0]);

// The hrefs of a page that end in /allegati/N.
const fileLinks = (html) => [...html.matchAll(/href="([^"]*\/allegati\/\d+)"/g)].map((m) => m[1]);

describe('editors: files in previews, files and roles in revisions, inline upload errors', () => {
	let editor;
	before(async () => {
		editor = await staffClient('editor');
	});
	after(() => {
		const like = q(`${PREFIX}-%`);
		sql(`DELETE FROM search_docs WHERE kind IN ('document', 'news', 'person') AND ref_id IN
		       (SELECT id FROM documents WHERE slug LIKE ${like} UNION SELECT id FROM news WHERE slug LIKE ${like}
		        UNION SELECT id FROM people WHERE slug LIKE ${like});
		     DELETE r FROM content_revisions r JOIN documents d ON r.kind = 'document' AND r.ref_id = d.id WHERE d.slug LIKE ${like};
		     DELETE r FROM content_revisions r JOIN news n ON r.kind = 'news' AND r.ref_id = n.id WHERE n.slug LIKE ${like};
		     DELETE r FROM content_revisions r JOIN people p ON r.kind = 'person' AND r.ref_id = p.id WHERE p.slug LIKE ${like};
		     DELETE FROM documents WHERE slug LIKE ${like};
		     DELETE FROM news WHERE slug LIKE ${like};
		     DELETE FROM people WHERE slug LIKE ${like};`);
	});

	for (const kind of [
		{ path: 'documenti', fields: documentFields, table: 'document_files', key: 'document_id', portal: '/documenti/' },
		{ path: 'notizie', fields: newsFields, table: 'news_attachments', key: 'news_id', portal: '/novita/' },
	]) {
		test(`the preview of an unpublished item (${kind.path}) links its files at the editors' route, which serves them`, async () => {
			const id = await create(editor, kind.path, kind.fields(`anteprima-${kind.path}`));
			for (const [label, text] of [['Delibera firmata', 'Delibera'], ['Allegato tecnico', 'Tecnico']])
				assert.equal((await upload(editor, kind.path, id, label, pdf(text))).status, 303);
			const fids = [fileId(kind.table, kind.key, id, 'Delibera firmata'), fileId(kind.table, kind.key, id, 'Allegato tecnico')];
			const preview = await editor.get(`/admin/${kind.path}/${id}/anteprima`);
			assert.equal(preview.status, 200);
			const links = fileLinks(preview.text);
			assert.deepEqual(links.sort(), fids.map((f) => `/admin/${kind.path}/${id}/allegati/${f}`).sort(), 'each file, at the editors\' route');
			const bytes = { [fids[0]]: pdf('Delibera'), [fids[1]]: pdf('Tecnico') };
			for (const [i, link] of links.entries()) {
				const r = await editor.get(link);
				assert.equal(r.status, 200, link);
				assert.match(r.headers.get('content-type'), /^application\/pdf/);
				assert.match(r.headers.get('content-disposition'), /^attachment; filename="[a-z0-9-]+\.pdf"$/);
				assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
				assert.match(r.headers.get('cache-control'), /no-store/);
				assert.match(r.headers.get('cache-control'), /private/);
				assert.ok(r.buf.equals(bytes[/(\d+)$/.exec(link)[1]]), `the bytes as sent (${i})`);
			}
			// not for anyone else; the public URL only serves published items
			const link = links[0];
			const anon = await get(link);
			assert.notEqual(anon.status, 200);
			assert.ok(!anon.text.includes('%PDF'), 'no PDF to a visitor');
			const citizen = await loggedIn(0);
			const cr = await citizen.get(link);
			assert.notEqual(cr.status, 200);
			assert.ok(!cr.buf.includes('%PDF'), 'no PDF to a citizen');
			const op = await staffClient('operator', ['ufficio-anagrafe']);
			assert.equal((await op.get(link)).status, 403);
			assert.equal((await get(`${kind.portal}${slug(`anteprima-${kind.path}`)}/allegati/${fids[0]}`)).status, 404);
			// only a file of that item, and not once removed
			const other = kind.path === 'documenti'
				? sqlValue(`SELECT id FROM document_files WHERE document_id <> ${id} LIMIT 1`)
				: sqlValue(`SELECT id FROM news_attachments WHERE news_id <> ${id} AND data IS NOT NULL LIMIT 1`);
			if (other) assert.equal((await editor.get(`/admin/${kind.path}/${id}/allegati/${other}`)).status, 404);
			assert.equal((await post(editor, `/admin/${kind.path}/${id}/allegati/${fids[0]}`, {})).status, 303);
			assert.equal((await editor.get(link)).status, 404);
			assert.ok(!fileLinks((await editor.get(`/admin/${kind.path}/${id}/anteprima`)).text).includes(link));
		});
	}

	test('a document\'s files are part of its revisions: a deleted file comes back with a restore, a later one goes', async () => {
		const id = await create(editor, 'documenti', documentFields('revisioni', { published: '1' }));
		assert.equal((await upload(editor, 'documenti', id, 'Delibera', pdf('Delibera'))).status, 303);
		assert.equal((await upload(editor, 'documenti', id, 'Planimetria', pdf('Planimetria'))).status, 303);
		const delibera = fileId('document_files', 'document_id', id, 'Delibera');
		const planimetria = fileId('document_files', 'document_id', id, 'Planimetria');
		assert.equal((await post(editor, `/admin/documenti/${id}/allegati/${delibera}`, {})).status, 303);
		const page = `/documenti/${slug('revisioni')}`;
		const url = (f) => `${page}/allegati/${f}`;
		assert.deepEqual(fileLinks((await get(page)).text), [url(planimetria)]);
		assert.equal((await get(url(delibera))).status, 404);
		// save, first file, second file, delete: four revisions; the last one's diff names the file
		const revs = revisions('document', id);
		assert.equal(revs.length, 4, 'every change a revision');
		let diff = await editor.get(`/admin/documenti/${id}/revisioni/${revs[3]}`);
		assert.equal(diff.status, 200);
		assert.match(textOf(diff.text), /allegato rimosso: Delibera \(delibera\.pdf\)/);
		assert.match(diff.text, /<h2 class="h5" id="diff-elementi">File PDF allegati<\/h2>/);
		assert.doesNotMatch(textOf(diff.text), /Nessuna differenza/);
		diff = await editor.get(`/admin/documenti/${id}/revisioni/${revs[1]}`);
		assert.match(textOf(diff.text), /allegato aggiunto: Delibera \(delibera\.pdf\)/);
		// restore the revision with both files: the deleted one is back, same row, same bytes
		let r = await post(editor, `/admin/documenti/${id}/revisioni/${revs[2]}`, {});
		assert.equal(r.status, 303);
		assert.deepEqual(fileLinks((await get(page)).text).sort(), [url(delibera), url(planimetria)].sort());
		const back = await editor.get(url(delibera));
		assert.equal(back.status, 200);
		assert.ok(back.buf.equals(pdf('Delibera')));
		assert.equal(sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${id}`), '2', 'no row added: re-linked');
		// restore the revision with only the first file: the later one goes
		r = await post(editor, `/admin/documenti/${id}/revisioni/${revs[1]}`, {});
		assert.equal(r.status, 303);
		assert.deepEqual(fileLinks((await get(page)).text), [url(delibera)]);
		assert.equal((await get(url(planimetria))).status, 404);
		const form = await editor.get(`/admin/documenti/${id}`);
		assert.doesNotMatch(textOf(form.text), /Planimetria/);
		diff = await editor.get(`/admin/documenti/${id}/revisioni/${revisions('document', id).pop()}`);
		assert.match(textOf(diff.text), /allegato rimosso: Planimetria \(planimetria\.pdf\)/);
	});

	test('a news item without revisions gets one of how it was before its first file change', async () => {
		const id = await create(editor, 'notizie', newsFields('primo', { published: '1' }));
		assert.equal((await upload(editor, 'notizie', id, 'Modulo', pdf('Modulo'))).status, 303);
		const fid = fileId('news_attachments', 'news_id', id, 'Modulo');
		sql(`DELETE FROM content_revisions WHERE kind = 'news' AND ref_id = ${id}`);   // as the demo's items
		assert.equal((await post(editor, `/admin/notizie/${id}/allegati/${fid}`, {})).status, 303);
		const revs = revisions('news', id);
		assert.equal(revs.length, 2, 'before and after');
		const url = `/novita/${slug('primo')}/allegati/${fid}`;
		assert.equal((await get(url)).status, 404);
		assert.equal((await post(editor, `/admin/notizie/${id}/revisioni/${revs[0]}`, {})).status, 303);
		assert.ok(fileLinks((await get(`/novita/${slug('primo')}`)).text).includes(url), 'back on the page');
		assert.ok((await editor.get(url)).buf.equals(pdf('Modulo')));
	});

	test('a person\'s roles are part of the revisions: a deleted role comes back with a restore', async () => {
		const id = await create(editor, 'persone', personFields('ruoli', { published: '1' }));
		const role = { ruolo: `Assessora al bilancio ${RUN}`, organo: 'giunta', deleghe: 'Bilancio', ufficio: '', area: '', dal: '2024-06-20', al: '' };
		assert.equal((await post(editor, `/admin/persone/${id}/ruoli`, role)).status, 303);
		const roleId = sqlValue(`SELECT id FROM person_roles WHERE person_id = ${id}`);
		const page = `/persone/${slug('ruoli')}`;
		assert.match(textOf((await get(page)).text), new RegExp(role.ruolo));
		assert.equal((await post(editor, `/admin/persone/${id}/ruoli/${roleId}`, {})).status, 303);
		assert.doesNotMatch(textOf((await get(page)).text), new RegExp(role.ruolo));
		assert.ok(!(await get('/amministrazione/organi-di-governo')).text.includes(page), 'not in the Giunta');
		const revs = revisions('person', id);
		assert.equal(revs.length, 3);
		const diff = await editor.get(`/admin/persone/${id}/revisioni/${revs[2]}`);
		assert.match(textOf(diff.text), new RegExp(`ruolo rimosso: ${role.ruolo} \\(dal 20/06/2024\\)`));
		assert.match(diff.text, /<h2 class="h5" id="diff-elementi">Ruoli e incarichi<\/h2>/);
		assert.equal((await post(editor, `/admin/persone/${id}/revisioni/${revs[1]}`, {})).status, 303);
		assert.match(textOf((await get(page)).text), new RegExp(role.ruolo));
		assert.ok((await get('/amministrazione/organi-di-governo')).text.includes(page), 'back in the Giunta');
		assert.match(textOf((await editor.get(`/admin/persone/${id}`)).text), new RegExp(role.ruolo));
	});

	test('a refused file gives the form back (422) with the message by the field and what was typed; nothing stored', async () => {
		const id = await create(editor, 'documenti', documentFields('errori'));
		const count = () => sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${id}`);
		const big = Buffer.concat([pdf('Grande'), Buffer.alloc(10 * 1024 * 1024 + 4096, 0x20)]);
		for (const [label, data, field, why] of [
			['Foto, non PDF', jpeg(), 'pdf', /non è un documento PDF/],
			['Troppo grande', big, 'pdf', /troppo grande/],
			['', pdf('Senza nome'), 'etichetta', /Scrivi il nome del file/],
		]) {
			const r = await upload(editor, 'documenti', id, label, data);
			assert.equal(r.status, 422, field);
			assert.match(r.text, /<title>Errore: /);
			assert.equal(h1Of(r.text), `Modifica documento: Documento errori ${RUN}`, 'the item\'s form');
			const summary = /<div class="alert alert-danger"[^>]*id="errori"[\s\S]*?<\/div>/.exec(r.text);
			assert.ok(summary, 'the error summary');
			assert.match(summary[0], new RegExp(`<a href="#f-${field}">`));
			assert.match(errorsOf(r.text).join(' | '), why);
			const near = new RegExp(`<div class="invalid-feedback d-block" id="f-${field}-errore">([^<]*)</div>`).exec(r.text);
			assert.ok(near, 'the message by the field');
			assert.match(near[1], why);
			assert.match(r.text, new RegExp(`id="f-${field}"[^>]*aria-describedby="[^"]*f-${field}-errore"[^>]*aria-invalid="true"`));
			assert.equal(inputValue(r.text, 'f-etichetta'), label, 'the name typed, kept');
			assert.match(r.text, /name="titolo"|name="title"/, 'the document\'s own form is there too');
		}
		assert.equal(count(), '0', 'nothing stored');
		assert.equal(revisions('document', id).length, 1, 'no revision');
	});

	test('a refused role gives the person\'s form back (422) with the message by the field and the values typed', async () => {
		const id = await create(editor, 'persone', personFields('errori'));
		const office = sqlValue("SELECT id FROM offices WHERE slug = 'ufficio-anagrafe'");
		const role = { ruolo: 'Consigliera', organo: 'consiglio', deleghe: 'Cultura', ufficio: office, area: '', dal: '2024-06-20', al: '2024-01-01' };
		const r = await post(editor, `/admin/persone/${id}/ruoli`, role);
		assert.equal(r.status, 422);
		assert.match(r.text, /<title>Errore: /);
		assert.match(r.text, /<a href="#r-al">/);
		assert.match(errorsOf(r.text).join(' | '), /«Al»/);
		assert.match(r.text, /<div class="invalid-feedback d-block" id="r-al-errore">«Al»: [^<]*non prima dell(?:'|&#39;)inizio\.<\/div>/);
		assert.equal(inputValue(r.text, 'r-ruolo'), 'Consigliera');
		assert.equal(inputValue(r.text, 'r-deleghe'), 'Cultura');
		assert.equal(inputValue(r.text, 'r-dal'), '2024-06-20');
		assert.equal(inputValue(r.text, 'r-al'), '2024-01-01');
		assert.match(r.text, /<option value="consiglio" selected>/);
		assert.match(r.text, new RegExp(`<option value="${office}" selected>`));
		assert.equal(sqlValue(`SELECT COUNT(*) FROM person_roles WHERE person_id = ${id}`), '0', 'nothing stored');
		// every field's own message at once
		const all = await post(editor, `/admin/persone/${id}/ruoli`, { ...role, ruolo: '', organo: 're', dal: 'ieri', al: '' });
		assert.equal(all.status, 422);
		for (const f of ['ruolo', 'organo', 'dal']) assert.match(all.text, new RegExp(`<a href="#r-${f}">`), f);
	});
});
