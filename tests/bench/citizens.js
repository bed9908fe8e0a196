'use strict';
// tests/bench/citizens.js - citizens with a session, for the benches of the
// citizen's pages at volume (scale.js, cpu.js): the sessions are written in
// the database as a SPID login leaves them (the login is not what is
// measured), each for a citizen the caller picks, and deleted at the end.
const crypto = require('node:crypto');
const { sql, q } = require('../integration/lib/cases');

const BENCH_IDP = 'bench-scale';

// N sessions, each for the citizen whose fiscal code FISCAL() gives (picked
// at random among the loaded ones): [{ cookie, code }], CODE one of their
// cases (citizens without one are left out).
function citizenSessions(n, fiscal) {
	const cookies = new Map();
	const rows = [];
	for (let i = 0; i < n; i++) {
		const cookie = crypto.randomBytes(32).toString('base64url');
		const hash = crypto.createHash('sha256').update(cookie).digest('hex');
		cookies.set(hash, cookie);
		rows.push(`SELECT ${q(hash)} AS h, ${q(fiscal())} AS cf`);
	}
	sql(`INSERT INTO sessions (id_hash, citizen_id, level, federation, idp_entity_id, name_id, name_qualifier,
			csrf_token, created_at, last_seen_at, expires_at)
		SELECT x.h, c.id, 2, 'spid', ${q(BENCH_IDP)}, c.fiscal_code, ${q(BENCH_IDP)}, SHA2(x.h, 256), NOW(3), NOW(3),
			NOW(3) + INTERVAL 1 DAY
		FROM (${rows.join(' UNION ALL ')}) x JOIN citizens c ON c.fiscal_code = x.cf`);
	return sql(`SELECT s.id_hash, (SELECT code FROM cases WHERE citizen_id = s.citizen_id AND status <> 'draft'
			ORDER BY id LIMIT 1) FROM sessions s WHERE s.idp_entity_id = ${q(BENCH_IDP)}`)
		.filter(([, code]) => code).map(([hash, code]) => ({ cookie: cookies.get(hash), code }));
}

function endCitizenSessions() {
	sql(`DELETE FROM sessions WHERE idp_entity_id = ${q(BENCH_IDP)}`);
}

module.exports = { citizenSessions, endCitizenSessions };
