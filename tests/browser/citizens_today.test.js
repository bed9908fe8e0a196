'use strict';
// "What citizens hit today" (issue 9), each bullet checked in a real browser
// on a 390 px phone (and the desktop where the bullet is about it):
//  1. the case form's legends "Luogo" and "Foto e documenti" do not overlap
//     the labels of their fields (here);
//  2. a visible logout: the user menu with "Area personale" and "Esci"
//     (menu.test.js, "the user menu of a signed-in citizen");
//  3. the login returns to the page it started from (here);
//  4. the SPID button's IdP list is styled as AgID's button: no bullets, each
//     IdP a full-width button, the demo IdP's placeholder logo not shown (here);
//  5. after a failed submit the focus is on the error summary linking each
//     field, the title starts with "Errore:" (cases.test.js, "the form sent
//     empty shows what is missing");
//  6. the search icon's tap target does not overlap the logo link, the menu
//     button works without JavaScript (menu.test.js);
//  7. the multi-step flows show a step indicator, the current step announced
//     (here: the case form and the booking flow).
//
// Environment: BASE_URL and TEST_VAR of a stack started by conf/ctl.sh.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	BASE_URL, VIEWPORTS, launch, watchErrors, open, until, axeCheck, inContext,
} = require('./lib/browser');
const { Client } = require('../integration/lib/cases');

const PHONE = VIEWPORTS.find((v) => v.name === 'phone');

// Do two boxes share any pixel?
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// A citizen's browser on the case form (past the privacy consent): its path.
async function caseForm(page, ctx) {
	const citizen = new Client();
	await citizen.login(2, '/');
	await ctx.addCookies([{ name: 'sid', value: citizen.sid, url: BASE_URL }]);
	await open(page, '/segnalazioni/nuova');
	await page.locator('label[for="privacy-ok"]').click();
	await Promise.all([
		page.waitForURL((u) => /^\/segnalazioni\/[a-z0-9]{12}\/modifica$/.test(u.pathname)),
		page.getByRole('button', { name: 'Avanti' }).click(),
	]);
	return new URL(page.url()).pathname;
}

// The step indicator of the page: its labels and the current one.
async function steps(page) {
	const nav = page.locator('nav.steppers');
	assert.ok(await nav.isVisible(), 'a step indicator is shown');
	return nav.evaluate((n) => ({
		label: n.getAttribute('aria-label'),
		count: n.querySelectorAll('li').length,
		current: n.querySelector('li[aria-current="step"]')?.textContent.replace(/\s+/g, ' ').trim(),
	}));
}

describe('browser: what citizens hit today, fixed', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	test('1, 7: on a 390 px phone the case form\'s legends clear their labels; the step indicator shows "Dati"', async () => {
		await inContext(browser, PHONE, {}, async (page, ctx) => {
			const watch = watchErrors(page);
			await caseForm(page, ctx);
			for (const legend of ['Luogo', 'Foto e documenti']) {
				const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
				const lb = await fieldset.locator('legend').boundingBox();
				const labels = fieldset.locator('label:visible');
				assert.ok(await labels.count() > 0, `${legend}: labels in the fieldset`);
				for (let i = 0; i < await labels.count(); i++) {
					const box = await labels.nth(i).boundingBox();
					assert.ok(!overlap(lb, box), `"${legend}" overlaps the label "${(await labels.nth(i).innerText()).trim()}"`);
				}
				// and the first label comes below the legend
				const first = await labels.first().boundingBox();
				assert.ok(first.y >= lb.y + lb.height, `${legend}: the first label below the legend`);
			}
			const s = await steps(page);
			assert.equal(s.label, 'Passi della procedura');
			assert.equal(s.count, 4);
			assert.match(s.current, /^2 ?Dati/);
			await axeCheck(page, 'the case form on a phone');
			watch.check();
		});
	});

	test('7: the booking flow shows its step indicator on a phone, the step advancing', async () => {
		await inContext(browser, PHONE, {}, async (page) => {
			const watch = watchErrors(page);
			await open(page, '/prenota');
			let s = await steps(page);
			assert.equal(s.count, 4);
			assert.match(s.current, /Ufficio/);
			await Promise.all([page.waitForURL((u) => u.searchParams.has('servizio')),
				page.click('form[action="/prenota"] button[type="submit"]')]);
			await Promise.all([page.waitForURL((u) => u.pathname === '/prenota/calendario'),
				page.click('form[action="/prenota/calendario"] button[type="submit"]')]);
			s = await steps(page);
			assert.match(s.current, /Data e orario/, 'the next step is the current one');
			const done = await page.locator('nav.steppers li.confirmed').count();
			assert.equal(done, 1, 'the first step marked done');
			watch.check();
		});
	});

	for (const vp of VIEWPORTS) {
		test(`3: on ${vp.name} the login returns to the page it started from`, async () => {
			await inContext(browser, vp, {}, async (page) => {
				const watch = watchErrors(page);
				await open(page, '/amministrazione/uffici');
				await Promise.all([page.waitForURL((u) => u.pathname === '/auth/login'), page.locator('header a.vm-login').click()]);
				assert.equal(new URL(page.url()).searchParams.get('next'), '/amministrazione/uffici');
				await page.locator('summary', { hasText: 'Entra con SPID' }).click();
				const demo = page.getByRole('link', { name: 'Demo IdP (solo prova)' });
				await Promise.all([page.waitForURL((u) => u.pathname === '/demo-idp/sso'), demo.click()]);
				await page.locator('label.form-check-label', { hasText: 'Giulia Bianchi' }).click();
				await Promise.all([
					page.waitForURL((u) => u.pathname === '/amministrazione/uffici', { timeout: 10000 }),
					page.getByRole('button', { name: 'Autorizza e prosegui' }).click(),
				]);
				await until(page, () => !!document.querySelector('header #menu-utente-pulsante'), undefined,
					{ timeout: 5000, what: 'the user menu' });
				watch.check();
			});
		});

		test(`4: on ${vp.name} the SPID button's IdP list is styled as AgID's button`, async () => {
			await inContext(browser, vp, {}, async (page) => {
				const watch = watchErrors(page);
				await open(page, '/auth/login');
				await page.locator('summary', { hasText: 'Entra con SPID' }).click();
				const items = page.locator('.vm-spid-menu a.vm-idp');
				await items.first().waitFor({ state: 'visible' });
				const look = await items.evaluateAll((as) => as.map((a) => {
					const li = a.closest('li');
					const cs = getComputedStyle(a);
					return {
						bullet: getComputedStyle(li).listStyleType,
						display: cs.display,
						width: a.getBoundingClientRect().width,
						menu: a.closest('.vm-spid-menu').getBoundingClientRect().width,
						dummy: !!a.querySelector('img[src*="spid-idp-dummy"]'),
						name: a.textContent.trim() || a.querySelector('img')?.alt,
						height: a.getBoundingClientRect().height,
					};
				}));
				assert.ok(look.length >= 1);
				for (const l of look) {
					assert.equal(l.bullet, 'none', `${l.name}: no bullet`);
					assert.ok(l.width >= l.menu * 0.8, `${l.name}: as wide as the menu (${l.width} of ${l.menu})`);
					assert.ok(l.height >= 44, `${l.name}: a 44 px tap target (${l.height})`);
					assert.equal(l.dummy, false, `${l.name}: no placeholder logo`);
				}
				assert.ok(look.some((l) => l.name === 'Demo IdP (solo prova)'), 'the demo IdP by name');
				await axeCheck(page, `the SPID list open on ${vp.name}`);
				watch.check();
			});
		});
	}
});
