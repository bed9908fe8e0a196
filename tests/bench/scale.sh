#!/usr/bin/env bash
# tests/bench/scale.sh - `make bench-scale`: the back office at a big city's
# volume (issue 12). Starts a throw-away stack (VAR var/scale, port
# SCALE_PORT), loads SCALE cases (default 12,500,000: five years of Rome),
# SCALE/6 citizens and three events a case with MariaDB's SEQUENCE engine
# (the deferrable indexes of cases built once at the end, case_tally rebuilt
# once), prints the load time and the database size, then each back-office
# page's p50/p99 with 16 staff sessions at once (tests/bench/scale.js), then
# the notifier's scan of the staff's e-mails (tests/bench/notifier_scan.sh).
# Environment: SCALE, SCALE_PORT (18290), SCALE_SECONDS (5 per page),
# SCALE_CONN (16), SCALE_BATCH (500000 cases a transaction), SCALE_KEEP=1
# to leave the stack running, SCALE_LOAD=0 to measure again the volume a
# kept run loaded (the programs restart, with a new build), SCALE_LOAD=resume
# to go on with a load that was stopped (from its last whole batch, with the
# first ids, start date and deferred keys it wrote in $VAR/load.state);
# SCALE_PAGES (a
# regular expression: only the pages it matches); DB_BUFFER_POOL as
# conf/ctl.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export VAR=$ROOT/var/scale
PORT=${SCALE_PORT:-18290}
SCALE=${SCALE:-12500000}
BATCH=${SCALE_BATCH:-500000}
SOCK=$VAR/db/run/mysqld.sock
db() { mariadb --no-defaults --socket="$SOCK" -uroot portale "$@"; }

# The secondary indexes of cases that no foreign key needs, as SQL: "DROP
# KEY a, DROP KEY b" ($1 = drop) or "ADD KEY a (x, y), ..." ($1 = add), read
# from the schema itself. The load drops them and builds each once at the end
# (a sort per index instead of millions of inserts into each).
deferred_keys() {
	db -N -e "SELECT GROUP_CONCAT(IF('$1' = 'drop', CONCAT('DROP KEY ', index_name),
		CONCAT('ADD KEY ', index_name, ' (', cols, ')')) SEPARATOR ', ')
		FROM (SELECT index_name, GROUP_CONCAT(column_name, IFNULL(CONCAT('(', sub_part, ')'), ''),
			IF(collation = 'D', ' DESC', '') ORDER BY seq_in_index) AS cols
		FROM information_schema.statistics s
		WHERE table_schema = DATABASE() AND table_name = 'cases' AND non_unique = 1
		  AND index_type = 'BTREE' AND index_name NOT IN (SELECT index_name FROM information_schema.statistics f
		    WHERE f.table_schema = s.table_schema AND f.table_name = s.table_name AND f.seq_in_index = 1
		      AND f.column_name IN (SELECT column_name FROM information_schema.key_column_usage
		        WHERE table_schema = s.table_schema AND table_name = s.table_name
		          AND referenced_table_name IS NOT NULL))
		GROUP BY index_name) k"
}

load() {   # SCALE cases in batches of BATCH, timed
	local t0 scale from base cbase lo=1 hi keys
	t0=$(date +%s)
	if [ "${SCALE_LOAD:-1}" = resume ]; then
		# shellcheck source=/dev/null
		. "$VAR/load.state"
		[ "$scale" = "$SCALE" ] || { echo "scale: the stopped load was of $scale cases" >&2; exit 1; }
		lo=$(($(db -N -e "SELECT IFNULL(MAX(id), $base) FROM cases") - base + 1))
		echo "  resuming at case $lo"
	else
		from=$(date -d '5 years ago' '+%Y-%m-%d %H:%M:%S')
		base=$(db -N -e 'SELECT IFNULL(MAX(id), 0) FROM cases')
		cbase=$(db -N -e 'SELECT IFNULL(MAX(id), 0) FROM citizens')
		keys=$(deferred_keys add)
		printf 'scale=%q from=%q base=%q cbase=%q keys=%q\n' "$SCALE" "$from" "$base" "$cbase" "$keys" >"$VAR/load.state"
		db -e "ALTER TABLE cases $(deferred_keys drop)"
	fi
	for ((; lo <= SCALE; lo += BATCH)); do
		hi=$((lo + BATCH - 1 < SCALE ? lo + BATCH - 1 : SCALE))
		{ echo "SET @cases = $SCALE, @lo = $lo, @hi = $hi, @from = '$from', @base = $base, @cbase = $cbase;"
		  sed "s/seq_LO_to_HI/seq_${lo}_to_${hi}/; s/seq_CLO_to_CHI/seq_$(((lo - 1) / 6))_to_$((hi / 6))/" \
			tests/bench/scale_load.sql; } | db
		printf '\r  %d cases, %d s' "$hi" $(($(date +%s) - t0))
	done
	printf '\n  indexes: '
	db -e "ALTER TABLE cases $keys"
	printf '%d s' $(($(date +%s) - t0))
	# the summaries the load's session left alone (its triggers paused), once each
	db -e "CALL case_tally_rebuild()"
	db -e "CALL dash_summary_rebuild()"
	db -e "ANALYZE TABLE cases, case_events, citizens, case_tally, dash_summary" >/dev/null
	echo
	echo "loaded $SCALE cases, $(db -N -e 'SELECT COUNT(*) FROM case_events') events," \
		"$(db -N -e 'SELECT COUNT(*) FROM citizens') citizens in $(($(date +%s) - t0)) s"
}

[ "${SCALE_KEEP:-0}" = 1 ] || trap 'conf/ctl.sh stop >/dev/null 2>&1' EXIT
conf/ctl.sh stop >/dev/null 2>&1 || true
[ "${SCALE_LOAD:-1}" != 1 ] || rm -rf "$VAR"
mkdir -p "$ROOT/var"
PORT=$PORT WORKERS=${SCALE_WORKERS:-8} DB_LOG_FILE=${DB_LOG_FILE:-1G} \
	conf/ctl.sh start --data-dir sql/demo >"$ROOT/var/scale.log" 2>&1 ||
	{ tail "$ROOT/var/scale.log" >&2; exit 1; }
echo "buffer pool: $(db -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MB"
[ "${SCALE_LOAD:-1}" = 0 ] || load
db -N -e "SELECT CONCAT('database size: ', ROUND(SUM(data_length + index_length) / 1073741824, 2), ' GB (data ',
	ROUND(SUM(data_length) / 1073741824, 2), ' GB, indexes ', ROUND(SUM(index_length) / 1073741824, 2), ' GB)')
	FROM information_schema.tables WHERE table_schema = 'portale'"

BASE_URL=http://127.0.0.1:$PORT TEST_VAR=$VAR SCALE=$SCALE node tests/bench/scale.js
tests/bench/notifier_scan.sh
