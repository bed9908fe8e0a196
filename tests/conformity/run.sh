#!/usr/bin/env bash
# tests/conformity/run.sh - `make conformity`: AgID's conformity checker for
# municipal sites (pa-website-validator-ng) run against a private stack with
# the demo data, printing each audit's result (and the checker's own HTML and
# JSON report under var/conformity/report/).
#
# The checker is not on npm: it is built from a local copy of its source
# (VALIDATOR_SRC, default var/pa-website-validator-ng), with its npm
# dependencies but without the Chrome its `prepare` step downloads: Debian's
# chromium runs it.
# Scope "online", as AgID runs it on a comune's site: the checker's "local"
# scope gathers only the home and the service pages (src/config/config.ts), so
# its menu (C.SI.1.6), second-level titles (C.SI.1.7) and page rating (C.SI.2.5)
# audits never run there and the report holds their initial scores. Online
# scope needs no network either: the audits that need the internet or HTTPS
# fail in both scopes alike.
# Environment: VALIDATOR_SRC, CONFORMITY_PORT (18095), CONFORMITY_URL (a site
# already running: no private stack is started), CONFORMITY_SCOPE (online).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SRC=${VALIDATOR_SRC:-$ROOT/var/pa-website-validator-ng}
export VAR=$ROOT/var/conformity
PORT=${CONFORMITY_PORT:-18095}
URL=${CONFORMITY_URL:-http://127.0.0.1:$PORT}
BUILD=$VAR/validator
REPORT=$VAR/report

if [ ! -f "$SRC/package.json" ]; then
	cat >&2 <<MSG
conformity: the checker's source is not in $SRC. Get a copy once, e.g.
  git clone https://github.com/italia/pa-website-validator-ng $SRC && git -C $SRC checkout v1.1.38
or set VALIDATOR_SRC to where one is.
MSG
	exit 2
fi
command -v chromium >/dev/null || { echo "conformity: chromium is missing: run make deps-test" >&2; exit 2; }

# Build once per version of the source (its package.json and lock file).
stamp=$(cat "$SRC/package.json" "$SRC/package-lock.json" | sha256sum | cut -c1-16)
if [ "$(cat "$BUILD/.stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "conformity: building the checker from $SRC"
	rm -rf "$BUILD" && mkdir -p "$BUILD"
	tar -C "$SRC" --exclude=.git --exclude=node_modules --exclude=dist -cf - . | tar -C "$BUILD" -xf -
	(cd "$BUILD" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && npm run build >/dev/null)
	echo "$stamp" >"$BUILD/.stamp"
fi

if [ -z "${CONFORMITY_URL:-}" ]; then
	trap 'conf/ctl.sh stop >/dev/null 2>&1' EXIT
	conf/ctl.sh stop >/dev/null 2>&1 || true
	# a fresh database each run: the demo data of this version, not of the last run's
	rm -rf "$VAR/db" "$VAR/pages"
	PORT=$PORT DEMO_IDP=1 conf/ctl.sh start --data-dir sql/demo >/dev/null
fi
rm -rf "$REPORT" && mkdir -p "$REPORT"
echo "conformity: checking $URL (a few minutes)"
(cd "$BUILD" && PUPPETEER_EXECUTABLE_PATH=$(command -v chromium) \
	node --max-old-space-size=4096 dist --type municipality --destination "$REPORT" \
	--report conformity --website "$URL" --scope "${CONFORMITY_SCOPE:-online}" --view false --accuracy all \
	--timeout 60000 --concurrentPages 4) >"$REPORT/checker.log" 2>&1 ||
	{ tail -20 "$REPORT/checker.log" >&2; exit 1; }
node tests/conformity/summary.js "$REPORT/conformity.json"
