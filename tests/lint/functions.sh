#!/usr/bin/env bash
# tests/lint/functions.sh - no function body over 60 lines in cgi-bin/ (main()
# excepted: a program's main is its route table and start-up). Functions are
# Linux style: the opening brace alone at column 0, the closing one too.
set -euo pipefail
cd "$(dirname "$0")/../.."
MAX=${MAX_FUNCTION_LINES:-60}
find cgi-bin -name '*.c' | sort | xargs awk -v max="$MAX" '
	FNR == 1 { head = ""; start = 0 }
	/^[A-Za-z_]/ { head = $0 }
	/^\{$/ { start = FNR; next }
	/^\}/ && start {
		n = FNR - start - 1
		name = head; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name)
		if (n > max && name != "main") { printf "%s:%d: %s is %d lines (at most %d)\n", FILENAME, start, name, n, max; bad = 1 }
		start = 0
	}
	END { exit bad }
'
echo "no function over $MAX lines"
