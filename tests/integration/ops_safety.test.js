'use strict';
// What the operator and the local users of the machine see of the stack:
// FastCGI sockets only the stack's own user can speak to, nginx's own errors
// (500 when it cannot take a request body, 502 when a program is away) in the
// site's Italian pages each telling its own status, a public page kept as a file
// still sent with the portal away, `make status` warning of a
// filesystem short of space, `make stop` saying what it stopped without
// waiting for what does not run.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { TEST_VAR, SITE_NAME, get, raw, waitFor } = require('./lib/http');
const { fromFile } = require('./lib/public_pages');

const ROOT = path.resolve(__dirname, '../..');
const CTL = path.join(ROOT, 'conf/ctl.sh');
const RUN = path.join(TEST_VAR, 'run');

const ctl = (args, env = {}) => execFileSync(CTL, args,
	{ env: { ...process.env, VAR: TEST_VAR, ...env }, encoding: 'utf8' });

// A static error page of nginx's: the site's look, its own status and title.
function assertStaticErrorPage(html, status, title) {
	assert.match(html, /<html lang="it">/, `${status}: an Italian page`);
	assert.match(html, /class="it-header-wrapper"/, `${status}: the site's header (SSI included)`);
	assert.match(html, /<footer class="it-footer/, `${status}: the site's footer (SSI included)`);
	assert.ok(html.includes(SITE_NAME), `${status}: the site's name`);
	assert.ok(!html.includes('<!--#'), `${status}: no SSI directive left`);
	assert.match(html, new RegExp(`class="vm-error-code"><span class="visually-hidden">Errore </span>${status}<`),
		`${status}: its own status shown`);
	for (const other of [500, 502, 503, 504].filter((s) => s !== status))
		assert.ok(!html.includes(`>${other}<`), `${status}: does not show ${other}`);
	assert.match(html, new RegExp(`<h1>${title}</h1>`), `${status}: title`);
	assert.match(html, new RegExp(`<title>${title} - ${SITE_NAME}</title>`), `${status}: <title>`);
}

describe('FastCGI sockets', () => {
	test('no socket is writable (or readable) by group or others, and every program answers', async () => {
		const socks = fs.readdirSync(RUN).filter((f) => f.endsWith('.sock'));
		assert.ok(socks.length >= 5, `the programs' sockets in ${RUN}: ${socks}`);
		for (const s of socks) {
			const st = fs.statSync(path.join(RUN, s));
			assert.ok(st.isSocket(), `${s} is a socket`);
			assert.equal(st.mode & 0o022, 0, `${s}: mode ${(st.mode & 0o777).toString(8)} lets others write`);
			assert.equal(st.mode & 0o077, 0, `${s}: mode ${(st.mode & 0o777).toString(8)}, default is 0600`);
			assert.equal(st.uid, process.getuid(), `${s}: owned by the stack's user`);
		}
		// nginx still reaches every program through them
		for (const [p, status] of [['/', 200], ['/auth/login', 200], ['/segnalazioni/nuova', 302],
			['/admin/login', 200], ['/demo-idp/sso', 400]])
			assert.equal((await get(p)).status, status, p);
	});
});

describe("nginx's own errors", () => {
	test('a program that cannot be reached: the 502 page, saying 502', async (t) => {
		// nginx connects to the socket by its path: without it, the program is away
		const sock = path.join(RUN, 'admin.sock');
		const aside = `${sock}.away`;
		fs.renameSync(sock, aside);
		t.after(() => fs.renameSync(aside, sock));
		const r = await get('/admin/login');
		assert.equal(r.status, 502);
		assert.match(r.headers.get('content-type'), /^text\/html; charset=utf-8$/);
		assertStaticErrorPage(r.text, 502, 'Servizio non raggiungibile');
	});

	test('the portal away: a page kept as a file is still sent, what it must answer gets the 502 page', async (t) => {
		// A page's location hands its misses to the portal through error_page
		// (conf/nginx.conf.in); the portal's own failure must still get the server's page.
		await get('/faq');
		assert.ok(fromFile(await get('/faq')), '/faq kept as a file');
		const sock = path.join(RUN, 'portal.sock');
		const aside = `${sock}.away`;
		fs.renameSync(sock, aside);
		t.after(() => fs.renameSync(aside, sock));
		const kept = await get('/faq');
		assert.equal(kept.status, 200);
		assert.ok(fromFile(kept), '/faq from its file without the portal');
		for (const url of ['/servizi/non-esiste', '/servizi/non-esiste/', '/cerca?q=anagrafe']) {
			const r = await get(url);
			assert.equal(r.status, 502, url);
			assertStaticErrorPage(r.text, 502, 'Servizio non raggiungibile');
		}
	});

	test('a request body nginx cannot buffer (disk full): the 500 page saying the upload was not received', async (t) => {
		// bodies over client_body_buffer_size go to a temporary file: take its directory away
		const dir = path.join(TEST_VAR, 'nginx/tmp/client_body');
		const aside = `${dir}.away`;
		fs.renameSync(dir, aside);
		t.after(() => fs.renameSync(aside, dir));
		const body = Buffer.alloc(300 * 1024, 'x');
		const r = await raw('POST', '/segnalazioni/nuova', {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
		assert.equal(r.status, 500);
		const html = r.text;
		assertStaticErrorPage(html, 500, 'Richiesta non ricevuta');
		assert.match(html, /non è arrivato/, 'says that what was sent is lost');
		assert.match(html, /riprova più tardi/, 'says to try again later');
	});

	test('503 and 504 have pages of their own, each saying its status', async () => {
		const conf = fs.readFileSync(path.join(TEST_VAR, 'nginx/nginx.conf'), 'utf8');
		const titles = { 500: 'Richiesta non ricevuta', 502: 'Servizio non raggiungibile',
			503: 'Servizio momentaneamente non disponibile', 504: 'Il servizio non ha risposto in tempo' };
		for (const [status, title] of Object.entries(titles)) {
			const uri = `/static/errori/${status}.html`;
			assert.match(conf, new RegExp(`error_page ${status} ${uri};`), `nginx sends ${status} to ${uri}`);
			const r = await get(uri);
			assert.equal(r.status, 200, uri);
			assertStaticErrorPage(r.text, Number(status), title);
		}
	});
});

describe('conf/ctl.sh', () => {
	test('status warns when the filesystem of var/ is short of space', () => {
		const low = ctl(['status'], { DISK_MIN_FREE_MB: '999999999' });
		assert.match(low, /^disk: WARNING only \d+ MB \(\d+%\) free on the filesystem of /m);
		const fine = ctl(['status'], { DISK_MIN_FREE_MB: '0', DISK_MIN_FREE_PCT: '0' });
		assert.match(fine, /^disk: \d+ MB \(\d+%\) free on the filesystem of /m);
		assert.doesNotMatch(fine, /WARNING/);
		assert.match(fine, /^portal: running \(pid \d+\)$/m);
	});

	test('stop says what it stopped, one line per component, and does not wait for the dead', async (t) => {
		// a stack of one component (a mail sink) under a VAR of its own, not
		// a child of this process (as under make run: its parent is init)
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctlstop-'));
		t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
		fs.mkdirSync(path.join(dir, 'run'));
		fs.mkdirSync(path.join(dir, 'mail'));
		const pidfile = path.join(dir, 'run/smtp-sink.pid');
		const sink = `${path.join(ROOT, 'build/bin/smtp-sink')} --listen 127.0.0.1:0 --maildir ${dir}/mail --pidfile ${pidfile}`;
		spawn('sh', ['-c', `${sink} </dev/null >/dev/null 2>&1 &`], { stdio: 'ignore' });
		await waitFor(() => fs.existsSync(pidfile) && fs.readFileSync(pidfile, 'utf8').trim(),
			{ timeout: 5000, what: 'the sink to start' });
		const pid = Number(fs.readFileSync(pidfile, 'utf8').trim());
		const started = Date.now();
		const out = ctl(['stop'], { VAR: dir });
		const ms = Date.now() - started;
		assert.match(out, new RegExp(`^smtp-sink: stopped \\(pid ${pid}\\)$`, 'm'));
		for (const name of ['nginx', 'portal', 'auth', 'cases', 'admin', 'notifier', 'mariadb'])
			assert.match(out, new RegExp(`^${name}: not running$`, 'm'), `a line for ${name}`);
		assert.ok(ms < 1500, `stop took ${ms} ms`);
		// gone, or a zombie that init has not collected yet
		let state = 'gone';
		try { state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]; } catch { /* gone */ }
		assert.ok(state === 'gone' || state === 'Z', `the sink has exited (state ${state})`);
	});
});
