'use strict';
// A citizen files a segnalazione in a real browser (Debian's Chromium through
// playwright-core), on a desktop and on a phone viewport, under the site's
// real CSP, failing on any JavaScript error:
//   /area-personale → login (Entra con SPID → Demo IdP → citizen) → back in
//   the personal area → "Segnala un problema" → privacy consent → the form
//   (first sent empty: the errors are shown; then filled in, with a photo) →
//   the summary → Invia → the receipt (code, protocol) → "Segui la pratica"
//   → the tracking page (timeline) → the personal area lists the case.
// axe-core (WCAG 2.0/2.1 A and AA) runs on each of these pages: no violation
// of impact "serious" or "critical". axe is evaluated through the DevTools
// protocol (page.evaluate of its source), which the CSP does not restrict, so
// the pages are checked as they really are.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const {
	BASE_URL, VIEWPORTS, launch, newContext, watchErrors, open, pathOf, axeCheck, until,
} = require('./lib/browser');


// A 800x600 JPEG made by vips, for the file input.
function photo() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm-browser-'));
	try {
		execFileSync('vips', ['gaussnoise', path.join(dir, 'n.v'), '800', '600']);
		execFileSync('vips', ['cast', path.join(dir, 'n.v'), path.join(dir, 'buca.jpg'), 'uchar']);
		return fs.readFileSync(path.join(dir, 'buca.jpg'));
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

// Click (or press Enter on) a link or button and wait for the URL to satisfy WANT.
async function go(page, locator, want) {
	await Promise.all([page.waitForURL(want, { timeout: 10000 }), locator.click()]);
}

// The <dd> after the <dt> with this text, in the first summary list.
async function dd(page, dt) {
	return (await page.locator(`dl.vm-summary dt:text-is("${dt}") + dd`).first().innerText()).trim();
}

const CITIZEN_BY_VIEWPORT = { desktop: 'Luca Verdi', phone: 'Sofia Ferrari' };

describe('browser: a citizen files a segnalazione', () => {
	let browser;
	let jpeg;
	before(async () => {
		jpeg = photo();   /* first: a failing hook must not leave a browser running (node 18) */
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`journey on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			const who = CITIZEN_BY_VIEWPORT[vp.name];
			const fields = {
				categoria: 'strade-e-marciapiedi',
				titolo: `Buca in via Roma (${vp.name})`,
				descrizione: 'Una buca profonda in mezzo alla corsia, pericolosa soprattutto per chi va in bicicletta.',
				indirizzo: 'Via Roma 25',
			};
			let ctx;
			let page;
			let watch;
			let code;

			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /the server responded with a status of 422/ });
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('login through the demo IdP leads back to the personal area', async () => {
				watch.reset();
				await page.goto(`${BASE_URL}/area-personale`, { waitUntil: 'load' });
				assert.equal(new URL(page.url()).pathname, '/auth/login');
				assert.equal(new URL(page.url()).searchParams.get('next'), '/area-personale');
				await page.locator('summary', { hasText: 'Entra con SPID' }).click();
				const demo = page.getByRole('link', { name: 'Demo IdP (solo prova)' });
				await demo.waitFor({ state: 'visible' });
				await go(page, demo, (u) => u.pathname === '/demo-idp/sso');
				await page.locator('label.form-check-label', { hasText: who }).click();
				await go(page, page.getByRole('button', { name: 'Autorizza e prosegui' }),
					(u) => `${u.origin}${u.pathname}` === `${BASE_URL}/area-personale`);
				await page.waitForLoadState('load');
				assert.match(await page.locator('h1').innerText(), /Area personale/);
				assert.match(await page.locator('main').innerText(), new RegExp(who));
				await axeCheck(page, `area personale on ${vp.name}`);
				watch.check();
			});

			test('"Segnala un problema" → the privacy consent → the form', async () => {
				watch.reset();
				await go(page, page.getByRole('link', { name: 'Segnala un problema' }), (u) => u.pathname === '/segnalazioni/nuova');
				assert.match(await page.locator('main').innerText(), /Informativa sul trattamento dei dati personali/);
				await axeCheck(page, `consent page on ${vp.name}`);
				// Bootstrap Italia draws the checkbox on its label: the user clicks the label
				await page.locator('label[for="privacy-ok"]').click();
				assert.ok(await page.locator('#privacy-ok').isChecked(), 'consent given');
				await go(page, page.getByRole('button', { name: 'Avanti' }), (u) => /^\/segnalazioni\/[a-z0-9]{12}\/modifica$/.test(u.pathname));
				code = pathOf(page).split('/')[2];
				assert.equal(await page.locator('#titolo').inputValue(), '');
				await axeCheck(page, `case form on ${vp.name}`);
				watch.check();
			});

			test('the form sent empty shows what is missing, next to each field', async () => {
				watch.reset();
				await page.locator('#titolo').fill('Buca');   // too short, and kept
				await Promise.all([
					page.waitForURL((u) => u.pathname === `/segnalazioni/${code}/modifica`, { waitUntil: 'load' }),
					page.getByRole('button', { name: 'Avanti' }).click(),
				]);
				const summary = page.locator('#errori');
				assert.ok(await summary.isVisible(), 'the error summary is shown');
				assert.match(await page.title(), /^Errore: /, 'the title says there is an error');
				await until(page, () => document.activeElement && document.activeElement.id === 'errori', undefined,
					{ what: 'the focus on the error summary' });
				// each message links to its field
				await summary.getByRole('link', { name: /Il titolo deve avere/ }).click();
				await until(page, () => document.activeElement && document.activeElement.id === 'titolo', undefined,
					{ what: 'the focus on the title field' });
				const text = await summary.innerText();
				assert.match(text, /Scegli una categoria/);
				assert.match(text, /Il titolo deve avere da 5 a 120 caratteri/);
				assert.match(text, /La descrizione deve avere da 10 a 4000 caratteri/);
				assert.equal(await page.locator('#titolo').inputValue(), 'Buca', 'what was typed is kept');
				assert.equal(await page.locator('#titolo').getAttribute('aria-invalid'), 'true');
				assert.match(await page.locator('#errore-titolo').innerText(), /da 5 a 120 caratteri/);
				await axeCheck(page, `case form with errors on ${vp.name}`);
				watch.check();
			});

			test('the form filled in with a photo → the summary shows exactly that', async () => {
				watch.reset();
				// correcting the form shown with the errors (or, if that failed, the form anew)
				if (pathOf(page) !== `/segnalazioni/${code}/modifica` || !await page.locator('#categoria').count())
					await open(page, `/segnalazioni/${code}/modifica`);
				await page.locator('#categoria').selectOption(fields.categoria);
				await page.locator('#titolo').fill(fields.titolo);
				await page.locator('#descrizione').fill(fields.descrizione);
				await page.locator('#indirizzo').fill(fields.indirizzo);
				await page.locator('#foto').setInputFiles({ name: 'buca.jpg', mimeType: 'image/jpeg', buffer: jpeg });
				await go(page, page.getByRole('button', { name: 'Avanti' }), (u) => u.pathname === `/segnalazioni/${code}/riepilogo`);
				assert.equal(await dd(page, 'Tipo'), 'Segnalazione');
				assert.match(await dd(page, 'Richiedente'), new RegExp(`^${who} \\([A-Z0-9]{16}\\)$`));
				assert.equal(await dd(page, 'Categoria'), 'Strade e marciapiedi');
				assert.equal(await dd(page, 'Titolo'), fields.titolo);
				assert.equal(await dd(page, 'Descrizione'), fields.descrizione);
				assert.equal(await dd(page, 'Luogo'), fields.indirizzo);
				const thumb = page.locator('dl.vm-summary img.vm-thumb');
				assert.equal(await thumb.count(), 1, 'the photo is shown');
				assert.equal(await thumb.getAttribute('alt'), 'Foto allegata: buca.jpg');
				await thumb.scrollIntoViewIfNeeded();
				const loaded = await thumb.evaluate((img) => img.decode().then(() => img.naturalWidth));
				assert.ok(loaded > 0, 'the thumbnail loads');
				await axeCheck(page, `summary on ${vp.name}`);
				watch.check();
			});

			test('Invia → the receipt shows the code and the protocol number', async () => {
				watch.reset();
				await go(page, page.getByRole('button', { name: 'Invia' }), (u) => u.pathname === `/segnalazioni/${code}/ricevuta`);
				assert.match(await page.locator('main').innerText(), /Abbiamo ricevuto la tua pratica/i);
				assert.equal((await page.locator('.vm-case-code').innerText()).trim(),
					`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);
				assert.match((await page.locator('.vm-protocol').innerText()).trim(), new RegExp(`^${new Date().getFullYear()}/\\d{7}$`));
				assert.equal((await page.locator('.vm-office').innerText()).trim(), 'Polizia locale');
				assert.match((await page.locator('.vm-due').innerText()).trim(), /^\d{2}\/\d{2}\/\d{4}$/);
				await axeCheck(page, `receipt on ${vp.name}`);
				watch.check();
			});

			test('"Segui la pratica" → the tracking page with its timeline', async () => {
				watch.reset();
				await go(page, page.getByRole('link', { name: 'Segui la pratica' }), (u) => u.pathname === `/segnalazioni/${code}`);
				assert.equal((await page.locator('h1').innerText()).trim(), fields.titolo);
				assert.equal(await dd(page, 'Stato'), 'Ricevuta');
				const events = page.locator('ol.vm-timeline li.vm-event');
				assert.equal(await events.count(), 1);
				assert.match(await events.first().innerText(), /Ricevuta/);
				assert.ok(await page.getByRole('heading', { name: 'Cronologia' }).isVisible());
				await axeCheck(page, `tracking page on ${vp.name}`);
				watch.check();
			});

			test('the personal area lists the case', async () => {
				watch.reset();
				// the breadcrumb's "Area personale"
				await go(page, page.locator('[data-element="breadcrumb"] a[href="/area-personale"]'), (u) => u.pathname === '/area-personale');
				const item = page.locator('li.vm-case-item', { has: page.locator(`a[href="/segnalazioni/${code}"]`) });
				assert.equal(await item.count(), 1);
				assert.match(await item.innerText(), new RegExp(`${fields.titolo.replace(/[()]/g, '\\$&')}[\\s\\S]*Ricevuta`));
				await axeCheck(page, `area personale with a case on ${vp.name}`);
				watch.check();
			});
		});
	}
});
