'use strict';
// tests/bench/cpu.js - where one back-office request's CPU goes: one staff
// session asks each page N times, one after the other, and the CPU time
// (user + system, from /proc/PID/stat) that nginx's workers, the admin
// program's workers and mariadbd's threads serving the admin program's
// connections (PROCESSLIST's TID: not its background threads, purge and
// flushing, whose bursts would blur the figure) used meanwhile is divided
// by N. Prints ms of CPU per request for each and their sum. Other load on
// the box barely moves these figures (unlike latency): they are the cost of
// the request.
// The citizen's pages (personal area, tracking page) are served by the
// cases program: its workers and its connections are measured for them,
// asked as citizens picked at random among the loaded ones (with SCALE only;
// tests/bench/citizens.js).
// Environment: BASE_URL, TEST_VAR (the stack's VAR), CPU_N (300 requests a
// page), CPU_PAGES (a regular expression over the page names), SCALE (the
// cases loaded: picks the case page's and 360° view's random codes; 0 for
// the demo data).
const fs = require('node:fs');
const path = require('node:path');
const { staffClient } = require('../integration/lib/staff');
const { TEST_VAR } = require('../integration/lib/http');
const { Client, sql } = require('../integration/lib/cases');
const { citizenSessions, endCitizenSessions } = require('./citizens');

const N = Number(process.env.CPU_N || 300);
const SCALE = Number(process.env.SCALE || 0);
const HZ = 100;   // USER_HZ: the unit of /proc/PID/stat's utime and stime

const ago = (days) => new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
const pick = (n) => 1 + Math.floor(Math.random() * n);
const code = () => `sc${String(pick(SCALE)).padStart(10, '0')}`;
const fiscal = () => `SCLCTZ${String(pick(Math.max(1, Math.floor(SCALE / 6)))).padStart(10, '0')}`;

const PAGES = [
	['coda: aperte', '/admin/pratiche'],
	['coda: categoria', '/admin/pratiche?categoria=rifiuti-abbandonati'],
	['coda: tutte, per scadenza', '/admin/pratiche?stato=tutte&ordina=scadenza'],
	['pratica', SCALE ? () => `/admin/pratiche/${code()}` : '/admin/pratiche/1'],
	['vista 360°', SCALE ? () => `/admin/cittadini?cf=${fiscal()}` : '/admin/cittadini?cf=RSSMRA80A01H501U'],
	['home', '/admin'],
	['cittadino: area personale', (who) => ({ path: '/area-personale', who }), 'cases'],
	['cittadino: una sua pratica', (who) => ({ path: `/segnalazioni/${who.code}`, who }), 'cases'],
	['CSV: un mese', `/admin/cruscotto.csv?dal=${ago(30)}&al=${ago(0)}`],
	['CSV voce: cinque anni', `/admin/cruscotto.csv?dal=${ago(5 * 365 + 2)}&al=${ago(0)}&tabella=voce`],
	['cruscotto: un mese', `/admin/cruscotto?dal=${ago(30)}&al=${ago(0)}`],
	['cruscotto: un mese, social', `/admin/cruscotto?dal=${ago(30)}&al=${ago(0)}&canale=social`],
	['cruscotto: un anno', `/admin/cruscotto?dal=${ago(365)}&al=${ago(0)}`],
	['cruscotto: un anno, categoria', `/admin/cruscotto?dal=${ago(365)}&al=${ago(0)}&categoria=rifiuti-abbandonati`],
	['cruscotto: cinque anni', `/admin/cruscotto?dal=${ago(5 * 365 + 2)}&al=${ago(0)}`],
	['cruscotto: cinque anni, ufficio', `/admin/cruscotto?dal=${ago(5 * 365 + 2)}&al=${ago(0)}&ufficio=urp`],
];

const pidOf = (file) => Number(fs.readFileSync(path.join(TEST_VAR, file), 'utf8').trim());
const children = (pid) => {
	try {
		return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch { return []; }
};
const ticks = (pids) => pids.reduce((t, p) => {
	try {
		const f = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
		return t + Number(f[11]) + Number(f[12]);   // utime, stime (fields 14 and 15)
	} catch { return t; }
}, 0);
// PROG: the program that serves the page (admin, cases), and its MariaDB account.
const groups = (prog) => ({
	nginx: children(pidOf('nginx/nginx.pid')),
	[prog]: [pidOf(`run/${prog}.pid`), ...children(pidOf(`run/${prog}.pid`))],
	mariadbd: sql(`SELECT tid FROM information_schema.processlist WHERE user = 'portale_${prog}'`)
		.map(([tid]) => `${pidOf('db/run/mysqld.pid')}/task/${tid}`),
});

(async () => {
	const c = await staffClient('admin');
	const only = new RegExp(process.env.CPU_PAGES || '');
	// the citizen's pages need loaded citizens (SCALE)
	const pages = PAGES.filter(([l, , prog]) => only.test(l) && (prog !== 'cases' || SCALE));
	const citizens = pages.some(([, , prog]) => prog === 'cases') ? citizenSessions(200, fiscal) : [];
	console.log(`${'pagina'.padEnd(28)} ${'nginx'.padStart(7)} ${'program'.padStart(7)} ${'mariadb'.padStart(7)} ${'totale'.padStart(7)}  (ms di CPU a richiesta, ${N} richieste)`);
	for (const [label, url, prog = 'admin'] of pages) {
		const get = () => {
			const u = typeof url === 'function' ? url(citizens[Math.floor(Math.random() * citizens.length)]) : url;
			return u.who ? new Client().get(u.path, { headers: { Cookie: `sid=${u.who.cookie}` } }) : c.get(u);
		};
		for (let i = 0; i < 20; i++) await get();   // every worker warm
		const g = groups(prog);
		const before = Object.fromEntries(Object.entries(g).map(([k, p]) => [k, ticks(p)]));
		for (let i = 0; i < N; i++) {
			const r = await get();
			if (r.status !== 200) throw new Error(`${label}: ${r.status}`);
		}
		const ms = Object.fromEntries(Object.entries(g).map(([k, p]) => [k, (ticks(p) - before[k]) * 1000 / HZ / N]));
		const total = ms.nginx + ms[prog] + ms.mariadbd;
		console.log(`${label.padEnd(28)} ${ms.nginx.toFixed(2).padStart(7)} ${ms[prog].toFixed(2).padStart(7)} ${ms.mariadbd.toFixed(2).padStart(7)} ${total.toFixed(2).padStart(7)}`);
	}
	if (citizens.length) endCitizenSessions();
})().catch((e) => { console.error(e); process.exit(1); });
