-- The managers' dashboard, third pass (issue 12): a period's ends read
-- dekads, not days. A period reads its whole years, months and now dekads
-- (days 1-10, 11-20, 21 to the month's end: START the first), then the days
-- at its ends: at most 9 + 9 day rows instead of up to 30 + 30. The days
-- were most of what a page read (at a million cases, 8,415 of the 13,659
-- rows of the five-year closing-time histogram by office and category; all
-- 4,624 of the last month's), and their count per day grows with the city.
-- Kept by the same trigger procedure in the same transaction: a figure's
-- change upserts 4 rows of dash_summary and 16 of dash_marginal (was 3 and
-- 12). Appending an ENUM value is instant.
ALTER TABLE dash_summary MODIFY span ENUM('day','month','year','dekad') NOT NULL;
ALTER TABLE dash_marginal MODIFY span ENUM('day','month','year','dekad') NOT NULL;

DROP PROCEDURE dash_summary_add;
DROP PROCEDURE dash_summary_rebuild;

DELIMITER //
-- The first day of the dekad of day D.
CREATE FUNCTION dash_dekad(d DATE) RETURNS DATE DETERMINISTIC
  RETURN d - INTERVAL DAY(d) - 1 - LEAST((DAY(d) - 1) DIV 10, 2) * 10 DAY//

-- DELTA cases (ratings) into bucket B of figure K for a case filed at FILED:
-- its day's, dekad's, month's and year's rows, in the full table and in each
-- marginal (sql/260). A bulk load may SET @dash_summary_paused = 1 in its
-- session and CALL dash_summary_rebuild() after it (tests/bench/scale.sh).
CREATE PROCEDURE dash_summary_add(k VARCHAR(8), filed DATETIME(3), office INT UNSIGNED,
                                  category INT UNSIGNED, chan VARCHAR(10), b INT, delta INT)
BEGIN
  DECLARE d DATE DEFAULT DATE(filed);
  DECLARE t DATE DEFAULT dash_dekad(d);
  DECLARE m DATE DEFAULT d - INTERVAL DAY(d) - 1 DAY;
  DECLARE y DATE DEFAULT MAKEDATE(YEAR(d), 1);
  DECLARE o INT UNSIGNED DEFAULT IFNULL(office, 0);
  DECLARE c INT UNSIGNED DEFAULT IFNULL(category, 0);
  DECLARE ch INT UNSIGNED DEFAULT FIELD(chan, 'web','telefono','sportello','email','social');
  IF @dash_summary_paused IS NULL THEN
    INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
    VALUES (k, 'day', d, o, c, chan, b, delta), (k, 'dekad', t, o, c, chan, b, delta),
           (k, 'month', m, o, c, chan, b, delta), (k, 'year', y, o, c, chan, b, delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO dash_marginal (dim, kind, span, start, grp, bucket, n)
    VALUES ('all', k, 'day', d, 0, b, delta), ('all', k, 'dekad', t, 0, b, delta),
           ('all', k, 'month', m, 0, b, delta), ('all', k, 'year', y, 0, b, delta),
           ('office', k, 'day', d, o, b, delta), ('office', k, 'dekad', t, o, b, delta),
           ('office', k, 'month', m, o, b, delta), ('office', k, 'year', y, o, b, delta),
           ('category', k, 'day', d, c, b, delta), ('category', k, 'dekad', t, c, b, delta),
           ('category', k, 'month', m, c, b, delta), ('category', k, 'year', y, c, b, delta),
           ('channel', k, 'day', d, ch, b, delta), ('channel', k, 'dekad', t, ch, b, delta),
           ('channel', k, 'month', m, ch, b, delta), ('channel', k, 'year', y, ch, b, delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
  END IF;
END//

-- The dekad rows of month M (its first day) in both tables, from their day
-- rows (the dekad rows must be gone). Every kind (and dimension) named, so
-- that each read is a range of the primary key, not a scan of the table.
CREATE PROCEDURE dash_dekad_rebuild(m DATE)
BEGIN
  INSERT INTO dash_summary (kind, span, start, office_id, category_id, channel, bucket, n)
  SELECT kind, 'dekad', dash_dekad(start) AS t, office_id, category_id, channel, bucket, SUM(n)
  FROM dash_summary WHERE kind IN ('state','closure','first','due','rating') AND span = 'day'
    AND start >= m AND start < m + INTERVAL 1 MONTH
  GROUP BY kind, t, office_id, category_id, channel, bucket;
  INSERT INTO dash_marginal (dim, kind, span, start, grp, bucket, n)
  SELECT dim, kind, 'dekad', dash_dekad(start) AS t, grp, bucket, SUM(n)
  FROM dash_marginal WHERE dim IN ('all','office','category','channel')
    AND kind IN ('state','closure','first','due','rating') AND span = 'day'
    AND start >= m AND start < m + INTERVAL 1 MONTH
  GROUP BY dim, kind, t, grp, bucket;
END//

-- Everything again (sql/260's, with the dekads): tests/bench/scale.sh's
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
    CALL dash_dekad_rebuild(m);
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

-- The backfill: the dekads of the day rows already there, a month at a time
-- (cheaper than the whole rebuild at a big city's volume: it reads the
-- summary's day rows, not the cases).
CREATE PROCEDURE dash_dekad_backfill()
BEGIN
  DECLARE m, last DATE;
  SELECT MIN(start) - INTERVAL DAY(MIN(start)) - 1 DAY, MAX(start) INTO m, last
  FROM dash_summary WHERE span = 'day';
  WHILE m <= last DO
    START TRANSACTION;
    CALL dash_dekad_rebuild(m);
    COMMIT;
    SET m = m + INTERVAL 1 MONTH;
  END WHILE;
END//
DELIMITER ;

CALL dash_dekad_backfill();
DROP PROCEDURE dash_dekad_backfill;
