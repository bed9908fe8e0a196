-- The managers' dashboard at a big city's volume (issue 12): every figure of
-- /admin/cruscotto and its CSV tables read from dash_summary, kept exact by
-- triggers in the transaction of every write of cases and case_ratings
-- (as case_tally, sql/150), so that no figure scans a period's cases.
--
-- One row counts N filed cases (ratings, for kind 'rating') of one group:
-- filed on one day (span 'day', START the day) or in one month (span
-- 'month', START its first day), of one office and category (0: none) and
-- channel, in one BUCKET of the figure KIND:
--   state    the case's status and reopened flag: 2 * (position of the status
--            in case_tally's list, from 0) + reopened
--   closure  closed or rejected cases: the time from filing to closing,
--   first    cases with a first staff response: the time from filing to it,
--            both as the lower bound in seconds of a bucket of dash_bucket()
--   due      open cases with a due date: TO_DAYS(due_date)
--   rating   the 1-5 ratings of the group's cases: the rating
-- A period reads the months it covers whole and the days of its ends, so
-- that five years cost about what two months do.
CREATE TABLE dash_summary (
  kind        ENUM('state','closure','first','due','rating') NOT NULL,
  span        ENUM('day','month') NOT NULL,
  start       DATE NOT NULL,
  office_id   INT UNSIGNED NOT NULL,
  category_id INT UNSIGNED NOT NULL,
  channel     ENUM('web','telefono','sportello','email','social') NOT NULL,
  bucket      INT NOT NULL,
  n           INT NOT NULL,
  PRIMARY KEY (kind, span, start, office_id, category_id, channel, bucket)
) ENGINE=InnoDB;

-- The dashboard's overdue list: open, due before today, of a period of
-- filing, in the order of the due date; the period is checked in the index.
ALTER TABLE cases ADD KEY cases_overdue (is_open, due_date, submitted_at);

-- The buckets of a duration, by their lower bound in seconds: 5 minutes
-- under an hour, an hour under two days, a day under 30 days, a week under a
-- year, 30 days beyond. A median read from them names its bucket
-- (cgi-bin/dash/dash_median.c); the widths there are the same.
CREATE FUNCTION dash_bucket(secs BIGINT) RETURNS INT DETERMINISTIC
  RETURN CASE
    WHEN secs < 0 THEN 0
    WHEN secs < 3600 THEN secs DIV 300 * 300
    WHEN secs < 172800 THEN secs DIV 3600 * 3600
    WHEN secs < 2592000 THEN secs DIV 86400 * 86400
    WHEN secs < 31536000 THEN 2592000 + (secs - 2592000) DIV 604800 * 604800
    ELSE LEAST(2000000000, 31536000 + (secs - 31536000) DIV 2592000 * 2592000) END;

DELIMITER //
-- DELTA cases (ratings) into BUCKET of KIND for a case filed at FILED: its day's
-- row and its month's. A bulk load may SET @dash_summary_paused = 1 in its
-- session and CALL dash_summary_rebuild() after it (tests/bench/scale.sh).
CREATE PROCEDURE dash_summary_add(kind VARCHAR(8), filed DATETIME(3), office INT UNSIGNED,
                                  category INT UNSIGNED, chan VARCHAR(10), b INT, delta INT)
BEGIN
  IF @dash_summary_paused IS NULL THEN
    INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
    VALUES (kind, 'day', DATE(filed), IFNULL(office, 0), IFNULL(category, 0), chan, b, delta),
           (kind, 'month', DATE(filed) - INTERVAL DAY(filed) - 1 DAY, IFNULL(office, 0),
            IFNULL(category, 0), chan, b, delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
  END IF;
END//

-- What one case (the columns of OLD or NEW) adds to the summary, times MULT.
CREATE PROCEDURE dash_summary_case(mult INT, filed DATETIME(3), office INT UNSIGNED,
    category INT UNSIGNED, chan VARCHAR(10), st VARCHAR(16), reopened BOOLEAN,
    closed DATETIME(3), first_response DATETIME(3), due DATE)
BEGIN
  IF st <> 'draft' AND filed IS NOT NULL THEN
    CALL dash_summary_add('state', filed, office, category, chan,
      2 * (FIELD(st, 'received','in_charge','in_progress','waiting_citizen',
                 'closed','rejected','withdrawn') - 1) + reopened, mult);
    IF st IN ('closed','rejected') AND closed IS NOT NULL THEN
      CALL dash_summary_add('closure', filed, office, category, chan,
        dash_bucket(TIMESTAMPDIFF(SECOND, filed, closed)), mult);
    END IF;
    IF first_response IS NOT NULL THEN
      CALL dash_summary_add('first', filed, office, category, chan,
        dash_bucket(TIMESTAMPDIFF(SECOND, filed, first_response)), mult);
    END IF;
    IF st IN ('received','in_charge','in_progress','waiting_citizen') AND due IS NOT NULL THEN
      CALL dash_summary_add('due', filed, office, category, chan, TO_DAYS(due), mult);
    END IF;
  END IF;
END//

-- The ratings of case CID counted in the group of a case filed at FILED, times MULT.
CREATE PROCEDURE dash_summary_ratings(mult INT, cid BIGINT UNSIGNED, filed DATETIME(3),
    office INT UNSIGNED, category INT UNSIGNED, chan VARCHAR(10), st VARCHAR(16))
BEGIN
  IF st <> 'draft' AND filed IS NOT NULL AND @dash_summary_paused IS NULL THEN
    INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
    SELECT 'rating', s.span, IF(s.span = 'day', DATE(filed), DATE(filed) - INTERVAL DAY(filed) - 1 DAY),
           IFNULL(office, 0), IFNULL(category, 0), chan, r.rating, mult * COUNT(*)
    FROM case_ratings r JOIN (SELECT 'day' AS span UNION ALL SELECT 'month') s
    WHERE r.case_id = cid GROUP BY s.span, r.rating
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
  END IF;
END//

CREATE TRIGGER dash_summary_insert AFTER INSERT ON cases FOR EACH ROW
  CALL dash_summary_case(1, NEW.submitted_at, NEW.office_id, NEW.category_id, NEW.channel,
    NEW.status, NEW.reopened, NEW.closed_at, NEW.first_response_at, NEW.due_date)//

-- BEFORE: the ratings go with the case (ON DELETE CASCADE fires no trigger).
CREATE TRIGGER dash_summary_delete BEFORE DELETE ON cases FOR EACH ROW
BEGIN
  CALL dash_summary_case(-1, OLD.submitted_at, OLD.office_id, OLD.category_id, OLD.channel,
    OLD.status, OLD.reopened, OLD.closed_at, OLD.first_response_at, OLD.due_date);
  CALL dash_summary_ratings(-1, OLD.id, OLD.submitted_at, OLD.office_id, OLD.category_id,
    OLD.channel, OLD.status);
END//

CREATE TRIGGER dash_summary_update AFTER UPDATE ON cases FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status AND OLD.submitted_at <=> NEW.submitted_at
          AND OLD.office_id <=> NEW.office_id AND OLD.category_id <=> NEW.category_id
          AND OLD.channel <=> NEW.channel AND OLD.reopened <=> NEW.reopened
          AND OLD.closed_at <=> NEW.closed_at AND OLD.first_response_at <=> NEW.first_response_at
          AND OLD.due_date <=> NEW.due_date) THEN
    CALL dash_summary_case(-1, OLD.submitted_at, OLD.office_id, OLD.category_id, OLD.channel,
      OLD.status, OLD.reopened, OLD.closed_at, OLD.first_response_at, OLD.due_date);
    CALL dash_summary_case(1, NEW.submitted_at, NEW.office_id, NEW.category_id, NEW.channel,
      NEW.status, NEW.reopened, NEW.closed_at, NEW.first_response_at, NEW.due_date);
  END IF;
  IF NOT (DATE(OLD.submitted_at) <=> DATE(NEW.submitted_at) AND OLD.office_id <=> NEW.office_id
          AND OLD.category_id <=> NEW.category_id AND OLD.channel <=> NEW.channel
          AND (OLD.status = 'draft') <=> (NEW.status = 'draft')) THEN
    CALL dash_summary_ratings(-1, OLD.id, OLD.submitted_at, OLD.office_id, OLD.category_id,
      OLD.channel, OLD.status);
    CALL dash_summary_ratings(1, NEW.id, NEW.submitted_at, NEW.office_id, NEW.category_id,
      NEW.channel, NEW.status);
  END IF;
END//

-- One rating RATING of case CID, times MULT, in its case's group.
CREATE PROCEDURE dash_summary_rating(mult INT, cid BIGINT UNSIGNED, rating INT)
BEGIN
  DECLARE filed DATETIME(3);
  DECLARE office, category INT UNSIGNED;
  DECLARE chan, st VARCHAR(16);
  SELECT submitted_at, office_id, category_id, channel, status INTO filed, office, category, chan, st
  FROM cases WHERE id = cid;
  IF st <> 'draft' AND filed IS NOT NULL THEN
    CALL dash_summary_add('rating', filed, office, category, chan, rating, mult);
  END IF;
END//

CREATE TRIGGER dash_summary_rating_insert AFTER INSERT ON case_ratings FOR EACH ROW
  CALL dash_summary_rating(1, NEW.case_id, NEW.rating)//

CREATE TRIGGER dash_summary_rating_delete AFTER DELETE ON case_ratings FOR EACH ROW
  CALL dash_summary_rating(-1, OLD.case_id, OLD.rating)//

-- The summary of the cases filed in month M (its first day) from cases and
-- case_ratings, one figure a statement; the month's rows must be gone.
CREATE PROCEDURE dash_summary_rebuild_month(m DATE)
BEGIN
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT 'state', 'day', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
         2 * (FIELD(status, 'received','in_charge','in_progress','waiting_citizen',
                    'closed','rejected','withdrawn') - 1) + reopened, COUNT(*)
  FROM cases WHERE status <> 'draft' AND submitted_at >= m AND submitted_at < m + INTERVAL 1 MONTH
  GROUP BY 3, 4, 5, 6, 7;
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT 'closure', 'day', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
         dash_bucket(TIMESTAMPDIFF(SECOND, submitted_at, closed_at)), COUNT(*)
  FROM cases WHERE status IN ('closed','rejected') AND closed_at IS NOT NULL AND submitted_at >= m AND submitted_at < m + INTERVAL 1 MONTH
  GROUP BY 3, 4, 5, 6, 7;
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT 'first', 'day', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
         dash_bucket(TIMESTAMPDIFF(SECOND, submitted_at, first_response_at)), COUNT(*)
  FROM cases WHERE status <> 'draft' AND first_response_at IS NOT NULL AND submitted_at >= m AND submitted_at < m + INTERVAL 1 MONTH
  GROUP BY 3, 4, 5, 6, 7;
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT 'due', 'day', DATE(submitted_at), IFNULL(office_id, 0), IFNULL(category_id, 0), channel,
         TO_DAYS(due_date), COUNT(*)
  FROM cases WHERE status IN ('received','in_charge','in_progress','waiting_citizen')
    AND due_date IS NOT NULL AND submitted_at >= m AND submitted_at < m + INTERVAL 1 MONTH
  GROUP BY 3, 4, 5, 6, 7;
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT 'rating', 'day', DATE(c.submitted_at), IFNULL(c.office_id, 0), IFNULL(c.category_id, 0),
         c.channel, r.rating, COUNT(*)
  FROM case_ratings r JOIN cases c ON c.id = r.case_id
  WHERE c.status <> 'draft' AND c.submitted_at >= m AND c.submitted_at < m + INTERVAL 1 MONTH
  GROUP BY 3, 4, 5, 6, 7;
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT kind, 'month', m, office_id, category_id, channel, bucket, SUM(n)
  FROM dash_summary WHERE span = 'day' AND start >= m AND start < m + INTERVAL 1 MONTH
  GROUP BY kind, office_id, category_id, channel, bucket;
END//

-- The whole summary again: this migration's backfill, and
-- tests/bench/scale.sh's after its bulk load; while nobody writes cases (a
-- write meanwhile may count twice or not at all). A month at a time, each
-- its own transaction: the GROUP BYs stay in memory (at a million cases in
-- one go, MariaDB 10.11 lost the on-disk temporary table of one: "Error on
-- delete of /tmp/#sql-temptable-...MAI").
CREATE PROCEDURE dash_summary_rebuild()
BEGIN
  DECLARE m, last DATE;
  DELETE FROM dash_summary;
  SELECT DATE(MIN(submitted_at)) - INTERVAL DAY(MIN(submitted_at)) - 1 DAY, DATE(MAX(submitted_at))
  INTO m, last FROM cases;
  WHILE m <= last DO
    START TRANSACTION;
    CALL dash_summary_rebuild_month(m);
    COMMIT;
    SET m = m + INTERVAL 1 MONTH;
  END WHILE;
END//
DELIMITER ;

CALL dash_summary_rebuild();
