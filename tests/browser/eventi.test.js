'use strict';
// "Carica altri eventi" on /eventi (data-element="load-other-cards", the hook
// the AgID checker clicks to gather the events): with JavaScript the next
// page's cards are added to the list and the focus moves to the first new one;
// without, it is the plain link to the next page. Ten more upcoming events are
// added for the test (13 in all: 9 + 4) and removed after it.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { VIEWPORTS, launch, newContext, watchErrors, open, until, pathOf } = require('./lib/browser');

const TEST_VAR = process.env.TEST_VAR || path.resolve(__dirname, '../../var/test');
function sql(query) {
	execFileSync('mariadb', ['--no-defaults', `--socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'-uroot', '--default-character-set=utf8mb4', 'portale', '-e', query]);
}
const links = () => [...document.querySelectorAll('#eventi-lista a[data-element="event-link"]')].map((a) => a.getAttribute('href'));

describe('load more events', () => {
	let browser;
	before(async () => {
		const rows = Array.from({ length: 10 }, (_, i) => `('prova-${i + 1}', 'Evento di prova ${i + 1}', 'Prova.', 'Prova.', ` +
			`CURDATE() + INTERVAL ${20 + i} DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL ${20 + i} DAY + INTERVAL 10 HOUR)`);
		sql(`INSERT INTO events (slug, title, summary, description, start_at, end_at) VALUES ${rows.join(', ')}`);
		browser = await launch();
	});
	after(async () => {
		sql("DELETE FROM events WHERE slug LIKE 'prova-%'");
		if (browser) await browser.close();
	});

	test('with JavaScript the next cards join the list, then the end of the list is said', async () => {
		const ctx = await newContext(browser, VIEWPORTS[0]);
		const page = await ctx.newPage();
		const watch = watchErrors(page);
		await open(page, '/eventi');
		assert.equal((await page.evaluate(links)).length, 9);
		await page.click('[data-element="load-other-cards"]');
		await until(page, () => document.querySelectorAll('#eventi-lista a[data-element="event-link"]').length === 13,
			undefined, { what: '13 events' });
		assert.equal(pathOf(page), '/eventi', 'same page');
		const all = await page.evaluate(links);
		assert.equal(new Set(all).size, 13, 'no event twice');
		assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), all[9], 'focus on the first new card');
		assert.equal(await page.textContent('[data-element="load-other-cards"]'), 'Non ci sono altri eventi in programma.');
		await page.click('[data-element="load-other-cards"]');   // what the checker does: nothing happens
		assert.equal((await page.evaluate(links)).length, 13);
		watch.check();
		await ctx.close();
	});

	test('without JavaScript it is the link to the next page', async () => {
		const ctx = await newContext(browser, VIEWPORTS[1], { javaScriptEnabled: false });
		const page = await ctx.newPage();
		await open(page, '/eventi');
		await Promise.all([page.waitForNavigation(), page.click('[data-element="load-other-cards"]')]);
		assert.equal(pathOf(page), '/eventi?pagina=2');
		assert.equal((await page.evaluate(links)).length, 4);
		await ctx.close();
	});
});
