'use strict';
// The citizen's voice at closure in a real browser, on a desktop and a phone
// viewport, under the site's CSP, without relying on JavaScript: the closing
// e-mail's link opens the question; "non risolto" with a reason reopens the
// case; on another closed case the stars (radio buttons) and a comment give
// the rating, once. axe finds no serious or critical violation on any page.
// The cases are filed and closed over HTTP (tests/integration/lib).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { VIEWPORTS, launch, newContext, watchErrors, open, axeCheck } = require('./lib/browser');
const { loggedIn, sql, sqlValue, q } = require('../integration/lib/cases');
const { staffClient } = require('../integration/lib/staff');

// A case of CITIZEN closed by OP: the path of the one-click link e-mailed.
async function closedCase(citizen, op, title) {
	const { code } = await citizen.fileCase({ titolo: title });
	for (const [azione, fields] of [['prendi', {}], ['chiudi', { esito: 'risolta', spiegazione: 'Buca riempita.' }]]) {
		const r = await op.post(`/admin/pratiche/${code}/azione`, { csrf: op.csrf, azione, ...fields });
		assert.equal(r.status, 303, azione);
	}
	const body = sqlValue(`SELECT o.body FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.code = ${q(code)}
		AND o.body LIKE '%/segnalazioni/esito/%' ORDER BY o.id DESC LIMIT 1`);
	return { code, link: /\/segnalazioni\/esito\/[0-9a-f]{64}/.exec(body)[0] };
}

describe("browser: the citizen's voice at closure", () => {
	let browser, citizen, op;
	before(async () => {
		citizen = await loggedIn(3);
		op = await staffClient('operator', ['polizia-locale']);
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		test(`${vp.name}: "non risolto" from the e-mail's link reopens the case`, async () => {
			const { code, link } = await closedCase(citizen, op, `Buca riaperta (${vp.name})`);
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await open(page, link);
			await axeCheck(page, `${vp.name} esito`);
			await page.getByLabel('Che cosa non è risolto?').fill('La buca si è riaperta.');
			await Promise.all([page.waitForLoadState('load'),
				page.getByRole('button', { name: 'No, non è risolto: riapri la pratica' }).click()]);
			await page.getByRole('heading', { name: 'Pratica riaperta' }).waitFor();
			await axeCheck(page, `${vp.name} riaperta`);
			assert.equal(sqlValue(`SELECT status FROM cases WHERE code = ${q(code)}`), 'in_progress');
			watch.check();
			await ctx.close();
		});

		test(`${vp.name}: the stars and a comment rate the closure, once`, async () => {
			const { code, link } = await closedCase(citizen, op, `Buca valutata (${vp.name})`);
			const ctx = await newContext(browser, vp);
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await open(page, link);
			await page.locator('label[for="esito-voto-4"]').click();
			assert.ok(await page.locator('#esito-voto-4').isChecked(), 'the 4th star is chosen');
			await page.getByLabel('Commento').fill(`Gentili (${vp.name})`);
			await axeCheck(page, `${vp.name} voto`);
			await Promise.all([page.waitForURL(/\?fatto=1$/), page.getByRole('button', { name: 'Invia la valutazione' }).click()]);
			await page.getByText('Hai dato 4 stelle su 5').waitFor();
			await axeCheck(page, `${vp.name} votato`);
			assert.deepEqual(sql(`SELECT r.rating, r.comment FROM case_ratings r JOIN cases c ON c.id = r.case_id
				WHERE c.code = ${q(code)}`), [['4', `Gentili (${vp.name})`]]);
			watch.check();
			await ctx.close();
		});
	}
});
