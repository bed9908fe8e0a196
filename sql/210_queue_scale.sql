-- The operator's queue at a big city's volume (issue 12, 12.5 million
-- cases): an index for each filter of the open cases in the queue's two most
-- used orders, the case flags kept by the stores instead of a trigger, and
-- case_tally's triggers pausable by a bulk load that rebuilds it after.

-- A category, an office or a channel of the open cases, newest (or oldest)
-- first and by due date: the page reads its 50 rows in index order instead
-- of walking the open cases of every other category, office or channel.
-- The third order (last update) walks cases_open_updated and filters.
ALTER TABLE cases
  ADD KEY cases_open_category_submitted (is_open, category_id, submitted_at),
  ADD KEY cases_open_category_due (is_open, category_id, due_date),
  ADD KEY cases_open_office_submitted (is_open, office_id, submitted_at),
  ADD KEY cases_open_office_due (is_open, office_id, due_date),
  ADD KEY cases_open_channel_submitted (is_open, channel, submitted_at),
  ADD KEY cases_open_channel_due (is_open, channel, due_date);

-- cases.reopened and cases.first_response_at are written by the stores in
-- the transaction of the event that sets them (store/bo_case_store.c,
-- store/case_voice_store.c). The trigger of sql/150 did it, but it made
-- every INSERT ... SELECT FROM cases into case_events an error.
DROP TRIGGER case_events_case_flags;

-- The two flags recomputed from the events: of case ONE, or of every case
-- when ONE is NULL. For data written at the SQL prompt (demo data, tests);
-- the programs never need it.
DELIMITER //
CREATE PROCEDURE case_flags_rebuild(IN one BIGINT UNSIGNED)
BEGIN
  UPDATE cases c SET
    c.reopened = EXISTS (SELECT 1 FROM case_events e
      WHERE e.case_id = c.id AND e.kind = 'status' AND e.status = 'reopened'),
    c.first_response_at = (SELECT MIN(e.at) FROM case_events e
      WHERE e.case_id = c.id AND e.author = 'staff' AND e.kind IN ('status', 'message')
        AND e.at >= c.submitted_at)
  WHERE one IS NULL OR c.id = one;
END//
DELIMITER ;

-- case_tally from scratch: the backfill below, and the end of a bulk load
-- that paused the triggers (tests/bench/scale.sh).
DELIMITER //
CREATE PROCEDURE case_tally_rebuild()
BEGIN
  DELETE FROM case_tally;
  INSERT INTO case_tally (day, office_id, category_id, channel, status, reopened, cases)
  SELECT DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel, status,
         reopened, COUNT(*)
  FROM cases WHERE status <> 'draft' AND submitted_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6;
END//
DELIMITER ;

-- The triggers of sql/150, as they were, except in a session that sets
-- @case_tally_paused (MariaDB cannot disable a trigger): a bulk load of
-- millions of cases maintains case_tally with one GROUP BY at the end
-- (CALL case_tally_rebuild()) instead of one upsert a row.
DROP TRIGGER case_tally_insert;
DROP TRIGGER case_tally_delete;
DROP TRIGGER case_tally_update;

CREATE TRIGGER case_tally_insert AFTER INSERT ON cases FOR EACH ROW
  INSERT INTO case_tally (day, office_id, category_id, channel, status, reopened, cases)
  SELECT DATE(NEW.submitted_at), IFNULL(NEW.office_id, 0), IFNULL(NEW.category_id, 0),
         NEW.channel, NEW.status, NEW.reopened, 1
  FROM DUAL WHERE @case_tally_paused IS NULL
    AND NEW.status <> 'draft' AND NEW.submitted_at IS NOT NULL
  ON DUPLICATE KEY UPDATE cases = cases + 1;

CREATE TRIGGER case_tally_delete AFTER DELETE ON cases FOR EACH ROW
  UPDATE case_tally SET cases = cases - 1
  WHERE @case_tally_paused IS NULL AND OLD.status <> 'draft' AND OLD.submitted_at IS NOT NULL
    AND day = DATE(OLD.submitted_at) AND office_id = IFNULL(OLD.office_id, 0)
    AND category_id = IFNULL(OLD.category_id, 0) AND channel = OLD.channel
    AND status = OLD.status AND reopened = OLD.reopened;

DELIMITER //
CREATE TRIGGER case_tally_update AFTER UPDATE ON cases FOR EACH ROW
BEGIN
  IF @case_tally_paused IS NULL
     AND NOT (OLD.status <=> NEW.status AND OLD.submitted_at <=> NEW.submitted_at
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

CALL case_tally_rebuild();
