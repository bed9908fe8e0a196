'use strict';
// The managers' dashboard (/admin/cruscotto) and its CSV, over HTTP against
// the running stack. A known set of cases is built in a window of its own
// (the first half of 2019: no other test files cases then): eight cases filed
// by citizens through the site, then given categories, offices, channels,
// statuses, dates, staff events and reopenings as root, plus a draft. The
// page must show exactly their numbers: volumes by category, office, channel
// and month (tables and SVG charts), open and closed, the two medians, the
// overdue list, the reopen rate; the filters narrow them; the CSV holds the
// same cases (RFC 4180, formula cells defused); bad filters answer 400; only
// managers and admins get in.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf, decodeEntities, assertSitePage, assertErrorPage } = require('./lib/http');
const { Client, loggedIn, sql, sqlValue, q, codeDisplay, inputValue } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const FROM = '2019-01-01';
const TO = '2019-06-30';
const WINDOW = `dal=${FROM}&al=${TO}`;
const ODD = 'Prova <b>"escaping"</b> & co';   // the name of a category made for this test

// The cases of the window. due: a date, or null for 30 days from today (not
// overdue). events: [at, kind, status, author]. `first` and `closure` are the
// hours each contributes to the medians (checked against the events below).
const CASES = [
	{ n: 1, category: 'strade-e-marciapiedi', type: 'segnalazione', office: 'polizia-locale', channel: 'web',
		status: 'closed', submitted: '2019-01-10 09:00', due: '2019-01-25', closed: '2019-01-12 09:00',
		title: 'Buca "grande", via Roma',
		events: [['2019-01-10 11:00', 'status', 'in_charge', 'staff'], ['2019-01-12 09:00', 'status', 'closed', 'staff']] },
	{ n: 2, category: 'strade-e-marciapiedi', type: 'segnalazione', office: 'polizia-locale', channel: 'telefono',
		status: 'closed', submitted: '2019-02-05 08:00', due: '2019-02-20', closed: '2019-02-09 08:00',
		title: 'Marciapiede rotto\nsu due righe',
		events: [['2019-02-05 07:00', 'message', '', 'staff'],   // before the filing: not a response
			['2019-02-05 14:00', 'message', '', 'staff'], ['2019-02-07 10:00', 'status', 'closed', 'staff'],
			['2019-02-08 10:00', 'status', 'reopened', 'staff'], ['2019-02-09 08:00', 'status', 'closed', 'staff']] },
	{ n: 3, category: 'illuminazione-pubblica', type: 'segnalazione', office: 'polizia-locale', channel: 'sportello',
		status: 'in_progress', submitted: '2019-02-20 10:00', due: '2019-03-02', closed: null,
		title: '-Lampione spento',
		events: [['2019-02-20 10:30', 'status', 'received', 'system'], ['2019-02-21 10:00', 'status', 'in_charge', 'staff'],
			['2019-02-25 10:00', 'status', 'closed', 'staff'], ['2019-02-26 10:00', 'status', 'reopened', 'citizen']] },
	{ n: 4, category: 'disservizio-ufficio', type: 'reclamo', office: 'ufficio-anagrafe', channel: 'email',
		status: 'received', submitted: '2019-03-15 12:00', due: null, closed: null,
		title: '=SOMMA(1+1)', events: [] },
	{ n: 5, category: 'disservizio-ufficio', type: 'reclamo', office: 'ufficio-anagrafe', channel: 'web',
		status: 'rejected', submitted: '2019-04-02 09:00', due: '2019-05-02', closed: '2019-04-12 09:00',
		title: '+39 attesa allo sportello',
		events: [['2019-04-03 09:00', 'status', 'in_charge', 'staff'], ['2019-04-12 09:00', 'status', 'rejected', 'staff']] },
	{ n: 6, category: 'prova-cruscotto', type: 'segnalazione', office: 'polizia-locale', channel: 'web',
		status: 'withdrawn', submitted: '2019-04-20 10:00', due: '2019-04-30', closed: '2019-04-20 12:00',
		title: '@utente ritira la segnalazione', events: [['2019-04-20 12:00', 'status', 'withdrawn', 'citizen']] },
	{ n: 7, category: 'verde-pubblico', type: 'segnalazione', office: 'polizia-locale', channel: 'social',
		status: 'waiting_citizen', submitted: '2019-06-30 23:00', due: '2019-07-20', closed: null,
		title: '<script>alert(1)</script> erba alta',
		events: [['2019-06-30 23:10', 'note', '', 'staff'], ['2019-06-30 23:30', 'message', '', 'citizen'],
			['2019-07-01 03:00', 'message', '', 'staff']] },
	// the day after the window
	{ n: 8, category: 'strade-e-marciapiedi', type: 'segnalazione', office: 'polizia-locale', channel: 'web',
		status: 'received', submitted: '2019-07-01 00:00', due: null, closed: null, title: 'Fuori periodo', events: [] },
];
const byN = (n) => CASES.find((c) => c.n === n);

const TYPE = { segnalazione: 'Segnalazione', reclamo: 'Reclamo' };
const STATUS = {
	received: 'Ricevuta', in_progress: 'In lavorazione', waiting_citizen: 'In attesa del cittadino',
	closed: 'Chiusa', rejected: 'Respinta', withdrawn: 'Ritirata',
};
const CHANNEL = { web: 'Online', telefono: 'Telefono', sportello: 'Sportello', email: 'E-mail', social: 'Social media' };
const CATEGORY = {
	'strade-e-marciapiedi': 'Strade e marciapiedi', 'illuminazione-pubblica': 'Illuminazione pubblica',
	'disservizio-ufficio': 'Disservizio di un ufficio', 'verde-pubblico': 'Verde pubblico', 'prova-cruscotto': ODD,
};
const OFFICE = { 'polizia-locale': 'Polizia locale', 'ufficio-anagrafe': 'Ufficio Anagrafe' };

/* ---------------------------------------------------------------- fixture */

// Earlier runs leave their cases in the window: they go, with their events.
function clearWindow() {
	sql(`DELETE FROM cases WHERE submitted_at >= '2019-01-01' AND submitted_at < '2020-01-01'`);
	sql(`INSERT IGNORE INTO case_categories (slug, case_type, name, description, office_id, max_days, active, position)
		SELECT 'prova-cruscotto', 'segnalazione', ${q(ODD)}, 'Solo per i test del cruscotto.', id, 10, FALSE, 99
		FROM offices WHERE slug = 'polizia-locale'`);
}

function shape(c) {
	// events written here, not by the programs: case_flags_rebuild (sql/210) sets
	// the case's first response and reopened flag as the stores do
	const id = sqlValue(`SELECT id FROM cases WHERE code = ${q(c.code)}`);
	const due = c.due ? q(c.due) : 'CURDATE() + INTERVAL 30 DAY';
	const statements = [
		`UPDATE cases SET case_type = ${q(c.type)},
			category_id = (SELECT id FROM case_categories WHERE slug = ${q(c.category)}),
			office_id = (SELECT id FROM offices WHERE slug = ${q(c.office)}), channel = ${q(c.channel)},
			status = ${q(c.status)}, title = ${q(c.title)}, submitted_at = ${q(c.submitted)},
			due_date = ${due}, closed_at = ${c.closed ? q(c.closed) : 'NULL'} WHERE code = ${q(c.code)}`,
		...c.events.map(([at, kind, status, author]) => `INSERT INTO case_events (case_id, at, kind, status, author, body)
			VALUES (${id}, ${q(at)}, ${q(kind)}, ${q(status)}, ${q(author)}, 'evento di prova')`),
		`CALL case_flags_rebuild(${id})`,
	];
	sql(statements.join(';\n'));
	c.protocol = sqlValue(`SELECT CONCAT(protocol_year, '/', LPAD(protocol_number, 7, '0')) FROM cases WHERE code = ${q(c.code)}`);
	c.dueDate = sqlValue(`SELECT DATE_FORMAT(due_date, '%Y-%m-%d') FROM cases WHERE code = ${q(c.code)}`);
}

async function buildCases() {
	clearWindow();
	const citizens = [await loggedIn(0), await loggedIn(1)];
	for (const c of CASES) {
		c.code = (await citizens[c.n % 2].fileCase({ titolo: `Caso ${c.n} del cruscotto` })).code;
		shape(c);
	}
	// a draft dated inside the window never counts
	const { code } = await citizens[0].newDraft();
	sql(`UPDATE cases SET submitted_at = '2019-03-01 10:00', channel = 'web' WHERE code = ${q(code)}`);
}

/* ---------------------------------------------------------------- reading */

function kpi(html, id) {
	const m = new RegExp(`<dd id="kpi-${id}">([\\s\\S]*?)</dd>`).exec(html);
	assert.ok(m, `no KPI ${id}`);
	const note = /<span class="vm-kpi-note">([\s\S]*?)<\/span>/.exec(m[1]);
	return { value: textOf(m[1].replace(/<span class="vm-kpi-note">[\s\S]*?<\/span>/, '')), note: note ? textOf(note[1]) : '' };
}

function kpis(html) {
	const ids = ['totale', 'aperte', 'chiuse', 'ritirate', 'ritardo', 'prima-risposta', 'chiusura', 'riaperture'];
	return Object.fromEntries(ids.map((id) => [id, kpi(html, id).value]));
}

// The body rows of table ID as arrays of cell texts (null if no such table).
function tableRows(html, id) {
	const m = new RegExp(`<table[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
	if (!m) return null;
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(m[1]);
	return [...body[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
		.map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1])));
}

function svgOf(html, id) {
	const m = new RegExp(`<svg [^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</svg>`).exec(html);
	assert.ok(m, `no chart ${id}`);
	return m[0];
}

const attrs = (s, tag) => [...s.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))]
	.map((m) => Object.fromEntries([...m[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], decodeEntities(a[2])])));

// RFC 4180: CRLF line ends, quoted cells with doubled quotes. Strict: a
// quote inside an unquoted cell or a bare LF between rows is an error.
function parseCsv(text) {
	const rows = [];
	let row = [];
	let i = 0;
	while (i < text.length) {
		let cell = '';
		if (text[i] === '"') {
			for (i++; ; i++) {
				assert.ok(i < text.length, 'CSV: unterminated quoted cell');
				if (text[i] === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (text[i] === '"') { i++; break; } else cell += text[i];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				assert.notEqual(text[i], '"', 'CSV: quote in an unquoted cell');
				assert.notEqual(text[i], '\n', 'CSV: bare LF');
				cell += text[i++];
			}
		}
		row.push(cell);
		if (text[i] === ',') { i++; continue; }
		assert.equal(text.slice(i, i + 2), '\r\n', `CSV: expected CRLF at ${i}`);
		i += 2;
		rows.push(row);
		row = [];
	}
	return rows;
}

const CSV_HEAD = ['codice', 'protocollo', 'tipo', 'titolo', 'categoria', 'ufficio', 'canale', 'stato', 'presentata',
	'scadenza', 'chiusa', 'in_ritardo'];

// The CSV row of a case, as the dashboard must write it.
function csvRow(c) {
	const overdue = ['received', 'in_progress', 'waiting_citizen'].includes(c.status) && c.due && c.due < today();
	const defuse = (s) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
	return [codeDisplay(c.code), c.protocol, TYPE[c.type], defuse(c.title), CATEGORY[c.category], OFFICE[c.office],
		CHANNEL[c.channel], STATUS[c.status], c.submitted, c.dueDate, c.closed || '', overdue ? 'sì' : 'no'];
}

function today() {
	return sqlValue('SELECT CURDATE()');
}

async function csvOf(client, query) {
	const r = await client.get(`/admin/cruscotto.csv?${query}`);
	assert.equal(r.status, 200, `CSV ${query}: ${r.status}`);
	assert.equal(r.headers.get('content-type'), 'text/csv; charset=utf-8');
	assert.deepEqual([...r.buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV: UTF-8 BOM');
	const rows = parseCsv(r.buf.subarray(3).toString('utf8'));
	assert.deepEqual(rows[0], CSV_HEAD);
	return { r, rows: rows.slice(1) };
}

// The case list of the page: the displayed codes, in order.
const listedCodes = (html) => (tableRows(html, 'tabella-pratiche') || []).map((row) => row[0]);
const expectCodes = (...ns) => ns.map((n) => codeDisplay(byN(n).code));

/* ------------------------------------------------------------------ tests */

describe('managers\' dashboard', () => {
	let manager;
	let page;

	before(async () => {
		await buildCases();
		manager = await staffClient('manager');
		const r = await manager.get(`/admin/cruscotto?${WINDOW}`);
		assert.equal(r.status, 200, `dashboard: ${r.status}`);
		page = r.text;
	});

	test('the summary: totals, open and closed, overdue, medians, reopen rate', () => {
		assertSitePage(page, 'dashboard');
		assert.deepEqual(kpis(page), {
			totale: '7', aperte: '3', chiuse: '3', ritirate: '1', ritardo: '2',
			// the medians as the bucket of the lower median (sql/200: hours under two days, then days)
			// first staff event after filing: 2 h, 6 h, 24 h, 24 h, 4 h → 6 h
			'prima-risposta': '6–7 ore',
			// to closing: 48 h, 96 h, 240 h → 96 h (withdrawn and reopened-open cases do not count)
			chiusura: '4–5 giorni',
			// reopened: cases 2 and 3, of the 4 ever closed (1, 2, 5 now; 3 before its reopening)
			riaperture: '50,0%',
		});
		assert.equal(kpi(page, 'prima-risposta').note, '(su 5 pratiche con una risposta)');
		assert.equal(kpi(page, 'chiusura').note, '(su 3 pratiche chiuse)');
		assert.equal(kpi(page, 'riaperture').note, '(2 su 4 pratiche chiuse almeno una volta)');
		assert.match(page, /<p class="vm-lead">Le pratiche presentate dal 01\/01\/2019 al 30\/06\/2019/);
	});

	test('volumes by category, office, channel and month', () => {
		assert.deepEqual(tableRows(page, 'tabella-per-categoria'), [
			['Disservizio di un ufficio', '2', '1', '1'],
			['Strade e marciapiedi', '2', '0', '2'],
			['Illuminazione pubblica', '1', '1', '0'],
			[ODD, '1', '0', '0'],
			['Verde pubblico', '1', '1', '0'],
		]);
		assert.deepEqual(tableRows(page, 'tabella-per-ufficio'), [
			['Polizia locale', '5', '2', '2'],
			['Ufficio Anagrafe', '2', '1', '1'],
		]);
		assert.deepEqual(tableRows(page, 'tabella-per-canale'), [
			['Online', '3', '0', '2'], ['Telefono', '1', '0', '1'], ['Sportello', '1', '1', '0'],
			['E-mail', '1', '1', '0'], ['Social media', '1', '1', '0'],
		]);
		assert.deepEqual(tableRows(page, 'tabella-per-mese'), [
			['gennaio 2019', '1', '0', '1'], ['febbraio 2019', '2', '1', '1'], ['marzo 2019', '1', '1', '0'],
			['aprile 2019', '2', '0', '1'], ['maggio 2019', '0', '0', '0'], ['giugno 2019', '1', '1', '0'],
		]);
	});

	test('the charts: accessible SVG with the numbers of the tables, scaled to the plot', () => {
		for (const id of ['per-mese', 'per-categoria', 'per-ufficio', 'per-canale']) {
			const svg = svgOf(page, `grafico-${id}`);
			const root = attrs(svg, 'svg')[0];
			assert.equal(root.role, 'img', id);
			assert.equal(root['aria-labelledby'], `grafico-${id}-titolo grafico-${id}-desc`, id);
			assert.match(svg, new RegExp(`<title id="grafico-${id}-titolo">Pratiche per [a-z]+</title>`), id);
			// the description lists every value of the table next to it
			const desc = decodeEntities(new RegExp(`<desc id="grafico-${id}-desc">([\\s\\S]*?)</desc>`).exec(svg)[1]);
			for (const row of tableRows(page, `tabella-${id}`))
				assert.ok(desc.includes(`${row[0]}: ${row[1]}`), `${id}: desc lacks ${row[0]}: ${row[1]}`);
			assert.doesNotMatch(svg, /style=|<script|<foreignObject/i, id);
		}
		// categories 2, 2, 1, 1, 1 on a scale of 0..2 over 380 units
		const bars = attrs(svgOf(page, 'grafico-per-categoria'), 'rect');
		assert.deepEqual(bars.map((b) => b.width), ['380', '380', '190', '190', '190']);
		// channels 3, 1, 1, 1, 1 on 0..3 over a plot 200 high
		const cols = attrs(svgOf(page, 'grafico-per-canale'), 'rect');
		assert.deepEqual(cols.map((b) => b.height), ['200', '66.7', '66.7', '66.7', '66.7']);
		assert.deepEqual(cols.map((b) => b.y), ['24', '157.3', '157.3', '157.3', '157.3']);
		// months 1, 2, 1, 2, 0, 1 on 0..2: one point each, on the polyline
		const month = svgOf(page, 'grafico-per-mese');
		const dots = attrs(month, 'circle');
		assert.deepEqual(dots.map((d) => d.cy), ['124', '24', '124', '24', '224', '124']);
		const points = attrs(month, 'polyline')[0].points.trim().split(' ');
		assert.deepEqual(points, dots.map((d) => `${d.cx},${d.cy}`));
		assert.match(month, /<text class="vm-chart-label"[^>]*>gen 19<\/text>/);
	});

	test('the overdue list: open cases past their due date, the longest overdue first', () => {
		const days = (d) => sqlValue(`SELECT DATEDIFF(CURDATE(), ${q(d)})`);
		assert.deepEqual(tableRows(page, 'tabella-ritardo'), [
			[codeDisplay(byN(3).code), byN(3).protocol, '-Lampione spento', 'Illuminazione pubblica', 'Polizia locale',
				'02/03/2019', days('2019-03-02')],
			[codeDisplay(byN(7).code), byN(7).protocol, '<script>alert(1)</script> erba alta', 'Verde pubblico',
				'Polizia locale', '20/07/2019', days('2019-07-20')],
		]);
		assert.ok(page.includes(`<a href="/admin/pratiche/${byN(3).code}">`), 'overdue case linked');
	});

	test('the case list: the window\'s cases, newest first, drafts and later cases left out', () => {
		assert.deepEqual(listedCodes(page), expectCodes(7, 6, 5, 4, 3, 2, 1));
		const rows = tableRows(page, 'tabella-pratiche');
		assert.deepEqual(rows[6], [codeDisplay(byN(1).code), byN(1).protocol, 'Segnalazione', 'Buca "grande", via Roma',
			'Strade e marciapiedi', 'Polizia locale', 'Online', 'Chiusa', '10/01/2019', '25/01/2019', '12/01/2019', 'no']);
		assert.equal(rows[4][11], 'sì', 'case 3 is overdue');
		assert.equal(rows[4][10], '', 'case 3 was reopened: no closing date');
	});

	test('text from the database is escaped, in the tables and in the SVG', () => {
		assert.ok(!page.includes('<script>alert(1)'), 'raw script tag on the page');
		assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; erba alta'));
		assert.ok(!page.includes('<b>"escaping"</b>'), 'raw category name on the page');
		const svg = svgOf(page, 'grafico-per-categoria');
		const labels = [...svg.matchAll(/<text class="vm-chart-label"[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1]));
		assert.ok(labels.includes(ODD), `labels: ${labels.join(' | ')}`);
	});

	test('the CSV: the same cases as the page, RFC 4180, formula cells defused', async () => {
		const { r, rows } = await csvOf(manager, WINDOW);
		assert.equal(r.headers.get('content-disposition'), `attachment; filename="pratiche-${FROM}-${TO}.csv"`);
		assert.match(r.headers.get('cache-control') || '', /no-store/);
		assert.deepEqual(rows.map((x) => x[0]), listedCodes(page));
		assert.deepEqual(rows, [7, 6, 5, 4, 3, 2, 1].map((n) => csvRow(byN(n))));
		const titles = Object.fromEntries(rows.map((x) => [x[0], x[3]]));
		assert.equal(titles[codeDisplay(byN(4).code)], "'=SOMMA(1+1)");
		assert.equal(titles[codeDisplay(byN(5).code)], "'+39 attesa allo sportello");
		assert.equal(titles[codeDisplay(byN(3).code)], "'-Lampione spento");
		assert.equal(titles[codeDisplay(byN(6).code)], "'@utente ritira la segnalazione");
		assert.equal(titles[codeDisplay(byN(2).code)], 'Marciapiede rotto\nsu due righe');
		const text = r.buf.toString('utf8');
		assert.ok(text.includes('"Buca ""grande"", via Roma"'), 'quotes doubled inside a quoted cell');
		// the page links the CSV of what it shows
		const link = /<a [^>]*id="scarica-csv" href="([^"]*)"/.exec(page);
		assert.equal(decodeEntities(link[1]), `/admin/cruscotto.csv?${WINDOW}&ufficio=&categoria=&canale=`);
	});

	test('the CSV export is in the audit log', async () => {
		await csvOf(manager, `${WINDOW}&canale=web`);
		const row = sql(`SELECT a.object_type, a.after_value FROM audit_log a JOIN staff s ON s.id = a.staff_id
			WHERE s.username = ${q(manager.account.username)} AND a.action = 'cases-export' ORDER BY a.id DESC LIMIT 1`)[0];
		assert.deepEqual(row, ['cases', `${WINDOW}&ufficio=&categoria=&canale=web`]);
	});
});

describe('filters narrow the numbers, the lists and the CSV', () => {
	let manager;
	before(async () => {
		if (!byN(1).code) await buildCases();
		manager = await staffClient('manager');
	});

	async function view(query) {
		const r = await manager.get(`/admin/cruscotto?${query}`);
		assert.equal(r.status, 200, `${query}: ${r.status}`);
		return r.text;
	}

	test('by office', async () => {
		const html = await view(`${WINDOW}&ufficio=ufficio-anagrafe`);
		assert.deepEqual(kpis(html), {
			totale: '2', aperte: '1', chiuse: '1', ritirate: '0', ritardo: '0',
			'prima-risposta': '24–25 ore', chiusura: '10–11 giorni', riaperture: '0,0%',
		});
		assert.deepEqual(tableRows(html, 'tabella-per-ufficio'), [['Ufficio Anagrafe', '2', '1', '1']]);
		assert.deepEqual(tableRows(html, 'tabella-per-categoria'), [['Disservizio di un ufficio', '2', '1', '1']]);
		assert.deepEqual(listedCodes(html), expectCodes(5, 4));
		assert.match(html, /<option value="ufficio-anagrafe" selected>/);
		assert.match(html, /Nessuna pratica aperta oltre la scadenza/);
		const { rows } = await csvOf(manager, `${WINDOW}&ufficio=ufficio-anagrafe`);
		assert.deepEqual(rows, [csvRow(byN(5)), csvRow(byN(4))]);
	});

	test('by channel', async () => {
		const html = await view(`${WINDOW}&canale=web`);
		assert.deepEqual(kpis(html), {
			totale: '3', aperte: '0', chiuse: '2', ritirate: '1', ritardo: '0',
			// 2 h and 24 h, 48 h and 240 h: the lower of the two middle ones
			'prima-risposta': '2–3 ore', chiusura: '2–3 giorni', riaperture: '0,0%',
		});
		assert.deepEqual(tableRows(html, 'tabella-per-canale').map((x) => x[1]), ['3', '0', '0', '0', '0']);
		assert.deepEqual(listedCodes(html), expectCodes(6, 5, 1));
		const { rows } = await csvOf(manager, `${WINDOW}&canale=web`);
		assert.deepEqual(rows.map((x) => x[0]), expectCodes(6, 5, 1));
	});

	test('by category', async () => {
		const html = await view(`${WINDOW}&categoria=strade-e-marciapiedi`);
		assert.equal(kpi(html, 'totale').value, '2');
		assert.equal(kpi(html, 'riaperture').value, '50,0%');
		assert.equal(kpi(html, 'riaperture').note, '(1 su 2 pratiche chiuse almeno una volta)');
		assert.deepEqual(listedCodes(html), expectCodes(2, 1));
	});

	test('by dates: one month; the last day counts whole', async () => {
		const html = await view('dal=2019-02-01&al=2019-02-28');
		assert.deepEqual(kpis(html), {
			totale: '2', aperte: '1', chiuse: '1', ritirate: '0', ritardo: '1',
			'prima-risposta': '6–7 ore', chiusura: '4–5 giorni', riaperture: '100,0%',
		});
		assert.deepEqual(tableRows(html, 'tabella-per-mese'), [['febbraio 2019', '2', '1', '1']]);
		assert.equal(inputValue(html, 'filtro-dal'), '2019-02-01');
		assert.equal(inputValue(html, 'filtro-al'), '2019-02-28');
		assert.deepEqual(listedCodes(await view('dal=2019-06-30&al=2019-06-30')), expectCodes(7));
		assert.deepEqual(listedCodes(await view('dal=2019-07-01&al=2019-07-01')), expectCodes(8));
	});

	// The list picks its cases by ids from an index (dash_store.c): each filter narrows it.
	test('the overdue list, narrowed by office, category and channel', async () => {
		const overdue = async (qs) => (tableRows(await view(`${WINDOW}&${qs}`), 'tabella-ritardo') || []).map((r) => r[0]);
		const [three, seven] = [codeDisplay(byN(3).code), codeDisplay(byN(7).code)];
		assert.deepEqual(await overdue('ufficio=polizia-locale'), [three, seven]);
		assert.deepEqual(await overdue('ufficio=ufficio-anagrafe'), []);
		assert.deepEqual(await overdue('categoria=illuminazione-pubblica'), [three]);
		assert.deepEqual(await overdue('categoria=verde-pubblico'), [seven]);
		assert.deepEqual(await overdue('canale=social'), [seven]);
		assert.deepEqual(await overdue('canale=sportello&ufficio=polizia-locale'), [three]);
		assert.deepEqual(await overdue('canale=web'), []);
	});

	test('combined, and a selection without cases', async () => {
		const html = await view(`${WINDOW}&ufficio=polizia-locale&canale=web`);
		assert.deepEqual(listedCodes(html), expectCodes(6, 1));
		const none = await view(`${WINDOW}&ufficio=ufficio-tributi`);
		assert.equal(kpi(none, 'totale').value, '0');
		assert.equal(kpi(none, 'prima-risposta').value, 'n.d.');
		assert.equal(kpi(none, 'riaperture').value, 'n.d.');
		assert.equal(tableRows(none, 'tabella-per-categoria'), null, 'no category table without cases');
		assert.equal(tableRows(none, 'tabella-per-canale').length, 5, 'the channels are all listed, with zeros');
		const { rows } = await csvOf(manager, `${WINDOW}&ufficio=ufficio-tributi`);
		assert.deepEqual(rows, []);
	});

	test('without dates: the last twelve calendar months up to today', async () => {
		const html = await view('');
		const [y, m] = today().split('-').map(Number);
		const from = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
		assert.equal(inputValue(html, 'filtro-dal'), from);
		assert.equal(inputValue(html, 'filtro-al'), today());
		assert.equal(tableRows(html, 'tabella-per-mese').length, 12);
		assert.equal(attrs(svgOf(html, 'grafico-per-mese'), 'circle').length, 12);
	});
});

describe('bad filter values → 400', () => {
	let manager;
	before(async () => { manager = await staffClient('manager'); });

	const BAD = [
		['a month that does not exist', 'dal=2019-13-01'],
		['a day that does not exist', 'al=2019-02-29'],
		['a two-digit year', 'dal=19-01-01'],
		['no leading zeros', 'dal=2019-1-1'],
		['a time', 'al=2019-01-01T10:00'],
		['not a date', 'dal=ieri'],
		['from after to', 'dal=2019-03-01&al=2019-02-01'],
		['more than ten years', 'dal=2000-01-01&al=2019-12-31'],
		['an office in capitals', 'ufficio=Polizia-Locale'],
		['an office that does not exist', 'ufficio=ufficio-inesistente'],
		['a category with a path', 'categoria=..%2Fetc'],
		['a category with a quote', "categoria=x'--"],
		['a category that does not exist', 'categoria=categoria-inesistente'],
		['a channel not in the list', 'canale=fax'],
		['a channel in capitals', 'canale=WEB'],
	];
	for (const [label, query] of BAD) {
		test(`${label}: ${query}`, async () => {
			for (const path of ['/admin/cruscotto', '/admin/cruscotto.csv']) {
				const r = await manager.get(`${path}?${query}`);
				assertErrorPage(r, 400, `${path}?${query}`);
			}
		});
	}

	test('a leap day is a date', async () => {
		const r = await manager.get('/admin/cruscotto?dal=2020-02-29&al=2020-03-01');
		assert.equal(r.status, 200);
	});
});

describe('who may see the dashboard', () => {
	const PATHS = ['/admin/cruscotto', `/admin/cruscotto.csv?${WINDOW}`];

	test('no session → 302 to /admin/login', async () => {
		for (const p of PATHS) {
			const r = await new Client().get(p);
			assert.equal(r.status, 302, p);
			assert.equal(r.location, '/admin/login', p);
		}
	});

	test('a citizen\'s session is no staff session → 302 to /admin/login', async () => {
		const citizen = await loggedIn(2);
		for (const p of PATHS) {
			const r = await citizen.get(p);
			assert.equal(r.status, 302, p);
			assert.equal(r.location, '/admin/login', p);
		}
	});

	for (const role of ['operator', 'editor']) {
		test(`${role} → 403, no data`, async () => {
			const c = await staffClient(role, role === 'operator' ? ['polizia-locale'] : []);
			for (const p of PATHS) {
				const r = await c.get(p);
				assert.equal(r.status, 403, `${role} ${p}`);
				assert.match(r.headers.get('content-type'), /^text\/html/, `${role} ${p}`);
				assert.doesNotMatch(r.text, /kpi-totale|codice,protocollo/, `${role} ${p}`);
			}
		});
	}

	test('admin → 200', async () => {
		const c = await staffClient('admin');
		for (const p of PATHS) assert.equal((await c.get(p)).status, 200, p);
	});

	test('the menu of /admin offers the dashboard to managers only', async () => {
		const m = await staffClient('manager');
		assert.match((await m.get('/admin')).text, /href="\/admin\/cruscotto"/);
		const o = await staffClient('operator', ['polizia-locale']);
		assert.doesNotMatch((await o.get('/admin')).text, /href="\/admin\/cruscotto"/);
	});
});
