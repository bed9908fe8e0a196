'use strict';
// The operators' queue pages by key (issue 12): "Pagina successiva" carries
// the last row's sort key (?dopo=), so a deep page reads 50 rows of an index
// instead of an OFFSET through millions. Walking every page of a filtered
// queue, in each order, lists each case exactly once, in the order SQL gives,
// also while a new case arrives; the overdue ones "most recent first" are
// the most recently due; an old ?pagina=N (OFFSET) shows the keyed page N;
// bad keys answer 400.
// And the case flags the stores keep (sql/210 dropped the trigger that did):
// cases.first_response_at is the first staff status change or message,
// cases.reopened is set by a reopening, in the transaction of the event.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const SLUG = 'prova-coda';
const N = 130;   // three pages: 50, 50, 30
const ORDERS = {
	'': 'submitted_at DESC, id DESC',
	'meno-recenti': 'submitted_at, id',
	scadenza: 'due_date, id',
	aggiornate: 'updated_at DESC, id DESC',
};

const queueCodes = (html) => [...html.matchAll(/<tr class="vm-queue-row" data-code="([a-z0-9]{12})">/g)].map((m) => m[1]);
const nextUrl = (html) => {
	const m = /<a class="page-link" href="([^"]+)">Pagina successiva<\/a>/.exec(html);
	return m && m[1].replace(/&amp;/g, '&');
};
const expected = (where, order) => sql(`SELECT code FROM cases WHERE status <> 'draft' ${where}
	AND category_id = (SELECT id FROM case_categories WHERE slug = ${q(SLUG)}) ORDER BY ${order}`).map((r) => r[0]);

// Every page from URL on; AFTER_FIRST runs once the first page is read.
async function walk(staff, url, afterFirst = () => {}) {
	const codes = [];
	const pages = [];
	for (let next = url; next;) {
		const r = await staff.get(next);
		assert.equal(r.status, 200, `${next}: ${textOf(r.text).slice(0, 200)}`);
		pages.push(r.text);
		codes.push(...queueCodes(r.text));
		if (pages.length === 1) afterFirst();
		next = nextUrl(r.text);
		assert.ok(pages.length < 20, 'the walk ends');
	}
	return { codes, pages };
}

describe('the queue pages by key', () => {
	let admin;
	const run = crypto.randomBytes(3).toString('hex');
	before(async () => {
		admin = await staffClient('admin');
		sql(`INSERT IGNORE INTO case_categories (slug, case_type, name, description, office_id, max_days, active, position)
			SELECT ${q(SLUG)}, 'segnalazione', 'Prova della coda', 'Solo per i test della coda.', id, 10, FALSE, 99
			FROM offices WHERE slug = 'polizia-locale'`);
		// ties in every order (three cases an hour, five a due date, four a minute), cases
		// without a due date, open and closed ones; due in the future and nobody's, so that
		// the notifier warns nobody of them (staff_notices.test.js counts its own)
		sql(`INSERT INTO cases (code, case_type, category_id, office_id, channel, status, title, description,
				submitted_at, due_date, created_at, updated_at)
			SELECT CONCAT(${q(run)}, LPAD(s.seq, 6, '0')), k.case_type, k.id, k.office_id, 'web',
				ELT(1 + s.seq % 5, 'received', 'in_charge', 'closed', 'waiting_citizen', 'rejected'),
				CONCAT('Caso di coda ', s.seq), '', '2015-03-01' + INTERVAL (s.seq DIV 3) HOUR,
				IF(s.seq % 7 = 0, NULL, CURDATE() + INTERVAL (s.seq DIV 5) DAY), NOW(3),
				'2015-06-01' + INTERVAL (s.seq DIV 4) MINUTE
			FROM seq_1_to_${N} s JOIN case_categories k ON k.slug = ${q(SLUG)}`);
	});

	for (const [sort, order] of Object.entries(ORDERS)) {
		test(`every case of a category exactly once, in order: ordina=${sort || 'più recenti'}`, async () => {
			const want = expected('', order);
			assert.equal(want.length >= N, true);
			const { codes, pages } = await walk(admin, `/admin/pratiche?categoria=${SLUG}&stato=tutte&ordina=${sort}`);
			assert.deepEqual(codes, want);
			assert.equal(pages.length, Math.ceil(want.length / 50));
			assert.match(pages[0], new RegExp(`Pratiche trovate: ${want.length} \\(pagina 1 di ${pages.length}\\)`));
			assert.match(pages[1], new RegExp(`Pratiche trovate: ${want.length} \\(pagina 2 di ${pages.length}\\)`));
			assert.match(pages[1], /href="[^"]*pagina=1">Prima pagina</);
			assert.match(nextUrl(pages[0]), /&pagina=2&dopo=\d*-\d+$/, 'the next page after the last row\'s key');
		});
	}

	test('the open cases, while a new case arrives on top after the first page', async () => {
		const open = "AND status IN ('received','in_charge','in_progress','waiting_citizen')";
		const want = expected(open, ORDERS['']);
		const late = `${run}late00`;
		const { codes } = await walk(admin, `/admin/pratiche?categoria=${SLUG}`, () => sql(`INSERT INTO cases (code,
			case_type, category_id, office_id, channel, status, title, description, submitted_at, due_date, created_at,
			updated_at) SELECT ${q(late)}, k.case_type, k.id, k.office_id, 'web', 'received', 'Arrivata ora', '',
			NOW(3), CURDATE(), NOW(3), NOW(3) FROM case_categories k WHERE k.slug = ${q(SLUG)}`));
		assert.deepEqual(codes, want, 'each case once, none skipped, none twice');
		assert.equal(new Set(codes).size, codes.length);
		assert.ok(queueCodes((await admin.get(`/admin/pratiche?categoria=${SLUG}`)).text).includes(late),
			'the new case heads the first page');
	});

	// Late by one to five days for the length of the test: the notifier's first
	// threshold past the due date (a day) warns the assignee, and they have none.
	test('the overdue cases: the most recent are the most recently due', async () => {
		const mine = `category_id = (SELECT id FROM case_categories WHERE slug = ${q(SLUG)}) AND due_date IS NOT NULL`;
		sql(`UPDATE cases SET due_date = CURDATE() - INTERVAL (1 + id % 5) DAY WHERE ${mine}`);
		try {
			const late = "AND status IN ('received','in_charge','in_progress','waiting_citizen') AND due_date < CURDATE()";
			const want = expected(late, 'due_date DESC, id DESC');
			assert.ok(want.length > 50, 'two pages of overdue cases');
			const { codes, pages } = await walk(admin, `/admin/pratiche?categoria=${SLUG}&scadute=1`);
			assert.deepEqual(codes, want);
			assert.match(nextUrl(pages[0]), /&scadute=1&.*&dopo=\d{8}-\d+$/, 'keyed by the due date');
			for (const sort of ['meno-recenti', 'scadenza', 'aggiornate']) {
				const other = await walk(admin, `/admin/pratiche?categoria=${SLUG}&scadute=1&ordina=${sort}`);
				assert.deepEqual(other.codes, expected(late, ORDERS[sort]), sort);
			}
		} finally {
			sql(`UPDATE cases SET due_date = CURDATE() + INTERVAL (1 + id % 5) DAY WHERE ${mine}`);
		}
	});

	// An old bookmark's ?pagina=N (an OFFSET, in a deferred join: the page's ids,
	// then their rows) shows the very rows, in the very order and markup, of
	// the page reached by following the keyed links: each view, each order.
	const rowsOf = (html) => [...html.matchAll(/<tr class="vm-queue-row"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
	// "Pratiche trovate: 130 (pagina 2 di 3)": the count, the page, the pages
	const countOf = (html) => (/Pratiche trovate: [^<]*\(pagina [^)]*\)/.exec(html) || [''])[0];
	const OPEN = "AND status IN ('received','in_charge','in_progress','waiting_citizen')";
	for (const [view, where, order] of [['stato=tutte&ordina=', '', ORDERS['']],
		['stato=tutte&ordina=meno-recenti', '', ORDERS['meno-recenti']],
		['stato=tutte&ordina=scadenza', '', ORDERS.scadenza], ['stato=tutte&ordina=aggiornate', '', ORDERS.aggiornate],
		['ordina=', OPEN, ORDERS['']], ['ordina=meno-recenti', OPEN, ORDERS['meno-recenti']],
		['ordina=scadenza', OPEN, ORDERS.scadenza], ['ordina=aggiornate', OPEN, ORDERS.aggiornate],
		['stato=received&ordina=aggiornate', "AND status = 'received'", ORDERS.aggiornate]]) {
		test(`?pagina=N without a key is the keyed page N: ${view}`, async () => {
			const { codes, pages } = await walk(admin, `/admin/pratiche?categoria=${SLUG}&${view}`);
			assert.deepEqual(codes, expected(where, order), 'the keyed pages in SQL\'s order');
			assert.ok(pages.length >= 2 || view.startsWith('stato=received'), 'more than one page');
			for (let n = 1; n <= pages.length + 1; n++) {
				const r = await admin.get(`/admin/pratiche?categoria=${SLUG}&${view}&pagina=${n}`);
				assert.equal(r.status, 200);
				const want = n <= pages.length ? rowsOf(pages[n - 1]) : [];
				assert.ok(n > pages.length || want.length > 0, `page ${n} has rows`);
				assert.deepEqual(rowsOf(r.text), want, `page ${n}`);
				if (n <= pages.length) assert.equal(countOf(r.text), countOf(pages[n - 1]), `page ${n}'s count`);
			}
		});
	}

	// The same for every office's queue with no filter but its view, and for
	// its open cases of one office or one channel (a category's are above),
	// whose pages by number read their ids from an index alone (other
	// statements): its pages 2 and 3, when there are. Other tests may file or
	// change cases meanwhile: a comparison counts when the keyed page was the
	// same before and after it.
	const keyedPage = async (url, n) => {
		let r;
		for (let i = 1, next = url; i <= n; i++, next = nextUrl(r.text)) {
			if (!next) return [];
			r = await admin.get(next);
			assert.equal(r.status, 200);
		}
		return [...rowsOf(r.text), countOf(r.text)];
	};
	for (const view of ['stato=tutte&ordina=', 'stato=tutte&ordina=meno-recenti', 'stato=tutte&ordina=scadenza',
		'stato=tutte&ordina=aggiornate', 'ordina=', 'ordina=meno-recenti', 'ordina=scadenza', 'ordina=aggiornate',
		'ufficio=polizia-locale&ordina=', 'ufficio=polizia-locale&ordina=meno-recenti',
		'ufficio=polizia-locale&ordina=scadenza', 'canale=web&ordina=', 'canale=web&ordina=meno-recenti',
		'canale=web&ordina=scadenza']) {
		test(`every office's ?pagina=N without a key is the keyed page N: ${view}`, async () => {
			for (const n of [2, 3]) {
				let compared = false;
				for (let attempt = 0; attempt < 5 && !compared; attempt++) {
					const before = await keyedPage(`/admin/pratiche?${view}`, n);
					const r = await admin.get(`/admin/pratiche?${view}&pagina=${n}`);
					assert.equal(r.status, 200);
					const after = await keyedPage(`/admin/pratiche?${view}`, n);
					if (before.join() !== after.join()) continue;
					assert.ok(n === 3 || before.length > 1, 'a second page');
					assert.deepEqual([...rowsOf(r.text), countOf(r.text)], before.length ? before : [''], `page ${n}`);
					compared = true;
				}
				assert.ok(compared, 'a quiet moment to compare');
			}
		});
	}

	// One status has fewer than 50 cases here: its first page, in SQL's order.
	for (const [status, sort] of [['received', ''], ['received', 'scadenza'], ['in_charge', 'meno-recenti'],
		['in_charge', 'aggiornate']]) {
		test(`every office's ?stato=${status}&ordina=${sort} in SQL's order`, async () => {
			const want = () => sql(`SELECT code FROM cases WHERE status = ${q(status)} ORDER BY ${ORDERS[sort]}
				LIMIT 50`).map((r) => r[0]);
			for (let attempt = 0; ; attempt++) {
				const before = want();
				const codes = queueCodes((await admin.get(`/admin/pratiche?stato=${status}&ordina=${sort}&pagina=1`)).text);
				if (before.join() !== want().join() && attempt < 5) continue;
				assert.ok(before.length > 1);
				assert.deepEqual(codes, before);
				break;
			}
		});
	}

	test('a key that is not one, or an OFFSET past page 9999, answers 400', async () => {
		for (const bad of ['dopo=abc', 'dopo=2015-1', 'dopo=20150301000000000', 'dopo=20150301000000000-0',
			'dopo=-5', 'ordina=scadenza&dopo=20150301000000000-5', 'dopo=20150301000000000-5-5',
			'pagina=10000', 'pagina=1234567&dopo=20150301000000000-5']) {
			assert.equal((await admin.get(`/admin/pratiche?${bad}`)).status, 400, bad);
		}
		assert.equal((await admin.get('/admin/pratiche?ordina=scadenza&dopo=-5')).status, 200, 'after a case without a due date');
		assert.equal((await admin.get('/admin/pratiche?pagina=123456&dopo=20150301000000000-5')).status, 200,
			'a key\'s page number is only a label: a big city\'s queue has more than 9999 pages');
	});
});

describe('the case flags written by the stores', () => {
	let citizen, op, code;
	const flags = () => sql(`SELECT c.reopened, IFNULL(DATE_FORMAT(c.first_response_at, '%Y-%m-%d %H:%i:%s.%f'), '') FROM cases c
		WHERE c.code = ${q(code)}`)[0];
	const firstStaffEvent = () => sqlValue(`SELECT DATE_FORMAT(MIN(e.at), '%Y-%m-%d %H:%i:%s.%f') FROM case_events e
		JOIN cases c ON c.id = e.case_id WHERE c.code = ${q(code)} AND e.author = 'staff' AND e.kind IN ('status', 'message')`);
	const act = async (azione, fields = {}) => {
		const r = await op.post(`/admin/pratiche/${code}/azione`, { csrf: op.csrf, azione, ...fields });
		assert.equal(r.status, 303, `${azione}: ${r.status} ${textOf(r.text).slice(0, 200)}`);
	};
	before(async () => {
		[citizen, op] = await Promise.all([loggedIn(0), staffClient('admin')]);
		({ code } = await citizen.fileCase({ titolo: 'Buca per i flag', categoria: 'strade-e-marciapiedi' }));
	});

	test('filed: no first response, not reopened', () => {
		assert.deepEqual(flags(), ['0', '']);
	});

	test('a note is no response; taking it in charge is, and a later reply does not move it', async () => {
		await act('nota', { nota: 'Da verificare.' });
		assert.deepEqual(flags(), ['0', '']);
		await act('prendi');
		const first = firstStaffEvent();
		assert.ok(first);
		assert.deepEqual(flags(), ['0', first]);
		await act('rispondi', { risposta: 'Interverremo presto.' });
		assert.deepEqual(flags(), ['0', first]);
	});

	test('closing keeps it, reopening flags the case (and an INSERT ... SELECT FROM cases into its events works)', async () => {
		const first = firstStaffEvent();
		await act('chiudi', { esito: 'risolta', spiegazione: 'Buca chiusa.' });
		assert.deepEqual(flags(), ['0', first]);
		await act('riapri', { motivo_riapertura: 'Di nuovo aperta.' });
		assert.deepEqual(flags(), ['1', first]);
		sql(`INSERT INTO case_events (case_id, at, kind, status, author, body)
			SELECT id, NOW(3), 'note', '', 'staff', 'Scritta a mano' FROM cases WHERE code = ${q(code)}`);
		assert.deepEqual(flags(), ['1', first]);
	});
});
