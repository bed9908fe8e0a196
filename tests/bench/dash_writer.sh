#!/usr/bin/env bash
# tests/bench/dash_writer.sh - the case writes of a busy back office while
# scale.js measures the dashboard: RATE status changes a second (default 1)
# until killed, each in its own transaction as the back office writes them
# (bo_case_store.c: the case locked, its status saved, a status event), so
# that the summaries', dash_state's and dash_month_state's triggers fire.
# Where a back office writes: two writes in three on a case just filed (one
# of the newest 500, at random: taken in charge, worked on), one in three on
# an open case filed in the last ninety days (the first open one filed from a
# random day on: worked on, closed), so that an older month's CSV stays cached
# between writes to it: at a million cases one write in six went to last
# month's cases, one in six to the month before, none further back (those
# months' open cases are few). Each case goes
# received -> in charge -> in progress -> closed -> reopened (in progress) ->
# closed ... The events carry the author name 'Banco di prova', by which
# scale.js counts the writes done.
# Why 1 a second: Rome files about 2.5 million contacts a year (0.08 new cases
# a second); with some three status changes a case and a peak hour at three
# to four times the mean, about one case write a second is a generous peak.
# Usage: dash_writer.sh SOCKET [RATE]
set -eu
SOCK=$1
PAUSE=$(awk -v r="${2:-1}" 'BEGIN { printf "%.3f", 1 / r }')
while :; do
	cat <<SQL
START TRANSACTION;
$(if ((RANDOM % 3)); then cat <<NEW
SELECT id, status INTO @id, @was FROM cases
 WHERE submitted_at >= CURDATE() - INTERVAL 30 DAY
   AND status IN ('received', 'in_charge', 'in_progress', 'waiting_citizen', 'closed')
 ORDER BY submitted_at DESC LIMIT 1 OFFSET $((RANDOM % 500)) FOR UPDATE;
NEW
else cat <<OPEN
SELECT id, status INTO @id, @was FROM cases
 WHERE is_open = 1 AND submitted_at >= CURDATE() - INTERVAL $((1 + RANDOM % 90)) DAY
 ORDER BY submitted_at LIMIT 1 FOR UPDATE;
OPEN
fi)
SET @to = CASE @was WHEN 'received' THEN 'in_charge' WHEN 'in_progress' THEN 'closed'
 WHEN 'waiting_citizen' THEN 'closed' ELSE 'in_progress' END;
UPDATE cases SET status = @to, waiting_since = NULL,
 closed_at = IF(@to = 'closed', COALESCE(closed_at, NOW(3)), NULL),
 outcome_kind = IF(@to = 'closed', 'risolta', NULL), updated_at = NOW(3) WHERE id = @id;
INSERT INTO case_events (case_id, at, kind, status, author, author_name, body, public)
 VALUES (@id, NOW(3), 'status', @to, 'staff', 'Banco di prova', '', 1);
COMMIT;
SQL
	sleep "$PAUSE"
done | exec mariadb --no-defaults --socket="$SOCK" -uroot portale
