'use strict';
// Appointment booking in a real browser, on desktop and on a phone, with
// axe-core on every step (issue 10): without login from the footer (the
// e-mail link read from the stack's SMTP sink confirms), with SPID (demo
// IdP) from the personal area, and from a service page's
// "service-booking-access" (service and its offices preselected); each
// appointment then moved to another slot and cancelled. No JavaScript is
// needed by the flow; the browser runs the site's own anyway.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { VIEWPORTS, BASE_URL, launch, newContext, watchErrors, open, pathOf, axeCheck } = require('./lib/browser');
const { mails } = require('../integration/lib/cases');

// Click LOCATOR and wait for the page it leads to (PATH_RE on path + query).
async function go(page, locator, pathRe) {
	// by keyboard (Enter on the link or button): on a phone the pointer missed
	// links of the personal area once other tests had left it 30+ drafts
	await Promise.all([page.waitForURL((u) => pathRe.test(u.pathname + u.search)), locator.press('Enter')]);
	await page.waitForLoadState('load');
}

// Step: axe on the page, named for the failure message.
async function step(page, vp, what) {
	await axeCheck(page, `${what} (${vp.name})`);
}

// From the offices' list to the details' form: the first office, the first
// free day, the first free slot.
async function officeToDetails(page, vp) {
	await go(page, page.getByRole('button', { name: 'Avanti' }), /^\/prenota\/calendario\?/);
	assert.match(await page.locator('h1').innerText(), /Scegli data e orario/);
	await step(page, vp, 'the month\'s calendar');
	await go(page, page.locator('td.vm-day-free a').first(), /giorno=\d{4}-\d\d-\d\d/);
	await step(page, vp, 'the free slots of a day');
	await go(page, page.getByRole('button', { name: 'Avanti' }), /^\/prenota\/[0-9a-f]{32}\/dati$/);
	await step(page, vp, 'the details form');
}

// The details, then the summary and "Conferma".
async function detailsToConfirm(page, vp, who) {
	await page.getByLabel(/Motivo dell'appuntamento/).fill('Rinnovo della carta d\'identità');
	await page.getByLabel(/Nome e cognome/).fill(who.name);
	await page.getByLabel(/^E-mail/).fill(who.email);
	await go(page, page.getByRole('button', { name: 'Avanti' }), /\/riepilogo$/);
	await step(page, vp, 'the summary');
	await page.getByRole('button', { name: 'Conferma' }).click();
	await page.waitForLoadState('load');
}

// The link of the e-mail to TO in the SMTP sink that matches RE, waited for.
async function linkInSink(to, re) {
	const end = Date.now() + 10000;
	for (;;) {
		const m = mails().reverse().find((x) => x.headers.includes(`To: ${to}`) && re.test(x.body));
		if (m) return re.exec(m.body)[0].replace(BASE_URL, '');
		assert.ok(Date.now() < end, `no e-mail to ${to} with ${re} in the sink`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

// On the appointment's page: move it to the last slot of the second free
// day, then cancel it.
async function moveAndCancel(page, vp) {
	const before = await page.locator('.vm-summary').innerText();
	await go(page, page.getByRole('link', { name: 'Sposta l\'appuntamento' }), /^\/prenota\/[A-Za-z0-9]{12}\/sposta\?/);
	assert.match(await page.locator('h1').innerText(), /Sposta l'appuntamento/);
	await step(page, vp, 'the move\'s calendar');
	await go(page, page.locator('td.vm-day-free a').nth(1), /giorno=/);
	await page.locator('.vm-slots label').last().click();
	await step(page, vp, 'the move\'s slots');
	await go(page, page.getByRole('button', { name: 'Sposta l\'appuntamento a questo orario' }), /spostata=1$/);
	assert.match(await page.locator('.alert-success').innerText(), /Appuntamento spostato/);
	assert.notEqual(await page.locator('.vm-summary').innerText(), before, 'the time changed');
	await step(page, vp, 'the moved appointment');
	await go(page, page.getByRole('button', { name: 'Annulla l\'appuntamento' }), /annullata=1$/);
	assert.match(await page.locator('.alert-success').innerText(), /Appuntamento annullato/);
	await step(page, vp, 'the cancelled appointment');
}

async function login(page, who, next) {
	await open(page, `/auth/login?next=${encodeURIComponent(next)}`);
	await page.locator('summary', { hasText: 'Entra con SPID' }).click();
	await go(page, page.getByRole('link', { name: 'Demo IdP (solo prova)' }), /^\/demo-idp\/sso/);
	await page.locator('label.form-check-label', { hasText: who }).click();
	await go(page, page.getByRole('button', { name: 'Autorizza e prosegui' }), new RegExp(`^${next}$`));
}

describe('booking an appointment in a browser', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		test(`${vp.name}: without login, from the footer; the e-mail link confirms; moved, cancelled`, async () => {
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			const who = { name: 'Anna Neri', email: `browser-${vp.name}@example.org` };
			await open(page, '/');
			await go(page, page.locator('footer [data-element="appointment-booking"]'), /^\/prenota$/);
			await step(page, vp, 'the services');
			await page.locator('label', { hasText: 'Carta d\'identità elettronica' }).click();
			await go(page, page.getByRole('button', { name: 'Avanti' }), /^\/prenota\?servizio=/);
			await step(page, vp, 'the offices');
			await officeToDetails(page, vp);
			await detailsToConfirm(page, vp, who);
			assert.match(await page.locator('h1').innerText(), /Controlla la tua e-mail/);
			await step(page, vp, 'the e-mail check');
			const link = await linkInSink(who.email, /http:\/\/[^\s]+\/prenota\/[0-9a-f]{32}\/verifica\?t=[0-9a-f]{32}/);
			await open(page, link.replace(/^http:\/\/[^/]+/, ''));
			assert.match(pathOf(page), /confermata=1$/);
			assert.match(await page.locator('.alert-success').innerText(), /Appuntamento confermato/);
			await step(page, vp, 'the confirmed appointment');
			await moveAndCancel(page, vp);
			watch.check();
			await ctx.close();
		});

		test(`${vp.name}: with SPID, from the personal area; listed there; moved, cancelled`, async () => {
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await login(page, 'Giulia Bianchi', '/area-personale');
			// by keyboard: on a loaded machine the long personal area's layout was
			// still settling under the pointer (another section took the click)
			const book = page.locator('main').getByRole('link', { name: 'Prenota un appuntamento' });
			await Promise.all([page.waitForURL((u) => /^\/prenota$/.test(u.pathname)), book.press('Enter')]);
			await page.waitForLoadState('load');
			await page.locator('label', { hasText: 'Carta d\'identità elettronica' }).click();
			await go(page, page.getByRole('button', { name: 'Avanti' }), /^\/prenota\?servizio=/);
			await officeToDetails(page, vp);
			assert.equal(await page.getByLabel(/Nome e cognome/).inputValue(), 'Giulia Bianchi', 'prefilled');
			await detailsToConfirm(page, vp, { name: 'Giulia Bianchi', email: `giulia-${vp.name}@example.org` });
			assert.match(pathOf(page), /confermata=1$/);
			const code = /^\/prenota\/([A-Za-z0-9]{12})/.exec(pathOf(page))[1];
			await open(page, '/area-personale');
			await step(page, vp, 'the personal area with the appointment');
			await go(page, page.locator(`a[href="/prenota/${code}"]`), new RegExp(`^/prenota/${code}$`));
			await step(page, vp, 'the appointment by session');
			await moveAndCancel(page, vp);
			watch.check();
			await ctx.close();
		});

		test(`${vp.name}: from a service page, the service and its offices preselected`, async () => {
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await open(page, '/servizi/carta-identita-elettronica');
			await go(page, page.locator('[data-element="service-booking-access"]'), /^\/prenota\?servizio=carta-identita-elettronica$/);
			assert.match(await page.locator('main').innerText(), /Servizio: Carta d'identità elettronica/);
			assert.ok(await page.locator('input[name="ufficio"]').first().isChecked(), 'an office preselected');
			await step(page, vp, 'the offices of the service');
			await officeToDetails(page, vp);
			watch.check();
			await ctx.close();
		});
	}
});
