'use strict';
// SPID login and logout in a real browser (Debian's Chromium through
// playwright-core), on a desktop and on a phone viewport, with the demo
// identity provider:
//   home → "Accedi all'area personale" → /auth/login → "Entra con SPID" →
//   "Demo IdP (solo prova)" → a citizen → "Autorizza e prosegui" → back on the
//   site (self-submitting form to /auth/acs) with the citizen's name in the
//   header (site.js asks /auth/me) → /auth/logout → "Esci" → logged out
//   (LogoutRequest to the demo IdP and its LogoutResponse on /auth/slo).
// The journey runs under the site's real CSP and fails on any JavaScript error.
// axe-core (WCAG 2.0/2.1 A and AA) then checks /auth/login, the demo IdP page
// and the logout page: no violation of impact "serious" or "critical".
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	BASE_URL, VIEWPORTS, launch, newContext, watchErrors, open, pathOf, until, axeCheck,
} = require('./lib/browser');


// The header's personal-area link, for whoever is not logged in; site.js puts
// the user menu (#menu-utente-pulsante: the name, "Area personale", "Esci") in
// its place once /auth/me says who is.
const loginButton = (page) => page.locator('header a.vm-login');
const userButton = (page) => page.locator('header #menu-utente-pulsante');

// From the chooser to the demo IdP's page: open "Entra con SPID", pick the demo IdP.
async function chooseDemoIdp(page) {
	assert.equal(new URL(page.url()).pathname, '/auth/login');
	await page.locator('summary', { hasText: 'Entra con SPID' }).click();
	const demo = page.getByRole('link', { name: 'Demo IdP (solo prova)' });
	await demo.waitFor({ state: 'visible' });
	await Promise.all([page.waitForURL((u) => u.pathname === '/demo-idp/sso'), demo.click()]);
	await page.getByRole('button', { name: 'Autorizza e prosegui' }).waitFor();
}

// On the demo IdP's page: the citizen, then "Autorizza e prosegui"; the
// self-submitting form brings the browser back to `next` on the site.
async function authorise(page, who, next = '/') {
	// Bootstrap Italia draws the radio button on its label: the user clicks the label
	await page.locator('label.form-check-label', { hasText: who }).click();
	assert.ok(await page.getByLabel(new RegExp(who)).isChecked(), `${who} chosen`);
	await Promise.all([
		page.waitForURL((u) => `${u.origin}${u.pathname}${u.search}` === `${BASE_URL}${next}`, { timeout: 10000 }),
		page.getByRole('button', { name: 'Autorizza e prosegui' }).click(),
	]);
}

async function loggedInAs(page, who) {
	await until(page, (name) => {
		const b = document.querySelector('header #menu-utente-pulsante');
		return b && b.textContent.includes(name) && !document.querySelector('header a.vm-login');
	}, who, { timeout: 5000, what: `the header showing ${who}` });
}

describe('browser: SPID login and logout with the demo IdP', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		const phone = vp.name === 'phone';

		describe(`journey on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('home → Accedi → Entra con SPID → Demo IdP → citizen → back on the site, logged in', async () => {
				watch.reset();
				await open(page, '/');
				const button = loginButton(page);
				assert.equal(await button.getAttribute('aria-label'), 'Accedi all\'area personale');
				await Promise.all([page.waitForURL((u) => u.pathname === '/auth/login'), button.click()]);
				await chooseDemoIdp(page);
				await authorise(page, 'Giulia Bianchi', '/');
				await loggedInAs(page, 'Giulia Bianchi');
				if (!phone)
					assert.equal((await userButton(page).locator('.vm-login-label').innerText()).trim(), 'Giulia Bianchi', 'the visible label');
				const cookies = await ctx.cookies(BASE_URL);
				const sid = cookies.find((c) => c.name === 'sid');
				assert.ok(sid && sid.httpOnly, 'an HttpOnly sid cookie');
				assert.equal(await page.evaluate(() => document.cookie.includes('sid=')), false, 'sid is not readable by scripts');
				watch.check();
			});

			test('the chooser says who is logged in', async () => {
				watch.reset();
				await open(page, '/auth/login');
				assert.match(await page.locator('[data-testid="logged-in"]').innerText(), /Giulia Bianchi/);
				watch.check();
			});

			test('/auth/logout → Esci → logged out', async () => {
				watch.reset();
				await open(page, '/auth/logout');
				assert.match(await page.locator('main').innerText(), /Giulia Bianchi/);
				await Promise.all([
					page.waitForURL((u) => u.pathname === '/auth/slo', { timeout: 10000 }),
					page.getByRole('button', { name: 'Esci' }).click(),
				]);
				assert.match(await page.locator('main').innerText(), /Sei uscito/);
				assert.equal(await loginButton(page).getAttribute('aria-label'), 'Accedi all\'area personale');
				await open(page, '/');
				// site.js has asked /auth/me: nobody is logged in
				await page.waitForLoadState('networkidle');
				assert.equal(await loginButton(page).getAttribute('aria-label'), 'Accedi all\'area personale');
				assert.equal(await page.evaluate(() => fetch('/auth/me').then((r) => r.json())).then((m) => m.logged), false);
				assert.ok(!(await ctx.cookies(BASE_URL)).some((c) => c.name === 'sid' && c.value), 'no sid cookie left');
				watch.check();
			});
		});

		describe(`axe-core on the login pages, ${vp.name}`, () => {
			let ctx;
			let page;
			before(async () => {
				ctx = await newContext(browser, vp, { bypassCSP: true });
				page = await ctx.newPage();
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('/auth/login (SPID list open): no serious or critical violation', async () => {
				await open(page, '/auth/login');
				await page.locator('summary', { hasText: 'Entra con SPID' }).click();
				await axeCheck(page, `/auth/login on ${vp.name}`);
			});

			test('the demo IdP page: no serious or critical violation', async () => {
				await open(page, '/auth/login');
				await chooseDemoIdp(page);
				assert.equal(pathOf(page).split('?')[0], '/demo-idp/sso');
				await axeCheck(page, `demo IdP page on ${vp.name}`);
			});

			test('the logout page: no serious or critical violation', async () => {
				// logged in from the demo IdP page of the previous test, or anew
				if (new URL(page.url()).pathname !== '/demo-idp/sso') {
					await open(page, '/auth/login');
					await chooseDemoIdp(page);
				}
				await authorise(page, 'Mario Rossi', '/');
				await open(page, '/auth/logout');
				await page.getByRole('button', { name: 'Esci' }).waitFor();
				await axeCheck(page, `/auth/logout on ${vp.name}`);
				await Promise.all([
					page.waitForURL((u) => u.pathname === '/auth/slo', { timeout: 10000 }),
					page.getByRole('button', { name: 'Esci' }).click(),
				]);
				await axeCheck(page, `/auth/slo (logged out) on ${vp.name}`);
			});
		});
	}
});
