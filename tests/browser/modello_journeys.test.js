'use strict';
// The Modello Comuni's sections in a real browser (Debian's Chromium through
// playwright-core), on a desktop and a phone viewport, under the site's real
// CSP, failing on any JavaScript error, axe-core (WCAG 2.0/2.1 A and AA: no
// serious or critical violation) on every page reached:
//  - Amministrazione → Uffici → an office → a person of it; the office → a
//    document → its PDF (served as a PDF);
//  - Novità → Notizie → a topic filter → a news item;
//  - Vivere il Comune → an event → its .ics (an iCalendar VEVENT);
//  - an editor: a news item created, previewed (the banner first on the
//    page), published, unpublished, a revision's changes, the first revision
//    restored; a document created and published with a PDF uploaded from the
//    form, on the portal.
// What the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR of a stack started by conf/ctl.sh.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	BASE_URL, VIEWPORTS, launch, newContext, watchErrors, open, axeCheck, go, signInEditor,
} = require('./lib/browser');
const { sql, sqlValue, q, pdf } = require('../integration/lib/cases');

const PREFIX = `prova-mj-${process.pid % 10000}${Date.now() % 100000}`;

const h1 = async (page) => (await page.locator('main h1, h1').first().innerText()).trim();

async function portalStatus(urlPath) {
	const r = await fetch(BASE_URL + urlPath, { redirect: 'manual' });
	await r.arrayBuffer();
	return r.status;
}

// Bootstrap Italia draws a checkbox on its label: the user clicks the label.
async function setCheckbox(page, id, on) {
	if (await page.locator(`#${id}`).isChecked() !== on) await page.locator(`label[for="${id}"]`).click();
	assert.equal(await page.locator(`#${id}`).isChecked(), on);
}

// Saves the editor's form and waits for the redirect back to it with the notice.
async function save(page, kind) {
	await go(page, page.getByRole('button', { name: 'Salva', exact: true }), new RegExp(`^/admin/${kind}/\\d+$`));
	assert.match(await page.locator('main').innerText(), /Salvato/);
	return new URL(page.url()).pathname.split('/')[3];
}

describe('browser: journeys through the Modello Comuni sections', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => {
		if (browser) await browser.close();
		const like = q(`${PREFIX}-%`);
		sql(`DELETE d FROM search_docs d JOIN news n ON d.kind = 'news' AND d.ref_id = n.id WHERE n.slug LIKE ${like};
		     DELETE d FROM search_docs d JOIN documents x ON d.kind = 'document' AND d.ref_id = x.id WHERE x.slug LIKE ${like};
		     DELETE FROM news WHERE slug LIKE ${like};
		     DELETE FROM documents WHERE slug LIKE ${like};`);
	});

	for (const vp of VIEWPORTS) {
		describe(`${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /Failed to load resource: the server responded with a status of 404/ });
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('Amministrazione → Uffici → an office → a person; the office → a document → its PDF', async () => {
				watch.reset();
				await open(page, '/amministrazione');
				await axeCheck(page, `Amministrazione on ${vp.name}`);
				await go(page, page.locator('main a[href="/amministrazione/uffici"]').first(), /^\/amministrazione\/uffici$/);
				await axeCheck(page, `Uffici on ${vp.name}`);
				await go(page, page.locator('main a[href="/uffici/ufficio-anagrafe"]').first(), /^\/uffici\/ufficio-anagrafe$/);
				const office = await h1(page);
				await axeCheck(page, `an office on ${vp.name}`);
				await go(page, page.locator('main a[href="/persone/andrea-vitale"]').first(), /^\/persone\/andrea-vitale$/);
				assert.equal(await h1(page), 'Andrea Vitale');
				assert.match(await page.locator('main').innerText(), new RegExp(office.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the person\'s role names the office');
				await axeCheck(page, `a person on ${vp.name}`);
				await go(page, page.locator('main a[href="/uffici/ufficio-anagrafe"]').first(), /^\/uffici\/ufficio-anagrafe$/);
				await go(page, page.locator('main a[href="/documenti/regolamento-anagrafe"]').first(), /^\/documenti\/regolamento-anagrafe$/);
				assert.equal(await h1(page), 'Regolamento del servizio anagrafico');
				await axeCheck(page, `a document on ${vp.name}`);
				const link = page.locator('main a[href^="/documenti/regolamento-anagrafe/allegati/"]').first();
				assert.match(await link.innerText(), /Testo del regolamento/);
				const res = await page.request.get(BASE_URL + await link.getAttribute('href'));
				assert.equal(res.status(), 200);
				assert.match(res.headers()['content-type'], /^application\/pdf/);
				assert.equal((await res.body()).subarray(0, 5).toString('latin1'), '%PDF-');
				watch.check();
			});

			test('Novità → Notizie → a topic filter → a news item', async () => {
				watch.reset();
				const topic = sql('SELECT slug, name FROM topics WHERE id = 1')[0];
				await open(page, '/novita');
				await axeCheck(page, `Novità on ${vp.name}`);
				await go(page, page.locator('main a[href="/novita/notizie"]').first(), /^\/novita\/notizie$/);
				await page.locator('#filtro-argomento').selectOption(topic[0]);
				await go(page, page.locator('form.vm-filters [type="submit"]'), /^\/novita\/notizie$/);
				assert.equal(new URL(page.url()).searchParams.get('argomento'), topic[0]);
				await axeCheck(page, `Notizie filtered on ${vp.name}`);
				const cards = await page.locator('main h3.card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				assert.deepEqual(cards, ['/novita/nuovi-orari-anagrafe'], `only the news of "${topic[1]}"`);
				await go(page, page.locator('main a[href="/novita/nuovi-orari-anagrafe"]').first(), /^\/novita\/nuovi-orari-anagrafe$/);
				assert.equal(await h1(page), 'Nuovi orari dell\'Anagrafe <dal lunedì>');
				await axeCheck(page, `a news item on ${vp.name}`);
				watch.check();
			});

			test('Vivere il Comune → an event → its .ics', async () => {
				watch.reset();
				await open(page, '/vivere-il-comune');
				await axeCheck(page, `Vivere il Comune on ${vp.name}`);
				const href = await page.locator('main a[data-element="event-link"]').first().getAttribute('href');
				assert.match(href, /^\/eventi\/[a-z0-9-]+$/);
				await go(page, page.locator(`main a[href="${href}"]`).first(), new RegExp(`^${href}$`));
				const title = await h1(page);
				await axeCheck(page, `an event on ${vp.name}`);
				const ics = page.getByRole('link', { name: 'Aggiungi al calendario' });
				assert.equal(await ics.getAttribute('href'), `${href}/ics`);
				const res = await page.request.get(BASE_URL + await ics.getAttribute('href'));
				assert.equal(res.status(), 200);
				assert.match(res.headers()['content-type'], /^text\/calendar/);
				const body = (await res.body()).toString('utf8');
				assert.match(body, /BEGIN:VEVENT/);
				const summary = /^SUMMARY:(.*)$/m.exec(body.replace(/\r\n[ \t]/g, ''));
				assert.ok(summary, 'a SUMMARY');
				assert.equal(summary[1].replace(/\\([,;\\])/g, '$1').trim(), title, 'the event\'s title');
				watch.check();
			});

			test('an editor: a news item created, previewed, published, unpublished, its changes seen, restored', async () => {
				watch.reset();
				const slug = `${PREFIX}-${vp.name}-notizia`;
				const title = `Notizia dal browser ${vp.name}`;
				await signInEditor(page);
				await open(page, '/admin/notizie');
				await go(page, page.getByRole('link', { name: 'Nuova notizia' }), /^\/admin\/notizie\/nuovo$/);
				await axeCheck(page, `new news form on ${vp.name}`);
				await page.fill('#f-title', title);
				await page.fill('#f-slug', slug);
				await page.fill('#f-summary', 'Scritta dal test nel browser.');
				await page.fill('#f-body', 'Un testo con **Markdown**.');
				await setCheckbox(page, 'f-topics-1', true);
				const id = await save(page, 'notizie');
				assert.equal(await portalStatus(`/novita/${slug}`), 404, 'a draft is not on the portal');
				// the preview: the banner first on the page, in view, the way back to the form
				await go(page, page.getByRole('link', { name: 'Anteprima', exact: true }), new RegExp(`^/admin/notizie/${id}/anteprima$`));
				const banner = page.locator('#anteprima-banner');
				assert.ok(await banner.isVisible(), 'the preview banner');
				assert.equal((await banner.boundingBox()).y, 0, 'at the very top');
				assert.equal(await page.evaluate(() => document.querySelector('body > :not(.skiplinks)').id), 'anteprima-banner');
				assert.equal(await h1(page), title);
				assert.match(await page.locator('main').innerHTML(), /<strong>Markdown<\/strong>/);
				await axeCheck(page, `news preview on ${vp.name}`);
				await go(page, banner.getByRole('link', { name: 'Torna al modulo' }), new RegExp(`^/admin/notizie/${id}$`));
				// published, then the portal page; unpublished, gone
				await setCheckbox(page, 'f-published', true);
				await page.fill('#f-title', `${title} (pubblicata)`);
				await save(page, 'notizie');
				await go(page, page.getByRole('link', { name: 'Vedi sul portale' }), new RegExp(`^/novita/${slug}$`));
				assert.equal(await h1(page), `${title} (pubblicata)`);
				await page.goBack();
				await setCheckbox(page, 'f-published', false);
				await save(page, 'notizie');
				assert.equal(await portalStatus(`/novita/${slug}`), 404, 'unpublished');
				// the revisions: what the second changed, then the first restored
				await go(page, page.getByRole('link', { name: 'Revisioni' }), new RegExp(`^/admin/notizie/${id}/revisioni$`));
				await axeCheck(page, `revisions on ${vp.name}`);
				const revs = sql(`SELECT id FROM content_revisions WHERE kind = 'news' AND ref_id = ${id} ORDER BY id`).map((r) => r[0]);
				assert.equal(revs.length, 3);
				await go(page, page.getByRole('link', { name: `Modifiche della revisione ${revs[1]}` }), new RegExp(`^/admin/notizie/${id}/revisioni/${revs[1]}$`));
				assert.match(await page.locator('.vm-diff-text ins').first().textContent(), /\[aggiunto: .*\(pubblicata\)/);
				await axeCheck(page, `a revision's changes on ${vp.name}`);
				await go(page, page.getByRole('link', { name: 'Tutte le revisioni' }), new RegExp(`^/admin/notizie/${id}/revisioni$`));
				await go(page, page.getByRole('button', { name: `Ripristina la revisione ${revs[0]}` }), new RegExp(`^/admin/notizie/${id}$`));
				assert.equal(await page.locator('#f-title').inputValue(), title, 'the first title back');
				assert.equal(await page.locator('#f-published').isChecked(), false, 'the publication as it was');
				watch.check();
			});

			test('an editor: a document with its PDF, published and on the portal', async () => {
				watch.reset();
				const slug = `${PREFIX}-${vp.name}-documento`;
				await open(page, '/admin/documenti');
				await go(page, page.getByRole('link', { name: 'Nuovo documento' }), /^\/admin\/documenti\/nuovo$/);
				await page.fill('#f-title', `Delibera dal browser ${vp.name}`);
				await page.fill('#f-slug', slug);
				await page.fill('#f-doc_type', 'Atti normativi');
				await page.fill('#f-summary', 'Caricata dal test nel browser.');
				await page.fill('#f-description', 'La **delibera** di prova.');
				await setCheckbox(page, 'f-published', true);
				const id = await save(page, 'documenti');
				assert.match(await page.locator('main').innerText(), /Non ci sono ancora file allegati/);
				await page.fill('#f-etichetta', 'Delibera firmata');
				await page.locator('#f-pdf').setInputFiles({ name: 'scansione.pdf', mimeType: 'application/pdf', buffer: pdf('Delibera') });
				await go(page, page.getByRole('button', { name: 'Aggiungi il file' }), new RegExp(`^/admin/documenti/${id}$`));
				assert.match(await page.locator('main').innerText(), /File PDF allegato/);
				assert.match(await page.locator('#file-elenco').innerText(), /Delibera firmata \(delibera-firmata\.pdf, PDF, 1 kB\)/);
				await axeCheck(page, `document form with its file on ${vp.name}`);
				await go(page, page.getByRole('link', { name: 'Vedi sul portale' }), new RegExp(`^/documenti/${slug}$`));
				const link = page.locator(`main a[href^="/documenti/${slug}/allegati/"]`).first();
				assert.match(await link.innerText(), /Delibera firmata/);
				const res = await page.request.get(BASE_URL + await link.getAttribute('href'));
				assert.equal(res.status(), 200);
				assert.ok((await res.body()).equals(pdf('Delibera')), 'the PDF as uploaded');
				await axeCheck(page, `the document on the portal on ${vp.name}`);
				assert.equal(sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${id}`), '1');
				watch.check();
			});
		});
	}
});
