'use strict';
const fs = require('node:fs');
// Helpers shared by the browser tests (tests/browser/*.test.js): the stack's
// address, the Chromium launcher, the two viewports every test runs on, and a
// collector of console errors and uncaught page exceptions.
//
// Environment: BASE_URL (http://127.0.0.1:PORT) of a stack started by
// conf/ctl.sh with tests/fixtures/catalogue.sql; CHROMIUM (default
// /usr/bin/chromium, Debian's package).

const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');
const { createStaff, totp } = require('../../integration/lib/staff');

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:18282').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'screenshots');
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const SITE_NAME = 'Comune di Valdimonte';

// Every test runs once per viewport.
const VIEWPORTS = [
	{ name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
	{
		name: 'phone',
		options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
	},
];

function launch() {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--no-first-run', '--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
}

// A new context on the viewport, Italian locale, with short timeouts so a
// broken page fails fast instead of eating the suite's time budget.
async function newContext(browser, viewport, extra = {}) {
	// reduced motion: Bootstrap Italia's smooth scrolling would move a button
	// from under a click on a slow machine (seen on the long personal area)
	const ctx = await browser.newContext({ ...viewport.options, locale: 'it-IT', reducedMotion: 'reduce', ...extra });
	ctx.setDefaultTimeout(8000);
	ctx.setDefaultNavigationTimeout(10000);
	return ctx;
}

// The only console error tolerated: the CSP report about a font loaded from a
// data: URL (harmless: the icons come from the SVG sprite).
function harmless(text) {
	return /Content Security Policy/i.test(text) && /font/i.test(text) && /data:/i.test(text);
}

// Records console errors and uncaught exceptions of a page; check() fails the
// test on any exception and on any console error but the harmless one, then
// forgets them (so one failure does not cascade into the following tests).
// `allow` (a RegExp) tolerates more console errors, e.g. the "Failed to load
// resource: ... 404" Chromium logs for the document of a 404 page.
function watchErrors(page, { allow } = {}) {
	const errors = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error' && !harmless(msg.text()) && !(allow && allow.test(msg.text())))
			errors.push(`console.error at ${page.url()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`uncaught exception at ${page.url()}: ${err.message}`));
	return {
		errors,
		reset() { errors.length = 0; },
		check() {
			const found = errors.splice(0);
			assert.deepEqual(found, [], `JavaScript errors:\n${found.join('\n')}`);
		},
	};
}

// Navigates to a path of the site (a fresh load) and checks the status.
async function open(page, urlPath, status = 200) {
	let res = await page.goto(BASE_URL + urlPath, { waitUntil: 'load' });
	// Only the fragment changed (e.g. /faq then /faq#x): load the page anew.
	if (!res) res = await page.reload({ waitUntil: 'load' });
	assert.ok(res, `${urlPath}: no response`);
	assert.equal(res.status(), status, `${urlPath}: expected ${status}, got ${res.status()}`);
	return res;
}

// Polls fn (evaluated in the page) until it returns a truthy value. Unlike
// page.waitForFunction, which evaluates a string and so is refused by the
// site's CSP (no 'unsafe-eval'), page.evaluate goes through the DevTools
// protocol and works. Rejects with `what` after `timeout` ms.
async function until(page, fn, arg, { timeout = 3000, interval = 50, what = 'condition' } = {}) {
	const end = Date.now() + timeout;
	for (;;) {
		const v = await page.evaluate(fn, arg);
		if (v) return v;
		if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, interval));
	}
}

// Resolves once no CSS transition or animation is running (Bootstrap Italia's
// menu ignores a click while its opening transition runs).
function settled(page) {
	return until(page, () => document.getAnimations().every((a) => a.playState !== 'running'),
		undefined, { what: 'the end of CSS transitions' });
}

// axe-core (WCAG 2.0/2.1 A and AA) on the page: fails on any violation of
// impact "serious" or "critical", logs the others. axe is injected as an
// inline <script>: the page's context must bypass the CSP (bypassCSP: true).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(AXE_PATH, 'utf8');
const BLOCKING = new Set(['serious', 'critical']);

function formatViolations(violations) {
	return violations.map((v) => [
		`- [${v.impact}] ${v.id}: ${v.help}`,
		`  ${v.helpUrl}`,
		...v.nodes.slice(0, 8).map((n) => `  at ${n.target.join(' ')}\n     ${(n.failureSummary || '').replace(/\n/g, '\n     ')}`),
	].join('\n')).join('\n');
}

async function axeCheck(page, label) {
	// evaluated through the DevTools protocol, which the page's CSP does not govern
	if (!await page.evaluate(() => typeof window.axe === 'object')) await page.evaluate(AXE_SOURCE);
	const result = await page.evaluate((tags) => window.axe.run(document, {
		runOnly: { type: 'tag', values: tags },
		resultTypes: ['violations'],
	}), AXE_TAGS);
	const minor = result.violations.filter((v) => !BLOCKING.has(v.impact));
	if (minor.length) console.log(`# ${label}: minor/moderate axe findings:\n${formatViolations(minor)}`);
	const blocking = result.violations.filter((v) => BLOCKING.has(v.impact));
	assert.equal(blocking.length, 0, `${label}: serious/critical axe violations:\n${formatViolations(blocking)}`);
}

// Runs fn(page, context) in a fresh context on the viewport, closed whatever happens.
async function inContext(browser, vp, extra, fn) {
	const ctx = await newContext(browser, vp, extra);
	try {
		return await fn(await ctx.newPage(), ctx);
	} finally {
		await ctx.close();
	}
}

// Clicks what LOCATOR finds and waits for the page at a path matching RE.
async function go(page, locator, re) {
	await Promise.all([page.waitForURL((u) => re.test(u.pathname), { timeout: 10000 }), locator.click()]);
	await page.waitForLoadState('load');
}

// A new staff account of ROLE (for OFFICES, named NAME) signed in on PAGE
// through /admin/login with its password and TOTP code; a code is good once:
// one account a context.
async function signInStaff(page, role, offices = [], name = undefined) {
	const acct = createStaff(role, offices, name);
	await open(page, '/admin/login');
	await page.fill('#username', acct.username);
	await page.fill('#password', acct.password);
	await page.fill('#totp', totp(acct.secret));
	await go(page, page.getByRole('button', { name: 'Accedi', exact: true }), /^\/admin$/);
	return acct;
}

function signInEditor(page, name = 'Erica Editrice') {
	return signInStaff(page, 'editor', [], name);
}

// The path and query of the page's URL, e.g. "/servizi?argomento=tributi".
function pathOf(page) {
	const u = new URL(page.url());
	return u.pathname + u.search;
}

module.exports = {
	BASE_URL, CHROMIUM, SCREENSHOTS, AXE_PATH, SITE_NAME, VIEWPORTS,
	launch, newContext, watchErrors, open, pathOf, until, settled, axeCheck, formatViolations,
	inContext, go, signInStaff, signInEditor,
};
