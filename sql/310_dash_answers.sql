-- 310_dash_answers.sql - the dashboard's answers shared by the admin program's
-- workers (issue 12; cgi-bin/dash/dash_cache.c). Each worker keeps the answers
-- it computed, valid while the generations of their sources (sql/300) have not
-- moved; every case write moves them, and each worker then computed each
-- dashboard once more: eight workers, eight misses a page for one write. Here
-- the first worker that misses keeps its answer for the others, under the
-- same key and generation sum (the one it read before computing), and the
-- others wait for it on a lock named after the key (GET_LOCK) instead of
-- computing it too: one miss a page per write.
--
-- k           SHA-256 of the worker cache's key (the kind, the day, the query)
-- generation  the sum of the generations read before the answer was computed;
--             as each only grows, a row under a smaller sum never holds again
--             and the next write of an answer deletes it
-- until_at    the minute (cal_parse_minute) from which the answer no longer
--             holds whatever is written (an appointment then counts as past)
-- body        the answer as the worker keeps it (answer_apart, or the CSV)
CREATE TABLE dash_answers (
  k          BINARY(32)      NOT NULL PRIMARY KEY,
  generation BIGINT UNSIGNED NOT NULL,
  until_at   BIGINT          NOT NULL,
  body       LONGBLOB        NOT NULL,
  KEY dash_answers_generation (generation)
) ENGINE=InnoDB;
