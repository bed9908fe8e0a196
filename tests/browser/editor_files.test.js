'use strict';
// The file and role forms under an item's form in a real browser (issue 9),
// on a desktop and a phone, under the site's real CSP: a refused upload (a
// JPEG as the PDF) and a refused role (dates the wrong way round) come back
// as the item's form with "Errore:" in the title, the focus on the error
// summary, its link taking the focus to the field, the message by the field,
// what was typed kept, and axe-core (WCAG 2.1 A and AA) without a violation;
// the revision of a file's removal names it, axe-clean too.
// A document and a person of their own, deleted at the end.
//
// Environment: BASE_URL and TEST_VAR of a stack started by conf/ctl.sh.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { VIEWPORTS, launch, newContext, watchErrors, open, axeCheck, until, signInEditor } = require('./lib/browser');
const { sql, sqlValue, q, jpeg, pdf } = require('../integration/lib/cases');
const { staffClient, staffPost } = require('../integration/lib/staff');

const PREFIX = `prova-bf-${process.pid % 10000}${Date.now() % 100000}`;

async function created(editor, kind, fields) {
	const r = await staffPost(editor, `/admin/${kind}/nuovo`, fields);
	assert.equal(r.status, 303, `create ${kind}`);
	return new RegExp(`/admin/${kind}/(\\d+)\\?`).exec(r.location)[1];
}

// Submits the form of BUTTON and waits for the page it gives back.
async function submitted(page, button) {
	const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
	return res;
}

// The focus on the error summary, then by its link NAME on the field ID.
async function errorFocus(page, name, id) {
	assert.match(await page.title(), /^Errore: /);
	await until(page, () => document.activeElement && document.activeElement.id === 'errori', undefined,
		{ what: 'the focus on the error summary' });
	await page.locator('#errori').getByRole('link', { name }).click();
	await until(page, (want) => document.activeElement && document.activeElement.id === want, id,
		{ what: `the focus on #${id}` });
	assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true');
}

describe('browser: refused files and roles under the editors\' forms', () => {
	let browser;
	let doc;
	let person;
	let removal;   // the revision of doc that removed its file
	before(async () => {
		browser = await launch();
		const editor = await staffClient('editor');
		doc = await created(editor, 'documenti', {
			title: `Documento ${PREFIX}`, slug: `${PREFIX}-doc`, doc_type: 'Atti normativi', summary: 'Dei test.',
			description: 'Testo.', protocol: '', protocol_date: '', published_on: new Date().toISOString().slice(0, 10),
			licence: 'CC BY 4.0', office_id: '', area_id: '', person_id: '',
		});
		person = await created(editor, 'persone', {
			given_name: 'Prova', family_name: `Browser ${PREFIX}`, slug: `${PREFIX}-persona`, kind: 'politico',
			summary: 'Dei test.', competences: '', biography: '', email: '', phone: '',
		});
		const other = await created(editor, 'documenti', {
			title: `Documento con file ${PREFIX}`, slug: `${PREFIX}-file`, doc_type: 'Atti normativi', summary: 'Dei test.',
			description: 'Testo.', protocol: '', protocol_date: '', published_on: new Date().toISOString().slice(0, 10),
			licence: 'CC BY 4.0', office_id: '', area_id: '', person_id: '',
		});
		const r = await editor.postMultipart(`/admin/documenti/${other}/allegati`, { csrf: editor.csrf, etichetta: 'Delibera' },
			[{ field: 'pdf', filename: 'd.pdf', type: 'application/pdf', data: pdf('Delibera') }]);
		assert.equal(r.status, 303);
		const fid = sqlValue(`SELECT id FROM document_files WHERE document_id = ${other}`);
		assert.equal((await staffPost(editor, `/admin/documenti/${other}/allegati/${fid}`, {})).status, 303);
		removal = { doc: other, rev: sqlValue(`SELECT MAX(id) FROM content_revisions WHERE kind = 'document' AND ref_id = ${other}`) };
	});
	after(async () => {
		if (browser) await browser.close();
		const docs = `${Number(doc) || 0}, ${Number(removal && removal.doc) || 0}`;
		sql(`DELETE FROM content_revisions WHERE (kind = 'document' AND ref_id IN (${docs}))
		       OR (kind = 'person' AND ref_id = ${Number(person) || 0});
		     DELETE FROM search_docs WHERE (kind = 'document' AND ref_id IN (${docs}))
		       OR (kind = 'person' AND ref_id = ${Number(person) || 0});
		     DELETE FROM documents WHERE slug IN (${q(`${PREFIX}-doc`)}, ${q(`${PREFIX}-file`)});
		     DELETE FROM people WHERE slug = ${q(`${PREFIX}-persona`)};`);
	});

	for (const vp of VIEWPORTS) {
		describe(`${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /status of 422 \(Unprocessable Entity\)/ });   // the forms given back
				await signInEditor(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('a JPEG sent as the PDF: the form again, the focus on the summary, then on the file field', async () => {
				await open(page, `/admin/documenti/${doc}`);
				await page.locator('#f-etichetta').fill('Foto del cantiere');
				await page.locator('#f-pdf').setInputFiles({ name: 'foto.pdf', mimeType: 'application/pdf', buffer: jpeg(64, 48) });
				const res = await submitted(page, page.getByRole('button', { name: 'Aggiungi il file' }));
				assert.equal(res.status(), 422);
				await errorFocus(page, /non è un documento PDF/, 'f-pdf');
				assert.match(await page.locator('#f-pdf-errore').innerText(), /non è un documento PDF/);
				assert.equal(await page.locator('#f-etichetta').inputValue(), 'Foto del cantiere', 'the name typed, kept');
				assert.equal(sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${doc}`), '0');
				await axeCheck(page, `refused file on ${vp.name}`);
				watch.check();
			});

			test('a role ending before it starts: the form again, the focus on the summary, then on «Al»', async () => {
				await open(page, `/admin/persone/${person}`);
				await page.locator('#r-ruolo').fill('Consigliera');
				await page.locator('#r-organo').selectOption('consiglio');
				await page.locator('#r-dal').fill('2024-06-20');
				await page.locator('#r-al').fill('2024-01-01');
				const res = await submitted(page, page.getByRole('button', { name: 'Aggiungi il ruolo' }));
				assert.equal(res.status(), 422);
				await errorFocus(page, /«Al»/, 'r-al');
				assert.match(await page.locator('#r-al-errore').innerText(), /non prima dell'inizio/);
				assert.equal(await page.locator('#r-ruolo').inputValue(), 'Consigliera');
				assert.equal(await page.locator('#r-organo').inputValue(), 'consiglio');
				assert.equal(sqlValue(`SELECT COUNT(*) FROM person_roles WHERE person_id = ${person}`), '0');
				await axeCheck(page, `refused role on ${vp.name}`);
				watch.check();
			});

			test('the revision that removed a file names it', async () => {
				await open(page, `/admin/documenti/${removal.doc}/revisioni/${removal.rev}`);
				const section = page.locator('section[aria-labelledby="diff-elementi"]');
				assert.equal(await section.locator('h2').innerText(), 'File PDF allegati');
				assert.match(await section.locator('li').innerText(), /^allegato rimosso: Delibera \(delibera\.pdf\)$/);
				await axeCheck(page, `revision of a file's removal on ${vp.name}`);
				watch.check();
			});
		});
	}
});
