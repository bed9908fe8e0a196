'use strict';
// The public pages nginx sends from files (README "Public pages as files") in a real
// browser with JavaScript disabled, on a desktop and a phone: every page type, sent from
// its file, shows its title and its styles, names itself in the rating form (which posts
// to /valutazione without script), and its links lead on (the breadcrumb's first, the
// home, is followed). axe needs script in the page: tests/browser/a11y.test.js runs it
// on the same pages, which come from the same files.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { VIEWPORTS, launch, open, inContext, go } = require('./lib/browser');
const { onePerRoute } = require('../integration/lib/public_pages');

describe('browser: the public pages from their files, without JavaScript', () => {
	let browser, pages;
	before(async () => {
		browser = await launch();
		pages = await onePerRoute();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		test(`${vp.name}: every page type, from its file, works without JavaScript`, async () => {
			await inContext(browser, vp, { javaScriptEnabled: false }, async (page) => {
				for (const [route, url] of pages) {
					await open(page, url);   // the first visit may be the one that renders it
					const res = await open(page, url);
					assert.equal(res.headers()['x-page-source'], 'file', `${route}: ${url} from its file`);
					assert.ok(await page.locator('h1').first().isVisible(), `${url}: its title`);
					const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
					assert.match(styled, /Titillium/, `${url}: the site's stylesheet`);
					assert.equal(await page.locator('form.vm-rating-form').getAttribute('action'), '/valutazione');
					assert.equal(await page.locator('form.vm-rating-form input[name="pagina"]').getAttribute('value'),
						url, `${url}: the rating names this page`);
				}
				const some = pages.get('/servizi/:slug');
				await open(page, some);
				await go(page, page.locator('.breadcrumb a').first(), /^\/$/);
				assert.ok(await page.locator('h1').first().isVisible(), 'the home, reached by its link');
			});
		});
	}
});
