-- The queue's pages by number (issue 12: an old bookmark's ?pagina=N
-- without a key) read the ids of the rows they skip from an index alone, in
-- the deferred join of store/bo_case_store.c. Each order's index of every
-- case and of the open cases gets status, after the id (which InnoDB keeps
-- in each entry anyway) so that the entries stay in the queue's order:
-- - every case (?stato=tutte): status tells a draft from the rest;
-- - the open cases: is_open is computed from status, and a prepared
--   statement of the programs reads status for it even when the index holds
--   is_open (measured at a million cases, page 100: 17-20 ms of MariaDB's
--   CPU without status in the index, 4-5 ms with it).
-- The same names: the queue's hints name them.
ALTER TABLE cases
  DROP KEY cases_submitted, ADD KEY cases_submitted (submitted_at, id, status),
  DROP KEY cases_updated, ADD KEY cases_updated (updated_at, id, status),
  DROP KEY cases_due_date, ADD KEY cases_due_date (due_date, id, status),
  DROP KEY cases_open_submitted, ADD KEY cases_open_submitted (is_open, submitted_at, id, status),
  DROP KEY cases_open_updated, ADD KEY cases_open_updated (is_open, updated_at, id, status),
  DROP KEY cases_open_due, ADD KEY cases_open_due (is_open, due_date, id, status);
