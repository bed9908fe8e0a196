#!/usr/bin/env bash
# tests/bench/scale.sh - `make bench-scale`: the back office at a big city's
# volume (issue 12). Starts a throw-away stack (VAR var/scale, port
# SCALE_PORT), loads SCALE cases (default 12,500,000: five years of Rome),
# SCALE/6 citizens and three events a case with MariaDB's SEQUENCE engine,
# prints the load time and the database size, then each back-office page's
# p50/p99 with 16 staff sessions at once (tests/bench/scale.js).
# Environment: SCALE, SCALE_PORT (18290), SCALE_SECONDS (5 per page),
# SCALE_CONN (16), SCALE_BATCH (500000 cases a transaction), SCALE_KEEP=1
# to leave the stack running, SCALE_LOAD=0 to measure again the volume a
# kept run loaded (the programs restart, with a new build); DB_BUFFER_POOL
# as conf/ctl.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export VAR=$ROOT/var/scale
PORT=${SCALE_PORT:-18290}
SCALE=${SCALE:-12500000}
BATCH=${SCALE_BATCH:-500000}
SOCK=$VAR/db/run/mysqld.sock
db() { mariadb --no-defaults --socket="$SOCK" -uroot portale "$@"; }

load() {   # SCALE cases in batches of BATCH, timed
	local t0 from base cbase lo hi
	t0=$(date +%s)
	from=$(date -d '5 years ago' '+%Y-%m-%d %H:%M:%S')
	base=$(db -N -e 'SELECT IFNULL(MAX(id), 0) FROM cases')
	cbase=$(db -N -e 'SELECT IFNULL(MAX(id), 0) FROM citizens')
	for ((lo = 1; lo <= SCALE; lo += BATCH)); do
		hi=$((lo + BATCH - 1 < SCALE ? lo + BATCH - 1 : SCALE))
		{ echo "SET @cases = $SCALE, @lo = $lo, @hi = $hi, @from = '$from', @base = $base, @cbase = $cbase;"
		  sed "s/seq_LO_to_HI/seq_${lo}_to_${hi}/; s/seq_CLO_to_CHI/seq_$(((lo - 1) / 6))_to_$((hi / 6))/" \
			tests/bench/scale_load.sql; } | db
		printf '\r  %d cases, %d s' "$hi" $(($(date +%s) - t0))
	done
	db -e "CALL dash_summary_rebuild()"   # the dashboard's summaries (sql/200), whatever the load kept
	db -e "ANALYZE TABLE cases, case_events, citizens, case_tally" >/dev/null
	echo
	echo "loaded $SCALE cases, $(db -N -e 'SELECT COUNT(*) FROM case_events') events," \
		"$(db -N -e 'SELECT COUNT(*) FROM citizens') citizens in $(($(date +%s) - t0)) s"
}

[ "${SCALE_KEEP:-0}" = 1 ] || trap 'conf/ctl.sh stop >/dev/null 2>&1' EXIT
conf/ctl.sh stop >/dev/null 2>&1 || true
[ "${SCALE_LOAD:-1}" = 0 ] || rm -rf "$VAR"
PORT=$PORT WORKERS=${SCALE_WORKERS:-8} DB_LOG_FILE=${DB_LOG_FILE:-1G} \
	conf/ctl.sh start --data-dir sql/demo >"$ROOT/var/scale.log" 2>&1 ||
	{ tail "$ROOT/var/scale.log" >&2; exit 1; }
echo "buffer pool: $(db -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MB"
[ "${SCALE_LOAD:-1}" = 0 ] || load
db -N -e "SELECT CONCAT('database size: ', ROUND(SUM(data_length + index_length) / 1073741824, 2), ' GB (data ',
	ROUND(SUM(data_length) / 1073741824, 2), ' GB, indexes ', ROUND(SUM(index_length) / 1073741824, 2), ' GB)')
	FROM information_schema.tables WHERE table_schema = 'portale'"

BASE_URL=http://127.0.0.1:$PORT TEST_VAR=$VAR SCALE=$SCALE node tests/bench/scale.js
