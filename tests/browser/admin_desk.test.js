'use strict';
// The counter's day and the office's settings in a real browser, on a
// desktop (1280x900) and a phone (390x844) viewport, under the real CSP:
// an operator of an office made for this file signs in, sees today's
// appointments per desk, marks one arrived, adds a walk-in, opens the
// printable list and the settings form (also with its errors and with the
// list of appointments new hours would cancel). axe-core on each page.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { launch, newContext, watchErrors, open, axeCheck } = require('./lib/browser');
const { createStaff, totp } = require('../integration/lib/staff');
const desk = require('../integration/lib/booking_desk');

const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{ name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

async function go(page, locator, want) {
	await Promise.all([page.waitForURL(want, { timeout: 10000 }), locator.click()]);
}

describe('browser: the counter', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`on ${vp.name}`, () => {
			const slug = `sportello-browser-${vp.name}-${crypto.randomBytes(3).toString('hex')}`;
			// walk-ins: an office of 5-minute slots open from minute 4 of this hour,
			// so that a slot of today is still to come (booking_desk.js)
			const walkSlug = `${slug}-accessi`;
			let ctx, page, watch, first;

			before(async () => {
				await desk.dayWithMinutesLeft(8);
				desk.makeOffice(walkSlug, `Sportello accessi ${vp.name}`, 5, ...desk.hoursFromNow());
				const id = desk.makeOffice(slug, `Sportello ${vp.name}`);
				first = desk.book(id, `${desk.today()} 00:00`, { name: 'Anna Prima' });
				desk.book(id, `${desk.today()} 00:00`, { name: 'Bruno Secondo' });
				desk.book(id, `${desk.today()} 23:00`, { name: 'Carla Sera' });
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /the server responded with a status of (409|422)/ });
				const acct = createStaff('operator', [slug, walkSlug]);
				await open(page, '/admin/login');
				await page.locator('#username').fill(acct.username);
				await page.locator('#password').fill(acct.password);
				await page.locator('#totp').fill(totp(acct.secret));
				await go(page, page.getByRole('button', { name: 'Accedi' }), (u) => u.pathname === '/admin');
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('the day per desk, check-in and a walk-in', async () => {
				watch.reset();
				await open(page, `/admin/sportello/${slug}`);
				assert.equal(await page.locator('h2', { hasText: /^Sportello \d$/ }).count(), 2);
				await axeCheck(page, `day view on ${vp.name}`);
				await go(page, page.locator(`#app-${first.code}`).getByRole('button', { name: /^Arrivato/ }),
					(u) => u.searchParams.has('giorno'));
				assert.equal(await page.locator(`#app-${first.code}`).getAttribute('data-attendance'), 'arrived');
				await open(page, `/admin/sportello/${walkSlug}`);
				await page.locator('#nome').fill(`Walter Sportello ${vp.name}`);
				await page.locator('#inizio').selectOption({ label: desk.nextSlot(5).slice(11) });
				await go(page, page.getByRole('button', { name: 'Aggiungi' }), (u) => u.searchParams.has('giorno'));
				assert.match(await page.locator('main, body').first().innerText(), new RegExp(`Walter Sportello ${vp.name}`));
				await axeCheck(page, `day view after a walk-in on ${vp.name}`);
				await go(page, page.getByRole('link', { name: 'Versione da stampare' }), (u) => u.searchParams.has('stampa'));
				assert.equal(await page.locator('button', { hasText: 'Arrivato' }).count(), 0);
				await axeCheck(page, `printable list on ${vp.name}`);
				await page.emulateMedia({ media: 'print' });
				assert.equal(await page.locator('.it-header-wrapper').isVisible(), false, 'no site header on paper');
				assert.equal(await page.locator('table.vm-desk').first().isVisible(), true);
				await page.emulateMedia({ media: 'screen' });
				watch.check();
			});

			test('the settings form, its errors, and the appointments new hours would cancel', async () => {
				watch.reset();
				await open(page, `/admin/sportello/${slug}/impostazioni`);
				await axeCheck(page, `settings on ${vp.name}`);
				await page.locator('#durata').fill('1000');
				await page.getByRole('button', { name: 'Salva', exact: true }).click();
				await page.waitForLoadState('load');
				assert.equal(await page.locator('#durata').getAttribute('aria-invalid'), 'true');
				await axeCheck(page, `settings with errors on ${vp.name}`);
				await page.locator('#durata').fill('30');
				for (let d = 1; d <= 7; d++) await page.locator(`#orari_${d}`).fill('08:00-12:00');
				await page.locator('#chiusure').fill('');
				desk.book(desk.officeIdOf(slug), `${desk.today(2)} 15:00`, { name: 'Dora Dopodomani' });
				await page.getByRole('button', { name: 'Salva', exact: true }).click();
				await page.waitForLoadState('load');
				assert.match(await page.locator('#annullamenti').innerText(), /Dora Dopodomani/);
				await axeCheck(page, `settings with the appointments to cancel on ${vp.name}`);
				await go(page, page.getByRole('button', { name: /^Salva e annulla/ }), (u) => u.searchParams.has('salvato'));
				assert.match(await page.locator('#salvato').innerText(), /Impostazioni salvate/);
				watch.check();
			});
		});
	}
});
