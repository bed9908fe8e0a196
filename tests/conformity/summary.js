'use strict';
// The checker's JSON report (conformity.json) as one line per audit: its id,
// pass/FAIL/error by the checker's own rule (a score of 0.5 or more passes),
// the score and the title; then the count.
// An audit that audited no page is still in the report, as its class's initial
// score alone ({ specificScore } with no id or title): the menu (C.SI.1.6) and
// the second-level titles (C.SI.1.7) start at 0, the page rating (C.SI.2.5) at
// 1. Such an audit is "unrun", neither pass nor fail: its score says nothing
// about the site (the checker's local scope gathers no first- or second-level
// page, so there all three are unrun). "n/a": an informative audit, run but
// without a score.
const fs = require('node:fs');

function verdictOf(a) {
	if (!('id' in a)) return { verdict: 'unrun', score: null };
	const score = typeof a.score === 'number' ? a.score
		: typeof a.specificScore === 'number' && a.specificScore >= 0 ? a.specificScore : null;
	const verdict = a.specificScore === -1 ? 'error' : score === null ? 'n/a' : score >= 0.5 ? 'pass' : 'FAIL';
	return { verdict, score };
}

const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const audits = Object.entries(report.audits || {});
const count = { pass: 0, scored: 0, unrun: 0, na: 0 };
for (const [id, a] of audits.sort(([x], [y]) => x.localeCompare(y))) {
	const { verdict, score } = verdictOf(a);
	if (verdict === 'pass') count.pass++;
	if (verdict === 'unrun') count.unrun++;
	else if (verdict === 'n/a') count.na++;
	else count.scored++;
	const title = String(a.title || '').replace(/\s+/g, ' ').slice(0, 90);
	console.log(`${verdict.padEnd(5)} ${id.padEnd(50)} ${score === null ? '-' : score.toFixed(2)}  ${title}`);
}
console.log(`${count.pass} of ${count.scored} scored audits pass (${count.na} without a score` +
	`${count.unrun ? `, ${count.unrun} never run: no page of theirs was gathered` : ''})`);
