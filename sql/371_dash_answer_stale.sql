-- 371_dash_answer_stale.sql - the shared answers (sql/310, 370) without
-- by_month (issue 12). A key's older generation now stays until the key's
-- newer one is put (while a worker computes the new one, the others asking
-- it serve the one before: cgi-bin/dash/dash_cache.c), and every answer ends
-- with its key's day at the latest: the cleaning no longer judges a row by
-- another key's generation sum, which by_month told it not to do.
ALTER TABLE dash_answers DROP COLUMN by_month;
