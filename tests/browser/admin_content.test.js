'use strict';
// The editors' pages in a real browser (Debian's Chromium through
// playwright-core), on a desktop (1280x900) and a tablet (820x1180)
// viewport, staff signed in with password and TOTP (lib/staff.js):
//  - the journey under the site's real CSP, failing on any JavaScript error:
//    Contenuti → Nuovo servizio → fields filled → Salva bozza (not on the
//    portal) → Anteprima (Markdown rendered) → Pubblica questa versione →
//    Vedi sul portale (the page, its Markdown as HTML) → new title → Salva e
//    pubblica → the portal shows it;
//  - axe-core (WCAG 2.0/2.1 A and AA) on every editor page, the form with
//    errors included: no violation of impact "serious" or "critical".
// What the file creates is deleted at the end.
//
// Environment: BASE_URL and TEST_VAR of a stack started by conf/ctl.sh.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	BASE_URL, VIEWPORTS, launch, newContext, watchErrors, open, axeCheck, go, signInEditor,
} = require('./lib/browser');
const { sql, sqlValue, q } = require('../integration/lib/cases');

const SIZES = [
	VIEWPORTS.find((v) => v.name === 'desktop'),
	{ name: 'tablet', options: { viewport: { width: 820, height: 1180 }, hasTouch: true, deviceScaleFactor: 2 } },
];
const PREFIX = `prova-bc-${process.pid % 10000}${Date.now() % 100000}`;

async function portalStatus(urlPath) {
	const r = await fetch(BASE_URL + urlPath, { redirect: 'manual' });
	await r.arrayBuffer();
	return r.status;
}

describe('browser: the editors\' pages', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => {
		if (browser) await browser.close();
		sql(`DELETE d FROM search_docs d JOIN services s ON d.kind = 'service' AND d.ref_id = s.id WHERE s.slug LIKE ${q(`${PREFIX}-%`)};
		     DELETE FROM services WHERE slug LIKE ${q(`${PREFIX}-%`)};`);
	});

	for (const vp of SIZES) {
		const slug = `${PREFIX}-${vp.name}`;
		const title = `Servizio del browser ${vp.name}`;
		let serviceId = null;

		describe(`journey on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /Failed to load resource: the server responded with a status of 404/ });
				await signInEditor(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('new service → draft → preview → publish → visible on the portal', async () => {
				watch.reset();
				await go(page, page.getByRole('link', { name: /^Contenuti/ }), /^\/admin\/contenuti$/);
				await go(page, page.getByRole('link', { name: 'Nuovo servizio' }), /^\/admin\/servizi\/nuovo$/);
				await page.fill('#f-title', title);
				await page.fill('#f-slug', slug);
				await page.fill('#f-summary', 'Un servizio creato nel browser dai test.');
				const texts = {
					audience: 'Chi vive a Valdimonte.',
					description: 'Testo con **parole in grassetto**.\n\n- primo punto\n- secondo punto',
					how_to: 'Compila il modulo online.', requirements: 'Un documento.', outputs: 'Una ricevuta.',
					times: 'Trenta giorni.', costs: 'Gratuito.', conditions: 'Le condizioni.', contacts: 'Scrivi all\'ufficio.',
				};
				for (const [k, v] of Object.entries(texts)) await page.fill(`#f-${k}`, v);
				await page.fill('#f-online_url', 'https://servizi.example.org/browser');
				await page.selectOption('#f-office_id', '2');
				await page.selectOption('#f-category_id', { label: 'Tributi, finanze e contravvenzioni' });
				await page.locator('label[for="f-topics-2"]').click();
				assert.ok(await page.locator('#f-topics-2').isChecked(), 'topic chosen');
				await go(page, page.getByRole('button', { name: 'Salva bozza' }), /^\/admin\/servizi\/\d+$/);
				serviceId = /\/admin\/servizi\/(\d+)/.exec(page.url())[1];
				assert.match(await page.locator('#esito').innerText(), /Bozza salvata/);
				assert.equal(await portalStatus(`/servizi/${slug}`), 404, 'a draft is not on the portal');

				await go(page, page.getByRole('link', { name: 'Anteprima dell\'ultima versione salvata' }), /\/anteprima$/);
				assert.equal(await page.locator('h1').innerText(), title);
				assert.equal(await page.locator('#anteprima strong').first().innerText(), 'parole in grassetto');
				assert.equal(await page.locator('#anteprima ul li').count() >= 2, true, 'the list rendered');

				await go(page, page.getByRole('button', { name: 'Pubblica questa versione' }), /^\/admin\/servizi\/\d+$/);
				assert.match(await page.locator('#esito').innerText(), /Pubblicato/);
				await go(page, page.getByRole('link', { name: 'Vedi sul portale' }), new RegExp(`^/servizi/${slug}$`));
				assert.equal(await page.locator('h1').innerText(), title);
				const desc = page.locator('[data-element="service-extended-description"]');
				assert.equal(await desc.locator('strong').innerText(), 'parole in grassetto');
				assert.equal(await desc.locator('li').count(), 2);
				watch.check();
			});

			test('a new title, published, is on the portal at once', async () => {
				watch.reset();
				await open(page, `/admin/servizi/${serviceId}`);
				await page.fill('#f-title', `${title} (aggiornato)`);
				await go(page, page.getByRole('button', { name: 'Salva e pubblica' }), /^\/admin\/servizi\/\d+$/);
				assert.match(await page.locator('#esito').innerText(), /Pubblicato/);
				await go(page, page.getByRole('link', { name: 'Vedi sul portale' }), new RegExp(`^/servizi/${slug}$`));
				assert.equal(await page.locator('h1').innerText(), `${title} (aggiornato)`);
				assert.equal(sqlValue(`SELECT COUNT(*) FROM service_revisions WHERE service_id = ${serviceId}`), '2');
				watch.check();
			});
		});

		describe(`axe-core on the editor pages, ${vp.name}`, () => {
			let ctx;
			let page;
			before(async () => {
				ctx = await newContext(browser, vp, { bypassCSP: true });
				page = await ctx.newPage();
				await signInEditor(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			const pages = [
				['content list', () => '/admin/contenuti'],
				['new service form', () => '/admin/servizi/nuovo'],
				['service form', () => '/admin/servizi/1'],
				['preview', () => '/admin/servizi/1/anteprima'],
				['revisions', () => `/admin/servizi/${serviceId || 1}/revisioni`],
				['revision and its diff', () => serviceId &&
					`/admin/servizi/${serviceId}/revisioni/${sqlValue(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${serviceId}`)}`],
				['topic form', () => '/admin/argomenti/1'],
				['new office form', () => '/admin/uffici/nuovo'],
				['office form', () => '/admin/uffici/1'],
				['FAQ form', () => '/admin/faq/1'],
				['news list', () => '/admin/notizie?stato=pubblicati'],
				['new news form', () => '/admin/notizie/nuovo'],
				['news form', () => '/admin/notizie/1'],
				['news preview', () => '/admin/notizie/1/anteprima'],
				['event list', () => '/admin/eventi'],
				['event form', () => '/admin/eventi/1'],
				['event preview', () => '/admin/eventi/1/anteprima'],
				['place list', () => '/admin/luoghi'],
				['place form', () => '/admin/luoghi/1'],
				['place preview', () => '/admin/luoghi/1/anteprima'],
				['people list', () => '/admin/persone?tipo=politico'],
				['person form', () => '/admin/persone/1'],
				['person preview', () => '/admin/persone/1/anteprima'],
				['document list', () => '/admin/documenti'],
				['new document form', () => '/admin/documenti/nuovo'],
				['document preview', () => '/admin/documenti/1/anteprima'],
				['news revisions', () => `/admin/notizie/${sqlValue("SELECT COALESCE(MAX(n.id), 1) FROM content_revisions r JOIN news n ON n.id = r.ref_id WHERE r.kind = 'news'")}/revisioni`],
			];
			for (const [label, where] of pages) {
				test(`${label}: no serious or critical WCAG A/AA violation`, async (t) => {
					const urlPath = where();
					if (!urlPath) return t.skip('no revision: the journey failed');
					await open(page, urlPath);
					await axeCheck(page, `${vp.name} ${urlPath}`);
				});
			}

			test('the service form with errors: no serious or critical violation, errors announced', async () => {
				await open(page, '/admin/servizi/nuovo');
				await page.fill('#f-title', 'Solo il titolo');
				const [res] = await Promise.all([
					page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().endsWith('/admin/anteprima-testo')),
					page.getByRole('button', { name: 'Salva bozza' }).click(),
				]);
				assert.equal(res.status(), 422);
				await page.waitForLoadState('load');
				assert.equal(await page.locator('#errori').getAttribute('role'), 'alert');
				assert.equal(await page.locator('#f-summary').getAttribute('aria-invalid'), 'true');
				assert.match(await page.locator('#f-summary').getAttribute('aria-describedby'), /errore-summary/);
				assert.equal(await page.locator('#f-title').inputValue(), 'Solo il titolo');
				await axeCheck(page, `${vp.name} service form with errors`);
			});

			test('the news form with errors: no serious or critical violation, what was typed kept', async () => {
				await open(page, '/admin/notizie/nuovo');
				await page.fill('#f-summary', 'Solo la descrizione');
				await page.fill('#f-published_at', '2026-13-01 10:00');
				const [res] = await Promise.all([
					page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().endsWith('/admin/anteprima-testo')),
					page.getByRole('button', { name: 'Salva', exact: true }).click(),
				]);
				assert.equal(res.status(), 422);
				await page.waitForLoadState('load');
				assert.equal(await page.locator('#f-title').getAttribute('aria-invalid'), 'true');
				assert.equal(await page.locator('#f-published_at').getAttribute('aria-invalid'), 'true');
				assert.equal(await page.locator('#f-summary').inputValue(), 'Solo la descrizione');
				await axeCheck(page, `${vp.name} news form with errors`);
			});
		});
	}
});
