-- A big city's volume (issue 12: 12.5 million cases, 37.5 million events):
-- indexes that match each queue filter and sort, and the dashboard's counts
-- kept in a summary table by triggers, so that no page scans years of cases.

-- Open (the queue's default view) as a column of its own: an index can then
-- serve "open, newest first" and "open, oldest first" in order, which an IN
-- over four statuses cannot.
ALTER TABLE cases
  ADD COLUMN is_open BOOLEAN AS
    (status IN ('received','in_charge','in_progress','waiting_citizen')) VIRTUAL,
  ADD COLUMN reopened BOOLEAN NOT NULL DEFAULT FALSE,   -- a 'reopened' status event exists
  -- the first status change or message by staff since filing: the dashboard's
  -- median first response reads it instead of every case's events
  ADD COLUMN first_response_at DATETIME(3) NULL,
  -- one index for each view of the queue (open, all, one status) and
  -- each of its orders (filing, last update, due date), so that a page
  -- reads its 50 rows in order instead of sorting every match
  ADD KEY cases_open_submitted (is_open, submitted_at),
  ADD KEY cases_open_updated (is_open, updated_at),
  ADD KEY cases_open_due (is_open, due_date),
  ADD KEY cases_status_submitted (status, submitted_at),
  ADD KEY cases_status_updated (status, updated_at),
  ADD KEY cases_submitted (submitted_at),
  ADD KEY cases_updated (updated_at),
  ADD KEY cases_due_date (due_date),
  -- the dashboard's substitute requests of a period (none: no scan of cases)
  ADD KEY cases_substitute_at (substitute_at);

UPDATE cases c SET c.reopened = TRUE WHERE EXISTS (SELECT 1 FROM case_events e
  WHERE e.case_id = c.id AND e.kind = 'status' AND e.status = 'reopened');
UPDATE cases c SET c.first_response_at = (SELECT MIN(e.at) FROM case_events e
  WHERE e.case_id = c.id AND e.author = 'staff' AND e.kind IN ('status','message')
    AND e.at >= c.submitted_at)
WHERE c.submitted_at IS NOT NULL;

-- Filed cases by day of filing, office, category, channel, current status
-- and reopened-or-not (0 stands for no office or no category). Kept exact by
-- the triggers below in the transaction of every write of cases, whoever
-- writes (the programs, a migration, an operator at the SQL prompt): a
-- close, a reopen, a transfer or a reclassification moves one case from a
-- row to another.
CREATE TABLE case_tally (
  day         DATE NOT NULL,
  office_id   INT UNSIGNED NOT NULL,
  category_id INT UNSIGNED NOT NULL,
  channel     ENUM('web','telefono','sportello','email','social') NOT NULL,
  status      ENUM('received','in_charge','in_progress','waiting_citizen',
                   'closed','rejected','withdrawn') NOT NULL,
  reopened    BOOLEAN NOT NULL,
  cases       INT NOT NULL,
  PRIMARY KEY (day, office_id, category_id, channel, status, reopened)
) ENGINE=InnoDB;

INSERT INTO case_tally (day, office_id, category_id, channel, status, reopened, cases)
SELECT DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel, status, reopened,
       COUNT(*)
FROM cases WHERE status <> 'draft' AND submitted_at IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER case_tally_insert AFTER INSERT ON cases FOR EACH ROW
  INSERT INTO case_tally (day, office_id, category_id, channel, status, reopened, cases)
  SELECT DATE(NEW.submitted_at), IFNULL(NEW.office_id, 0), IFNULL(NEW.category_id, 0),
         NEW.channel, NEW.status, NEW.reopened, 1
  FROM DUAL WHERE NEW.status <> 'draft' AND NEW.submitted_at IS NOT NULL
  ON DUPLICATE KEY UPDATE cases = cases + 1;

CREATE TRIGGER case_tally_delete AFTER DELETE ON cases FOR EACH ROW
  UPDATE case_tally SET cases = cases - 1
  WHERE OLD.status <> 'draft' AND OLD.submitted_at IS NOT NULL
    AND day = DATE(OLD.submitted_at) AND office_id = IFNULL(OLD.office_id, 0)
    AND category_id = IFNULL(OLD.category_id, 0) AND channel = OLD.channel
    AND status = OLD.status AND reopened = OLD.reopened;

DELIMITER //
CREATE TRIGGER case_tally_update AFTER UPDATE ON cases FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status AND OLD.submitted_at <=> NEW.submitted_at
          AND OLD.office_id <=> NEW.office_id AND OLD.category_id <=> NEW.category_id
          AND OLD.channel <=> NEW.channel AND OLD.reopened <=> NEW.reopened) THEN
    UPDATE case_tally SET cases = cases - 1
    WHERE OLD.status <> 'draft' AND OLD.submitted_at IS NOT NULL
      AND day = DATE(OLD.submitted_at) AND office_id = IFNULL(OLD.office_id, 0)
      AND category_id = IFNULL(OLD.category_id, 0) AND channel = OLD.channel
      AND status = OLD.status AND reopened = OLD.reopened;
    INSERT INTO case_tally (day, office_id, category_id, channel, status, reopened, cases)
    SELECT DATE(NEW.submitted_at), IFNULL(NEW.office_id, 0), IFNULL(NEW.category_id, 0),
           NEW.channel, NEW.status, NEW.reopened, 1
    FROM DUAL WHERE NEW.status <> 'draft' AND NEW.submitted_at IS NOT NULL
    ON DUPLICATE KEY UPDATE cases = cases + 1;
  END IF;
END//
DELIMITER ;

-- A reopening marks its case once (the flag moves it in case_tally); a
-- staff event keeps the case's first response. The IFs keep the citizen's
-- and the system's events free to read cases in the statement that writes
-- them (INSERT ... SELECT FROM cases): MariaDB refuses a trigger's update
-- of a table its statement reads.
DELIMITER //
CREATE TRIGGER case_events_case_flags AFTER INSERT ON case_events FOR EACH ROW
BEGIN
  IF NEW.kind = 'status' AND NEW.status = 'reopened' THEN
    UPDATE cases SET reopened = TRUE WHERE id = NEW.case_id AND NOT reopened;
  END IF;
  IF NEW.author = 'staff' AND NEW.kind IN ('status', 'message') THEN
    UPDATE cases SET first_response_at = NEW.at
    WHERE id = NEW.case_id AND NEW.at >= submitted_at
      AND (first_response_at IS NULL OR first_response_at > NEW.at);
  END IF;
END//
DELIMITER ;
