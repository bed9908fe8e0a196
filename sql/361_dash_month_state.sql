-- 361_dash_month_state.sql - a generation per filing month (issue 12), beside
-- dash_state's (sql/300), for the dashboard's answers that read only the cases
-- filed in their period and those cases' ratings: the case list's CSV and the
-- citizen's voice's CSV (cgi-bin/dash/dash_cache.c). dash_state moves with any
-- case write, so a write to a case filed today ended the cached CSV of every
-- month; a CSV keyed by its months' generations keeps its answer while no case
-- of those months (and no rating of one) is written. The writes of a back
-- office go mostly to cases filed recently: an older month's CSV stays.
--
-- month       the first day of a filing month (cases.submitted_at)
-- generation  bumped in the transaction of every write of a case filed in the
--             month, before or after the write (a case moved to another month
--             bumps both), and of every write of a rating of such a case; a
--             month never written has no row (generation 0). Only grows, so the
--             sum over a period's months moves whenever one of them does.
-- Drafts have no filing time: no month, and no CSV lists them.
CREATE TABLE dash_month_state (
  month      DATE            NOT NULL PRIMARY KEY,
  generation BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;

-- The shared answers keyed by their months' generations: their sum is only
-- comparable with the same key's, so the cleaning after a put (dash_answer_forget)
-- must not judge them by another key's sum, and they end with their day instead
-- (the key holds the day). The rows kept so far are a cache: dropped.
DELETE FROM dash_answers;
ALTER TABLE dash_answers ADD COLUMN by_month BOOLEAN NOT NULL DEFAULT FALSE AFTER generation;

DELIMITER //

CREATE PROCEDURE dash_month_bump(at DATETIME(3))
BEGIN
  IF at IS NOT NULL THEN
    INSERT INTO dash_month_state (month, generation) VALUES (DATE_FORMAT(at, '%Y-%m-01'), 1)
      ON DUPLICATE KEY UPDATE generation = generation + 1;
  END IF;
END//

-- The filing month of case ID, bumped for a write of one of its ratings.
CREATE PROCEDURE dash_month_bump_case(case_of BIGINT UNSIGNED)
BEGIN
  CALL dash_month_bump((SELECT c.submitted_at FROM cases c WHERE c.id = case_of));
END//

CREATE TRIGGER dash_month_cases_ai AFTER INSERT ON cases FOR EACH ROW
  CALL dash_month_bump(NEW.submitted_at)//
CREATE TRIGGER dash_month_cases_au AFTER UPDATE ON cases FOR EACH ROW
BEGIN
  CALL dash_month_bump(OLD.submitted_at);
  IF NOT (DATE_FORMAT(OLD.submitted_at, '%Y%m') <=> DATE_FORMAT(NEW.submitted_at, '%Y%m')) THEN
    CALL dash_month_bump(NEW.submitted_at);
  END IF;
END//
CREATE TRIGGER dash_month_cases_ad AFTER DELETE ON cases FOR EACH ROW
  CALL dash_month_bump(OLD.submitted_at)//
CREATE TRIGGER dash_month_ratings_ai AFTER INSERT ON case_ratings FOR EACH ROW
  CALL dash_month_bump_case(NEW.case_id)//
CREATE TRIGGER dash_month_ratings_au AFTER UPDATE ON case_ratings FOR EACH ROW
BEGIN
  CALL dash_month_bump_case(OLD.case_id);
  IF OLD.case_id <> NEW.case_id THEN
    CALL dash_month_bump_case(NEW.case_id);
  END IF;
END//
CREATE TRIGGER dash_month_ratings_ad AFTER DELETE ON case_ratings FOR EACH ROW
  CALL dash_month_bump_case(OLD.case_id)//

DELIMITER ;
