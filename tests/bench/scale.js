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
// Environment: BASE_URL, TEST_VAR (the stack's VAR), SCALE (cases loaded),
// SCALE_SECONDS (5), SCALE_CONN (16), SCALE_PAGES (a regular expression:
// only the pages whose name matches), SCALE_CITIZENS (200).
const { staffClient } = require('../integration/lib/staff');
const { Client, sql } = require('../integration/lib/cases');
const { citizenSessions, endCitizenSessions } = require('./citizens');

const SCALE = Number(process.env.SCALE || 12500000);
const SECONDS = Number(process.env.SCALE_SECONDS || 5);
const CONN = Number(process.env.SCALE_CONN || 16);
const GOAL = 100;

const day = (d) => d.toISOString().slice(0, 10);
const ago = (days) => day(new Date(Date.now() - days * 86400000));
const pick = (n) => 1 + Math.floor(Math.random() * n);
const code = () => `sc${String(pick(SCALE)).padStart(10, '0')}`;
const fiscal = () => `SCLCTZ${String(pick(Math.max(1, Math.floor(SCALE / 6)))).padStart(10, '0')}`;

// The ?dopo= key of page PAGE of the cases WHERE in ORDER (COL: the sort key),
// as the link of the page before gives it.
const after = (where, col, order, page) => {
	const [[at, id]] = sql(`SELECT IFNULL(LEFT(DATE_FORMAT(${col}, '%Y%m%d%H%i%s%f'), ${col === 'due_date' ? 8 : 17}), ''), id
		FROM cases WHERE status <> 'draft' AND ${where} ORDER BY ${order} LIMIT 1 OFFSET ${(page - 1) * 50 - 1}`);
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
	['pratica (a caso)', () => `/admin/pratiche/${code()}`],
	['vista 360° cittadino (a caso)', () => `/admin/cittadini?cf=${fiscal()}`],
	['cittadino: area personale (a caso)', asCitizen(() => '/area-personale')],
	['cittadino: una sua pratica (a caso)', asCitizen((who) => `/segnalazioni/${who.code}`)],
	['CSV: un mese', `/admin/cruscotto.csv?dal=${ago(30)}&al=${ago(0)}`],
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

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

// One request of URL (a path, or a function giving a path or a citizen's
// { path, cookie }) by staff client C.
function ask(c, url) {
	const u = typeof url === 'function' ? url() : url;
	return u.cookie ? new Client().get(u.path, { headers: { Cookie: u.cookie } }) : c.get(u);
}

async function measure(clients, url) {
	const times = [];
	let bad = 0;
	const until = Date.now() + SECONDS * 1000;
	await Promise.all(clients.map(async (c) => {
		do {
			const t = process.hrtime.bigint();
			const status = await ask(c, url).then((r) => r.status, () => 0);   // 0: timed out
			times.push(Number(process.hrtime.bigint() - t) / 1e6);
			if (status !== 200) bad++;
		} while (Date.now() < until);
	}));
	return { times: times.sort((a, b) => a - b), bad };
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
	for (const [label, url] of pages) {
		await Promise.all(clients.map((c) => ask(c, url).catch(() => null)));
		const { times, bad } = await measure(clients, url);
		const p50 = quantile(times, 0.5), p99 = quantile(times, 0.99);
		if (p99 > GOAL || bad) over++;
		console.log(`${label.padEnd(34)} ${String(times.length).padStart(9)} ${p50.toFixed(1).padStart(8)} ${p99.toFixed(1).padStart(8)}` +
			`${p99 > GOAL ? '  OLTRE 100 ms' : ''}${bad ? `  (${bad} non-200)` : ''}`);
	}
	console.log(over ? `${over} pagine oltre l'obiettivo (p99 <= ${GOAL} ms)` : `ogni pagina entro l'obiettivo (p99 <= ${GOAL} ms)`);
	endCitizenSessions();
})().catch((e) => { console.error(e); process.exit(1); });
