'use strict';
// Screenshots of the home and of a service page on a desktop and on a phone
// viewport, saved to tests/browser/screenshots/ (gitignored) for a human look
// (NAME-VIEWPORT.png: the first screen; NAME-VIEWPORT-full.png: the whole page);
// plus the layout checks a screenshot review would catch: no horizontal
// scrolling, the header, the h1 and the search box inside the viewport.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
	VIEWPORTS, SCREENSHOTS, launch, newContext, watchErrors, open, settled,
} = require('./lib/browser');

const SHOTS = [
	['home', '/'],
	['servizio', '/servizi/certificato-anagrafico'],
];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function assertPng(file, minWidth) {
	const buf = fs.readFileSync(file);
	assert.ok(buf.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`);
	const width = buf.readUInt32BE(16);
	const height = buf.readUInt32BE(20);
	assert.ok(width >= minWidth && height > 0, `${file}: ${width}x${height}`);
}

// Layout facts of the current page, in CSS pixels.
function layout(page) {
	return page.evaluate(() => {
		const box = (sel) => {
			const e = document.querySelector(sel);
			if (!e) return null;
			const r = e.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height };
		};
		// Elements that stick out on the right of the viewport (ignoring
		// visually hidden ones and the off-canvas menu).
		const overflowing = [];
		for (const e of document.querySelectorAll('body *')) {
			if (e.closest('.visually-hidden, .visually-hidden-focusable, .navbar-collapsable')) continue;
			const r = e.getBoundingClientRect();
			if (r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1)
				overflowing.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(r.right)}`);
		}
		return {
			innerWidth: window.innerWidth,
			scrollWidth: document.documentElement.scrollWidth,
			overflowing: overflowing.slice(0, 10),
			header: box('header.it-header-wrapper'),
			h1: box('main h1'),
			search: box('main input[type="search"]'),
		};
	});
}

// One browser for the whole file; the hooks live in a describe() (node 18
// does not run file-level before/after hooks reliably).
describe('browser screenshots', () => {
	let browser;
	before(async () => {
		fs.mkdirSync(SCREENSHOTS, { recursive: true });
		browser = await launch();
	});
	after(async () => { if (browser) await browser.close(); });

	for (const vp of VIEWPORTS) {
		describe(`screenshots on ${vp.name} (${vp.options.viewport.width}x${vp.options.viewport.height})`, () => {
			let ctx;
			let page;
			let watch;
			before(async () => {
				ctx = await newContext(browser, vp);
				page = await ctx.newPage();
				watch = watchErrors(page);
			});
			after(async () => { if (ctx) await ctx.close(); });

			for (const [name, urlPath] of SHOTS) {
				test(`${name} ${urlPath}: screenshot and layout`, async () => {
					watch.reset();
					await open(page, urlPath);
					await page.evaluate(() => document.fonts.ready.then(() => true));
					// The first screen, and the whole page.
					const file = path.join(SCREENSHOTS, `${name}-${vp.name}.png`);
					await page.screenshot({ path: file, animations: 'disabled' });
					assertPng(file, vp.options.viewport.width);
					const full = path.join(SCREENSHOTS, `${name}-${vp.name}-full.png`);
					await page.screenshot({ path: full, fullPage: true, animations: 'disabled' });
					assertPng(full, vp.options.viewport.width);

					const l = await layout(page);
					assert.equal(l.scrollWidth, l.innerWidth, `no horizontal scrolling; sticking out: ${l.overflowing.join(', ')}`);
					assert.deepEqual(l.overflowing, [], 'no element beyond the right edge');
					assert.ok(l.header && l.header.width === l.innerWidth, 'header spans the viewport');
					assert.ok(l.h1 && l.h1.left >= 0 && l.h1.right <= l.innerWidth && l.h1.top < vp.options.viewport.height,
						`h1 inside the first screen: ${JSON.stringify(l.h1)}`);
					if (name === 'home')
						assert.ok(l.search && l.search.left >= 0 && l.search.right <= l.innerWidth && l.search.width >= 150,
							`search box inside the viewport: ${JSON.stringify(l.search)}`);
					watch.check();
				});
			}

			if (vp.name === 'phone') {
				test('home with the menu open: screenshot', async () => {
					watch.reset();
					await open(page, '/');
					await page.locator('a.custom-navbar-toggler').tap();
					await page.locator('#menu-principale a.nav-link', { hasText: 'Servizi' }).waitFor({ state: 'visible' });
					await settled(page);
					const file = path.join(SCREENSHOTS, `home-menu-${vp.name}.png`);
					await page.screenshot({ path: file });
					assertPng(file, vp.options.viewport.width);
					watch.check();
				});
			}
		});
	}
});
