-- 320_dash_overdue_filters.sql - the dashboard's overdue list with a filter
-- (issue 12). The list reads cases_overdue in its order over the due days that
-- hold the first 100 cases of the filter (cgi-bin/store/dash_store.c), but
-- the channel, office and category were checked on each case's row: at 12.5
-- million cases the last month's social channel read 12,166 rows for its 100
-- (60 ms), a category's year 7,342. With them in the index, the index alone
-- tells which entries match, and only the 100 shown are read from the table.
-- The id before them, as the list's order ends with it (due date, filing, id):
-- after them the index would no longer give that order and the list would be
-- sorted again.
ALTER TABLE cases DROP KEY cases_overdue,
  ADD KEY cases_overdue (is_open, due_date, submitted_at, id, channel, category_id, office_id);
