'use strict';
// The editors' workspace in a real browser (issue 13), on a desktop and a
// phone, under the site's real CSP, failing on any JavaScript error:
//  - the service form: the save bar is on screen after scrolling to the middle
//    of the form (position: sticky), the section index leads to its sections;
//  - the unsaved-changes warning: leaving a clean form asks nothing, leaving
//    it after a change asks (beforeunload registered only when dirty), and
//    submitting it asks nothing;
//  - the live preview beside a Markdown field follows what is typed, rendered
//    by the server as the portal renders it; the counter of the short
//    description says by how much a pasted text is too long, and the text is
//    not cut;
//  - axe-core (WCAG 2.1 A and AA) on the form, Contenuti with filters and a
//    revision's word diff: no violation of impact "serious" or "critical".
// Service 1 is only edited, never saved; one service of its own is made for
// the diff and deleted at the end.
//
// Environment: BASE_URL and TEST_VAR of a stack started by conf/ctl.sh.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
	VIEWPORTS, launch, newContext, watchErrors, open, axeCheck, until, signInEditor,
} = require('./lib/browser');
const { sql, sqlValue, q } = require('../integration/lib/cases');
const { staffClient, staffPost } = require('../integration/lib/staff');

const PREFIX = `prova-be-${process.pid % 10000}${Date.now() % 100000}`;

// A published service changed once: its last revision has a word diff.
async function serviceWithRevisions() {
	const editor = await staffClient('editor');
	const fields = {
		title: `Servizio del browser ${PREFIX}`, slug: PREFIX, summary: 'Per il confronto delle revisioni.', status: 'active',
		for_citizens: '1', audience: 'Tutti.', description: 'Il certificato si ritira in giornata.', how_to: 'Allo sportello.',
		requirements: 'Un documento.', outputs: 'Il certificato.', times: 'Subito.', costs: 'Gratuito.', conditions: 'Nessuna.',
		online_url: 'https://servizi.example.org/b', office_id: '1', category_id: '3', contacts: 'URP.', topics: ['1'],
		azione: 'pubblica',
	};
	let r = await staffPost(editor, '/admin/servizi/nuovo', fields);
	assert.equal(r.status, 303);
	const id = /\/admin\/servizi\/(\d+)\?/.exec(r.location)[1];
	r = await staffPost(editor, `/admin/servizi/${id}`, { ...fields, description: 'Il certificato si ritira entro tre giorni.' });
	assert.equal(r.status, 303);
	return { id, rev: sqlValue(`SELECT MAX(id) FROM service_revisions WHERE service_id = ${id}`) };
}

// Where an element is on screen: its box against the viewport.
function onScreen(page, selector) {
	return page.evaluate((sel) => {
		const b = document.querySelector(sel).getBoundingClientRect();
		return { top: b.top, bottom: b.bottom, height: window.innerHeight, visible: b.top >= 0 && b.bottom <= window.innerHeight };
	}, selector);
}

describe('browser: the editors\' workspace', () => {
	let browser;
	let svc;
	before(async () => {
		browser = await launch();
		svc = await serviceWithRevisions();
	});
	after(async () => {
		if (browser) await browser.close();
		sql(`DELETE d FROM search_docs d JOIN services s ON d.kind = 'service' AND d.ref_id = s.id WHERE s.slug = ${q(PREFIX)};
		     DELETE FROM services WHERE slug = ${q(PREFIX)};`);
	});

	for (const vp of VIEWPORTS) {
		describe(`${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			const dialogs = [];
			let stay = false;
			before(async () => {
				ctx = await newContext(browser, vp);   // the real CSP
				page = await ctx.newPage();
				watch = watchErrors(page);
				// a dialog is recorded, then answered: "stay" while a test looks at it, else "leave"
				page.on('dialog', (d) => { dialogs.push(d.type()); (stay ? d.dismiss() : d.accept()).catch(() => {}); });
				await signInEditor(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			test('the save bar stays on screen in the middle of the form; the index leads to the sections', async () => {
				await open(page, '/admin/servizi/1');
				const size = await page.evaluate(() => ({ doc: document.documentElement.scrollHeight, view: window.innerHeight }));
				assert.ok(size.doc > 3 * size.view, `a long form (${size.doc}px)`);
				// at the top the bar, at the end of the form, is far below: only sticky brings it on screen
				const natural = await page.evaluate(() => {
					const form = document.querySelector('form[data-vm-editor]');
					return form.getBoundingClientRect().bottom + window.scrollY;
				});
				assert.ok(natural > 2 * size.view, 'the form ends far below the first screen');
				for (const at of [0.3, 0.5, 0.7]) {
					await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f - window.innerHeight / 2), at);
					const bar = await onScreen(page, '#barra-salva');
					assert.ok(bar.visible, `the save bar on screen at ${at * 100}% of the page: ${JSON.stringify(bar)}`);
					assert.ok(await page.getByRole('button', { name: 'Salva bozza' }).isVisible());
				}
				await page.evaluate(() => window.scrollTo(0, 0));
				await page.locator('.vm-form-index a', { hasText: 'Categoria, ufficio, contatti e argomenti' }).click();
				await until(page, () => location.hash === '#sezione-3', undefined, { what: 'the fragment' });
				// Bootstrap Italia scrolls smoothly: wait for the section to arrive
				await until(page, () => {
					const t = document.getElementById('sezione-3').getBoundingClientRect().top;
					return t >= 0 && t < window.innerHeight / 2;
				}, undefined, { what: 'the section scrolled into view' });
				await axeCheck(page, `service form on ${vp.name}`);
				watch.check();
			});

			test('leaving asks only when the form has changes, never on submit', async () => {
				await open(page, '/admin/servizi/1');
				assert.equal(await page.locator('form[data-vm-editor]').getAttribute('data-vm-dirty'), null, 'clean');
				dialogs.length = 0;
				await Promise.all([page.waitForURL(/\/admin\/servizi\/1\/revisioni$/), page.locator('a[href="/admin/servizi/1/revisioni"]').first().click()]);
				assert.deepEqual(dialogs, [], 'a clean form leaves without asking');

				await open(page, '/admin/servizi/1');
				await page.locator('#f-online_label').fill('Prenota online');
				assert.equal(await page.locator('form[data-vm-editor]').getAttribute('data-vm-dirty'), '1');
				dialogs.length = 0;
				stay = true;
				await page.locator('a[href="/admin/servizi/1/revisioni"]').first().click();
				await until(page, (n) => n, dialogs.length || null, { what: 'the dialog' }).catch(() => {});
				await new Promise((r) => setTimeout(r, 300));
				assert.deepEqual(dialogs, ['beforeunload'], 'a changed form asks before leaving');
				assert.match(page.url(), /\/admin\/servizi\/1$/, 'still on the form');
				stay = false;

				dialogs.length = 0;
				await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Anteprima testo' }).click()]);
				assert.deepEqual(dialogs, [], 'submitting does not ask');
				assert.equal(await page.locator('#f-online_label').inputValue(), 'Prenota online', 'the form again with what was typed');
				watch.check();
			});

			test('the live preview follows the Markdown typed; the counter says how much is too long', async () => {
				const revisions = sqlValue('SELECT COUNT(*) FROM service_revisions WHERE service_id = 1');
				await open(page, '/admin/servizi/1');
				await page.locator('#f-description').fill(`Testo **vivo** ${vp.name}\n\n- uno\n- due\n\n<b>grassetto?</b>`);
				const html = await until(page, (want) => {
					const el = document.getElementById('anteprima-description');
					return el.innerHTML.includes(want) && el.innerHTML;
				}, `<strong>vivo</strong> ${vp.name}`, { what: 'the preview', timeout: 5000 });
				assert.ok(html.includes('<ul><li>uno</li><li>due</li></ul>'), html);
				assert.ok(html.includes('&lt;b&gt;grassetto?&lt;/b&gt;'), 'raw HTML as text');
				assert.equal(await page.locator('#anteprima-description b').count(), 0);

				const long = 'Una descrizione breve che qualcuno ha incollato da un altro documento ed è troppo lunga '.repeat(2);
				await page.locator('#f-summary').fill(long);
				assert.equal(await page.locator('#f-summary').inputValue(), long, 'not cut at 160');
				const over = [...long.trim()].length - 160;
				assert.equal(await page.locator('#conta-summary').innerText(), `Hai superato il limite di ${over} caratteri: al massimo 160.`);
				await page.locator('#f-summary').fill('Breve.');
				assert.equal(await page.locator('#conta-summary').innerText(), 'Hai scritto 6 caratteri su 160.');
				await axeCheck(page, `service form with previews on ${vp.name}`);
				assert.equal(sqlValue('SELECT COUNT(*) FROM service_revisions WHERE service_id = 1'), revisions, 'nothing saved');
				watch.check();
			});

			test('Contenuti with its filters and a revision\'s diff pass axe', async () => {
				await open(page, '/admin/contenuti?contenuto=service&stato=pubblicati&argomento=1');
				assert.ok(await page.locator('#elenco-contenuti tbody tr').count() > 0);
				await axeCheck(page, `Contenuti on ${vp.name}`);
				await open(page, `/admin/servizi/${svc.id}/revisioni/${svc.rev}`);
				assert.equal(await page.locator('.vm-diff-text del').first().textContent(), '[eliminato: in giornata.]');
				assert.equal(await page.locator('.vm-diff-text ins').first().textContent(), '[aggiunto: entro tre giorni.]');
				await axeCheck(page, `a revision's diff on ${vp.name}`);
				watch.check();
			});
		});
	}
});
