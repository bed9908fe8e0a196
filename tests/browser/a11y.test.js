'use strict';
// Accessibility in a real browser (Debian's Chromium through playwright-core),
// on a desktop and on a phone viewport, against the fixture catalogue:
//  - axe-core (WCAG 2.0/2.1 A and AA rules) on every page type: no violation
//    of impact "serious" or "critical";
//  - keyboard: the first Tab reaches the skip link "Vai al contenuto
//    principale", Enter takes the user to <main>.
//
// axe is injected with page.addScriptTag, i.e. as an inline <script>, which the
// site's CSP (script-src 'self') refuses: the axe contexts bypass the CSP
// (bypassCSP: true). The keyboard test runs under the real CSP.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	VIEWPORTS, AXE_PATH, launch, newContext, watchErrors, open, until, pathOf,
} = require('./lib/browser');
const { sql, q } = require('../integration/lib/cases');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

// [label, path, expected status]
const PAGES = [
	['home', '/', 200],
	['service catalogue', '/servizi', 200],
	['service catalogue, filtered, page 2', '/servizi?destinatari=cittadini&pagina=2', 200],
	['service category', '/servizi/categoria/anagrafe-e-stato-civile', 200],
	['service category without services', '/servizi/categoria/appalti-pubblici', 200],
	['service page', '/servizi/certificato-anagrafico', 200],
	['bookable service', '/servizi/carta-identita-elettronica', 200],
	['service with a list in "Tempi e scadenze"', '/servizi/cambio-di-residenza', 200],
	['inactive service', '/servizi/contributo-affitto', 200],
	['service with special characters', '/servizi/servizio-con-caratteri-speciali', 200],
	['topics', '/argomenti', 200],
	['topic', '/argomenti/tributi', 200],
	['offices', '/uffici', 200],
	['office', '/uffici/ufficio-anagrafe', 200],
	['FAQ', '/faq', 200],
	['Amministrazione', '/amministrazione', 200],
	['organi di governo', '/amministrazione/organi-di-governo', 200],
	['aree amministrative', '/amministrazione/aree-amministrative', 200],
	['area (unità organizzativa)', '/amministrazione/aree-amministrative/area-servizi-demografici', 200],
	['offices under Amministrazione', '/amministrazione/uffici', 200],
	['enti e fondazioni', '/amministrazione/enti-e-fondazioni', 200],
	['ente', '/amministrazione/enti-e-fondazioni/fondazione-teatro-valdimonte', 200],
	['politicians', '/amministrazione/politici', 200],
	['administrative staff', '/amministrazione/personale-amministrativo', 200],
	['documents', '/amministrazione/documenti-e-dati', 200],
	['documents of one type', '/amministrazione/documenti-e-dati?tipo=Atti+normativi', 200],
	['person (politician)', '/persone/elena-marchetti', 200],
	['person (staff)', '/persone/andrea-vitale', 200],
	['document', '/documenti/regolamento-anagrafe', 200],
	['FAQ with an open answer', '/faq#faq-ztl-orari', 200],
	['search with results', '/cerca?q=certificati+anagrafici', 200],
	['search without result', '/cerca?q=zxqwvk', 200],
	['search, empty', '/cerca', 200],
	['Novità', '/novita', 200],
	['news list, filtered', '/novita/notizie?argomento=ambiente', 200],
	['news list, page 2', '/novita/notizie?pagina=2', 200],
	['news list, empty', '/novita/comunicati?argomento=ambiente', 200],
	['news page with image', '/novita/nuovi-orari-anagrafe', 200],
	['notice with attachment', '/novita/avviso-tari', 200],
	['Vivere il Comune', '/vivere-il-comune', 200],
	['places', '/luoghi', 200],
	['place', '/luoghi/teatro-comunale', 200],
	['events', '/eventi', 200],
	['events, month calendar', '/eventi?mese=2030-02', 200],
	['event', '/eventi/concerto-di-natale', 200],
	['accessibility statement', '/accessibilita', 200],
	['privacy', '/privacy', 200],
	['legal notes', '/note-legali', 200],
	['booking: the services', '/prenota', 200],
	['booking: the offices of a service', '/prenota?servizio=carta-identita-elettronica', 200],
	['booking: the month', '/prenota/calendario?servizio=pagamento-imu&ufficio=ufficio-tributi', 200],
	['404 (portal)', '/servizi/servizio-inesistente', 404],
	['404 (nginx)', '/static/inesistente.css', 404],
	['500 static page (upload not received)', '/static/errori/500.html', 200],
	['502 static page', '/static/errori/502.html', 200],
	['503 static page', '/static/errori/503.html', 200],
	['504 static page', '/static/errori/504.html', 200],
];

function formatViolations(violations) {
	return violations.map((v) => [
		`- [${v.impact}] ${v.id}: ${v.help}`,
		`  ${v.helpUrl}`,
		...v.nodes.slice(0, 8).map((n) => `  at ${n.target.join(' ')}\n     ${(n.failureSummary || '').replace(/\n/g, '\n     ')}`),
		v.nodes.length > 8 ? `  ... and ${v.nodes.length - 8} more` : '',
	].filter(Boolean).join('\n')).join('\n');
}

// One browser for the whole file; the hooks live in a describe() (node 18
// does not run file-level before/after hooks reliably).
describe('browser accessibility', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`axe-core on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp, { bypassCSP: true });
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /Failed to load resource: the server responded with a status of 404/ });
			});
			after(async () => { if (ctx) await ctx.close(); });

			for (const [label, urlPath, status] of PAGES) {
				test(`${label} ${urlPath}: no serious or critical WCAG A/AA violation`, async () => {
					watch.reset();
					await open(page, urlPath, status);
					if (!await page.evaluate(() => typeof window.axe === 'object'))
						await page.addScriptTag({ path: AXE_PATH });
					const result = await page.evaluate((tags) => window.axe.run(document, {
						runOnly: { type: 'tag', values: tags },
						resultTypes: ['violations'],
					}), AXE_TAGS);
					const minor = result.violations.filter((v) => !BLOCKING.has(v.impact));
					if (minor.length)
						console.log(`# ${vp.name} ${urlPath}: minor/moderate axe findings:\n${formatViolations(minor)}`);
					const blocking = result.violations.filter((v) => BLOCKING.has(v.impact));
					assert.equal(blocking.length, 0,
						`${urlPath} on ${vp.name}: serious/critical axe violations:\n${formatViolations(blocking)}`);
					watch.check();
				});
			}
		});

		describe(`the booking flow on ${vp.name}: axe finds nothing at all on each step`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp, { bypassCSP: true });
				page = await ctx.newPage();
				watch = watchErrors(page, { allow: /status of 422 \(Unprocessable Entity\)/ });   // the form with its errors
			});
			after(async () => { if (ctx) await ctx.close(); });

			async function axeClean(label) {
				if (!await page.evaluate(() => typeof window.axe === 'object'))
					await page.addScriptTag({ path: AXE_PATH });
				const result = await page.evaluate((tags) => window.axe.run(document, {
					runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
				}), AXE_TAGS);
				assert.equal(result.violations.length, 0, `${label} on ${vp.name}:\n${formatViolations(result.violations)}`);
			}
			const submit = (form) => Promise.all([page.waitForNavigation(), page.click(`${form} button[type="submit"]`)]);

			test('service, office, month, day and slot, details (with errors), summary, e-mail, appointment', async () => {
				watch.reset();
				await open(page, '/prenota?servizio=carta-identita-elettronica');
				await axeClean('offices');
				await submit('form[action="/prenota/calendario"]');
				await axeClean('month');
				await Promise.all([page.waitForNavigation(), page.click('.vm-day-free a')]);
				await axeClean('day with its free slots');
				await submit('form[action="/prenota/blocca"]');
				assert.match(pathOf(page), /^\/prenota\/[0-9a-f]{32}\/dati$/);
				const id = pathOf(page).split('/')[2];
				await axeClean('details');
				await submit('form[action$="/dati"]');
				assert.ok(await page.$('#errori'), 'the error summary');
				await axeClean('details with errors');
				await page.fill('#motivo', 'Rinnovo della carta');
				await page.fill('#nome', 'Anna Neri');
				await page.fill('#email', `a11y-${vp.name}@example.org`);
				await submit('form[action$="/dati"]');
				await axeClean('summary');
				await submit('form[action$="/conferma"]');
				await axeClean('check your e-mail');
				const body = sql(`SELECT body FROM outbox WHERE recipient = ${q(`a11y-${vp.name}@example.org`)} ORDER BY id DESC LIMIT 1`)[0][0];
				const link = new RegExp(`/prenota/${id}/verifica\\?t=[0-9a-f]{32}`).exec(body)[0];
				await page.goto(`${new URL(page.url()).origin}${link}`);
				assert.match(pathOf(page), /^\/prenota\/[A-Za-z0-9]{12}\?t=/);
				await axeClean('the appointment');
				watch.check();
			});
		});

		describe(`keyboard on ${vp.name}`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			for (const urlPath of ['/', '/servizi/certificato-anagrafico']) {
				test(`${urlPath}: first Tab focuses the skip link, Enter moves to main`, async () => {
					watch.reset();
					await open(page, urlPath);
					await page.keyboard.press('Tab');
					const focused = await page.evaluate(() => {
						const e = document.activeElement;
						const r = e.getBoundingClientRect();
						return {
							tag: e.tagName, text: e.textContent.trim(), href: e.getAttribute('href'),
							visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < window.innerHeight,
						};
					});
					assert.deepEqual({ tag: focused.tag, text: focused.text, href: focused.href },
						{ tag: 'A', text: 'Vai al contenuto principale', href: '#main-content' },
						'first Tab focuses the skip link');
					assert.ok(focused.visible, 'the focused skip link is visible');

					await page.keyboard.press('Enter');
					await until(page, () => window.location.hash === '#main-content', undefined,
						{ what: 'the URL fragment #main-content' });
					// <main> is scrolled to the top of the viewport, less its
					// scroll-margin-top (Bootstrap's smooth scrolling takes a moment).
					await assert.doesNotReject(until(page, () => {
						const m = document.getElementById('main-content');
						const margin = parseFloat(getComputedStyle(m).scrollMarginTop) || 0;
						return Math.abs(m.getBoundingClientRect().top - margin) < 2;
					}, undefined, { what: 'main at the top of the viewport' }), 'main scrolled to the top of the viewport');
					// Focus is on main or, since <main> has no tabindex, the focus
					// navigation starting point is: the next Tab lands inside main.
					const inMain = () => {
						const m = document.getElementById('main-content');
						return document.activeElement === m || m.contains(document.activeElement);
					};
					if (!await page.evaluate(inMain)) {
						assert.equal(await page.evaluate(() => document.activeElement.closest('.skiplinks')), null,
							'Enter moves focus away from the skip link');
						await page.keyboard.press('Tab');
						assert.ok(await page.evaluate(inMain), 'after the skip link, Tab continues inside main');
						// ... with the first focusable element of main.
						assert.ok(await page.evaluate(() => {
							const m = document.getElementById('main-content');
							const first = m.querySelector('a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])');
							return document.activeElement === first;
						}), 'Tab after the skip link focuses the first focusable element of main');
					}
					watch.check();
				});
			}
		});
	}
});
