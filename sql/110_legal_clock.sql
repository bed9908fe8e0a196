-- The legal clock of cases (L. 241/1990, issue 11): the facts it is computed
-- from, kept on the case so that the citizen's page, the back office, the
-- notifier's warnings and the dashboard read one clock. The due date itself
-- is computed in C (store/case_clock_store.c: holidays, Sundays, the patron's
-- day) and stored in cases.due_date, recomputed at every change of the facts.

-- Whether the category's term is a legal term (art. 2: a request or a
-- complaint the Comune must answer with a decision) or only a service target
-- (a simple report: no proceeding is started, so no substitute official).
-- NULL: by the kind of case (a complaint and a request for assistance run, a
-- report does not); TRUE or FALSE: the category's own choice.
ALTER TABLE case_categories
  ADD COLUMN term_runs BOOLEAN NULL AFTER max_days;

ALTER TABLE cases
  ADD COLUMN clock_started   DATE NULL AFTER due_date,            -- the term runs from this day
  ADD COLUMN term_days       SMALLINT UNSIGNED NULL AFTER clock_started,   -- calendar days
  ADD COLUMN term_runs       BOOLEAN NOT NULL DEFAULT FALSE AFTER term_days,
  ADD COLUMN suspended_at    DATE NULL AFTER term_runs,           -- the suspension in course
  ADD COLUMN answer_by       DATE NULL AFTER suspended_at,        -- its end at the latest (30 days)
  ADD COLUMN suspended_days  SMALLINT UNSIGNED NOT NULL DEFAULT 0 AFTER answer_by,  -- ended ones
  ADD COLUMN suspensions     TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER suspended_days,
  ADD COLUMN resume_status   VARCHAR(20) NULL AFTER suspensions,  -- where a reply takes the case
  ADD COLUMN substitute_at   DATETIME(3) NULL AFTER resume_status,   -- potere sostitutivo asked
  ADD COLUMN substitute_office_id INT UNSIGNED NULL AFTER substitute_at,  -- the office it left
  ADD KEY cases_substitute (substitute_office_id);

-- Cases filed before the clock: it started the day they were filed, with the
-- term their due date already said.
UPDATE cases c JOIN case_categories k ON k.id = c.category_id
SET c.clock_started = DATE(c.submitted_at), c.term_days = DATEDIFF(c.due_date, DATE(c.submitted_at)),
    c.term_runs = COALESCE(k.term_runs, k.case_type <> 'segnalazione')
WHERE c.submitted_at IS NOT NULL AND c.due_date IS NOT NULL;

-- Staff e-mails about cases (the notifier's scan, cgi-bin/mail/staff_notices.c):
-- which ones each staff member does not want (no row: wanted) ...
CREATE TABLE staff_notice_prefs (
  staff_id  INT UNSIGNED NOT NULL,
  notice    ENUM('new_case','assigned','replied','due_soon','overdue','digest') NOT NULL,
  wanted    BOOLEAN NOT NULL,
  PRIMARY KEY (staff_id, notice),
  CONSTRAINT fk_staff_notice_prefs_staff FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- ... and each one sent, once: the notice's row is inserted in the same
-- transaction as its outbox row, so several notifiers scanning at once send
-- it once (the second INSERT IGNORE finds the key taken). REF tells apart
-- what the notice is about: the event or audit row, the due date (a new due
-- date warns again), the threshold, the day of a digest (case_id 0).
CREATE TABLE staff_notices (
  staff_id  INT UNSIGNED NOT NULL,
  case_id   BIGINT UNSIGNED NOT NULL,
  notice    ENUM('new_case','assigned','replied','due_soon','overdue','digest') NOT NULL,
  ref       BIGINT NOT NULL,
  sent_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (staff_id, case_id, notice, ref),
  KEY staff_notices_case (case_id)
) ENGINE=InnoDB;
