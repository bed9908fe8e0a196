#!/usr/bin/env bash
# ctl.sh - runs the portal privately under $VAR: MariaDB, the FastCGI programs
# and nginx, started and stopped by PID file, never by name, never a system
# service. Used by `make run`, `make stop` and the test harness.
#
#   conf/ctl.sh deps [run|test]        install missing Debian packages, npm ci
#   conf/ctl.sh start [--data FILE | --data-dir DIR]...
#                                      start everything; load each FILE (or DIR's *.sql) once
#   conf/ctl.sh stop                   stop what start started
#   conf/ctl.sh status
#   conf/ctl.sh db-stop | db-start     only MariaDB (the programs reconnect by themselves)
#   conf/ctl.sh nginx-start | nginx-stop   only nginx (start, or reload when it runs: e.g. after
#                                      a certificate's renewal)
#   conf/ctl.sh app-start              an application machine: the programs and nginx, on the
#                                      MariaDB of DB_VAR (another machine's VAR; no migrations)
#   conf/ctl.sh pages-flush            forget the public pages kept as files, and the answers left
#                                      for the quick lane (after changing the catalogue in SQL by
#                                      hand; the back office does it itself)
#
# Environment: VAR (default ./var), PORT (default 8080), WORKERS (default 4; not the
# portal's quick lane, conf/portal-quick.hdf),
# EXTRA_SET="Key=Value ..." adds settings (no spaces in a value) to every program
# (tests: a second stack with another configuration).
# DEMO_IDP=1 to run the demo identity provider (never in production),
# EXTRA_IDP_DIR (tests: a directory of further IdP metadata to trust),
# SMTP_PORT (default PORT + 25: the local smtp-sink; e-mails land in $VAR/mail).
# NOTICES_SCAN_SECONDS, NOTICES_DIGEST_HOUR (tests): the notifier's scan for the staff's e-mails.
# DB_VAR (default VAR): whose MariaDB socket and account passwords the programs use.
# PAGES_DIR (default $VAR/pages): the public pages kept as files, shared by the machines that
# serve the site (README "Public pages as files").
# HTTPS (production, README "Production: HTTPS"): TLS_CERT (certificate and intermediates, PEM)
# and TLS_KEY serve the site on LISTEN_ADDR:TLS_PORT (default 443) and redirect plain HTTP on
# PORT to BASE_URL (https://...); TLS_CHAIN (the issuer's chain) turns OCSP stapling on, asking
# TLS_RESOLVER (default: the first nameserver of /etc/resolv.conf). LISTEN_ADDR: 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VAR=${VAR:-$ROOT/var}
PORT=${PORT:-8080}
WORKERS=${WORKERS:-4}
DBNAME=portale
DB_VAR=${DB_VAR:-$VAR}
DBSOCK=$DB_VAR/db/run/mysqld.sock
PAGES=${PAGES_DIR:-$VAR/pages}
# The demo identity provider runs only where DEMO_IDP=1 (make run, make test).
DEMO_IDP=${DEMO_IDP:-0}
PROGRAMS="portal portal-quick auth cases admin"
[ "$DEMO_IDP" = 1 ] && PROGRAMS="$PROGRAMS demo-idp"
BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
# The local SMTP sink standing in for the mail server: e-mails land in $VAR/mail.
SMTP_PORT=${SMTP_PORT:-$((PORT + 25))}

# Debian 12 packages: to build and run; and what the tests and the benchmark add.
RUN_PACKAGES="build-essential pkg-config clearsilver-dev libfcgi-dev libfcgi-bin libmariadb-dev
 libssl-dev libxml2-dev libxmlsec1-dev xmlsec1 libvips-dev libcurl4-openssl-dev libargon2-dev
 liboath-dev libcmark-dev oathtool libstemmer-dev zlib1g-dev mariadb-server
 mariadb-client nginx curl openssl ca-certificates nodejs npm"
TEST_PACKAGES="libcmocka-dev chromium wrk bc clang libclang-rt-14-dev procps libvips-tools opensaml-schemas
 xmltooling-schemas libxml2-utils"

log() { printf '%s\n' "$*" >&2; }
die() { log "ctl: $*"; exit 1; }

# A process that has exited stays a zombie until its parent (here often PID 1,
# which may reap late) collects it: kill -0 still succeeds on it. Dead is dead.
running() {   # running PID: the process exists and is not a zombie
	local state
	case $1 in '' | *[!0-9]*) return 1 ;; esac
	state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) || return 1
	[ -n "$state" ] && [ "$state" != Z ]
}
exited() { ! running "$1"; }
alive() { [ -f "$1" ] && running "$(cat "$1" 2>/dev/null)"; }   # alive PIDFILE

# Stopping: ask every component first (stop_ask), then wait for all of them
# (stop_wait), so that the waits overlap; one line per component.
STOPPING=()
SAY_ABSENT=0
stop_ask() {   # stop_ask NAME PIDFILE [SIGNAL]
	local pid
	if ! alive "$2"; then
		[ "$SAY_ABSENT" = 1 ] && echo "$1: not running"
		return 0
	fi
	pid=$(cat "$2")
	kill "-${3:-TERM}" "$pid" 2>/dev/null || true
	STOPPING+=("$1:$pid")
}
stop_wait() {   # stop_wait SECONDS: wait for what stop_ask asked; SIGKILL after SECONDS
	local e name pid
	for e in "${STOPPING[@]}"; do
		name=${e%%:*}; pid=${e#*:}
		if wait_for "$1" exited "$pid"; then
			echo "$name: stopped (pid $pid)"
		else
			kill -KILL "$pid" 2>/dev/null || true
			echo "$name: killed after $1 s (pid $pid)"
		fi
	done
	STOPPING=()
}

wait_for() {   # wait_for SECONDS COMMAND...
	local n=$(($1 * 10)); shift
	until "$@" >/dev/null 2>&1; do
		n=$((n - 1)); [ $n -gt 0 ] || return 1
		sleep 0.1
	done
}

deps() {   # deps [run|test]
	local missing="" packages=$RUN_PACKAGES
	[ "${1:-run}" = test ] && packages="$RUN_PACKAGES $TEST_PACKAGES"
	for p in $packages; do
		# nodejs/npm may come from elsewhere (e.g. NodeSource): a working node and npm will do
		case $p in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
	done
	if [ -n "$missing" ]; then
		[ "$(id -u)" = 0 ] || die "missing packages:$missing (run as root, or install them)"
		log "installing:$missing"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		# shellcheck disable=SC2086
		apt-get install -y -qq --no-install-recommends $missing >/dev/null
	fi
	if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
	   [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
		(cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
	fi
}

# InnoDB's buffer pool: DB_BUFFER_POOL (e.g. 64M, as the tests set it), or by
# default half of the machine's memory (MemTotal in /proc/meminfo) capped at
# DB_BUFFER_POOL_MAX (16G), so the working set of a big city's cases stays in RAM.
buffer_pool() {
	if [ -n "${DB_BUFFER_POOL:-}" ]; then echo "$DB_BUFFER_POOL"; return; fi
	local kb cap
	kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
	cap=$(numfmt --from=iec "${DB_BUFFER_POOL_MAX:-16G}")
	kb=$((kb * 1024 / 2 < cap ? kb / 2 : cap / 1024))
	echo "$((kb / 1024))M"
}

sql() { mariadb --no-defaults --socket="$DBSOCK" -uroot "$@"; }

db_start() {
	local D=$VAR/db
	mkdir -p "$D/run" "$D/log"
	local opts=(--innodb-buffer-pool-size="$(buffer_pool)" --innodb-log-file-size="${DB_LOG_FILE:-16M}")
	if [ ! -d "$D/data/mysql" ]; then
		mkdir -p "$D/data"
		mariadb-install-db --no-defaults --user=root --datadir="$D/data" \
			--auth-root-authentication-method=normal --skip-test-db "${opts[@]}" \
			>"$D/log/install.log" 2>&1 || die "mariadb-install-db failed: see $D/log/install.log"
	fi
	if ! alive "$D/run/mysqld.pid"; then
		# FULLTEXT: two-letter stems count, and no English stop word list
		mariadbd --no-defaults --user=root --datadir="$D/data" --socket="$DBSOCK" \
			--pid-file="$D/run/mysqld.pid" --skip-networking --log-error="$D/log/error.log" \
			--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
			--innodb-ft-min-token-size=2 --innodb-ft-enable-stopword=0 --event-scheduler=ON \
			"${opts[@]}" \
			</dev/null >/dev/null 2>&1 &
		wait_for 30 mariadb-admin --no-defaults --socket="$DBSOCK" -uroot ping ||
			die "MariaDB did not start: see $D/log/error.log"
	fi
}

secret() {   # secret NAME: a random password kept in $VAR/secrets, made once
	local f=$VAR/secrets/$1.pw
	if [ ! -s "$f" ]; then
		mkdir -p "$VAR/secrets"; chmod 700 "$VAR/secrets"
		(umask 077; openssl rand -hex 24 >"$f")
	fi
	cat "$f"
}

# One account per program, each with only the rights it needs (after migrate:
# grants name tables).
db_accounts() {
	local catalogue="topics offices services service_topics service_categories faqs search_docs" grants=""
	catalogue="$catalogue admin_areas people person_roles documents document_files entities"
	catalogue="$catalogue news news_topics news_attachments places events case_categories"
	for t in $catalogue catalogue_state; do grants="$grants GRANT SELECT ON $DBNAME.$t TO 'portale_portal'@'localhost';"; done
	for t in $catalogue; do grants="$grants GRANT SELECT ON $DBNAME.$t TO 'portale_indexer'@'localhost';"; done
	grants="$grants GRANT INSERT, DELETE ON $DBNAME.search_docs TO 'portale_indexer'@'localhost';"
	for t in citizens sessions saml_requests saml_assertions; do
		grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.$t TO 'portale_auth'@'localhost';"
	done
	grants="$grants GRANT INSERT ON $DBNAME.auth_log TO 'portale_auth'@'localhost';"
	local c="'portale_cases'@'localhost'"
	for t in cases case_events case_attachments; do
		grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.$t TO $c;"
	done
	# appointment booking: the cases program books; the offices' settings it only reads
	grants="$grants GRANT SELECT, INSERT, UPDATE ON $DBNAME.bookings TO $c;
		GRANT SELECT, INSERT ON $DBNAME.booking_slots TO $c;"
	# (and the generations its calendar's answer cache checks, sql/220)
	for t in booking_offices booking_hours booking_services booking_closures booking_state \
		catalogue_state; do
		grants="$grants GRANT SELECT ON $DBNAME.$t TO $c;"
	done
	for t in case_categories areas case_routes offices services auth_log; do
		grants="$grants GRANT SELECT ON $DBNAME.$t TO $c;"
	done
	# the citizen's voice at closure (sql/120_citizen_voice.sql)
	for t in case_voice_links case_verdicts case_ratings category_close_times \
		guest_reports guest_limits guest_claims; do
		grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.$t TO $c;"
	done
	grants="$grants GRANT INSERT ON $DBNAME.page_ratings TO $c;
		GRANT SELECT, INSERT ON $DBNAME.rating_salts TO $c;
		GRANT SELECT, INSERT, UPDATE ON $DBNAME.rating_limits TO $c;"
	grants="$grants GRANT SELECT, INSERT, UPDATE ON $DBNAME.protocol_counters TO $c;
		GRANT INSERT ON $DBNAME.outbox TO $c;
		GRANT SELECT, UPDATE ON $DBNAME.citizens TO $c;
		GRANT SELECT, UPDATE ON $DBNAME.sessions TO $c;"
	local n="'portale_notifier'@'localhost'"
	grants="$grants GRANT SELECT, INSERT, UPDATE ON $DBNAME.outbox TO $n;"
	# the reminders of tomorrow's appointments: read them, mark them reminded
	grants="$grants GRANT SELECT, UPDATE (reminded_at, reminder_hash) ON $DBNAME.bookings TO $n;
		GRANT SELECT ON $DBNAME.offices TO $n; GRANT SELECT ON $DBNAME.services TO $n;"
	# the staff's e-mails about cases (mail/staff_notices.c): read the facts, record each sent
	for t in cases case_events offices staff_offices staff_notice_prefs audit_log case_verdicts \
		case_ratings; do
		grants="$grants GRANT SELECT ON $DBNAME.$t TO $n;"
	done
	grants="$grants GRANT SELECT (id, display_name, email, role, active) ON $DBNAME.staff TO $n;
		GRANT SELECT, INSERT ON $DBNAME.staff_notices TO $n;"
	# what changed since the last scan, and how far each threshold's scans got (sql/350)
	grants="$grants GRANT SELECT ON $DBNAME.notice_case_changes TO $n;
		GRANT SELECT ON $DBNAME.notice_staff_changes TO $n;
		GRANT SELECT, INSERT, UPDATE ON $DBNAME.notice_watermarks TO $n;"
	local b="'portale_admin'@'localhost'"
	for t in staff staff_offices staff_sessions topics offices services service_topics faqs \
		service_categories \
		service_revisions search_docs case_categories areas case_routes cases case_events citizens \
		response_templates news news_topics news_attachments places events people documents \
		admin_areas entities document_files person_roles content_revisions staff_notice_prefs; do
		grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.$t TO $b;"
	done
	# after a write, whether the public pages' files must go (cgi-bin/admin/public_pages.c)
	grants="$grants GRANT SELECT ON $DBNAME.catalogue_state TO $b;"
	# whether its workers' lists of categories, offices and operators still hold (sql/290)
	grants="$grants GRANT SELECT ON $DBNAME.choice_lists_state TO $b;"
	# whether its workers' dashboards still hold (sql/300)
	grants="$grants GRANT SELECT ON $DBNAME.dash_state TO $b; GRANT SELECT ON $DBNAME.booking_state TO $b;"
	grants="$grants GRANT SELECT ON $DBNAME.dash_month_state TO $b;"   # its CSVs, by filing month (sql/361)
	# the appointments' counter: check-in, walk-ins (the locked hold), the offices' settings
	for t in booking_hours booking_services booking_closures; do
		grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.$t TO $b;"
	done
	grants="$grants GRANT SELECT, INSERT, UPDATE ON $DBNAME.bookings TO $b;
		GRANT SELECT, UPDATE ON $DBNAME.booking_offices TO $b;
		GRANT SELECT, INSERT ON $DBNAME.booking_slots TO $b;
		GRANT SELECT, INSERT ON $DBNAME.booking_attendance TO $b;
		GRANT SELECT, INSERT ON $DBNAME.booking_settings_past TO $b;
		GRANT SELECT, INSERT ON $DBNAME.booking_hours_past TO $b;"
	grants="$grants GRANT SELECT ON $DBNAME.case_tally TO $b;"   # the dashboard's counts (sql/150)
	grants="$grants GRANT SELECT ON $DBNAME.dash_summary TO $b;"   # its other figures (sql/200)
	grants="$grants GRANT SELECT ON $DBNAME.dash_marginal TO $b;"   # without a filter (sql/260)
	grants="$grants GRANT SELECT, INSERT, UPDATE, DELETE ON $DBNAME.dash_answers TO $b;"   # shared answers (sql/310)
	grants="$grants GRANT SELECT ON $DBNAME.page_ratings TO $b;
		GRANT SELECT, INSERT ON $DBNAME.case_voice_links TO $b;
		GRANT SELECT ON $DBNAME.case_verdicts TO $b;
		GRANT SELECT ON $DBNAME.case_ratings TO $b;
		GRANT SELECT ON $DBNAME.guest_reports TO $b;"   # its updates of cases check the children
	grants="$grants GRANT SELECT, INSERT ON $DBNAME.audit_log TO $b;
		GRANT SELECT ON $DBNAME.case_attachments TO $b;
		GRANT SELECT, INSERT, UPDATE ON $DBNAME.protocol_counters TO $b;
		GRANT SELECT, INSERT ON $DBNAME.outbox TO $b;"
	local a accounts=""
	for a in portal indexer auth cases notifier admin; do
		accounts="$accounts CREATE USER IF NOT EXISTS 'portale_$a'@'localhost';
			ALTER USER 'portale_$a'@'localhost' IDENTIFIED BY '$(secret $a)';"
	done
	sql <<SQL
$accounts
$grants
SQL
}

migrate() {
	sql -e "CREATE DATABASE IF NOT EXISTS $DBNAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
	sql "$DBNAME" -e "CREATE TABLE IF NOT EXISTS schema_migrations (
		version VARCHAR(190) PRIMARY KEY, applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)"
	local f v
	for f in "$ROOT"/sql/[0-9][0-9][0-9]_*.sql; do
		v=$(basename "$f" .sql)
		[ -n "$(sql -N "$DBNAME" -e "SELECT 1 FROM schema_migrations WHERE version='$v'")" ] && continue
		log "migration $v"
		sql "$DBNAME" <"$f" || die "migration $v failed"
		sql "$DBNAME" -e "INSERT INTO schema_migrations (version) VALUES ('$v')"
	done
}

load_data() {   # load_data FILE: content loaded once, recorded like a migration
	local f=$1 v
	v="data:$(basename "$f")"
	[ -n "$(sql -N "$DBNAME" -e "SELECT 1 FROM schema_migrations WHERE version='$v'")" ] && return 0
	log "loading $f"
	sql --default-character-set=utf8mb4 "$DBNAME" <"$f" || die "loading $f failed"
	sql "$DBNAME" -e "INSERT INTO schema_migrations (version) VALUES ('$v')"
}

reindex() {
	"$ROOT/build/bin/catalogue-index" "$DBSOCK" portale_indexer "$VAR/secrets/indexer.pw" "$DBNAME" >&2
}

# Throw-away keys made on first run (production points Auth.KeyFile and
# Auth.CertFile at real files). The SP certificate follows the AgID profile for
# public SPs; its uri (2.5.4.83) is the SPID entityID, so a new base URL makes
# a new certificate.
keys() {
	local K=$VAR/keys entity="$BASE_URL/auth/metadata"
	mkdir -p "$K"; chmod 700 "$K"
	if [ ! -s "$K/sp.crt" ] || [ "$(cat "$K/sp.entity" 2>/dev/null)" != "$entity" ]; then
		cat >"$K/sp.cnf" <<CNF
oid_section = oids
[oids]
uri = 2.5.4.83
[req]
distinguished_name = dn
prompt = no
x509_extensions = ext
string_mask = utf8only
utf8 = yes
[dn]
C = IT
L = Valdimonte
O = Comune di Valdimonte
CN = Comune di Valdimonte
organizationIdentifier = PA:IT-c_v999
uri = $entity
[ext]
certificatePolicies = 1.3.76.16.6,1.3.76.16.4.2.1
keyUsage = critical,digitalSignature,nonRepudiation
basicConstraints = CA:FALSE
CNF
		openssl req -x509 -newkey rsa:3072 -sha256 -days 730 -nodes -keyout "$K/sp.key" \
			-out "$K/sp.crt" -config "$K/sp.cnf" 2>/dev/null || die "cannot make the SP key"
		echo "$entity" >"$K/sp.entity"
	fi
	[ "$DEMO_IDP" = 1 ] || return 0
	if [ ! -s "$K/demo-idp.crt" ]; then
		openssl req -x509 -newkey rsa:2048 -sha256 -days 730 -nodes -keyout "$K/demo-idp.key" \
			-out "$K/demo-idp.crt" -subj "/C=IT/O=Demo IdP (solo prova)/CN=demo-idp" \
			2>/dev/null || die "cannot make the demo IdP key"
	fi
	mkdir -p "$VAR/idp"
	local cert
	cert=$(grep -v -- '-----' "$K/demo-idp.crt" | tr -d '\n')
	cat >"$VAR/idp/demo-idp.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- The DEMO identity provider: made by conf/ctl.sh for make run and the tests only. -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" entityID="$BASE_URL/demo-idp">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">
    <md:Extensions><mdui:UIInfo><mdui:DisplayName xml:lang="it">Demo IdP (solo prova)</mdui:DisplayName><mdui:Logo height="28" width="120">/static/spid/idp-logos/spid-idp-dummy.svg</mdui:Logo></mdui:UIInfo></md:Extensions>
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>$cert</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="$BASE_URL/demo-idp/slo"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="$BASE_URL/demo-idp/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
XML
}

programs_ask() {
	local p
	for p in portal portal-quick auth cases admin demo-idp; do stop_ask "$p" "$VAR/run/$p.pid"; done
}

programs_stop() {
	programs_ask
	stop_wait 20
}

programs_start() {
	mkdir -p "$VAR/run" "$VAR/log"
	chmod 755 "$VAR" "$VAR/run"
	programs_stop   # a new build must replace the running one
	# The answers left for the quick lane: a database loaded again may reuse a generation.
	rm -rf "$VAR/run/answers"; mkdir -m 700 "$VAR/run/answers"
	local p
	cd "$ROOT"   # configuration includes are relative to the checkout
	for p in $PROGRAMS; do
		local extra=() workers=$WORKERS bin=$p user=$p
		case $p in
		auth) extra=(--set "Auth.KeyFile=$VAR/keys/sp.key" --set "Auth.CertFile=$VAR/keys/sp.crt")
			[ "$DEMO_IDP" = 1 ] && extra+=(--set "Auth.IdpDirs.1=$VAR/idp")
			[ -n "${EXTRA_IDP_DIR:-}" ] && extra+=(--set "Auth.IdpDirs.2=$EXTRA_IDP_DIR")
			workers=2 ;;
		cases) secret app >/dev/null   # signs the guest form's opening time
			extra=(--set "App.SecretFile=$VAR/secrets/app.pw") ;;
		demo-idp) extra=(--set "Idp.KeyFile=$VAR/keys/demo-idp.key"
			--set "Idp.CertFile=$VAR/keys/demo-idp.crt" --set "Idp.SpCertFile=$VAR/keys/sp.crt")
			workers=1 ;;
		portal|portal-quick) extra=(--set "PageFiles.Dir=$PAGES" --set "App.AnswerDir=$VAR/run/answers")
			# the quick lane: the portal again, with its own configuration and worker count
			[ "$p" = portal ] || { bin=portal user=portal workers=; } ;;
		admin) extra=(--set "PageFiles.Dir=$PAGES") ;;
		esac
		local set
		for set in ${EXTRA_SET:-}; do extra+=(--set "$set"); done
		# libvips loads its ImageMagick/poppler/heif plugins from VIPSHOME (~30 MB a
		# worker) although the cases program allows only JPEG, PNG and WebP: an empty one.
		mkdir -p "$VAR/run/vips-empty"
		VIPSHOME="$VAR/run/vips-empty" "$ROOT/build/bin/$bin" --socket "$VAR/run/$p.sock" --pidfile "$VAR/run/$p.pid" \
			--workers "$workers" --config "$ROOT/conf/$p.hdf" \
			--set "App.Templates=$ROOT/templates" --set "DB.Socket=$DBSOCK" \
			--set "DB.PasswordFile=$DB_VAR/secrets/$user.pw" --set "Site.BaseUrl=$BASE_URL" \
			"${extra[@]}" </dev/null >>"$VAR/log/$p.log" 2>&1 &
		wait_for 10 test -S "$VAR/run/$p.sock" || die "$p did not start: see $VAR/log/$p.log"
	done
}

# The e-mail notifier, and the local SMTP sink in place of a mail server: every
# message sent is kept as $VAR/mail/NNNNNN.eml (envelope in NNNNNN.json).
mail_stop() {   # the notifier first: it finishes the message in hand
	stop_ask notifier "$VAR/run/notifier.pid"
	stop_wait 20
	stop_ask smtp-sink "$VAR/run/smtp-sink.pid"
	stop_wait 20
	rm -f "$VAR/run/notifier.pid" "$VAR/run/smtp-sink.pid"
}

mail_start() {
	mkdir -p "$VAR/run" "$VAR/log" "$VAR/mail"
	mail_stop   # a new build must replace the running one
	cd "$ROOT"
	"$ROOT/build/bin/smtp-sink" --listen "127.0.0.1:$SMTP_PORT" --maildir "$VAR/mail" \
		--pidfile "$VAR/run/smtp-sink.pid" </dev/null >>"$VAR/log/smtp-sink.log" 2>&1 &
	wait_for 10 alive "$VAR/run/smtp-sink.pid" || die "smtp-sink did not start: see $VAR/log/smtp-sink.log"
	"$ROOT/build/bin/notifier" --config "$ROOT/conf/notifier.hdf" --pidfile "$VAR/run/notifier.pid" \
		--set "DB.Socket=$DBSOCK" --set "DB.PasswordFile=$VAR/secrets/notifier.pw" \
		--set "Mail.Server=smtp://127.0.0.1:$SMTP_PORT" --set "Disk.Watch=$VAR" \
		--set "Site.BaseUrl=$BASE_URL" ${NOTICES_DIGEST_HOUR:+--set "Notices.DigestHour=$NOTICES_DIGEST_HOUR"} \
		${NOTICES_SCAN_SECONDS:+--set "Notices.ScanSeconds=$NOTICES_SCAN_SECONDS"} \
		</dev/null >>"$VAR/log/notifier.log" 2>&1 &
	wait_for 10 alive "$VAR/run/notifier.pid" || die "notifier did not start: see $VAR/log/notifier.log"
}

# One demo account per role (DEMO_STAFF=1: make run), made once; the
# passwords and TOTP secrets are kept in $VAR/secrets/staff-demo.txt.
demo_staff() {
	local f=$VAR/secrets/staff-demo.txt
	[ -s "$f" ] && return 0
	local add=("$ROOT/build/bin/staff-add" "$DBSOCK" portale_admin "$VAR/secrets/admin.pw" "$DBNAME")
	{
		"${add[@]}" admin admin "Anna Amministratrice" admin@comune.valdimonte.it
		"${add[@]}" redattore editor "Roberto Redattore" redazione@comune.valdimonte.it
		# the offices cases are routed to (so that the demo queue is not empty), else the first four
		"${add[@]}" operatore operator "Olga Operatrice" urp@comune.valdimonte.it \
			$(sql -N "$DBNAME" -e "SELECT slug FROM offices o WHERE o.id IN (SELECT office_id FROM case_categories
				UNION SELECT office_id FROM case_routes) OR NOT EXISTS (SELECT 1 FROM case_categories)
				ORDER BY o.id LIMIT 4")
		"${add[@]}" dirigente manager "Davide Dirigente" direzione@comune.valdimonte.it
	} >"$f.tmp" || die "cannot make the demo staff accounts"
	chmod 600 "$f.tmp"
	mv "$f.tmp" "$f"
}

# $VAR/nginx/tls.conf: conf/nginx-tls.conf.in rendered when TLS_CERT and TLS_KEY are set (and the
# site's listen line then has "ssl"), an empty file otherwise. Prints the site's listen line.
tls_conf() {
	local W=$VAR/nginx addr=${LISTEN_ADDR:-127.0.0.1} stapling="" resolver
	if [ -z "${TLS_CERT:-}${TLS_KEY:-}" ]; then
		: >"$W/tls.conf"
		echo "$addr:$PORT"
		return
	fi
	[ -r "${TLS_CERT:-}" ] && [ -r "${TLS_KEY:-}" ] || die "TLS_CERT and TLS_KEY must both name readable PEM files"
	case $BASE_URL in https://*) ;; *) die "with TLS, BASE_URL must be the site's https:// address" ;; esac
	if [ -n "${TLS_CHAIN:-}" ]; then
		[ -r "$TLS_CHAIN" ] || die "TLS_CHAIN: cannot read $TLS_CHAIN"
		resolver=${TLS_RESOLVER:-$(awk '$1 == "nameserver" {print $2; exit}' /etc/resolv.conf)}
		stapling="ssl_stapling on; ssl_stapling_verify on; ssl_trusted_certificate $TLS_CHAIN;"
		[ -n "$resolver" ] && stapling="$stapling resolver $resolver valid=300s; resolver_timeout 5s;"
	fi
	mkdir -p "$VAR/acme"
	sed -e "s|@TLS_CERT@|$TLS_CERT|g" -e "s|@TLS_KEY@|$TLS_KEY|g" -e "s|@STAPLING@|$stapling|g" \
		-e "s|@HTTP_LISTEN@|$addr:$PORT|g" -e "s|@BASE_URL@|${BASE_URL%/}|g" -e "s|@VAR@|$VAR|g" \
		"$ROOT/conf/nginx-tls.conf.in" >"$W/tls.conf"
	echo "$addr:${TLS_PORT:-443} ssl http2"
}

# A new, empty directory of public pages (cgi-bin/core/page_files.c does the same after a
# change): a start or a deploy never serves a page an older build or catalogue rendered.
pages_flush() {
	mkdir -p "$PAGES"; chmod 755 "$PAGES"
	(
		flock 9
		local d; d=$(mktemp -d "$PAGES/g0-XXXXXX"); chmod 755 "$d"
		ln -s "$(basename "$d")" "$PAGES/live.$$"
		mv -Tf "$PAGES/live.$$" "$PAGES/live"
		find "$PAGES" -mindepth 1 -maxdepth 1 -name 'g*' ! -name "$(basename "$d")" -exec rm -rf {} +
	) 9>"$PAGES/lock"
	rm -f "$VAR/run/answers"/*
}

nginx_start() {
	local W=$VAR/nginx listen
	mkdir -p "$W/tmp" "$VAR/log"
	# As root, nginx's workers would drop to nobody, who may not traverse the
	# checkout (e.g. under /root): they run as the user running everything else.
	local user=""
	[ "$(id -u)" = 0 ] && user="user root root;"
	listen=$(tls_conf)
	sed -e "s|@ROOT@|$ROOT|g" -e "s|@VAR@|$VAR|g" -e "s|@LISTEN@|$listen|g" -e "s|@USER@|$user|g" \
		-e "s|@PAGES@|$PAGES|g" "$ROOT/conf/nginx.conf.in" >"$W/nginx.conf"
	if [ "$DEMO_IDP" = 1 ]; then
		cat >"$W/demo-idp.conf" <<NGINX
location ^~ /demo-idp/ {
    include       $ROOT/conf/fastcgi_params;
    fastcgi_pass  unix:$VAR/run/demo-idp.sock;
}
NGINX
	else
		: >"$W/demo-idp.conf"
	fi
	nginx -t -q -p "$W" -c "$W/nginx.conf" || die "nginx configuration rejected"
	if alive "$W/nginx.pid"; then
		nginx -p "$W" -c "$W/nginx.conf" -s reload 2>>"$VAR/log/nginx.log"
	else
		nginx -p "$W" -c "$W/nginx.conf" </dev/null >>"$VAR/log/nginx.log" 2>&1
		wait_for 10 alive "$W/nginx.pid" || die "nginx did not start: see $VAR/log/nginx.log"
	fi
}

nginx_ask() {   # SIGQUIT: nginx's graceful stop (nginx -s quit)
	stop_ask nginx "$VAR/nginx/nginx.pid" QUIT
}

db_stop() {   # SIGTERM: MariaDB's clean shutdown
	stop_ask mariadb "$VAR/db/run/mysqld.pid"
	stop_wait 30
}

# The .sql files of DIR in load order: catalogue.sql and case_categories.sql
# first (the others refer to them), then the rest in name order.
data_dir() {
	local f
	for f in "$1/catalogue.sql" "$1/case_categories.sql"; do [ -f "$f" ] && echo "$f"; done
	for f in "$1"/*.sql; do
		case $f in */catalogue.sql|*/case_categories.sql) ;; *) echo "$f" ;; esac
	done
}

start() {
	local data=() f
	while :; do
		case "${1:-}" in
		--data) data+=("$2"); shift 2 ;;
		--data-dir) while read -r f; do data+=("$f"); done < <(data_dir "$2"); shift 2 ;;
		*) break ;;
		esac
	done
	[ -x "$ROOT/build/bin/portal" ] || die "not built: run make"
	db_start
	migrate
	db_accounts
	for f in "${data[@]}"; do load_data "$f"; done
	reindex
	keys
	[ "${DEMO_STAFF:-0}" = 1 ] && demo_staff
	programs_start
	pages_flush
	mail_start
	nginx_start
	curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" ||
		die "the portal does not answer on port $PORT: see $VAR/log/nginx-error.log and $VAR/log/*.log"
}

# Everything at once, waiting only for what runs: nginx, the programs and the
# notifier together, then the mail sink, then MariaDB.
stop() {
	SAY_ABSENT=1
	nginx_ask
	programs_ask
	stop_ask notifier "$VAR/run/notifier.pid"
	stop_wait 20
	stop_ask smtp-sink "$VAR/run/smtp-sink.pid"
	stop_wait 20
	rm -f "$VAR/run/notifier.pid" "$VAR/run/smtp-sink.pid"
	db_stop
}

# The filesystem holding $VAR: a full one loses uploads (nginx cannot buffer
# them), e-mails and database writes. Warn below DISK_MIN_FREE_MB (500) or
# DISK_MIN_FREE_PCT (5) per cent free.
disk_check() {
	local dir=$VAR size avail mb pct
	while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
	read -r size avail < <(df -Pk "$dir" | awk 'NR == 2 {print $2, $4}')
	mb=$((avail / 1024)); pct=$((size > 0 ? avail * 100 / size : 0))
	if [ "$mb" -lt "${DISK_MIN_FREE_MB:-500}" ] || [ "$pct" -lt "${DISK_MIN_FREE_PCT:-5}" ]; then
		echo "disk: WARNING only $mb MB ($pct%) free on the filesystem of $VAR: uploads, e-mails and the database will fail when it is full"
		return 1
	fi
	echo "disk: $mb MB ($pct%) free on the filesystem of $VAR"
}

status() {
	local name pidf
	for name in db/run/mysqld nginx/nginx run/portal run/portal-quick run/auth run/cases run/admin run/demo-idp run/notifier \
		run/smtp-sink; do
		pidf=$VAR/$name.pid
		if alive "$pidf"; then echo "$(basename "$name"): running (pid $(cat "$pidf"))"
		else echo "$(basename "$name"): stopped"; fi
	done
	disk_check || true
}

cmd=${1:-}; shift || true
case $cmd in
	deps) deps "$@" ;;
	start) start "$@" ;;
	stop) stop ;;
	status) status ;;
	db-start) db_start ;;
	db-stop) db_stop ;;
	nginx-start) nginx_start ;;
	nginx-stop) SAY_ABSENT=1; nginx_ask; stop_wait 20 ;;
	app-start) keys; programs_start; pages_flush; nginx_start ;;
	pages-flush) pages_flush ;;
	*) die "usage: ctl.sh deps [run|test]|start [--data FILE|--data-dir DIR]...|stop|status|db-start|db-stop|nginx-start|nginx-stop|app-start|pages-flush" ;;
esac
