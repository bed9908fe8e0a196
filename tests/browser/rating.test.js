'use strict';
// The clarity rating in a real browser, the way AgID's checker tries it: a
// click on each star shows the follow-up of its side at once (1-3 stars: the
// difficulties, 4-5: what was liked) and hides the other; sending stores the
// rating in the background and says thanks in place; axe finds nothing.
// And without JavaScript the stars lead to the follow-up page.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { VIEWPORTS, launch, newContext, watchErrors, open, until, axeCheck } = require('./lib/browser');

const TEST_VAR = process.env.TEST_VAR || path.resolve(__dirname, '../../var/test');
const sqlValue = (query) => execFileSync('mariadb', ['--no-defaults', `--socket=${TEST_VAR}/db/run/mysqld.sock`,
	'-uroot', '-N', '-B', 'portale', '-e', query], { encoding: 'utf8' }).trim();
const PAGE = '/servizi/carta-identita-elettronica';

// Is the element with data-element=NAME on screen (as the checker measures it)?
const visible = (name) => {
	const el = document.querySelector(`[data-element="${name}"]`);
	const r = el.getBoundingClientRect();
	return getComputedStyle(el).visibility !== 'hidden' && r.width > 0 && r.height > 0;
};

describe('the clarity rating in a browser', () => {
	let browser;
	before(async () => { browser = await launch(); });
	after(async () => {
		sqlValue('DELETE FROM rating_limits');
		if (browser) await browser.close();
	});

	for (const vp of VIEWPORTS) {
		test(`${vp.name}: each star shows its follow-up; sending says thanks in place`, async () => {
			sqlValue('DELETE FROM rating_limits');
			const ctx = await newContext(browser, vp, { bypassCSP: true });
			const page = await ctx.newPage();
			const watch = watchErrors(page);
			await open(page, PAGE);
			await page.locator('[data-element="feedback"]').scrollIntoViewIfNeeded();
			for (let i = 1; i <= 5; i++) {
				await page.evaluate((n) => document.querySelector(`[data-element="feedback-rate-${n}"]`).click(), i);
				const pos = await page.evaluate(visible, 'feedback-rating-positive');
				const neg = await page.evaluate(visible, 'feedback-rating-negative');
				assert.deepEqual([pos, neg], i > 3 ? [true, false] : [false, true], `star ${i}`);
			}
			await page.locator('label', { hasText: 'Le indicazioni erano complete' }).click();
			await page.locator('[data-element="feedback-input-text"]').fill(`Tutto chiaro (${vp.name})`);
			await axeCheck(page, `${vp.name} rating open`);
			const before = Number(sqlValue(`SELECT COUNT(*) FROM page_ratings WHERE page = '${PAGE}'`));
			await page.getByRole('button', { name: 'Invia la valutazione' }).click();
			await until(page, () => !document.querySelector('.vm-rating-thanks').hidden, undefined, { what: 'the thanks' });
			assert.equal(new URL(page.url()).pathname, PAGE, 'still on the page');
			assert.equal(Number(sqlValue(`SELECT COUNT(*) FROM page_ratings WHERE page = '${PAGE}'`)), before + 1);
			assert.equal(sqlValue(`SELECT CONCAT(rating, '|', answer, '|', comment) FROM page_ratings
				WHERE page = '${PAGE}' ORDER BY id DESC LIMIT 1`), `5|Le indicazioni erano complete|Tutto chiaro (${vp.name})`);
			watch.check();
			await ctx.close();
		});
	}

	test('without JavaScript: the stars lead to the follow-up of their side', async () => {
		const ctx = await newContext(browser, VIEWPORTS[0], { javaScriptEnabled: false });
		const page = await ctx.newPage();
		await open(page, PAGE);
		await page.locator('label[for="valutazione-voto-2"]').click();
		await page.getByRole('button', { name: 'Invia la valutazione' }).click();
		await page.waitForURL('**/valutazione');
		assert.equal(await page.locator('[data-element="feedback-rating-question"]').innerText(),
			'Dove hai incontrato le maggiori difficoltà?');
		await page.locator('label', { hasText: 'Ho avuto problemi tecnici' }).click();
		await page.getByRole('button', { name: 'Invia la valutazione' }).click();
		assert.match(await page.locator('h1').innerText(), /Grazie per il tuo contributo/);
		await ctx.close();
	});
});
