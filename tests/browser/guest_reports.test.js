'use strict';
// The guest report form in a real browser (desktop and phone, the site's
// CSP): axe finds no serious or critical violation, the trap field is off
// screen and out of the tab order, and a report typed by a person (who takes
// longer than Cases.GuestMinSeconds) reaches the "check your e-mail" page.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { VIEWPORTS, launch, newContext, watchErrors, open, axeCheck } = require('./lib/browser');
const { sql, sqlValue, q } = require('../integration/lib/cases');

describe('browser: a segnalazione without SPID', () => {
	let browser;
	before(async () => {
		sql('DELETE FROM guest_limits');
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		test(`${vp.name}: the form, its trap, the confirmation page`, async () => {
			const email = `browser-${vp.name}-${process.pid}@example.org`;
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await open(page, '/segnalazioni/ospite');
			await axeCheck(page, `${vp.name} guest form`);
			const trap = await page.locator('#sito').boundingBox();
			assert.ok(!trap || trap.x + trap.width < 0, 'the trap is off screen');
			assert.equal(await page.locator('#sito').getAttribute('tabindex'), '-1');
			await page.getByLabel('Nome e cognome').fill('Carla Blu');
			await page.getByLabel('E-mail').fill(email);
			await page.locator('#categoria').selectOption('verde-pubblico');
			await page.getByLabel('Titolo').fill('Ramo caduto sul sentiero');
			await page.getByLabel('Descrizione').fill('Un grosso ramo blocca il sentiero del parco.');
			await page.getByLabel('Luogo').fill('Parco della Rocca');
			await page.locator('label[for="privacy"]').click({ position: { x: 8, y: 8 } });   // not on its link
			assert.ok(await page.locator('#privacy').isChecked());
			await page.waitForTimeout(3200);   // a person takes longer than Cases.GuestMinSeconds
			await Promise.all([page.waitForLoadState('load'),
				page.getByRole('button', { name: 'Invia e ricevi il link di conferma' }).click()]);
			await page.getByRole('heading', { name: 'Controlla la tua e-mail' }).waitFor();
			await axeCheck(page, `${vp.name} guest sent`);
			assert.equal(sqlValue(`SELECT status FROM cases WHERE contact_email = ${q(email)}`), 'draft');
			watch.check();
			await ctx.close();
		});
	}
});
