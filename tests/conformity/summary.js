'use strict';
// The checker's JSON report (conformity.json) as one line per audit: its id,
// pass/FAIL/error by the checker's own rule (a score of 0.5 or more passes;
// the audits of the menu, the second-level titles and the page rating report
// only a specificScore, which is their result; "n/a" when the checker gave
// neither: an informative audit, or one its local scope never reaches), the
// score and the title; then the count.
const fs = require('node:fs');

const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const audits = Object.entries(report.audits || {});
let pass = 0, scored = 0;
for (const [id, a] of audits.sort(([x], [y]) => x.localeCompare(y))) {
	const score = typeof a.score === 'number' ? a.score
		: typeof a.specificScore === 'number' && a.specificScore >= 0 ? a.specificScore : null;
	const verdict = a.specificScore === -1 ? 'error' : score === null ? 'n/a' : score >= 0.5 ? 'pass' : 'FAIL';
	if (verdict === 'pass') pass++;
	if (verdict !== 'n/a') scored++;
	const title = String(a.title || a.id || '').replace(/\s+/g, ' ').slice(0, 90);
	console.log(`${verdict.padEnd(5)} ${id.padEnd(50)} ${score === null ? '-' : score.toFixed(2)}  ${title}`);
}
console.log(`${pass} of ${scored} scored audits pass (${audits.length - scored} without a score)`);
