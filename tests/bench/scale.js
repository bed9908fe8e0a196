'use strict';
// tests/bench/scale.js - the back office's latency at volume, for
// tests/bench/scale.sh: CONN staff sessions at once (admins, who see every
// office) ask each page for SECONDS, after one warm-up round; prints each
// page's requests, p50 and p99 in ms against the 100 ms goal. The case page
// and the 360-degree view ask for a different case (citizen) each time,
// spread over the whole volume. The slowest pages come last: a request the
// client gave up on (30 s) still holds a worker, and would slow the next page.
// Deep pages are asked as the queue's "Pagina successiva" links ask them:
// after the key of the last row of the page before (?dopo=).
// The citizen's pages (the personal area, the tracking page of one of their
// cases) are asked as CITIZENS citizens picked at random among the loaded
// ones, each request as another of them: their sessions are written in the
// database (what a SPID login leaves there; the login is not what is
// measured) and deleted at the end.
// The load is made by wrk (tests/bench/scale.lua: CONN connections, two
// threads, over a list of paths and sessions picked here beforehand), as the
// project's other benchmarks make it: this script in Node, doing the fetches
// itself, used as much CPU as the server's admin program and nginx together
// on the case page (2026-12-06: 304 ticks against 192, with mariadbd's 258),
// on the same two cores it measured; wrk in C takes a fraction of that. Each
// request carries the next session of the list (the CONN staff sessions in
// turn: wrk cannot give each connection its own); p50 and p99 are wrk's.
// The dashboard's rows and its CSVs' are measured while cases are written
// (tests/bench/dash_writer.sh, SCALE_WRITES a second, 1 by default, 0 for
// none): its answer cache holds only until a case changes, so a bench that
// writes nothing measures only its hits. Each such row says the writes done
// while it ran; DASH_CACHE=0 in scale.sh's environment measures the misses
// alone.
// Environment: BASE_URL, TEST_VAR (the stack's VAR), SCALE (cases loaded),
// SCALE_SECONDS (5), SCALE_CONN (16), SCALE_PAGES (a regular expression:
// only the pages whose name matches), SCALE_CITIZENS (200), SCALE_WRITES (1).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');
const { staffClient } = require('../integration/lib/staff');
const { Client, sql } = require('../integration/lib/cases');
const { citizenSessions, endCitizenSessions } = require('./citizens');

const SCALE = Number(process.env.SCALE || 12500000);
const SECONDS = Number(process.env.SCALE_SECONDS || 5);
const CONN = Number(process.env.SCALE_CONN || 16);
const GOAL = 100;
const WRITES = Number(process.env.SCALE_WRITES ?? 1);
const WRITTEN = /^(cruscotto|CSV)/;   // the rows measured while cases are written

const day = (d) => d.toISOString().slice(0, 10);
const ago = (days) => day(new Date(Date.now() - days * 86400000));
// Last calendar month, "dal=...&al=...": a month the writer seldom touches.
const lastMonth = (() => {
	const d = new Date();
	const ymd = (t) => `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
	return `dal=${ymd(new Date(d.getFullYear(), d.getMonth() - 1, 1))}&al=${ymd(new Date(d.getFullYear(), d.getMonth(), 0))}`;
})();
const pick = (n) => 1 + Math.floor(Math.random() * n);
const code = () => `sc${String(pick(SCALE)).padStart(10, '0')}`;
const fiscal = () => `SCLCTZ${String(pick(Math.max(1, Math.floor(SCALE / 6)))).padStart(10, '0')}`;

// The ?dopo= key of page PAGE of the cases WHERE in ORDER (COL: the sort key),
// as the link of the page before gives it.
const after = (where, col, order, page) => {
	const rows = sql(`SELECT IFNULL(LEFT(DATE_FORMAT(${col}, '%Y%m%d%H%i%s%f'), ${col === 'due_date' ? 8 : 17}), ''), id
		FROM cases WHERE status <> 'draft' AND ${where} ORDER BY ${order} LIMIT 1 OFFSET ${(page - 1) * 50 - 1}`);
	if (!rows.length) return `pagina=${page}`;   // a small SCALE has no such page: the OFFSET link
	const [[at, id]] = rows;
	return `pagina=${page}&dopo=${at}-${id}`;
};
const citizens = [];
// A page asked by a citizen picked at random: PATH(citizen).
const asCitizen = (path) => () => {
	const who = citizens[Math.floor(Math.random() * citizens.length)];
	return { path: path(who), cookie: `sid=${who.cookie}` };
};

const CATEGORY = "category_id = (SELECT id FROM case_categories WHERE slug = 'rifiuti-abbandonati') AND is_open";

const PAGES = () => [
	['coda: aperte, più recenti', '/admin/pratiche'],
	['coda: aperte, meno recenti', '/admin/pratiche?ordina=meno-recenti'],
	['coda: aperte, per scadenza', '/admin/pratiche?ordina=scadenza'],
	['coda: aperte, aggiornate', '/admin/pratiche?ordina=aggiornate'],
	['coda: tutte', '/admin/pratiche?stato=tutte'],
	['coda: tutte, per scadenza', '/admin/pratiche?stato=tutte&ordina=scadenza'],
	['coda: chiuse, aggiornate', '/admin/pratiche?stato=closed&ordina=aggiornate'],
	['coda: in attesa del cittadino', '/admin/pratiche?stato=waiting_citizen'],
	['coda: una categoria', '/admin/pratiche?categoria=rifiuti-abbandonati'],
	['coda: un ufficio', '/admin/pratiche?ufficio=urp'],
	['coda: canale social', '/admin/pratiche?canale=social'],
	['coda: scadute', '/admin/pratiche?scadute=1'],
	['coda: categoria, per scadenza', '/admin/pratiche?categoria=rifiuti-abbandonati&ordina=scadenza'],
	['coda: categoria, aggiornate', '/admin/pratiche?categoria=rifiuti-abbandonati&ordina=aggiornate'],
	['coda: ufficio, meno recenti', '/admin/pratiche?ufficio=urp&ordina=meno-recenti'],
	['coda: canale social, per scadenza', '/admin/pratiche?canale=social&ordina=scadenza'],
	['coda: scadute, per scadenza', '/admin/pratiche?scadute=1&ordina=scadenza'],
	['coda: tutte, pagina 100', `/admin/pratiche?stato=tutte&${after('TRUE', 'submitted_at', 'submitted_at DESC, id DESC', 100)}`],
	['coda: tutte, per scadenza, pagina 100',
		`/admin/pratiche?stato=tutte&ordina=scadenza&${after('TRUE', 'due_date', 'due_date, id', 100)}`],
	['coda: categoria, pagina 20',
		`/admin/pratiche?categoria=rifiuti-abbandonati&${after(CATEGORY, 'submitted_at', 'submitted_at DESC, id DESC', 20)}`],
	['coda: tutte, pagina 100 (OFFSET)', '/admin/pratiche?stato=tutte&pagina=100'],
	['coda: tutte, aggiornate, pagina 100 (OFFSET)', '/admin/pratiche?stato=tutte&ordina=aggiornate&pagina=100'],
	['coda: aperte, per scadenza, pagina 100 (OFFSET)', '/admin/pratiche?ordina=scadenza&pagina=100'],
	['coda: categoria, pagina 20 (OFFSET)', '/admin/pratiche?categoria=rifiuti-abbandonati&pagina=20'],
	['pratica (a caso)', () => `/admin/pratiche/${code()}`],
	['vista 360° cittadino (a caso)', () => `/admin/cittadini?cf=${fiscal()}`],
	['cittadino: area personale (a caso)', asCitizen(() => '/area-personale')],
	['cittadino: una sua pratica (a caso)', asCitizen((who) => `/segnalazioni/${who.code}`)],
	['CSV: un mese', `/admin/cruscotto.csv?dal=${ago(30)}&al=${ago(0)}`],
	['CSV: il mese scorso', `/admin/cruscotto.csv?${lastMonth}`],
	['CSV: un mese, parte 2', `/admin/cruscotto.csv?dal=${ago(30)}&al=${ago(0)}&dopo=${ago(15).replace(/-/g, '')}000000000000-${SCALE}`],
	['CSV voce: cinque anni', `/admin/cruscotto.csv?dal=${ago(5 * 365 + 2)}&al=${ago(0)}&tabella=voce`],
	['CSV appuntamenti: un anno', `/admin/cruscotto.csv?dal=${ago(365)}&al=${ago(0)}&dati=appuntamenti`],
	['cruscotto: un mese', `/admin/cruscotto?dal=${ago(30)}&al=${ago(0)}`],
	['cruscotto: un mese, canale social', `/admin/cruscotto?dal=${ago(30)}&al=${ago(0)}&canale=social`],
	['cruscotto: un anno', `/admin/cruscotto?dal=${ago(365)}&al=${ago(0)}`],
	['cruscotto: un anno, una categoria', `/admin/cruscotto?dal=${ago(365)}&al=${ago(0)}&categoria=rifiuti-abbandonati`],
	['cruscotto: cinque anni', `/admin/cruscotto?dal=${ago(5 * 365 + 2)}&al=${ago(0)}`],
	['cruscotto: cinque anni, un ufficio', `/admin/cruscotto?dal=${ago(5 * 365 + 2)}&al=${ago(0)}&ufficio=urp`],
];

const BASE = process.env.BASE_URL;
const LIST = 20000;   // random paths a page's list holds: more than a page's requests
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));

// The list file of URL (a path, or a function giving a path or a citizen's
// { path, cookie }) for wrk: "path<TAB>cookie" lines, the staff COOKIES in turn.
function list(url, cookies) {
	const lines = [];
	for (let i = 0; i < (typeof url === 'function' ? LIST : cookies.length); i++) {
		const u = typeof url === 'function' ? url() : url;
		lines.push(u.cookie ? `${u.path}\t${u.cookie}` : `${u}\t${cookies[i % cookies.length]}`);
	}
	const file = path.join(dir, 'list.txt');
	fs.writeFileSync(file, `${lines.join('\n')}\n`);
	return file;
}

// wrk over FILE for SECS seconds: { requests, p50, p99, bad }. The requests
// still unanswered when the time is up are not in wrk's figures (CONN at
// most); the next page's warm-up waits for them in the server's queue.
function wrk(file, secs) {
	const out = execFileSync('wrk', [`-t${Math.min(2, CONN)}`, `-c${CONN}`, `-d${secs}s`, '--timeout', '30s',
		'-s', path.join(__dirname, 'scale.lua'), BASE, '--', file], { encoding: 'utf8' });
	const [requests, p50, p99, bad] = out.match(/^SCALE (.*)$/m)[1].split(' ').map(Number);
	return { requests, p50, p99, bad };
}

// The back office's case writes (dash_writer.sh) while FN runs: FN's
// result, and the writes done.
function writing(fn) {
	const since = sql('SELECT NOW(3)')[0][0];
	const sock = path.join(process.env.TEST_VAR, 'db/run/mysqld.sock');
	const w = spawn(path.join(__dirname, 'dash_writer.sh'), [sock, String(WRITES)],
		{ detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
	try {
		return { ...fn(), writes: Number(sql(`SELECT COUNT(*) FROM case_events
			WHERE author_name = 'Banco di prova' AND at >= '${since}'`)[0][0]) };
	} finally {
		process.kill(-w.pid);
	}
}

// The warm-up: the first CONN lines of FILE at once, each waited for (wrk
// would leave the slow pages' requests running into the measure).
function warm(file) {
	const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(0, CONN);
	return Promise.all(lines.map((l) => {
		const [p, cookie] = l.split('\t');
		return new Client().get(p, { headers: { Cookie: cookie } }).catch(() => null);
	}));
}

(async () => {
	const clients = [];
	for (let i = 0; i < CONN; i++) clients.push(await staffClient('admin'));
	console.log(`${'pagina'.padEnd(34)} ${'richieste'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  (${CONN} sessioni, ${SECONDS} s)`);
	let over = 0;
	const only = new RegExp(process.env.SCALE_PAGES || '');
	const pages = PAGES().filter(([label]) => only.test(label));
	if (pages.some(([label]) => label.startsWith('cittadino:')))
		citizens.push(...citizenSessions(Number(process.env.SCALE_CITIZENS || 200), fiscal));
	const cookies = clients.map((c) => c.cookieHeader());
	for (const [label, url] of pages) {
		const file = list(url, cookies);
		await warm(file);
		const write = WRITES > 0 && WRITTEN.test(label);
		const { requests, p50, p99, bad, writes } = write ? writing(() => wrk(file, SECONDS)) : wrk(file, SECONDS);
		const late = p99 > GOAL || !requests;   // none answered in SECONDS: wrk has no latency
		if (late || bad) over++;
		console.log(`${label.padEnd(34)} ${String(requests).padStart(9)} ${p50.toFixed(1).padStart(8)} ${p99.toFixed(1).padStart(8)}` +
			`${late ? '  OLTRE 100 ms' : ''}${bad ? `  (${bad} non-200)` : ''}${write ? `  (${writes} scritture)` : ''}`);
	}
	console.log(!pages.length ? `nessuna pagina misurata (SCALE_PAGES: ${only})`
		: over ? `${over} pagine oltre l'obiettivo (p99 <= ${GOAL} ms)`
			: `ogni pagina (${pages.length}) entro l'obiettivo (p99 <= ${GOAL} ms)`);
	endCitizenSessions();
	fs.rmSync(dir, { recursive: true });
})().catch((e) => { console.error(e); process.exit(1); });
