-- 360_queue_filter_covering.sql - the pages by number of a filtered queue
-- (issue 12: ?categoria=...&pagina=20, an old bookmark without a ?dopo= key)
-- read the ids of the rows they skip from an index alone, as sql/330 made the
-- unfiltered views' do (store/bo_case_store.c, FILTER_VIEW). The indexes of
-- the open cases of one category, office or channel (sql/210) get the id and
-- status after the order's column: the id to say so (InnoDB keeps it in each
-- entry anyway) and keep the entries in the queue's order, status because a
-- prepared statement reads it for is_open (a virtual column computed from it)
-- even when the index holds is_open (sql/330). No index is added: the same
-- six, an entry one byte wider; their names stay (the queue's hints name them).
-- Measured at a million cases: the ALTER takes about the time of building
-- six indexes of the table (see README, the scale section).
ALTER TABLE cases
  DROP KEY cases_open_category_submitted,
  ADD KEY cases_open_category_submitted (is_open, category_id, submitted_at, id, status),
  DROP KEY cases_open_category_due,
  ADD KEY cases_open_category_due (is_open, category_id, due_date, id, status),
  DROP KEY cases_open_office_submitted,
  ADD KEY cases_open_office_submitted (is_open, office_id, submitted_at, id, status),
  DROP KEY cases_open_office_due,
  ADD KEY cases_open_office_due (is_open, office_id, due_date, id, status),
  DROP KEY cases_open_channel_submitted,
  ADD KEY cases_open_channel_submitted (is_open, channel, submitted_at, id, status),
  DROP KEY cases_open_channel_due,
  ADD KEY cases_open_channel_due (is_open, channel, due_date, id, status);
