-- The managers' dashboard, second pass (issue 12): reads proportional to what
-- the page shows. dash_summary (sql/200) keeps the full cross product of
-- office x category x channel that combined filters need; at 12.5 million
-- cases a month of it holds thousands of rows per figure, and the page
-- without a filter read them all for every breakdown. Two additions, kept
-- by the same triggers in the same transaction:
--   a year level ('year' rows, START its 1 January) in both tables, so a
--   period reads its whole years, then the whole months, then the days at
--   its ends;
--   dash_marginal: the same counts summed over all but one dimension DIM
--   ('all': none, GRP 0; 'office' / 'category': GRP the id, 0 for none;
--   'channel': GRP the channel's position in the enum), which the page
--   without a filter reads instead (a breakdown by office reads offices x
--   buckets rows, not offices x categories x channels x buckets).
ALTER TABLE dash_summary MODIFY span ENUM('day','month','year') NOT NULL;

CREATE TABLE dash_marginal (
  dim    ENUM('all','office','category','channel') NOT NULL,
  kind   ENUM('state','closure','first','due','rating') NOT NULL,
  span   ENUM('day','month','year') NOT NULL,
  start  DATE NOT NULL,
  grp    INT UNSIGNED NOT NULL,
  bucket INT NOT NULL,
  n      INT NOT NULL,
  PRIMARY KEY (dim, kind, span, start, grp, bucket)
) ENGINE=InnoDB;

DROP PROCEDURE dash_summary_add;
DROP PROCEDURE dash_summary_ratings;
DROP PROCEDURE dash_summary_rebuild;

DELIMITER //
-- DELTA cases (ratings) into bucket B of figure K for a case filed at FILED:
-- its day's, month's and year's rows, in the full table and in each
-- marginal. A bulk load may SET @dash_summary_paused = 1 in its session and
-- CALL dash_summary_rebuild() after it (tests/bench/scale.sh).
CREATE PROCEDURE dash_summary_add(k VARCHAR(8), filed DATETIME(3), office INT UNSIGNED,
                                  category INT UNSIGNED, chan VARCHAR(10), b INT, delta INT)
BEGIN
  DECLARE d DATE DEFAULT DATE(filed);
  DECLARE m DATE DEFAULT d - INTERVAL DAY(d) - 1 DAY;
  DECLARE y DATE DEFAULT MAKEDATE(YEAR(d), 1);
  DECLARE o INT UNSIGNED DEFAULT IFNULL(office, 0);
  DECLARE c INT UNSIGNED DEFAULT IFNULL(category, 0);
  DECLARE ch INT UNSIGNED DEFAULT FIELD(chan, 'web','telefono','sportello','email','social');
  IF @dash_summary_paused IS NULL THEN
    INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
    VALUES (k, 'day', d, o, c, chan, b, delta), (k, 'month', m, o, c, chan, b, delta),
           (k, 'year', y, o, c, chan, b, delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO dash_marginal (dim, kind, span, start, grp, bucket, n)
    VALUES ('all', k, 'day', d, 0, b, delta), ('all', k, 'month', m, 0, b, delta),
           ('all', k, 'year', y, 0, b, delta),
           ('office', k, 'day', d, o, b, delta), ('office', k, 'month', m, o, b, delta),
           ('office', k, 'year', y, o, b, delta),
           ('category', k, 'day', d, c, b, delta), ('category', k, 'month', m, c, b, delta),
           ('category', k, 'year', y, c, b, delta),
           ('channel', k, 'day', d, ch, b, delta), ('channel', k, 'month', m, ch, b, delta),
           ('channel', k, 'year', y, ch, b, delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
  END IF;
END//

-- The ratings of case CID counted in the group of a case filed at FILED,
-- times MULT: a count per rating (1-5, sql/120), so that one procedure
-- writes every table.
CREATE PROCEDURE dash_summary_ratings(mult INT, cid BIGINT UNSIGNED, filed DATETIME(3),
    office INT UNSIGNED, category INT UNSIGNED, chan VARCHAR(10), st VARCHAR(16))
BEGIN
  DECLARE r, cnt INT DEFAULT 1;
  IF st <> 'draft' AND filed IS NOT NULL AND @dash_summary_paused IS NULL THEN
    WHILE r <= 5 DO
      SELECT COUNT(*) INTO cnt FROM case_ratings WHERE case_id = cid AND rating = r;
      IF cnt > 0 THEN
        CALL dash_summary_add('rating', filed, office, category, chan, r, mult * cnt);
      END IF;
      SET r = r + 1;
    END WHILE;
  END IF;
END//

-- The marginals of the full table's SP rows from A to before B (their rows
-- must be gone).
CREATE PROCEDURE dash_marginal_rebuild(sp VARCHAR(8), a DATE, b DATE)
BEGIN
  INSERT INTO dash_marginal (dim, kind, span, start, grp, bucket, n)
  SELECT d.dim, s.kind, s.span, s.start, CASE d.dim WHEN 'all' THEN 0 WHEN 'office' THEN s.office_id
           WHEN 'category' THEN s.category_id ELSE s.channel + 0 END AS g, s.bucket, SUM(s.n)
  FROM dash_summary s
  JOIN (SELECT 'all' AS dim UNION ALL SELECT 'office' UNION ALL SELECT 'category'
        UNION ALL SELECT 'channel') d
  WHERE s.span = sp AND s.start >= a AND s.start < b
  GROUP BY d.dim, s.kind, s.start, g, s.bucket;
END//

-- Everything again: this migration's backfill, and tests/bench/scale.sh's
-- after its bulk load; while nobody writes cases (a write meanwhile may
-- count twice or not at all). A month, then a year, at a time, each its own
-- transaction (sql/200 says why).
CREATE PROCEDURE dash_summary_rebuild()
BEGIN
  DECLARE m, last DATE;
  DELETE FROM dash_summary;
  DELETE FROM dash_marginal;
  SELECT DATE(MIN(submitted_at)) - INTERVAL DAY(MIN(submitted_at)) - 1 DAY, DATE(MAX(submitted_at))
  INTO m, last FROM cases;
  WHILE m <= last DO
    START TRANSACTION;
    CALL dash_summary_rebuild_month(m);
    CALL dash_marginal_rebuild('day', m, m + INTERVAL 1 MONTH);
    CALL dash_marginal_rebuild('month', m, m + INTERVAL 1 MONTH);
    COMMIT;
    SET m = m + INTERVAL 1 MONTH;
  END WHILE;
  SELECT MAKEDATE(YEAR(MIN(submitted_at)), 1) INTO m FROM cases;
  WHILE m <= last DO
    START TRANSACTION;
    INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
    SELECT kind, 'year', m, office_id, category_id, channel, bucket, SUM(n)
    FROM dash_summary WHERE span = 'month' AND start >= m AND start < m + INTERVAL 1 YEAR
    GROUP BY kind, office_id, category_id, channel, bucket;
    CALL dash_marginal_rebuild('year', m, m + INTERVAL 1 YEAR);
    COMMIT;
    SET m = m + INTERVAL 1 YEAR;
  END WHILE;
END//
DELIMITER ;

CALL dash_summary_rebuild();
