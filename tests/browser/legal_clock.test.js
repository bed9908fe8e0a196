'use strict';
// The legal clock as the operator sees it, in a real browser (Debian's
// Chromium through playwright-core) on a desktop (1280x900) and a phone
// (390x844) viewport, under the site's real CSP, failing on any JavaScript
// error: a complaint filed (over HTTP) → its operator signs in → the case
// page's "Termine di legge" (started, term, due date, days left) → "Chiedi
// informazioni" → the term suspended with its answer-by date; the citizen's
// page shows the same clock. axe-core (WCAG 2.0/2.1 A and AA) on the
// operator's page running and suspended: no violation "serious" or "critical".
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, newContext, watchErrors, open, axeCheck } = require('./lib/browser');
const { loggedIn, itDate, dueDate } = require('../integration/lib/cases');
const { createStaff, totp } = require('../integration/lib/staff');

const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{ name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];
const CITIZEN = { desktop: 2, phone: 3 };

async function go(page, locator, want) {
	await Promise.all([page.waitForURL(want, { timeout: 10000 }), locator.click()]);
}

// The clock's section as { dt: dd } (what the reader sees).
async function clock(page) {
	const sec = page.locator('section[aria-labelledby="termine"]');
	const dts = await sec.locator('dt').allInnerTexts(), dds = await sec.locator('dd').allInnerTexts();
	return Object.fromEntries(dts.map((t, i) => [t.trim(), dds[i].trim()]));
}

describe('browser: the operator\'s view of the legal clock', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx, page, watch, code, citizen;
			before(async () => {
				citizen = await loggedIn(CITIZEN[vp.name]);
				({ code } = await citizen.fileCase({ titolo: `Sportello chiuso (${vp.name})`, categoria: 'disservizio-ufficio' },
					[], { tipo: 'reclamo' }));
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page);
				const acct = createStaff('operator', ['ufficio-anagrafe']);
				await open(page, '/admin/login');
				await page.locator('#username').fill(acct.username);
				await page.locator('#password').fill(acct.password);
				await page.locator('#totp').fill(totp(acct.secret));
				await go(page, page.getByRole('button', { name: 'Accedi' }), (u) => u.pathname === '/admin');
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('the clock running: started today, 30 days, the due date on a working day', async () => {
				watch.reset();
				await open(page, `/admin/pratiche/${code}`);
				await page.getByRole('heading', { name: 'Termine di legge' }).waitFor();
				const c = await clock(page);
				assert.match(c['Decorre dal'], new RegExp(`^${itDate(new Date())} \\(30 giorni`));
				assert.equal(c.Scadenza, dueDate(new Date(), 30));
				assert.match(c['Stato del termine'], /^In corso: mancano \d+ giorni$/);
				await axeCheck(page, `the clock running on ${vp.name}`);
				watch.check();
			});

			test('"Chiedi informazioni" suspends it with an answer-by date, the same on the citizen\'s page', async () => {
				watch.reset();
				const more = page.locator('details.vm-more-actions');   // not the next step of a new case
				if (await more.getAttribute('open') === null) await more.locator('summary').click();
				await page.locator('#domanda').fill('Quale sportello e a che ora?');
				await go(page, page.getByRole('button', { name: 'Chiedi al cittadino' }),
					(u) => u.pathname === `/admin/pratiche/${code}`);
				const c = await clock(page);
				assert.match(c['Stato del termine'], new RegExp(`^Sospeso .*risposta entro il ${itDate(new Date(), 30)}`));
				assert.equal(c.Scadenza, dueDate(new Date(), 60));
				const mine = await citizen.get(`/segnalazioni/${code}`);
				assert.ok(mine.text.includes(`risposta entro il ${itDate(new Date(), 30)}`));
				await axeCheck(page, `the clock suspended on ${vp.name}`);
				watch.check();
			});
		});
	}
});
