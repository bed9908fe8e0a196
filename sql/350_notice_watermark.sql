-- The notifier's due-soon and overdue notices (mail/staff_notices.c) read
-- only what changed since their last scan, not every open case (issue 12:
-- at 12.5 million cases a scan that found nothing due took 25-32 s of
-- MariaDB, re-checking each of the 123,000 open overdue cases against the
-- notices sent long ago, every minute).
--
-- A watermark per notice, threshold and recipients: the cases due up to
-- due_covered have had that notice (a case crosses the threshold as the days
-- pass, so a scan reads the open cases due after it, through cases_open_due),
-- and the changes up to changes_since were looked at. No row: the next scan
-- reads every open case once (as every scan did before), then moves it.
CREATE TABLE notice_watermarks (
  notice        ENUM('due_soon','overdue') NOT NULL,
  days          INT NOT NULL,            -- the lead (due_soon) or the threshold (overdue)
  until_days    INT NOT NULL,            -- overdue: the next threshold (0: none)
  level         TINYINT NOT NULL,        -- enum notice_level: who hears it
  due_covered   DATE NOT NULL,
  changes_since DATETIME(3) NOT NULL,
  PRIMARY KEY (notice, days, until_days, level)
) ENGINE=InnoDB;

-- What the due dates alone do not tell: a case filed, its due date moved
-- (a new date is a new notice), reassigned, moved to another office,
-- reopened or resumed; a member of staff hired, promoted, given an office or
-- wanting these e-mails again. One row per case or member of staff, the
-- last change's time: the scan re-checks those changed since its watermark.
-- A bulk load that pauses the tallies (@case_tally_paused, sql/210) pauses
-- this too: its cases are found by their due dates.
CREATE TABLE notice_case_changes (
  case_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  at       DATETIME(3) NOT NULL,
  KEY notice_case_changes_at (at)
) ENGINE=InnoDB;

CREATE TABLE notice_staff_changes (
  staff_id INT UNSIGNED NOT NULL PRIMARY KEY,
  at       DATETIME(3) NOT NULL,
  KEY notice_staff_changes_at (at)
) ENGINE=InnoDB;

-- CHANGED: whether the trigger's row changed in a way that matters.
CREATE PROCEDURE notice_case_changed(who BIGINT UNSIGNED, changed BOOLEAN)
  INSERT INTO notice_case_changes (case_id, at) SELECT who, NOW(3) FROM DUAL
  WHERE changed AND @case_tally_paused IS NULL ON DUPLICATE KEY UPDATE at = NOW(3);

CREATE PROCEDURE notice_staff_changed(who INT UNSIGNED, changed BOOLEAN)
  INSERT INTO notice_staff_changes (staff_id, at) SELECT who, NOW(3) FROM DUAL
  WHERE changed ON DUPLICATE KEY UPDATE at = NOW(3);

CREATE TRIGGER notice_cases_ai AFTER INSERT ON cases FOR EACH ROW
  CALL notice_case_changed(NEW.id, TRUE);
CREATE TRIGGER notice_cases_au AFTER UPDATE ON cases FOR EACH ROW
  CALL notice_case_changed(NEW.id, NOT (OLD.due_date <=> NEW.due_date
    AND OLD.status <=> NEW.status AND OLD.operator_id <=> NEW.operator_id
    AND OLD.office_id <=> NEW.office_id AND OLD.suspended_at <=> NEW.suspended_at));

CREATE TRIGGER notice_staff_ai AFTER INSERT ON staff FOR EACH ROW
  CALL notice_staff_changed(NEW.id, TRUE);
CREATE TRIGGER notice_staff_au AFTER UPDATE ON staff FOR EACH ROW
  CALL notice_staff_changed(NEW.id, NOT (OLD.role <=> NEW.role AND OLD.active <=> NEW.active));
CREATE TRIGGER notice_staff_offices_ai AFTER INSERT ON staff_offices FOR EACH ROW
  CALL notice_staff_changed(NEW.staff_id, TRUE);
CREATE TRIGGER notice_staff_offices_au AFTER UPDATE ON staff_offices FOR EACH ROW
  CALL notice_staff_changed(NEW.staff_id, TRUE);
-- No row means wanted: only turning one back on is a change.
CREATE TRIGGER notice_staff_prefs_au AFTER UPDATE ON staff_notice_prefs FOR EACH ROW
  CALL notice_staff_changed(NEW.staff_id, NEW.wanted AND NOT OLD.wanted
    AND NEW.notice IN ('due_soon', 'overdue'));
