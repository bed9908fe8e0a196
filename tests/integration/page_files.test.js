'use strict';
// The public pages as files (README "Public pages as files", cgi-bin/core/page_files.h):
//  - every page type the portal marks R_CACHE, once rendered, comes from a file nginx
//    sends itself: X-Page-Source: file, a header only nginx's file locations set, so the
//    answer did not cross FastCGI; the same bytes as the portal's, its headers;
//  - a query, another method, a 404, the visitor's own pages stay with the programs;
//  - the portal's first answer carries the validators nginx will give the file
//    (Last-Modified, the mtime-size ETag), so revalidating it gets a 304 from the file;
//  - signed in (citizen or staff), the same bytes, no Set-Cookie, nothing of the person,
//    also when the signed-in visitor is the one whose request made the file;
//  - a publish, an edit, a restore and an unpublish in the back office are on the very
//    next request, here and on a second application stack (its own nginx and programs
//    on the same MariaDB and the same pages' directory, conf/ctl.sh app-start).
//
// Environment: BASE_URL, TEST_VAR, TEST_PORT, as lib/http.js (DEMO_IDP=1).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const { get, h1Of, TEST_VAR, PORT } = require('./lib/http');
const { staffClient, staffPost } = require('./lib/staff');
const { CITIZENS, loggedIn, sql, q, errorsOf } = require('./lib/cases');
const { cachedRoutes, onePerRoute, fromFile } = require('./lib/public_pages');

const ROOT = path.resolve(__dirname, '../..');
const RUN = `${process.pid % 10000}${Date.now() % 100000}`;
const SLUG = `prova-pf-${RUN}`;

function ctl(cmd, env) {
	return execFileSync(path.join(ROOT, 'conf/ctl.sh'), [cmd], {
		env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
	});
}
const flush = () => ctl('pages-flush', { VAR: TEST_VAR });

describe('public pages served as files', () => {
	let pages;
	before(async () => {
		flush();
		pages = await onePerRoute();
	});

	test('every page type the same for every visitor comes from a file after its first view', async () => {
		const routes = cachedRoutes();
		assert.ok(routes.length >= 35, `the portal lists ${routes.length} cached routes`);
		assert.deepEqual(routes.filter((r) => !pages.has(r)), [], 'a URL found for every route');
		for (const [route, url] of pages) {
			const first = await get(url);
			assert.equal(first.status, 200, url);
			const again = await get(url);
			assert.ok(fromFile(again), `${route}: ${url} sent from its file`);
			assert.equal(again.status, 200);
			assert.equal(again.text, first.text, `${url}: the portal's bytes`);
			assert.equal(again.headers.get('content-type'), 'text/html; charset=utf-8');
			assert.equal(again.headers.get('cache-control'), 'no-cache');
			assert.match(again.headers.get('content-security-policy') || '', /default-src 'self'/);
			assert.equal(again.headers.get('x-frame-options'), 'DENY');
			assert.equal(again.headers.get('x-page-file'), null, 'where it was kept stays inside');
			const cond = await get(url, { headers: { 'If-None-Match': again.headers.get('etag') } });
			assert.equal(cond.status, 304, `${url}: revalidates with its ETag`);
		}
	});

	test('a query, another method, an error and the visitor\'s own pages stay with the programs', async () => {
		for (const url of ['/cerca?q=anagrafe', '/servizi?argomento=anagrafe-e-stato-civile', '/servizi/non-esiste',
			'/segnalazioni/nuova', '/area-personale', '/auth/login']) {
			for (let i = 0; i < 2; i++)
				assert.ok(!fromFile(await get(url)), `${url} is not a file`);
		}
		const post = await get('/servizi', { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
		assert.equal(post.status, 405);
		assert.ok(!fromFile(post));
		const dir = path.join(TEST_VAR, 'pages/live');
		const names = fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d), { recursive: true }));
		assert.ok(names.length > 0 && !names.some((n) => /non-esiste|area-personale|segnalazioni|auth/.test(n)), names.join(' '));
	});

	test('signed in, a citizen and staff get the same bytes, no cookie, nothing personal', async () => {
		const citizen = await loggedIn(0);
		const staff = await staffClient('editor');
		const who = CITIZENS[0];
		flush();   // the signed-in citizen's own requests make the files
		const anon = new Map();
		for (const client of [citizen, staff]) {
			for (const [, url] of pages) {
				const r = await client.get(url);
				assert.equal(r.status, 200, url);
				assert.equal(r.headers.get('set-cookie'), null, `${url}: no Set-Cookie`);
				for (const s of [who.familyName, who.fiscalCode, who.email, citizen.sid, citizen.csrf, staff.csrf, staff.account.username])
					assert.ok(!r.text.includes(s), `${url} carries ${s}`);
				if (!anon.has(url)) {
					const a = await get(url);
					assert.ok(fromFile(a), `${url}: the file the signed-in request made`);
					anon.set(url, a.text);
				}
				assert.equal(r.text, anon.get(url), `${url}: the anonymous bytes`);
			}
		}
		assert.ok(citizen.sid && (await citizen.get('/area-personale')).text.includes(who.familyName), 'still signed in');
	});

	test('the first answer, rendered by the portal, revalidates against the file nginx kept: 304', async () => {
		flush();
		for (const url of ['/faq', '/servizi/certificato-anagrafico', '/']) {
			const first = await get(url);
			assert.equal(first.status, 200, url);
			assert.ok(!fromFile(first), `${url}: rendered by the portal`);
			const etag = first.headers.get('etag'), lm = first.headers.get('last-modified');
			assert.match(etag || '', /^(W\/)?"[0-9a-f]+-[0-9a-f]+"$/, `${url}: the ETag nginx gives a file`);
			assert.ok(lm && !Number.isNaN(Date.parse(lm)), `${url}: Last-Modified ${lm}`);
			const byTag = await get(url, { headers: { 'If-None-Match': etag } });
			assert.ok(fromFile(byTag), `${url}: kept as a file`);
			assert.equal(byTag.status, 304, `${url}: If-None-Match of the portal's answer`);
			const strong = (t) => (t || '').replace(/^W\//, '');   // weak when nginx compressed it
			assert.equal(strong(byTag.headers.get('etag')), strong(etag), `${url}: the file's ETag is the portal's`);
			const byDate = await get(url, { headers: { 'If-Modified-Since': lm } });
			assert.equal(byDate.status, 304, `${url}: If-Modified-Since of the portal's answer`);
			const other = await get(url, { headers: { 'If-None-Match': '"0-1"' } });
			assert.equal(other.status, 200, `${url}: another ETag gets the page`);
			assert.equal(other.text, first.text, `${url}: the same bytes`);
		}
	});
});

// A second application machine: its own nginx and programs (VAR b) on the first's
// MariaDB (DB_VAR) and pages' directory, on TEST_PORT + 40.
describe('publish, edit, restore, unpublish: at once, on two stacks', () => {
	const B_PORT = PORT + 40;
	const B = { VAR: path.join(TEST_VAR, 'b'), DB_VAR: TEST_VAR, PAGES_DIR: path.join(TEST_VAR, 'pages'),
		PORT: String(B_PORT), WORKERS: '2', DEMO_IDP: '0', BASE_URL: `http://127.0.0.1:${B_PORT}` };
	const getB = (url) => fetch(`http://127.0.0.1:${B_PORT}${url}`, { redirect: 'manual' })
		.then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() }));
	const both = async (url) => [await get(url), await getB(url)];
	const portal = `/novita/${SLUG}`;
	let editor;

	before(async () => {
		ctl('app-start', B);
		editor = await staffClient('editor');
	});
	after(() => {
		ctl('stop', B);
		sql(`DELETE FROM news WHERE slug = ${q(SLUG)}`);
	});

	const fields = (extra) => ({
		title: `Notizia file ${RUN}`, slug: SLUG, news_type: 'avviso', summary: 'Dai test delle pagine come file.',
		published_at: new Date(Date.now() - 60000).toISOString().slice(0, 16).replace('T', ' '),
		body: 'Testo.', image: '', image_alt: '', image_caption: '', office_id: '1', topics: ['1'], ...extra,
	});
	// Both stacks, each twice: the first answer may be the render, the second is the file.
	async function everywhere(url, check) {
		for (let i = 0; i < 2; i++)
			for (const r of await both(url)) check(r);
		for (const r of await both(url)) assert.ok(r.status !== 200 || fromFile(r), `${url} from a file`);
	}
	const save = async (url, extra) => {
		const r = await staffPost(editor, url, fields(extra));
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		return r;
	};

	test('the second stack answers from the shared files', async () => {
		const home = await getB('/');
		assert.equal(home.status, 200);
		assert.ok(fromFile(await getB('/')));
	});

	test('published, edited, restored and unpublished: the next request on either stack says so', async () => {
		const warm = async () => { await everywhere('/novita/avvisi', () => {}); await everywhere('/', () => {}); };
		await warm();
		const r = await save('/admin/notizie/nuovo', { published: '1' });
		const id = /^\/admin\/notizie\/(\d+)/.exec(r.location)[1];
		await everywhere(portal, (p) => { assert.equal(p.status, 200); assert.equal(h1Of(p.text), `Notizia file ${RUN}`); });
		for (const [a, b] of [await both('/novita/avvisi')])
			assert.ok(a.text.includes(`href="${portal}"`) && b.text.includes(`href="${portal}"`), 'in the list on both');

		await warm();
		await save(`/admin/notizie/${id}`, { published: '1', title: `Notizia file ${RUN} (modificata)` });
		await everywhere(portal, (p) => assert.equal(h1Of(p.text), `Notizia file ${RUN} (modificata)`));
		for (const p of await both('/novita/avvisi')) assert.ok(p.text.includes('(modificata)'), 'the list too');

		const revs = sql(`SELECT id FROM content_revisions WHERE kind = 'news' AND ref_id = ${id} ORDER BY id`).map((x) => x[0]);
		const back = await staffPost(editor, `/admin/notizie/${id}/revisioni/${revs[0]}`, {});
		assert.equal(back.status, 303);
		await everywhere(portal, (p) => assert.equal(h1Of(p.text), `Notizia file ${RUN}`, 'restored'));

		await warm();
		await save(`/admin/notizie/${id}`, {});
		await everywhere(portal, (p) => assert.equal(p.status, 404, 'unpublished'));
		for (const p of await both('/novita/avvisi')) assert.ok(!p.text.includes(`href="${portal}"`), 'gone from the list');
		for (const p of await both('/')) assert.ok(!p.text.includes(`href="${portal}"`), 'gone from the home');
	});

	test('a write that changes no public content keeps the files', async () => {
		await getB('/faq');
		assert.ok(fromFile(await getB('/faq')));
		const r = await staffPost(editor, '/admin/notizie/nuovo', fields({ title: '' }));
		assert.equal(r.status, 422, 'a form with errors stores nothing');
		await staffClient('operator', ['ufficio-anagrafe']);   // a sign-in: a write that succeeds
		assert.ok(fromFile(await getB('/faq')), 'still the file');
	});
});
