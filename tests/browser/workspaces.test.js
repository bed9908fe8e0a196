'use strict';
// The operators' and managers' workspace in a real browser (Debian's Chromium
// through playwright-core), on a desktop (1280x900) and a phone (390x844),
// under the site's real CSP, failing on any JavaScript error, axe-core on
// every page (no serious or critical violation):
//   - the queue: on the phone the filters are a closed "Filtra e ordina"
//     disclosure and the first case is in the first screen; on the desktop
//     the filters are open without a click; case codes never wrap;
//   - the case page: one primary button (the next step), the other actions
//     behind "Altre azioni", closed until opened (no JavaScript needed: a
//     <details>);
//   - the staff header: name, role and Esci visible on both;
//   - the managers' chart: a long category name on two lines inside the
//     chart, the whole name in its <title>.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, newContext, watchErrors, open, axeCheck, signInStaff } = require('./lib/browser');
const { loggedIn, sql, q } = require('../integration/lib/cases');

const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{ name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];
const LONG = 'Segnaletica orizzontale e verticale danneggiata nelle frazioni di collina';
const LONG_SLUG = `segnaletica-frazioni-${process.pid}`;

describe('browser: the operators\' and managers\' workspace', () => {
	let browser, code;
	before(async () => {
		sql(`INSERT INTO case_categories (slug, case_type, name, description, office_id, max_days, position)
			SELECT ${q(LONG_SLUG)}, 'segnalazione', ${q(LONG)}, 'Cartelli e strisce nelle frazioni.', id, 15, 99
			FROM offices WHERE slug = 'polizia-locale'`);
		const citizen = await loggedIn(2);
		({ code } = await citizen.fileCase({ titolo: 'Cartello piegato in frazione', categoria: LONG_SLUG }));
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx, page, watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page);
				await signInStaff(page, 'operator', ['polizia-locale']);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('the staff header: name, role, Esci, the menu', async () => {
				watch.reset();
				const header = page.locator('header[data-element="staff-header"]');
				assert.ok(await header.getByRole('button', { name: 'Esci' }).isVisible(), 'Esci visible');
				assert.ok(await header.getByText('Test operator').isVisible(), 'the name visible');
				assert.ok(await header.getByText('Operatore').isVisible(), 'the role visible');
				assert.ok(await header.getByRole('link', { name: 'Pratiche', exact: true }).isVisible());
				assert.equal(await page.locator('a.vm-login').count(), 0, 'no citizen login');
				watch.check();
			});

			test('the queue: filters closed on the phone, open on the desktop; the list in the first screen', async () => {
				watch.reset();
				await open(page, '/admin/pratiche');
				const filter = page.locator('#f-stato');
				const row = page.locator(`tr[data-code="${code}"]`);
				if (vp.name === 'phone') {
					assert.equal(await filter.isVisible(), false, 'the filters are closed');
					const box = await page.locator('tr.vm-queue-row').first().boundingBox();
					assert.ok(box && box.y < vp.options.viewport.height, `the first case at ${box && box.y}px`);
					await page.getByText('Filtra e ordina').first().click();
					assert.ok(await filter.isVisible(), 'the summary opens the filters');
				} else {
					assert.ok(await filter.isVisible(), 'the filters are open');
					assert.equal(await page.locator('summary.vm-filter-summary').isVisible(), false, 'no summary to click');
				}
				const code1 = row.locator('.vm-code');
				const lines = await code1.evaluate((el) => ({ ws: getComputedStyle(el).whiteSpace, rects: el.getClientRects().length }));
				assert.deepEqual(lines, { ws: 'nowrap', rects: 1 }, 'the case code on one line');
				await axeCheck(page, `queue on ${vp.name}`);
				watch.check();
			});

			test('the case page: one next step, the other actions behind "Altre azioni"', async () => {
				watch.reset();
				await open(page, `/admin/pratiche/${code}`);
				const actions = page.locator('section.vm-actions');
				const primaries = actions.locator('.btn-primary');
				assert.equal(await primaries.count(), 1, 'one primary button');
				assert.ok(await primaries.first().isVisible());
				assert.equal((await primaries.first().innerText()).trim(), 'Prendi in carico');
				const more = actions.locator('details.vm-more-actions');
				assert.equal(await more.getAttribute('open'), null, 'Altre azioni closed');
				assert.equal(await page.locator('#nota').isVisible(), false, 'the note form hidden');
				await axeCheck(page, `case page on ${vp.name}`);
				await more.locator('summary').click();
				assert.ok(await page.locator('#nota').isVisible(), 'Altre azioni opened');
				assert.ok(await page.getByRole('group', { name: /Esito della pratica/ }).isVisible(), 'the outcome group');
				await axeCheck(page, `case page, Altre azioni open, on ${vp.name}`);
				watch.check();
			});
		});
	}

	test('the managers\' chart: a long name on two lines inside the chart, whole in its <title>', async () => {
		const ctx = await newContext(browser, VIEWPORTS[0]);
		try {
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await signInStaff(page, 'manager');
			await open(page, '/admin/cruscotto');
			const label = page.locator('#grafico-per-categoria text.vm-chart-label').filter({ hasText: 'Segnaletica orizzontale' });
			assert.equal(await label.count(), 1);
			const info = await label.evaluate((t) => {
				const svg = t.ownerSVGElement.getBoundingClientRect();
				return {
					title: t.querySelector('title')?.textContent,
					lines: [...t.querySelectorAll('tspan')].map((s) => {
						const b = s.getBoundingClientRect();
						return { text: s.textContent, left: b.left - svg.left, top: b.top };
					}),
				};
			});
			assert.equal(info.title, LONG);
			assert.deepEqual(info.lines.map((l) => l.text), ['Segnaletica orizzontale e', 'verticale danneggiata nelle…']);
			assert.ok(info.lines.every((l) => l.left >= 0), `inside the chart: ${JSON.stringify(info.lines)}`);
			assert.ok(info.lines[1].top > info.lines[0].top, 'two lines');
			const cell = page.locator('#tabella-per-categoria th', { hasText: LONG });
			assert.equal(await cell.count(), 1, 'the whole name in the table');
			await axeCheck(page, 'dashboard');
			watch.check();
		} finally {
			await ctx.close();
		}
	});
});
