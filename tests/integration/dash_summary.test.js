'use strict';
// The dashboard's summaries (dash_summary, sql/200; dash_marginal, sql/260; dekads, sql/280) stay exact through every
// kind of write: cases filed through the site, taken, reclassified,
// transferred, closed, rejected, reopened, withdrawn, rated, moved and
// deleted at the SQL prompt. After each step the whole table (day, dekad, month and
// year rows) and each marginal must equal a GROUP BY over cases and case_ratings written here
// from the definitions, dash_summary_rebuild() must give the same rows, and
// the dashboard of the window (March 2016: no other test files cases then)
// must print what a direct computation over cases gives: the counts, the
// overdue, the medians' buckets, the voice's ratings.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const FROM = '2016-03-01';
const TO = '2016-03-31';
const IN_WINDOW = `submitted_at >= '${FROM}' AND submitted_at < '2016-04-01' AND status <> 'draft'`;
const OPEN = "('received','in_charge','in_progress','waiting_citizen')";
const STATUSES = "'received','in_charge','in_progress','waiting_citizen','closed','rejected','withdrawn'";

// The enums' own order is not the strings': both sides sort the strings.
const ORDER = 'ORDER BY CAST(kind AS CHAR), CAST(span AS CHAR), start, office_id, category_id, CAST(channel AS CHAR), bucket';
const summary = () => sql(`SELECT kind, span, start, office_id, category_id, channel, bucket, n
	FROM dash_summary WHERE n <> 0 ${ORDER}`);

// The day rows of each figure straight from cases and case_ratings; the month rows their sums.
const FILED = "status <> 'draft' AND submitted_at IS NOT NULL";
const DAY_ROWS = `
	SELECT 'state' AS kind, DATE(submitted_at) AS start, IFNULL(office_id, 0) AS office_id,
		IFNULL(category_id, 0) AS category_id, channel, 2 * (FIELD(status, ${STATUSES}) - 1) + reopened AS bucket
	FROM cases WHERE ${FILED}
	UNION ALL SELECT 'closure', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
		dash_bucket(TIMESTAMPDIFF(SECOND, submitted_at, closed_at))
	FROM cases WHERE ${FILED} AND status IN ('closed','rejected') AND closed_at IS NOT NULL
	UNION ALL SELECT 'first', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
		dash_bucket(TIMESTAMPDIFF(SECOND, submitted_at, first_response_at))
	FROM cases WHERE ${FILED} AND first_response_at IS NOT NULL
	UNION ALL SELECT 'due', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel, TO_DAYS(due_date)
	FROM cases WHERE ${FILED} AND status IN ${OPEN} AND due_date IS NOT NULL
	UNION ALL SELECT 'rating', DATE(c.submitted_at), IFNULL(c.office_id, 0), IFNULL(c.category_id, 0), c.channel, r.rating
	FROM case_ratings r JOIN cases c ON c.id = r.case_id WHERE c.status <> 'draft' AND c.submitted_at IS NOT NULL`;
// The first day of a day's dekad (sql/280): the 1st, 11th or 21st of its month.
const DEKAD = (d) => `${d} - INTERVAL DAY(${d}) - 1 DAY + INTERVAL LEAST((DAY(${d}) - 1) DIV 10, 2) * 10 DAY`;
const direct = () => sql(`SELECT kind, span, start, office_id, category_id, channel, bucket, n FROM (
	SELECT kind, 'day' AS span, start, office_id, category_id, channel, bucket, COUNT(*) AS n
	FROM (${DAY_ROWS}) d GROUP BY kind, start, office_id, category_id, channel, bucket
	UNION ALL
	SELECT kind, 'month', start - INTERVAL DAY(start) - 1 DAY, office_id, category_id, channel, bucket, COUNT(*)
	FROM (${DAY_ROWS}) m GROUP BY kind, start - INTERVAL DAY(start) - 1 DAY, office_id, category_id, channel, bucket
	UNION ALL
	SELECT kind, 'year', MAKEDATE(YEAR(start), 1), office_id, category_id, channel, bucket, COUNT(*)
	FROM (${DAY_ROWS}) y GROUP BY kind, YEAR(start), office_id, category_id, channel, bucket
	UNION ALL
	SELECT kind, 'dekad', ${DEKAD('start')}, office_id, category_id, channel, bucket, COUNT(*)
	FROM (${DAY_ROWS}) k GROUP BY kind, ${DEKAD('start')}, office_id, category_id, channel, bucket
	) t ${ORDER}`);

// The marginals (sql/260): the same rows summed over all dimensions but one.
const MORDER = 'ORDER BY CAST(dim AS CHAR), CAST(kind AS CHAR), CAST(span AS CHAR), start, grp, bucket';
const marginal = () => sql(`SELECT dim, kind, span, start, grp, bucket, n FROM dash_marginal WHERE n <> 0 ${MORDER}`);
const PERIODS = `SELECT 'day' AS span UNION ALL SELECT 'dekad' UNION ALL SELECT 'month' UNION ALL SELECT 'year'`;
const DIMS = `SELECT 'all' AS dim UNION ALL SELECT 'office' UNION ALL SELECT 'category' UNION ALL SELECT 'channel'`;
const directMarginal = () => sql(`SELECT dim, kind, span, start, grp, bucket, COUNT(*) AS n FROM (
	SELECT d.dim, r.kind, p.span, CASE p.span WHEN 'day' THEN r.start WHEN 'dekad' THEN ${DEKAD('r.start')}
		WHEN 'month' THEN r.start - INTERVAL DAY(r.start) - 1 DAY
		ELSE MAKEDATE(YEAR(r.start), 1) END AS start,
		CASE d.dim WHEN 'all' THEN 0 WHEN 'office' THEN r.office_id WHEN 'category' THEN r.category_id
		ELSE FIELD(r.channel, 'web','telefono','sportello','email','social') END AS grp, r.bucket
	FROM (${DAY_ROWS}) r JOIN (${PERIODS}) p JOIN (${DIMS}) d) t
	GROUP BY dim, kind, span, start, grp, bucket ${MORDER}`);

function kpi(html, id) {
	const m = new RegExp(`<dd id="kpi-${id}">([\\s\\S]*?)</dd>`).exec(html);
	assert.ok(m, `no KPI ${id}`);
	return textOf(m[1].replace(/<span class="vm-kpi-note">[\s\S]*?<\/span>/, ''));
}

// The bucket of the lower median of the durations SQL selects (seconds), as the page prints it.
function medianText(durations) {
	const secs = sql(`${durations} ORDER BY 1`).map((r) => Number(r[0]));
	if (!secs.length) return 'n.d.';
	const lower = Number(sqlValue(`SELECT dash_bucket(${secs[Math.ceil(secs.length / 2) - 1]})`));
	const width = lower < 3600 ? 300 : lower < 172800 ? 3600 : lower < 2592000 ? 86400
		: lower < 31536000 ? Math.min(604800, 31536000 - lower) : 2592000;
	if (lower < 3600) return `${lower / 60}–${(lower + width) / 60} min`;
	if (lower < 172800) return `${lower / 3600}–${(lower + width) / 3600} ore`;
	return `${lower / 86400}–${(lower + width) / 86400} giorni`;
}

// The voice's rows by office: [name, cases, mean rating, ratings].
function voiceRows(html) {
	const t = /<table[^>]*id="tabella-voce-uffici">([\s\S]*?)<\/table>/.exec(html);
	if (!t) return [];
	return [...t[1].matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)]
		.map((m) => m[1].split(/<\/t[hd]>/).map(textOf).filter((x) => x !== '').slice(0, 4));
}

// The sum of the cases column of the table by month (no table: 0).
function monthsTotal(html) {
	const t = /<table[^>]*\bid="tabella-per-mese"[^>]*>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html);
	if (!t) return 0;
	return [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
		.map((r) => textOf([...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)][1][1]))
		.reduce((sum, n) => sum + Number(n.replace(/\./g, '')), 0);
}

async function assertExact(manager, step) {
	const live = summary();
	assert.deepEqual(live, direct(), `${step}: dash_summary equals a GROUP BY over cases and ratings`);
	assert.equal(sqlValue('SELECT COUNT(*) FROM dash_summary WHERE n < 0'), '0', `${step}: no negative row`);
	const liveMarginal = marginal();
	assert.deepEqual(liveMarginal, directMarginal(), `${step}: dash_marginal equals a GROUP BY over cases and ratings`);
	assert.equal(sqlValue('SELECT COUNT(*) FROM dash_marginal WHERE n < 0'), '0', `${step}: no negative marginal row`);
	const page = (await manager.get(`/admin/cruscotto?dal=${FROM}&al=${TO}`)).text;
	const [total, open, closed, withdrawn, overdue] = sql(`SELECT COUNT(*), COALESCE(SUM(status IN ${OPEN}), 0),
		COALESCE(SUM(status IN ('closed','rejected')), 0), COALESCE(SUM(status = 'withdrawn'), 0),
		COALESCE(SUM(status IN ${OPEN} AND due_date < CURDATE()), 0) FROM cases WHERE ${IN_WINDOW}`)[0];
	assert.deepEqual(['totale', 'aperte', 'chiuse', 'ritirate', 'ritardo'].map((id) => kpi(page, id)),
		[total, open, closed, withdrawn, overdue], `${step}: counts`);
	assert.equal(kpi(page, 'chiusura'), medianText(`SELECT TIMESTAMPDIFF(SECOND, submitted_at, closed_at) FROM cases
		WHERE ${IN_WINDOW} AND status IN ('closed','rejected') AND closed_at IS NOT NULL`), `${step}: median to closing`);
	assert.equal(kpi(page, 'prima-risposta'), medianText(`SELECT TIMESTAMPDIFF(SECOND, submitted_at, first_response_at)
		FROM cases WHERE ${IN_WINDOW} AND first_response_at IS NOT NULL`), `${step}: median first response`);
	assert.deepEqual(voiceRows(page), sql(`SELECT o.name, COUNT(DISTINCT c.id),
		IFNULL(REPLACE(FORMAT(AVG(r.rating), 2, 'en_US'), '.', ','), 'n.d.'), COUNT(r.id)
		FROM cases c JOIN offices o ON o.id = c.office_id LEFT JOIN case_ratings r ON r.case_id = c.id
		WHERE c.${IN_WINDOW} GROUP BY o.id ORDER BY COUNT(DISTINCT c.id) DESC, o.name`), `${step}: the voice`);
	sql('CALL dash_summary_rebuild()');
	assert.deepEqual(summary(), live, `${step}: the rebuild gives the same rows`);
	assert.deepEqual(marginal(), liveMarginal, `${step}: the rebuild gives the same marginal rows`);
	return page;
}

describe('dash_summary: every figure of the dashboard stays exact through every write', () => {
	let citizen, op, manager, code, other;
	const act = async (c, azione, fields) => {
		const r = await op.post(`/admin/pratiche/${c}/azione`, { csrf: op.csrf, azione, ...fields });
		assert.equal(r.status, 303, `${azione}: ${r.status} ${textOf(r.text).slice(0, 200)}`);
	};
	const intoWindow = (c, at) => sql(`UPDATE cases SET submitted_at = '${at}' WHERE code = ${q(c)}`);
	before(async () => {
		citizen = await loggedIn(1);
		[op, manager] = await Promise.all([staffClient('admin'), staffClient('manager')]);
		// cases that took a protocol number are moved away, never deleted: the year's numbers
		// stay without a gap (cases_concurrency.test.js checks the whole year)
		sql(`DELETE FROM cases WHERE submitted_at >= '${FROM}' AND submitted_at < '2016-04-01' AND protocol_number IS NULL;
			UPDATE cases SET submitted_at = '1990-01-01' WHERE submitted_at >= '${FROM}' AND submitted_at < '2016-04-01'`);
	});

	test('filed, moved into the window, taken: counted once, the first response measured', async () => {
		({ code } = await citizen.fileCase({ titolo: 'Buca per il cruscotto', categoria: 'strade-e-marciapiedi' }));
		({ code: other } = await citizen.fileCase({ titolo: 'Lampione per il cruscotto', categoria: 'illuminazione-pubblica' }));
		await assertExact(manager, 'filed');
		intoWindow(code, '2016-03-10 10:00');
		intoWindow(other, '2016-03-31 23:00');
		await assertExact(manager, 'moved into March 2016');
		await act(code, 'prendi', {});
		const page = await assertExact(manager, 'taken');
		assert.equal(kpi(page, 'totale'), '2');
		assert.notEqual(kpi(page, 'prima-risposta'), 'n.d.');
	});

	test('reclassified, transferred, closed, rated, reopened, rejected: each figure moves with the case', async () => {
		await act(code, 'riclassifica', { categoria: 'illuminazione-pubblica', motivo_categoria: 'È un lampione.' });
		await assertExact(manager, 'reclassified');
		await act(code, 'chiudi', { esito: 'risolta', spiegazione: 'Lampione riparato.' });
		await assertExact(manager, 'closed');
		sql(`INSERT INTO case_ratings (case_id, closed_at, rating, created_at)
			SELECT id, closed_at, 4, NOW(3) FROM cases WHERE code = ${q(code)}`);
		const rated = await assertExact(manager, 'rated');
		assert.equal(voiceRows(rated).find((r) => r[3] === '1')[2], '4,00');
		const registry = sqlValue("SELECT id FROM offices WHERE slug = 'ufficio-anagrafe'");
		await act(code, 'riapri', { motivo_riapertura: 'Di nuovo spento.' });
		await assertExact(manager, 'reopened');
		await act(code, 'trasferisci', { ufficio: registry, motivo: 'Prova del riepilogo.' });
		const moved = await assertExact(manager, 'transferred with its rating');
		assert.deepEqual(voiceRows(moved).find((r) => r[0] === 'Ufficio Anagrafe').slice(2), ['4,00', '1']);
		await act(other, 'chiudi', { esito: 'respinta', spiegazione: 'Non di nostra competenza.' });
		await assertExact(manager, 'rejected');
	});

	test('overdue, withdrawn, moved out of the window, a rating deleted: the summary follows', async () => {
		sql(`UPDATE cases SET due_date = '2016-03-20' WHERE code = ${q(code)}`);
		const late = await assertExact(manager, 'overdue');
		assert.equal(kpi(late, 'ritardo'), '1');
		const { code: third } = await citizen.fileCase({ titolo: 'Ritirata per il cruscotto', categoria: 'strade-e-marciapiedi' });
		intoWindow(third, '2016-03-15 08:00');
		const r = await citizen.post(`/segnalazioni/${third}/ritira`, { csrf: citizen.csrf });
		assert.ok([200, 303].includes(r.status), `withdraw: ${r.status}`);
		const gone = await assertExact(manager, 'withdrawn');
		assert.equal(kpi(gone, 'ritirate'), '1');
		intoWindow(other, '2016-04-01 00:00');
		await assertExact(manager, 'moved out of the window');
		sql(`DELETE FROM case_ratings WHERE case_id = (SELECT id FROM cases WHERE code = ${q(code)})`);
		await assertExact(manager, 'rating deleted');
		sql(`INSERT INTO case_ratings (case_id, closed_at, rating, created_at)
			SELECT id, NOW(3), 2, NOW(3) FROM cases WHERE code = ${q(code)}`);
		sql(`UPDATE cases SET submitted_at = '1990-01-01' WHERE code IN (${q(code)}, ${q(other)}, ${q(third)})`);
		const empty = await assertExact(manager, 'moved out with its rating');
		assert.equal(kpi(empty, 'totale'), '0');
	});
});

describe('the period: whole years, months and dekads from their rows, the ends from the days', () => {
	let manager;
	before(async () => { manager = await staffClient('manager'); });

	// Without a filter the page reads the marginals, with one the full table.
	test('any period, with each filter or none, gives the counts of a direct computation', async () => {
		const filters = [['', 'TRUE'], ['&canale=web', "c.channel = 'web'"], ['&ufficio=polizia-locale', "o.slug = 'polizia-locale'"],
			['&categoria=strade-e-marciapiedi', "k.slug = 'strade-e-marciapiedi'"]];
		// a case a week from June 2013 for six years, of every channel and several categories
		sql(`INSERT INTO cases (code, case_type, category_id, office_id, status, channel, title, description,
			submitted_at, created_at, updated_at) SELECT CONCAT('dper', s.seq, '-', k.id), k.case_type, k.id,
			k.office_id, 'received', ELT(1 + s.seq % 5, 'web','telefono','sportello','email','social'), 'Periodo', '',
			'2013-06-01 10:00' + INTERVAL s.seq * 7 DAY, NOW(3), NOW(3)
			FROM seq_1_to_310 s JOIN case_categories k ON k.id % 3 = s.seq % 3`);
		assert.deepEqual(marginal(), directMarginal(), 'the marginals of six years');
		for (const [from, to] of [['2016-01-15', '2016-03-10'], ['2015-12-01', '2016-02-29'], ['2016-02-29', '2016-03-01'],
			['2010-01-01', '2019-12-31'], ['2014-03-05', '2017-11-20'], ['2016-03-31', '2016-03-31'],
			['2016-02-21', '2016-05-20'], ['2015-02-22', '2015-03-11'], ['2015-06-11', '2015-06-19']]) {
			for (const [query, where] of filters) {
				const r = await manager.get(`/admin/cruscotto?dal=${from}&al=${to}${query}`);
				assert.equal(r.status, 200, `${from} – ${to}${query}: ${r.text.slice(0, 300)}`);
				const page = r.text;
				const total = sqlValue(`SELECT COUNT(*) FROM cases c LEFT JOIN offices o ON o.id = c.office_id
					LEFT JOIN case_categories k ON k.id = c.category_id WHERE c.status <> 'draft'
					AND c.submitted_at >= '${from}' AND c.submitted_at < '${to}' + INTERVAL 1 DAY AND ${where}`);
				assert.equal(kpi(page, 'totale'), total, `${from} – ${to}${query}`);
				assert.equal(String(monthsTotal(page)), total, `${from} – ${to}${query}: the months`);
			}
		}
		sql("DELETE FROM cases WHERE code LIKE 'dper%'");
	});

	test('the cases CSV: 10,000 cases a file, the Link header names the next, together all in order', async () => {
		// May 2016, a window of its own: 10,005 cases filed a minute apart, two with the same instant
		sql("DELETE FROM cases WHERE submitted_at >= '2016-05-01' AND submitted_at < '2016-06-01'");
		sql(`INSERT INTO cases (code, case_type, category_id, office_id, status, title, description, submitted_at,
			created_at, updated_at) SELECT CONCAT('dsum', LPAD(s.seq, 8, '0')), k.case_type, k.id, k.office_id, 'received',
			CONCAT('Caso ', s.seq), '', '2016-05-02 00:00' + INTERVAL LEAST(s.seq, 10004) MINUTE, NOW(3), NOW(3)
			FROM seq_1_to_10005 s JOIN case_categories k ON k.slug = 'strade-e-marciapiedi'`);
		const window = 'dal=2016-05-01&al=2016-05-31';
		const first = await manager.get(`/admin/cruscotto.csv?${window}`);
		assert.equal(first.status, 200);
		const link = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('link') || '');
		assert.ok(link, `a Link to the next part: ${first.headers.get('link')}`);
		const second = await manager.get(link[1]);
		assert.equal(second.status, 200);
		assert.equal(second.headers.get('link'), null, 'the last part names none');
		const titles = (r) => r.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(',')[3]);
		assert.equal(titles(first).length, 10000);
		const expected = sql(`SELECT title FROM cases WHERE submitted_at >= '2016-05-01' AND submitted_at < '2016-06-01'
			ORDER BY submitted_at DESC, id DESC`).map((r) => r[0]);
		assert.deepEqual([...titles(first), ...titles(second)], expected);
		sql("DELETE FROM cases WHERE submitted_at >= '2016-05-01' AND submitted_at < '2016-06-01'");
	});

	test('a bulk load may pause the triggers; the rebuild makes the summary exact again', () => {
		sql("DELETE FROM cases WHERE submitted_at >= '2016-06-01' AND submitted_at < '2016-07-01'");
		sql(`SET @dash_summary_paused = 1; INSERT INTO cases (code, case_type, category_id, office_id, status, title,
			description, submitted_at, created_at, updated_at) SELECT 'dsumpause', k.case_type, k.id, k.office_id,
			'received', 'Caricata in blocco', '', '2016-06-02 10:00', NOW(3), NOW(3)
			FROM case_categories k WHERE k.slug = 'strade-e-marciapiedi'`);
		assert.notDeepEqual(summary(), direct(), 'paused: not counted');
		sql('CALL dash_summary_rebuild()');
		assert.deepEqual(summary(), direct(), 'rebuilt');
		assert.deepEqual(marginal(), directMarginal(), 'marginals rebuilt');
		sql("DELETE FROM cases WHERE code = 'dsumpause'");
		assert.deepEqual(summary(), direct(), 'a later write counted as ever');
		assert.deepEqual(marginal(), directMarginal(), 'in the marginals too');
	});

	test('the cases CSV: bad continuations answer 400', async () => {
		for (const bad of ['x', '2016-1', '123-', `${'9'.repeat(20)}-`, `${'1'.repeat(20)}-1a`]) {
			const r = await manager.get(`/admin/cruscotto.csv?dal=${FROM}&al=${TO}&dopo=${encodeURIComponent(bad)}`);
			assert.equal(r.status, 400, bad);
		}
	});
});
