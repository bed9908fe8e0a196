'use strict';
// User journeys in a real browser (Debian's Chromium through playwright-core),
// on a desktop and on a phone viewport, against the fixture catalogue
// (tests/fixtures/catalogue.sql):
//  - home search box → results → service page;
//  - the header menu (Bootstrap Italia's navbarcollapsible on small screens);
//  - the /servizi topic filter and the pagination.
// Every test fails on an uncaught JavaScript exception or a console error.
const { test, describe, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const {
	VIEWPORTS, SITE_NAME, launch, newContext, watchErrors, open, pathOf, until, settled,
} = require('./lib/browser');

// The 9 services of the topic "Tributi" (fixture README, table Services).
const TRIBUTI = [
	'canone-unico-esposizione-pubblicitaria', 'compostaggio-domestico', 'contributo-affitto',
	'dichiarazione-imu', 'pagamento-imu', 'pagamento-tari', 'riduzioni-agevolazioni-tari',
	'rimborso-tributi-comunali', 'tari-iscrizione-variazione-cessazione',
];
const TOTAL_SERVICES = 25;
const PAGE_SIZE = 12;

// Slugs of the service cards listed in the main column of a catalogue page.
async function cardSlugs(page) {
	const hrefs = await page.locator('main .vm-cards a[data-element="service-link"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	return hrefs.map((h) => h.replace(/^\/servizi\//, ''));
}

// One browser for the whole file; the hooks live in a describe() (node 18
// does not run file-level before/after hooks reliably).
describe('browser journeys', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		const phone = vp.name === 'phone';

		describe(`journeys on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page);
			});
			after(async () => { if (ctx) await ctx.close(); });
			beforeEach(() => { if (watch) watch.reset(); });

			test('home search "certificati anagrafici" → results → service page', async () => {
				await open(page, '/');
				await assert.doesNotReject(page.locator('h1', { hasText: SITE_NAME }).waitFor(), 'home h1');

				const box = page.getByRole('searchbox', { name: 'Cerca servizi, uffici e domande frequenti' });
				await box.fill('certificati anagrafici');
				// Enter on the desktop, a tap on the button on the phone: both submit the form.
				if (phone) {
					await Promise.all([
						page.waitForURL(/\/cerca\?/),
						page.locator('main form[role="search"] button[type="submit"]').tap(),
					]);
				} else {
					await Promise.all([page.waitForURL(/\/cerca\?/), box.press('Enter')]);
				}
				const url = new URL(page.url());
				assert.equal(url.pathname, '/cerca');
				assert.equal(url.searchParams.get('q'), 'certificati anagrafici');
				assert.equal((await page.locator('main h1').innerText()).trim(), 'Risultati per «certificati anagrafici»');
				assert.match(await page.locator('h2#risultati-titolo').innerText(), /^\d+ risultat[oi] per «certificati anagrafici»$/);
				assert.equal(await page.locator('#cerca-q').inputValue(), 'certificati anagrafici',
					'the query stays in the search box');

				const results = page.locator('ol.vm-search-results');
				const result = results.getByRole('link', { name: 'Certificato anagrafico', exact: true });
				assert.equal(await result.count(), 1, 'results list "Certificato anagrafico" once');
				const firstService = results.locator('li').filter({ has: page.locator('.vm-kind', { hasText: /^Servizio$/ }) }).first();
				assert.equal(await firstService.locator('h4 a').innerText(), 'Certificato anagrafico',
					'first among the services');
				await Promise.all([page.waitForURL(/\/servizi\/certificato-anagrafico$/), result.click()]);

				// The service page.
				const h1 = page.locator('main h1');
				assert.equal(await h1.count(), 1, 'one h1');
				assert.equal((await h1.innerText()).trim(), 'Certificato anagrafico');
				const badge = page.locator('[data-element="service-status"]');
				assert.ok(await badge.isVisible(), 'status badge visible');
				assert.match(await badge.innerText(), /Servizio attivo/);

				const index = page.locator('nav.vm-page-index');
				assert.ok(await index.isVisible(), 'page index visible');
				assert.equal(await index.getByRole('heading', { name: 'Indice della pagina' }).count(), 1);
				const indexLinks = index.locator('[data-element="page-index"] a');
				assert.ok(await indexLinks.count() >= 11, 'page index lists the sections');
				// Every entry of the index points at a heading of the page.
				for (const href of await indexLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
					assert.equal(await page.locator(`h2${href}`).count(), 1, `index target ${href} is an h2 of the page`);

				const access = page.locator('section[aria-labelledby="accedi-al-servizio"]');
				assert.equal(await access.count(), 1, '"Accedi al servizio" section');
				assert.equal((await access.locator('h2').innerText()).trim(), 'Accedi al servizio');
				const online = access.locator('a[data-element="service-online-access"]');
				assert.equal(await online.getAttribute('href'),
					'https://servizi.comune.valdimonte.it/anagrafe/certificato-anagrafico');
				assert.match(await online.innerText(), /Richiedi online/);

				// The index entry scrolls the section into view.
				await index.getByRole('link', { name: 'Accedi al servizio' }).click();
				await page.waitForURL(/#accedi-al-servizio$/);
				await assert.doesNotReject(
					until(page, () => {
						const r = document.getElementById('accedi-al-servizio').getBoundingClientRect();
						return r.top >= 0 && r.top < window.innerHeight;
					}),
					'"Accedi al servizio" heading scrolled into view');
				watch.check();
			});

			test('header menu shows the "Servizi" link', async () => {
				await open(page, '/');
				const toggler = page.locator('a.custom-navbar-toggler');
				const servizi = page.locator('#menu-principale a.nav-link', { hasText: 'Servizi' });
				if (phone) {
					assert.ok(await toggler.isVisible(), 'menu toggler visible on the phone');
					assert.equal(await toggler.getAttribute('aria-expanded'), 'false');
					assert.equal(await servizi.isVisible(), false, 'menu closed at first');
					await toggler.tap();
					await assert.doesNotReject(servizi.waitFor({ state: 'visible', timeout: 3000 }),
						'the toggler opens the menu (Bootstrap Italia JS)');
					assert.equal(await toggler.getAttribute('aria-expanded'), 'true');
					await settled(page);
					// The close button hides it again.
					await page.locator('#menu-principale a.close-menu').tap();
					await assert.doesNotReject(servizi.waitFor({ state: 'hidden', timeout: 3000 }), 'menu closes');
					assert.equal(await toggler.getAttribute('aria-expanded'), 'false');
					await settled(page);
					// Open again and follow the link.
					await toggler.tap();
					await servizi.waitFor({ state: 'visible', timeout: 3000 });
					await settled(page);
					await Promise.all([page.waitForURL(/\/servizi$/), servizi.tap()]);
				} else {
					assert.equal(await toggler.isVisible(), false, 'no toggler on the desktop');
					assert.ok(await servizi.isVisible(), 'menu visible on the desktop');
					await Promise.all([page.waitForURL(/\/servizi$/), servizi.click()]);
				}
				assert.equal((await page.locator('main h1').innerText()).trim(), 'Servizi');
				assert.equal(await page.locator('#menu-principale a.nav-link.active').getAttribute('href'), '/servizi',
					'"Servizi" is the active menu item');
				watch.check();
			});

			test('catalogue filter: topic "Tributi" lists only tributi services', async () => {
				await open(page, '/servizi');
				await page.locator('#filtro-argomento').selectOption({ label: 'Imposte' });
				const submit = page.getByRole('button', { name: 'Applica i filtri' });
				await Promise.all([
					page.waitForURL(/argomento=tributi/),
					phone ? submit.tap() : submit.click(),
				]);
				const url = new URL(page.url());
				assert.equal(url.pathname, '/servizi');
				assert.equal(url.searchParams.get('argomento'), 'tributi');
				assert.equal(await page.locator('#filtro-argomento').inputValue(), 'tributi', 'filter stays selected');
				assert.match(await page.locator('#elenco-servizi').innerText(), /^9 servizi trovati/);
				assert.deepEqual((await cardSlugs(page)).sort(), TRIBUTI);
				assert.equal(await page.locator('nav[aria-label="Paginazione dei servizi"]').count(), 0,
					'9 services fit in one page');
				assert.ok(await page.getByRole('link', { name: 'Rimuovi i filtri' }).isVisible());
				watch.check();
			});

			test('catalogue pagination: page 2 and 3', async () => {
				await open(page, '/servizi');
				const first = await cardSlugs(page);
				assert.equal(first.length, PAGE_SIZE);
				const pager = page.locator('nav[aria-label="Paginazione dei servizi"]');
				assert.equal(await pager.locator('a[aria-current="page"]').innerText().then((t) => t.replace(/\s+/g, ' ').trim()),
					'Pagina 1');
				const two = pager.getByRole('link', { name: 'Pagina 2', exact: true });
				await two.scrollIntoViewIfNeeded();
				await Promise.all([page.waitForURL(/pagina=2/), phone ? two.tap() : two.click()]);
				assert.equal(new URL(page.url()).searchParams.get('pagina'), '2');
				assert.match(await page.locator('#elenco-servizi').innerText(), /25 servizi trovati\s*\(pagina 2 di 3\)/);
				const second = await cardSlugs(page);
				assert.equal(second.length, PAGE_SIZE);
				assert.deepEqual(second.filter((s) => first.includes(s)), [], 'page 2 shows other services');
				assert.match(await pager.locator('a[aria-current="page"]').innerText(), /2/);

				const next = pager.getByRole('link', { name: 'Pagina successiva' });
				await Promise.all([page.waitForURL(/pagina=3/), phone ? next.tap() : next.click()]);
				const third = await cardSlugs(page);
				assert.equal(third.length, TOTAL_SERVICES - 2 * PAGE_SIZE);
				assert.equal(new Set([...first, ...second, ...third]).size, TOTAL_SERVICES, 'the 3 pages cover the catalogue');
				assert.match(pathOf(page), /^\/servizi\?/);
				watch.check();
			});
		});
	}
});
