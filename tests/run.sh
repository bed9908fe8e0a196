#!/usr/bin/env bash
# tests/run.sh - the whole suite, as `make test` and CI run it:
#   1. lint: banned ClearSilver constructs, SQL built by string formatting;
#   2. unit: cmocka tests of the core modules, then again under ASan/LSan;
#      libFuzzer targets for the parsers of outside input, 10 s each;
#   3. integration, resilience and browser tests (node's test runner) against a
#      throw-away stack: real MariaDB, the FastCGI programs and nginx under
#      var/test on TEST_PORT, loaded with the fixtures of tests/fixtures/.
# Last line: "N passed, N failed".
# While working on one part: TEST_STAGES=stack runs only step 3 (STAGES is any
# of "lint unit fuzz stack"), TEST_FILES="tests/integration/x.test.js ..." only
# those files of it.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export TEST_PORT=${TEST_PORT:-18080}
export TEST_VAR=${TEST_VAR:-$ROOT/var/test}
export BASE_URL=http://127.0.0.1:$TEST_PORT
PASSED=0
FAILED=0
LOGDIR=${TEST_LOGDIR:-$ROOT/var/test-logs}
mkdir -p "$LOGDIR"

count() {   # count PASSED FAILED LABEL
	PASSED=$((PASSED + $1)); FAILED=$((FAILED + $2))
	printf '%-28s %4d passed, %d failed\n' "$3" "$1" "$2"
}

STAGES=${TEST_STAGES:-lint unit fuzz stack}
stage() { case " $STAGES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# --- 1. lint ------------------------------------------------------------------
stage lint && for t in tests/lint/*.sh; do
	if bash "$t" >"$LOGDIR/lint-$(basename "$t" .sh).log" 2>&1; then count 1 0 "lint $(basename "$t")"
	else count 0 1 "lint $(basename "$t")"; cat "$LOGDIR/lint-$(basename "$t" .sh).log"; fi
done

# --- 2. unit ------------------------------------------------------------------
cmocka_counts() {   # cmocka_counts LOG LABEL BUILD_OK
	local p f
	p=$(grep -ho '\[  PASSED  \] [0-9]*' "$1" | awk '{s+=$4} END {print s+0}')
	f=$(grep -ho '\[  FAILED  \] [0-9]*' "$1" | awk '{s+=$4} END {print s+0}')
	[ "$3" = 0 ] || f=$((f + 1))   # a build or runner failure counts as one failure
	count "$p" "$f" "$2"
	[ "$f" = 0 ] || grep -E 'FAILED|ERROR|Sanitizer|error' "$1" | head -40
}
run_units() {   # run_units BUILD_DIR
	local rc=0 t
	for t in "$1"/tests/test_*; do
		[ -x "$t" ] || continue
		"$t" || rc=1
	done
	return $rc
}
if stage unit; then
rc=0; { make --no-print-directory unit && run_units build; } >"$LOGDIR/unit.log" 2>&1 || rc=$?
cmocka_counts "$LOGDIR/unit.log" "unit (cmocka)" "$rc"
rc=0
{ make --no-print-directory unit-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 run_units build/asan; } \
	>"$LOGDIR/unit-asan.log" 2>&1 || rc=$?
cmocka_counts "$LOGDIR/unit-asan.log" "unit (ASan+LSan+UBSan)" "$rc"
fi

# --- fuzz: every parser of outside input, 10 s each under ASan/UBSan ------------
if stage fuzz; then
rc=0; make --no-print-directory -f tests/fuzz/fuzz.mk run FUZZ_SECONDS=${FUZZ_SECONDS:-10} \
	>"$LOGDIR/fuzz.log" 2>&1 || rc=$?
p=$(tail -1 "$LOGDIR/fuzz.log" | awk '/passed,/ {print $1}')
f=$(tail -1 "$LOGDIR/fuzz.log" | awk '/passed,/ {print $3}')
[ -n "$p" ] || { p=0; f=1; }
[ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
count "$p" "$f" "fuzz (libFuzzer)"
[ "$f" = 0 ] || grep -E 'FAILED|ERROR|error' "$LOGDIR/fuzz.log" | head -20
fi

# --- 3. against the running stack ----------------------------------------------
if stage stack; then
stop_stack() { VAR=$TEST_VAR conf/ctl.sh stop >/dev/null 2>&1; }
trap stop_stack EXIT
stop_stack
rm -rf "$TEST_VAR"
# a throw-away test IdP (SPID and CIE, tests/saml/) trusted besides the demo IdP
if tests/saml/make-test-idp.sh "$TEST_VAR/test-idp" "$BASE_URL" >"$LOGDIR/stack.log" 2>&1 &&
	VAR=$TEST_VAR PORT=$TEST_PORT DB_BUFFER_POOL=64M WORKERS=3 DEMO_IDP=1 EXTRA_IDP_DIR=$TEST_VAR/test-idp NOTICES_DIGEST_HOUR=0 NOTICES_SCAN_SECONDS=5 conf/ctl.sh start \
	--data-dir tests/fixtures >>"$LOGDIR/stack.log" 2>&1; then
	# one file at a time, each bounded: a hung file fails alone instead of stalling
	# the run (node 18, as Debian ships it, has no --test-timeout)
	: >"$LOGDIR/node.log"
	p=0; f=0
	for t in ${TEST_FILES:-tests/integration/*.test.js tests/browser/*.test.js}; do
		rc=0
		timeout -k 10 "${FILE_TIMEOUT:-600}" node --test --test-reporter=tap "$t" >"$LOGDIR/node-file.log" 2>&1 || rc=$?
		cat "$LOGDIR/node-file.log" >>"$LOGDIR/node.log"
		fp=$(grep -E '^# pass ' "$LOGDIR/node-file.log" | awk '{print $3}' | tail -1)
		ff=$(grep -E '^# fail ' "$LOGDIR/node-file.log" | awk '{print $3}' | tail -1)
		# a test cancelled (its hook failed, or its parent ended first) did not pass
		fc=$(grep -E '^# cancelled ' "$LOGDIR/node-file.log" | awk '{print $3}' | tail -1)
		ff=$((${ff:-0} + ${fc:-0}))
		if [ "$rc" = 124 ] || [ "$rc" = 137 ] || [ -z "$fp" ]; then
			echo "$t: no result (timed out or crashed, exit $rc)"; ff=$((${ff:-0} + 1))
		fi
		p=$((p + ${fp:-0})); f=$((f + ${ff:-0}))
		[ "${ff:-0}" = 0 ] || grep -B2 -A25 '^not ok\|^    not ok' "$LOGDIR/node-file.log" | head -60
	done
	count "$p" "$f" "integration + browser"
else
	count 0 1 "start test stack"
	cat "$LOGDIR/stack.log"
fi
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
