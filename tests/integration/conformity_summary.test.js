'use strict';
// `make conformity`'s summary (tests/conformity/summary.js) reads the checker's
// JSON report as the checker means it. An audit that audited no page is in the
// report as its initial score alone, with no id or title: in the checker's local
// scope the menu (C.SI.1.6) and second-level titles (C.SI.1.7) sat there at 0 and
// the page rating (C.SI.2.5) at 1, and the summary printed FAIL, FAIL and pass
// for three audits that never looked at the site. The entries below are copied
// from the reports of pa-website-validator-ng 1.1.38 on the demo site (local
// scope for the unrun ones, online scope for the rest).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const SUMMARY = path.join(__dirname, '..', 'conformity', 'summary.js');

const meta = (id, code) => ({ id, auditId: id, code, title: `${code} - ${id}`, mainTitle: id });
const REPORT = {
	audits: {
		'municipality-menu-structure-match-model': { specificScore: 0 },
		'municipality-second-level-pages': { specificScore: 0 },
		'municipality-feedback-element': { specificScore: 1 },
		'municipality-faq-is-present': { ...meta('municipality-faq-is-present', 'C.SI.2.3'), score: 1, specificScore: 1 },
		'municipality-security': { ...meta('municipality-security', 'C.SI.5.1'), score: 0, specificScore: 0 },
		'municipality-ux-ui-consistency-theme-version-check':
			{ ...meta('municipality-ux-ui-consistency-theme-version-check', 'C.SI.1.4'), score: 0.5, specificScore: 1 },
		'municipality-booking-appointment-check':
			{ ...meta('municipality-booking-appointment-check', 'C.SI.2.1'), score: 0, specificScore: -1 },
		'municipality-informative-reuse': { ...meta('municipality-informative-reuse', 'R.SI.2.2'), score: null },
		// once run, the menu keeps its specificScore beside its id
		'municipality-second-level-pages-run': { ...meta('municipality-second-level-pages', 'C.SI.1.7'), specificScore: 1 },
	},
};

function summarise(report) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformity-'));
	try {
		const file = path.join(dir, 'conformity.json');
		fs.writeFileSync(file, JSON.stringify(report));
		const lines = execFileSync(process.execPath, [SUMMARY, file], { encoding: 'utf8' }).trim().split('\n');
		const verdicts = Object.fromEntries(lines.slice(0, -1).map((l) => {
			const [verdict, id, score] = l.split(/\s+/);
			return [id, [verdict, score]];
		}));
		return { verdicts, total: lines.at(-1) };
	} finally {
		fs.rmSync(dir, { recursive: true });
	}
}

test('an audit that never ran is "unrun", neither pass nor FAIL, and not counted', () => {
	const { verdicts, total } = summarise(REPORT);
	for (const id of ['municipality-menu-structure-match-model', 'municipality-second-level-pages',
		'municipality-feedback-element'])
		assert.deepEqual(verdicts[id], ['unrun', '-'], id);
	assert.equal(total, '3 of 5 scored audits pass (1 without a score, 3 never run: no page of theirs was gathered)');
});

test('the audits that ran: the checker\'s own rule (0.5 passes, -1 is an error, informative is n/a)', () => {
	const { verdicts } = summarise(REPORT);
	assert.deepEqual(verdicts['municipality-faq-is-present'], ['pass', '1.00']);
	assert.deepEqual(verdicts['municipality-security'], ['FAIL', '0.00']);
	assert.deepEqual(verdicts['municipality-ux-ui-consistency-theme-version-check'], ['pass', '0.50']);
	assert.deepEqual(verdicts['municipality-booking-appointment-check'][0], 'error');
	assert.deepEqual(verdicts['municipality-informative-reuse'], ['n/a', '-']);
	assert.deepEqual(verdicts['municipality-second-level-pages-run'], ['pass', '1.00']);
});

test('a report where every audit ran says nothing about unrun ones', () => {
	const audits = { ...REPORT.audits };
	for (const id of ['municipality-menu-structure-match-model', 'municipality-second-level-pages',
		'municipality-feedback-element'])
		delete audits[id];
	assert.equal(summarise({ audits }).total, '3 of 5 scored audits pass (1 without a score)');
});
