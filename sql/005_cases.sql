-- Cases ("pratiche"): segnalazioni (problems), reclami (complaints) and
-- richieste di assistenza (questions about a service), one engine for all.

-- What a citizen can report, and where it goes: each category is routed to
-- the competent office, with the maximum time to answer.
CREATE TABLE case_categories (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  case_type   ENUM('segnalazione','reclamo','assistenza') NOT NULL,
  name        VARCHAR(160) NOT NULL,
  description VARCHAR(400) NOT NULL,
  office_id   INT UNSIGNED NOT NULL,
  max_days    SMALLINT UNSIGNED NOT NULL,              -- expected answer within (calendar days)
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  position    SMALLINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_case_categories_office FOREIGN KEY (office_id) REFERENCES offices(id)
) ENGINE=InnoDB;

-- Protocol numbers: progressive per calendar year, gapless (the counter row
-- is locked in the transaction that files the case).
CREATE TABLE protocol_counters (
  year        SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  last_number INT UNSIGNED NOT NULL
) ENGINE=InnoDB;

CREATE TABLE cases (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            CHAR(12)     NULL UNIQUE,               -- public code, unguessable; NULL for drafts
  protocol_year   SMALLINT UNSIGNED NULL,
  protocol_number INT UNSIGNED NULL,
  citizen_id      INT UNSIGNED NULL,                      -- NULL: registered for an anonymous person
  case_type       ENUM('segnalazione','reclamo','assistenza') NOT NULL,
  category_id     INT UNSIGNED NULL,
  service_id      INT UNSIGNED NULL,                      -- richiesta di assistenza about a service
  office_id       INT UNSIGNED NULL,                      -- routed to
  operator_id     INT UNSIGNED NULL,                      -- assigned to (back office)
  channel         ENUM('web','telefono','sportello','email','social') NOT NULL DEFAULT 'web',
  status          ENUM('draft','received','in_charge','in_progress','waiting_citizen',
                       'closed','rejected','withdrawn') NOT NULL,
  outcome         VARCHAR(400) NOT NULL DEFAULT '',       -- closing explanation
  title           VARCHAR(200) NOT NULL DEFAULT '',
  description     TEXT         NOT NULL,
  address         VARCHAR(300) NOT NULL DEFAULT '',
  latitude        DECIMAL(9,6) NULL,
  longitude       DECIMAL(9,6) NULL,
  contact_email   VARCHAR(254) NOT NULL DEFAULT '',
  contact_phone   VARCHAR(40)  NOT NULL DEFAULT '',
  idempotency_key CHAR(43)     NULL UNIQUE,               -- a reload or double click files one case
  privacy_at      DATETIME(3)  NULL,                      -- consent to the privacy notice
  submitted_at    DATETIME(3)  NULL,
  due_date        DATE         NULL,                      -- expected answer date
  closed_at       DATETIME(3)  NULL,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  UNIQUE KEY cases_protocol (protocol_year, protocol_number),
  KEY cases_citizen (citizen_id, status),
  KEY cases_office (office_id, status),
  CONSTRAINT fk_cases_citizen  FOREIGN KEY (citizen_id)  REFERENCES citizens(id),
  CONSTRAINT fk_cases_category FOREIGN KEY (category_id) REFERENCES case_categories(id),
  CONSTRAINT fk_cases_office   FOREIGN KEY (office_id)   REFERENCES offices(id)
) ENGINE=InnoDB;

-- The timeline: every status change, public message and internal note.
CREATE TABLE case_events (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT UNSIGNED NOT NULL,
  at          DATETIME(3)  NOT NULL,
  kind        ENUM('status','message','note','routing') NOT NULL,
  status      VARCHAR(20)  NOT NULL DEFAULT '',           -- the new status, for kind = status
  author      ENUM('citizen','staff','system') NOT NULL,
  author_name VARCHAR(200) NOT NULL DEFAULT '',
  body        TEXT         NOT NULL,
  public      BOOLEAN      NOT NULL DEFAULT TRUE,          -- internal notes are not shown to citizens
  KEY case_events_case (case_id, at),
  CONSTRAINT fk_case_events_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Photos (re-encoded, metadata stripped) and PDF documents, with thumbnails.
CREATE TABLE case_attachments (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id      BIGINT UNSIGNED NOT NULL,
  event_id     BIGINT UNSIGNED NULL,                     -- added with a later message
  kind         ENUM('photo','document') NOT NULL,
  filename     VARCHAR(200) NOT NULL,                     -- as shown; never used as a path
  content_type VARCHAR(60)  NOT NULL,
  bytes        INT UNSIGNED NOT NULL,
  width        SMALLINT UNSIGNED NULL,
  height       SMALLINT UNSIGNED NULL,
  sha256       CHAR(64)     NOT NULL,
  data         MEDIUMBLOB   NOT NULL,
  thumbnail    MEDIUMBLOB   NULL,
  created_at   DATETIME(3)  NOT NULL,
  KEY case_attachments_case (case_id),
  CONSTRAINT fk_case_attachments_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- E-mails to send, written in the same transaction as the change they tell
-- about; the notifier delivers them with retries, so none is lost while the
-- mail server is down.
CREATE TABLE outbox (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at   DATETIME(3)  NOT NULL,
  recipient    VARCHAR(254) NOT NULL,
  subject      VARCHAR(300) NOT NULL,
  body         TEXT         NOT NULL,                     -- plain text, UTF-8
  case_id      BIGINT UNSIGNED NULL,
  attempts     SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3) NOT NULL,
  sent_at      DATETIME(3)  NULL,
  last_error   VARCHAR(300) NOT NULL DEFAULT '',
  KEY outbox_due (sent_at, next_attempt_at)
) ENGINE=InnoDB;
