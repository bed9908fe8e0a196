'use strict';
// The managers' dashboard in a real browser (Debian's Chromium through
// playwright-core), on a desktop (1280x900) and a tablet (820x1180), under
// the site's real CSP, failing on any JavaScript error: a manager signs in
// with password and TOTP code, opens /admin/cruscotto, and finds its four SVG
// charts drawn (admin.css applied: the CSP allows no inline style) beside
// their tables, with nothing wider than the screen; a filter narrows the
// page; axe-core (WCAG 2.0/2.1 A and AA, evaluated through the DevTools
// protocol so the CSP stays on) reports no serious or critical violation.
// A citizen files a case first, so that the charts have something to draw.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, newContext, watchErrors, open, pathOf, axeCheck, signInStaff } = require('./lib/browser');
const { loggedIn } = require('../integration/lib/cases');


const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{ name: 'tablet', options: { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true } },
];

const CHARTS = ['per-mese', 'per-categoria', 'per-ufficio', 'per-canale'];

describe('browser: the managers\' dashboard', () => {
	let browser;
	before(async () => {
		const citizen = await loggedIn(3);
		await citizen.fileCase({ titolo: 'Segnalazione per il cruscotto' });
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page);
				await signInStaff(page, 'manager');
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('from the menu to the dashboard', async () => {
				watch.reset();
				await Promise.all([
					page.waitForURL((u) => u.pathname === '/admin/cruscotto'),
					page.getByRole('link', { name: 'Cruscotto' }).click(),
				]);
				await page.getByRole('heading', { level: 1, name: 'Cruscotto' }).waitFor();
				watch.check();
			});

			test('four SVG charts, drawn and styled, each beside its table', async () => {
				watch.reset();
				for (const id of CHARTS) {
					const chart = page.locator(`svg#grafico-${id}`);
					await chart.scrollIntoViewIfNeeded();
					assert.ok(await chart.isVisible(), `${id} visible`);
					const info = await chart.evaluate((svg) => {
						const box = svg.getBoundingClientRect();
						const mark = svg.querySelector('rect.vm-chart-bar, polyline.vm-chart-line');
						const labelled = (svg.getAttribute('aria-labelledby') || '').split(' ')
							.map((x) => document.getElementById(x)?.textContent.trim() || '');
						return {
							role: svg.getAttribute('role'), width: box.width, height: box.height,
							labelled, colour: getComputedStyle(mark)[mark.tagName === 'rect' ? 'fill' : 'stroke'],
						};
					});
					assert.equal(info.role, 'img', id);
					assert.ok(info.width > 250 && info.height > 30, `${id}: ${info.width}x${info.height}`);
					assert.ok(info.labelled[0].startsWith('Pratiche per'), `${id} title: ${info.labelled[0]}`);
					assert.ok(info.labelled[1].length > 20, `${id} desc: ${info.labelled[1]}`);
					assert.equal(info.colour, 'rgb(0, 102, 204)', `${id}: admin.css not applied`);
					assert.ok(await page.locator(`table#tabella-${id}`).isVisible(), `${id} table`);
				}
				assert.equal(await page.locator('table#tabella-per-mese tbody tr').count(), 12);
				assert.equal(await page.locator('table#tabella-per-canale tbody tr').count(), 5);
				assert.ok(await page.locator('svg#grafico-per-mese circle').count() === 12, 'a point a month');
				// nothing wider than the screen (wide tables scroll inside their region)
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
				watch.check();
			});

			test('no serious or critical WCAG A/AA violation', async () => {
				watch.reset();
				await axeCheck(page, `${vp.name} /admin/cruscotto`);
				watch.check();
			});

			test('a filter narrows the page; the CSV link follows it', async () => {
				watch.reset();
				await page.getByLabel('Canale', { exact: true }).selectOption('telefono');
				await Promise.all([
					page.waitForURL((u) => u.searchParams.get('canale') === 'telefono'),
					page.getByRole('button', { name: 'Applica i filtri' }).click(),
				]);
				assert.match(pathOf(page), /^\/admin\/cruscotto\?dal=\d{4}-\d\d-\d\d&al=\d{4}-\d\d-\d\d&ufficio=&categoria=&canale=telefono$/);
				const href = await page.locator('#scarica-csv').getAttribute('href');
				assert.ok(href.endsWith('&canale=telefono'), href);
				const rows = await page.locator('table#tabella-per-canale tbody tr').allInnerTexts();
				const web = rows.find((r) => r.startsWith('Online'));
				assert.match(web, /^Online\s+0\s+0\s+0$/, 'only the phone channel is counted');
				await axeCheck(page, `${vp.name} /admin/cruscotto (filtered)`);
				watch.check();
			});
		});
	}
});
