'use strict';
// The dashboard's summary table (case_tally, sql/150) stays exact through
// every write: a case filed through the site, then taken, reclassified,
// transferred, closed, reopened by an operator; another inserted and deleted
// at the SQL prompt. After each step the whole table must equal a GROUP BY over cases
// (cases.reopened the 'reopened' events, cases.first_response_at the first
// staff event since filing), and the dashboard of the
// case's month (February 2016: no other test files cases then) must show
// the numbers a direct SQL computation over cases gives.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const WINDOW = "submitted_at >= '2016-02-01' AND submitted_at < '2016-03-01' AND status <> 'draft'";
const OPEN = "('received','in_charge','in_progress','waiting_citizen')";

const tally = () => sql(`SELECT day, office_id, category_id, channel, status, reopened, cases
	FROM case_tally WHERE cases <> 0 ORDER BY 1, 2, 3, 4, 5, 6`);
const direct = () => sql(`SELECT DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
	status, reopened, COUNT(*) FROM cases WHERE status <> 'draft' AND submitted_at IS NOT NULL
	GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`);

function kpi(html, id) {
	const m = new RegExp(`<dd id="kpi-${id}">([\\s\\S]*?)</dd>`).exec(html);
	assert.ok(m, `no KPI ${id}`);
	return textOf(m[1].replace(/<span class="vm-kpi-note">[\s\S]*?<\/span>/, ''));
}

// Rows of table ID: [name, total, open, closed].
function tableRows(html, id) {
	const m = new RegExp(`<table[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
	if (!m) return [];
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(m[1]);
	return [...body[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
		.map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1])).slice(0, 4));
}

// The same breakdown computed from cases (T: the joined table's alias).
function directRows(t, table) {
	return sql(`SELECT ${t}.name, COUNT(*), SUM(c.status IN ${OPEN}), SUM(c.status IN ('closed','rejected'))
		FROM cases c JOIN ${table} ${t} ON ${t}.id = c.${t === 'k' ? 'category_id' : 'office_id'}
		WHERE c.${WINDOW} GROUP BY ${t}.id ORDER BY COUNT(*) DESC, ${t}.name`);
}

async function assertExact(manager, step) {
	assert.deepEqual(tally(), direct(), `${step}: case_tally equals a GROUP BY over cases`);
	assert.equal(sqlValue(`SELECT COUNT(*) FROM cases c WHERE c.reopened <> EXISTS (SELECT 1 FROM case_events e
		WHERE e.case_id = c.id AND e.kind = 'status' AND e.status = 'reopened')`), '0', `${step}: reopened flags`);
	assert.equal(sqlValue(`SELECT COUNT(*) FROM cases c WHERE c.submitted_at IS NOT NULL AND NOT c.first_response_at <=>
		(SELECT MIN(e.at) FROM case_events e WHERE e.case_id = c.id AND e.author = 'staff'
		AND e.kind IN ('status','message') AND e.at >= c.submitted_at)`), '0', `${step}: first responses`);
	assert.equal(sqlValue('SELECT COUNT(*) FROM case_tally WHERE cases < 0'), '0', `${step}: no negative row`);
	const page = (await manager.get('/admin/cruscotto?dal=2016-02-01&al=2016-02-29')).text;
	const [total, open, closed, reopened] = sql(`SELECT COUNT(*), COALESCE(SUM(status IN ${OPEN}), 0),
		COALESCE(SUM(status IN ('closed','rejected')), 0), COALESCE(SUM(reopened), 0) FROM cases WHERE ${WINDOW}`)[0];
	assert.deepEqual([kpi(page, 'totale'), kpi(page, 'aperte'), kpi(page, 'chiuse')], [total, open, closed], step);
	assert.deepEqual(tableRows(page, 'tabella-per-categoria'), directRows('k', 'case_categories'), `${step}: by category`);
	assert.deepEqual(tableRows(page, 'tabella-per-ufficio'), directRows('o', 'offices'), `${step}: by office`);
	return { total, reopened, page };
}

describe('case_tally: the dashboard counts stay exact through every write', () => {
	let citizen, op, manager, code;
	const act = async (azione, fields) => {
		const r = await op.post(`/admin/pratiche/${code}/azione`, { csrf: op.csrf, azione, ...fields });
		assert.equal(r.status, 303, `${azione}: ${r.status} ${textOf(r.text).slice(0, 200)}`);
	};
	before(async () => {
		citizen = await loggedIn(1);
		[op, manager] = await Promise.all([staffClient('admin'), staffClient('manager')]);
		sql(`DELETE FROM cases WHERE submitted_at >= '2016-02-01' AND submitted_at < '2016-03-01'`);
	});

	test('filing, then moving the case into the window, counts it once', async () => {
		({ code } = await citizen.fileCase({ titolo: 'Buca per il riepilogo', categoria: 'strade-e-marciapiedi' }));
		await assertExact(manager, 'filed');
		sql(`UPDATE cases SET submitted_at = '2016-02-10 10:00' WHERE code = ${q(code)}`);
		const { total } = await assertExact(manager, 'moved into February 2016');
		assert.equal(total, '1');
	});

	test('take, reclassify, transfer: the case moves between rows, the totals stay', async () => {
		await act('prendi', {});
		await assertExact(manager, 'taken');
		await act('riclassifica', { categoria: 'illuminazione-pubblica', motivo_categoria: 'È un lampione.' });
		const { page } = await assertExact(manager, 'reclassified');
		assert.equal(tableRows(page, 'tabella-per-categoria')[0][0], 'Illuminazione pubblica');
		const registry = sqlValue("SELECT id FROM offices WHERE slug = 'ufficio-anagrafe'");
		await act('trasferisci', { ufficio: registry, motivo: 'Prova del riepilogo.' });
		const moved = await assertExact(manager, 'transferred');
		assert.equal(tableRows(moved.page, 'tabella-per-ufficio')[0][0], 'Ufficio Anagrafe');
	});

	test('close and reopen: closed, then open again and counted as reopened', async () => {
		await act('chiudi', { esito: 'risolta', spiegazione: 'Lampione riparato.' });
		const shut = await assertExact(manager, 'closed');
		assert.equal(kpi(shut.page, 'chiuse'), '1');
		await act('riapri', { motivo_riapertura: 'Di nuovo spento.' });
		const again = await assertExact(manager, 'reopened');
		assert.equal(again.reopened, '1');
		assert.equal(kpi(again.page, 'aperte'), '1');
		assert.equal(kpi(again.page, 'riaperture'), '100,0%');
	});

	// A case written at the SQL prompt, without a protocol number: deleting a
	// filed case would leave a gap in this year's numbers, which
	// cases_concurrency.test.js judges year-wide.
	test('a case inserted and deleted at the SQL prompt comes and goes', async () => {
		const extra = crypto.randomBytes(6).toString('hex');
		sql(`INSERT INTO cases (code, case_type, category_id, office_id, status, description, submitted_at,
			created_at, updated_at) SELECT ${q(extra)}, k.case_type, k.id, k.office_id, 'received', '',
			'2016-02-12 09:00', NOW(3), NOW(3) FROM case_categories k WHERE k.slug = 'strade-e-marciapiedi'`);
		assert.equal((await assertExact(manager, 'inserted')).total, '2');
		sql(`DELETE FROM cases WHERE code = ${q(extra)}`);
		assert.equal((await assertExact(manager, 'deleted')).total, '1');
	});
});
