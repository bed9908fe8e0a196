#!/usr/bin/env bash
# tests/lighthouse/run.sh - `make lighthouse`: a private stack with the demo data, then
# Lighthouse's mobile preset on the home, a service page and the case form
# (tests/lighthouse/run.mjs), then the page weight of a first and a repeat visit
# (tests/bench/page_weight.js). Exits 1 when a page scores below LIGHTHOUSE_MIN (0.95).
# Environment: LIGHTHOUSE_PORT (18096), LIGHTHOUSE_MIN, CHROMIUM.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export VAR=$ROOT/var/lighthouse
PORT=${LIGHTHOUSE_PORT:-18096}
export BASE_URL=http://127.0.0.1:$PORT TEST_VAR=$VAR

trap 'conf/ctl.sh stop >/dev/null 2>&1' EXIT
PORT=$PORT DEMO_IDP=1 conf/ctl.sh start --data-dir sql/demo >/dev/null
node tests/lighthouse/run.mjs
node tests/bench/page_weight.js
