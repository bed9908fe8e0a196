'use strict';
// The citizen's workspace in a real browser (issue 13), on a desktop and a phone, with axe:
//  - signed in, no page offers "Accedi": neither the personal area (rendered with the session)
//    nor a cached public page (site.js puts the user menu in its place); "Esci" in the site font;
//  - the personal area: counts beside the index, the history in sentences;
//  - the case page: the status progress with aria-current="step", the photo gallery with its
//    caption and no list bullets, times in the timeline, the index on desktop only;
//  - the printed receipt: the print style sheet keeps the case and drops the site's frame;
//  - search: "carta d'identità" leads with the CIE, the matched words marked.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, VIEWPORTS, launch, newContext, watchErrors, open, axeCheck, until, go } = require('./lib/browser');
const { loggedIn, CITIZENS, photoFile } = require('../integration/lib/cases');

const WHO = { desktop: 2, phone: 3 };   // Luca Verdi, Sofia Ferrari

async function signIn(page, who) {
	await page.goto(`${BASE_URL}/area-personale`, { waitUntil: 'load' });
	await page.locator('summary', { hasText: 'Entra con SPID' }).click();
	const demo = page.getByRole('link', { name: 'Demo IdP (solo prova)' });
	await demo.waitFor({ state: 'visible' });
	await go(page, demo, /^\/demo-idp\/sso$/);
	await page.locator('label.form-check-label', { hasText: `${who.name} ${who.familyName}` }).click();
	await go(page, page.getByRole('button', { name: 'Autorizza e prosegui' }), /^\/area-personale$/);
}

// The visible elements whose own text says "Accedi".
function visibleAccedi(page) {
	return page.evaluate(() => [...document.querySelectorAll('a, button')]
		.filter((e) => /Accedi/.test(e.textContent + (e.getAttribute('aria-label') || '')) && e.offsetParent !== null)
		.map((e) => e.outerHTML.slice(0, 120)));
}

describe('browser: the citizen\'s workspace', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`on ${vp.name}`, () => {
			const who = CITIZENS[WHO[vp.name]];
			let ctx, page, watch, code;
			before(async () => {
				const c = await loggedIn(WHO[vp.name]);
				({ code } = await c.fileCase({ titolo: `Buca in via Dante (${vp.name})` }, [photoFile()]));
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page);
				await signIn(page, who);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('the personal area: no "Accedi", counts beside the index, the history in sentences', async () => {
				watch.reset();
				assert.deepEqual(await visibleAccedi(page), []);
				assert.match(await page.locator('.vm-user-zone').innerText(), new RegExp(who.name));
				const count = async (k) => Number(/\((\d+)\)$/.exec(await page.locator(`.vm-page-index a[href="#${k}"]`).innerText())[1]);
				assert.ok(await count('pratiche') >= 1);
				assert.equal(await count('storia'), await page.locator('#storia + ol.vm-timeline > li').count());
				const story = await page.locator('#storia + ol.vm-timeline').innerText();
				assert.match(story, /Accesso ai servizi online con SPID/);
				assert.match(story, /Segnalazione [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4} aggiornata: ricevuta/);
				assert.doesNotMatch(story, /\(spid\)|\bin_charge\b|\breceived\b/);
				await axeCheck(page, `area personale on ${vp.name}`);
				watch.check();
			});

			test('a cached public page turns the login into the user menu; "Esci" in the site font', async () => {
				watch.reset();
				await open(page, '/servizi');
				await until(page, () => !!document.querySelector('.vm-user-menu'), undefined, { what: 'the user menu' });
				assert.deepEqual(await visibleAccedi(page), []);
				await page.locator('#menu-utente-pulsante').click();
				const font = await page.locator('a.vm-user-logout').evaluate((e) => getComputedStyle(e).fontFamily);
				assert.match(font, /Titillium/);
				const button = await page.locator('#menu-utente-pulsante').evaluate((e) => getComputedStyle(e).fontFamily);
				assert.match(button, /Titillium/);
				await go(page, page.locator('a.vm-user-logout'), /^\/auth\/logout$/);
				const esci = page.getByRole('button', { name: 'Esci', exact: true });
				assert.match(await esci.evaluate((e) => getComputedStyle(e).fontFamily), /^"?Titillium/, 'the logout page\'s button');
				assert.deepEqual(await visibleAccedi(page), []);
				watch.check();
			});

			test('the case page: progress on "Ricevuta", gallery with caption and no bullets, times, index', async () => {
				watch.reset();
				await open(page, `/segnalazioni/${code}`);
				const current = page.locator('ol.vm-progress > li[aria-current="step"]');
				assert.equal(await current.count(), 1);
				assert.match(await current.innerText(), /^Ricevuta/);
				assert.equal(await page.locator('ol.vm-progress > li').count(), 4);
				const fig = page.locator('ul.vm-gallery figure');
				assert.equal(await fig.count(), 1);
				assert.ok(await fig.locator('img').isVisible());
				assert.match(await fig.locator('figcaption').innerText(), /\.jpg$/);
				assert.equal(await page.locator('ul.vm-gallery > li').first().evaluate((e) => getComputedStyle(e).listStyleType), 'none');
				assert.match(await page.locator('ol.vm-timeline time').first().innerText(), /^\d\d\/\d\d\/\d{4}, ore \d\d:\d\d$/);
				assert.equal(await page.locator('.vm-page-index').isVisible(), vp.name === 'desktop');
				assert.deepEqual(await visibleAccedi(page), []);
				await axeCheck(page, `case page on ${vp.name}`);
				watch.check();
			});

			test('the receipt prints the case without the site\'s frame', async () => {
				assert.equal(await page.locator('p.vm-print-only').isVisible(), false, 'the receipt line only on paper');
				const print = page.getByRole('button', { name: 'Stampa la ricevuta' });
				assert.ok(await print.isVisible(), 'the script shows the print button');
				await page.emulateMedia({ media: 'print' });
				try {
					assert.equal(await page.locator('header.it-header-wrapper').isVisible(), false);
					assert.equal(await page.locator('footer.vm-footer').isVisible(), false);
					assert.equal(await print.isVisible(), false);
					assert.match(await page.locator('p.vm-print-only').innerText(), /^Comune di Valdimonte: ricevuta della pratica [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}, protocollo \d{4}\/\d{7} del \d\d\/\d\d\/\d{4}$/);
					assert.ok(await page.locator('h1').isVisible());
					assert.ok(await page.locator('ol.vm-progress').isVisible());
					assert.ok(await page.locator('dl.vm-summary').first().isVisible());
					assert.ok(await page.locator('ol.vm-timeline').isVisible());
				} finally {
					await page.emulateMedia({ media: 'screen' });
				}
			});

			test('search: "carta d\'identità" leads with the CIE, the matched words marked', async () => {
				watch.reset();
				await open(page, `/cerca?q=${encodeURIComponent("carta d'identità")}`);
				const first = page.locator('ol.vm-search-results h4 a').first();
				assert.equal(await first.getAttribute('href'), '/servizi/carta-identita-elettronica');
				const marks = await page.locator('.vm-snippet mark').allInnerTexts();
				assert.ok(marks.includes('carta') && marks.includes('identità'), JSON.stringify(marks));
				assert.doesNotMatch(await page.locator('main').innerText(), /Canone unico|campi sportivi/i);
				await axeCheck(page, `search on ${vp.name}`);
				watch.check();
			});
		});
	}
});
