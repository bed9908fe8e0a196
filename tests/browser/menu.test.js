'use strict';
// The header in a real browser on a phone:
//  - with JavaScript disabled the burger (a link to #menu-principale) opens the
//    menu, its links are visible and followed, the close link closes it;
//  - with JavaScript, Bootstrap Italia opens it as a panel and the same close
//    link closes it (site.js);
//  - the search button's tap target does not overlap the logo link;
//  - a signed-in citizen gets the user menu (name, "Area personale", "Esci")
//    in place of the login link, on a public page that is the same for everyone.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	BASE_URL, VIEWPORTS, launch, watchErrors, open, until, settled, axeCheck, inContext,
} = require('./lib/browser');
const { Client } = require('../integration/lib/cases');

const PHONE = VIEWPORTS.find((v) => v.name === 'phone');

// Resolves once the page has stopped scrolling (same scrollY twice in 100 ms).
async function scrolled(page) {
	let last = -1;
	for (let i = 0; i < 40; i++) {
		const y = await page.evaluate(() => window.scrollY);
		if (y === last) return;
		last = y;
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('browser: the header menu on a phone', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	test('without JavaScript the burger opens the menu, its links work, the close link closes it', async () => {
		await inContext(browser, PHONE, { javaScriptEnabled: false }, async (page) => {
			await open(page, '/argomenti');
			const burger = page.locator('a.custom-navbar-toggler');
			const novita = page.locator('#menu-principale a[data-element="news"]');
			assert.ok(await burger.isVisible(), 'the burger is shown');
			assert.equal(await novita.isVisible(), false, 'the menu is closed at first');
			await burger.tap();
			await page.waitForURL(/#menu-principale$/);
			await novita.waitFor({ state: 'visible', timeout: 3000 });
			for (const hook of ['management', 'news', 'all-services', 'live', 'all-topics'])
				assert.ok(await page.locator(`#menu-principale a[data-element="${hook}"]`).isVisible(), `${hook} visible`);
			// the links are on top: a tap on "Servizi" reaches it
			const servizi = page.locator('#menu-principale a[data-element="all-services"]');
			const box = await servizi.boundingBox();
			assert.equal(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).closest('a')?.getAttribute('href'),
				{ x: box.x + box.width / 2, y: box.y + box.height / 2 }), '/servizi', '"Servizi" is what a tap hits');
			// close, then open again and follow a link
			await page.locator('#menu-principale a.close-menu').tap();
			await novita.waitFor({ state: 'hidden', timeout: 3000 });
			await page.waitForURL(/#header-nav-wrapper$/);
			await scrolled(page);   // the close link scrolls (smoothly) back to the header
			await burger.tap();
			await servizi.waitFor({ state: 'visible', timeout: 3000 });
			await Promise.all([page.waitForURL((u) => u.pathname === '/servizi'), servizi.tap()]);
			assert.equal((await page.locator('main h1').innerText()).trim(), 'Servizi');
			assert.equal(await page.locator('#menu-principale a[data-element="news"]').isVisible(), false,
				'the menu is closed on the new page');
		});
	});

	test('with JavaScript the panel opens (aria-expanded) and the close link closes it', async () => {
		await inContext(browser, PHONE, {}, async (page) => {
			const watch = watchErrors(page);
			await open(page, '/');
			const burger = page.locator('a.custom-navbar-toggler');
			const live = page.locator('#menu-principale a[data-element="live"]');
			await burger.tap();
			await live.waitFor({ state: 'visible', timeout: 3000 });
			assert.equal(await burger.getAttribute('aria-expanded'), 'true');
			assert.equal(new URL(page.url()).hash, '', 'Bootstrap Italia opened it, not the link');
			await settled(page);
			await page.locator('#menu-principale a.close-menu').tap();
			await live.waitFor({ state: 'hidden', timeout: 3000 });
			assert.equal(await burger.getAttribute('aria-expanded'), 'false');
			watch.check();
		});
	});

	test('the search button and the logo link do not overlap', async () => {
		await inContext(browser, PHONE, {}, async (page) => {
			await open(page, '/');
			const logo = await page.locator('.it-brand-wrapper > a').boundingBox();
			const search = await page.locator('a.search-link').boundingBox();
			assert.ok(logo.x + logo.width <= search.x, `logo ends (${logo.x + logo.width}) before search starts (${search.x})`);
			assert.ok(search.width >= 44 && search.height >= 44, `search target ${search.width}x${search.height}`);
		});
	});
});

describe('browser: the user menu of a signed-in citizen', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		test(`on ${vp.name}: name, "Area personale", "Esci" in place of the login link`, async () => {
			const citizen = new Client();
			await citizen.login(3, '/');
			await inContext(browser, vp, {}, async (page, ctx) => {
				await ctx.addCookies([{ name: 'sid', value: citizen.sid, url: BASE_URL }]);
				const watch = watchErrors(page);
				await open(page, '/servizi');
				const button = page.locator('header #menu-utente-pulsante');
				await until(page, () => !!document.querySelector('#menu-utente-pulsante'), undefined,
					{ timeout: 5000, what: 'the user menu' });
				assert.equal(await page.locator('header a.vm-login').count(), 0, 'the login link is gone');
				assert.match(await button.textContent(), /Sofia Ferrari/);
				assert.equal(await button.getAttribute('aria-expanded'), 'false');
				await button.click();
				assert.equal(await button.getAttribute('aria-expanded'), 'true');
				const area = page.getByRole('link', { name: 'Area personale', exact: true });
				const esci = page.getByRole('link', { name: 'Esci', exact: true });
				assert.ok(await area.isVisible() && await esci.isVisible(), 'both entries shown');
				assert.equal(await esci.getAttribute('href'), '/auth/logout');
				// readable: the slim header's white link colour does not reach the white list
				const colours = await esci.evaluate((a) => [getComputedStyle(a).color,
					getComputedStyle(a.closest('ul')).backgroundColor]);
				assert.notEqual(colours[0], colours[1], `"Esci" ${colours[0]} on ${colours[1]}`);
				assert.notEqual(colours[0], 'rgb(255, 255, 255)', '"Esci" is not white');
				await axeCheck(page, `user menu open on ${vp.name}`);
				await page.keyboard.press('Escape');
				assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Escape closes it');
				await button.click();
				await Promise.all([page.waitForURL((u) => u.pathname === '/area-personale'), area.click()]);
				watch.check();
			});
		});
	}
});
