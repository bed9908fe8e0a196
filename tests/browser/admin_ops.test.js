'use strict';
// The operators' back office in a real browser (Debian's Chromium through
// playwright-core), on a desktop (1280x900) and a tablet (820x1180) viewport,
// under the site's real CSP, failing on any JavaScript error:
//   a citizen files a case (over HTTP) → an operator of its office signs in
//   (username, password, TOTP code) → the queue → the case → "Prendi in
//   carico" → a response template, its placeholders filled by the server,
//   edited → "Invia la risposta" → the citizen, signed in through the demo
//   IdP in another browser context, sees "Presa in carico" and the reply.
// axe-core (WCAG 2.0/2.1 A and AA) on the queue, the case page and the
// register form (also with its errors): no violation "serious" or "critical".
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, newContext, watchErrors, open, axeCheck } = require('./lib/browser');
const { loggedIn, codeDisplay } = require('../integration/lib/cases');
const { createStaff, totp } = require('../integration/lib/staff');


const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{ name: 'tablet', options: { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true } },
];
// A different citizen on each viewport (lib/cases.js CITIZENS).
const CITIZEN = { desktop: 1, tablet: 3 };

// axe is evaluated through the DevTools protocol, which the CSP does not restrict.
async function go(page, locator, want) {
	await Promise.all([page.waitForURL(want, { timeout: 10000 }), locator.click()]);
}

async function dd(page, dt) {
	return (await page.locator(`dl.vm-summary dt:text-is("${dt}") + dd`).first().innerText()).trim();
}

describe('browser: an operator works a case', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`journey on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx, page, watch, code, citizen, reply;

			before(async () => {
				citizen = await loggedIn(CITIZEN[vp.name]);
				({ code } = await citizen.fileCase({ titolo: `Buca in via Mazzini (${vp.name})` }));
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /the server responded with a status of 422/ });
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('staff login with the TOTP code → the back office home → Pratiche', async () => {
				watch.reset();
				const acct = createStaff('operator', ['polizia-locale']);
				await open(page, '/admin/login');
				await page.locator('#username').fill(acct.username);
				await page.locator('#password').fill(acct.password);
				await page.locator('#totp').fill(totp(acct.secret));
				await go(page, page.getByRole('button', { name: 'Accedi' }), (u) => u.pathname === '/admin');
				await go(page, page.getByRole('link', { name: 'Pratiche', exact: true }), (u) => u.pathname === '/admin/pratiche');
				const row = page.locator(`tr[data-code="${code}"]`);
				assert.equal(await row.count(), 1, 'the new case is in the queue');
				assert.match(await row.innerText(), /Ricevuta/);
				await axeCheck(page, `queue on ${vp.name}`);
				watch.check();
			});

			test('the queue filtered by channel and sorted, then the case', async () => {
				watch.reset();
				await page.locator('#f-canale').selectOption('web');
				await page.locator('#f-ordina').selectOption('scadenza');
				await go(page, page.getByRole('button', { name: 'Filtra' }), (u) => u.searchParams.get('canale') === 'web');
				assert.equal(await page.locator('#f-ordina').inputValue(), 'scadenza', 'the choice is kept');
				await open(page, '/admin/pratiche');
				await go(page, page.locator(`tr[data-code="${code}"] a`).first(), (u) => u.pathname === `/admin/pratiche/${code}`);
				assert.equal(await dd(page, 'Stato'), 'Ricevuta');
				assert.equal(await dd(page, 'Codice pratica'), codeDisplay(code));
				assert.equal(await dd(page, 'Canale'), 'Online');
				assert.match(await page.locator('aside').innerText(), new RegExp(citizen.citizen.fiscalCode));
				await axeCheck(page, `case page on ${vp.name}`);
				watch.check();
			});

			test('"Prendi in carico"', async () => {
				watch.reset();
				await go(page, page.getByRole('button', { name: 'Prendi in carico' }), (u) => u.searchParams.get('fatto') === '1');
				assert.equal(await dd(page, 'Stato'), 'Presa in carico');
				assert.match(await page.locator('[role="status"]').innerText(), /Modifica salvata/);
				watch.check();
			});

			test('a response template, filled by the server, edited and sent', async () => {
				watch.reset();
				const more = page.locator('details.vm-more-actions');   // the next step is "Inizia la lavorazione"
				if (await more.getAttribute('open') === null) await more.locator('summary').click();
				await page.locator('#modello').selectOption('presa-in-carico');
				await go(page, page.getByRole('button', { name: 'Usa il modello' }), (u) => u.searchParams.get('modello') === 'presa-in-carico');
				const text = await page.locator('#risposta').inputValue();
				assert.ok(text.includes(codeDisplay(code)), text);
				assert.ok(text.includes(`${citizen.citizen.name} ${citizen.citizen.familyName}`), text);
				assert.doesNotMatch(text, /\{[a-z_]+\}/);
				reply = `${text}\n\nPassiamo entro domani (${vp.name}).`;
				await page.locator('#risposta').fill(reply);
				await go(page, page.getByRole('button', { name: 'Invia la risposta' }), (u) => u.searchParams.get('fatto') === '1');
				assert.match(await page.locator('.vm-timeline').innerText(), new RegExp(`Passiamo entro domani \\(${vp.name}\\)`));
				await axeCheck(page, `case page after the reply on ${vp.name}`);
				watch.check();
			});

			test('the register form, and with its errors', async () => {
				watch.reset();
				await open(page, '/admin/pratiche/nuova');
				await axeCheck(page, `register form on ${vp.name}`);
				await page.locator('#titolo').fill('Buca');
				await Promise.all([
					page.waitForURL((u) => u.pathname === '/admin/pratiche/nuova', { waitUntil: 'load' }),
					page.getByRole('button', { name: 'Registra e protocolla' }).click(),
				]);
				const errors = await page.locator('#errori').innerText();
				assert.match(errors, /canale/);
				assert.match(errors, /contatto/);
				assert.equal(await page.locator('#titolo').inputValue(), 'Buca');
				assert.equal(await page.locator('#titolo').getAttribute('aria-invalid'), 'true');
				await axeCheck(page, `register form with errors on ${vp.name}`);
				watch.check();
			});

			test("the citizen's tracking page shows \"Presa in carico\" and the reply", async () => {
				const cctx = await newContext(browser, vp);
				try {
					const cpage = await cctx.newPage();
					const cwatch = watchErrors(cpage);
					await cpage.goto(`${BASE_URL}/segnalazioni/${code}`, { waitUntil: 'load' });
					assert.equal(new URL(cpage.url()).pathname, '/auth/login');
					await cpage.locator('summary', { hasText: 'Entra con SPID' }).click();
					const demo = cpage.getByRole('link', { name: 'Demo IdP (solo prova)' });
					await demo.waitFor({ state: 'visible' });
					await go(cpage, demo, (u) => u.pathname === '/demo-idp/sso');
					const who = `${citizen.citizen.name} ${citizen.citizen.familyName}`;
					await cpage.locator('label.form-check-label', { hasText: who }).click();
					await go(cpage, cpage.getByRole('button', { name: 'Autorizza e prosegui' }),
						(u) => u.pathname === `/segnalazioni/${code}`);
					await cpage.waitForLoadState('load');
					assert.equal(await dd(cpage, 'Stato'), 'Presa in carico');
					const timeline = await cpage.locator('.vm-timeline').innerText();
					assert.match(timeline, /Presa in carico/);
					assert.match(timeline, new RegExp(`Passiamo entro domani \\(${vp.name}\\)`));
					cwatch.check();
				} finally {
					await cctx.close();
				}
			});
		});
	}
});
