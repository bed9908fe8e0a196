#!/usr/bin/env bash
# tests/bench/notifier_scan.sh - the notifier's scan of the staff's e-mails
# (mail/staff_notices.c) at a stack's volume, by default make bench-scale's
# (issue 12): `notifier --once notices` against its database, NOTIFIER_SCANS
# times (3) in a row; prints each one's time and the median. Each scan queues
# what is due, as the daemon's would: a backlog goes in the first ones, the
# later ones find only what is new. Environment: VAR (var/scale).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VAR=${VAR:-$ROOT/var/scale}
N=${NOTIFIER_SCANS:-3}
ms=()
for ((i = 0; i < N; i++)); do
	t0=$(date +%s%N)
	build/bin/notifier --config conf/notifier.hdf --set "DB.Socket=$VAR/db/run/mysqld.sock" \
		--set "DB.PasswordFile=$VAR/secrets/notifier.pw" --once notices 2>>"$VAR/log/notifier-scan.log" ||
		{ echo "notifier scan failed: see $VAR/log/notifier-scan.log" >&2; exit 1; }
	ms+=($((($(date +%s%N) - t0) / 1000000)))
done
median=$(printf '%s\n' "${ms[@]}" | sort -n | sed -n "$(((N + 1) / 2))p")
echo "notifier: one scan of the staff's e-mails, median of $N: $median ms (each: ${ms[*]} ms)"
