-- The queue's pages by number (issue 12: an old bookmark's ?pagina=N
-- without a key) read the ids of the rows they skip from an index alone, in
-- the deferred join of store/bo_case_store.c. For every case (?stato=tutte)
-- that index must tell a draft from the rest too: status joins each order's
-- index of every case, after the id (which InnoDB stores in each entry
-- anyway) so that the entries stay in the queue's order (time, id). The same
-- names: the queue's hints name them.
ALTER TABLE cases
  DROP KEY cases_submitted, ADD KEY cases_submitted (submitted_at, id, status),
  DROP KEY cases_updated, ADD KEY cases_updated (updated_at, id, status),
  DROP KEY cases_due_date, ADD KEY cases_due_date (due_date, id, status);
