-- The citizen's voice at closure: the one-click links of the closing e-mail,
-- the citizen's answer ("risolto" / "non risolto") and the 1-5 rating, each
-- at most once per closure. A closure is named by the case's closed_at: a
-- case reopened and closed again has a new one, so it can be answered and
-- rated again; the unique keys, not the code, keep it to one.

-- The link of the closing e-mail: its token's SHA-256, valid for the closure
-- it was made for only (closed_at must still be the case's).
CREATE TABLE case_voice_links (
  token_hash CHAR(64)        NOT NULL PRIMARY KEY,
  case_id    BIGINT UNSIGNED NOT NULL,
  closed_at  DATETIME(3)     NOT NULL,
  created_at DATETIME(3)     NOT NULL,
  CONSTRAINT fk_case_voice_links_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE case_verdicts (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id    BIGINT UNSIGNED NOT NULL,
  closed_at  DATETIME(3)     NOT NULL,
  resolved   BOOLEAN         NOT NULL,
  reason     VARCHAR(2000)   NOT NULL DEFAULT '',
  created_at DATETIME(3)     NOT NULL,
  UNIQUE KEY case_verdicts_closure (case_id, closed_at),
  CONSTRAINT fk_case_verdicts_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The dashboard groups them by the case's office and category, as its other
-- figures.
CREATE TABLE case_ratings (
  id          BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT UNSIGNED  NOT NULL,
  closed_at   DATETIME(3)      NOT NULL,
  rating      TINYINT UNSIGNED NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment     VARCHAR(500)     NOT NULL DEFAULT '',
  created_at  DATETIME(3)      NOT NULL,
  UNIQUE KEY case_ratings_closure (case_id, closed_at),
  CONSTRAINT fk_case_ratings_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The median time to close of each category over the last 12 months, shown
-- at filing: a summary recomputed at most once an hour (case_voice_store.c),
-- so that the filing form never scans the closed cases.
CREATE TABLE category_close_times (
  category_id INT UNSIGNED NOT NULL PRIMARY KEY,
  median_days DECIMAL(7,1) NOT NULL,
  cases       INT UNSIGNED NOT NULL,
  computed_at DATETIME(3)  NOT NULL
) ENGINE=InnoDB;

-- The medians read the cases closed in the last 12 months, a range of this key.
ALTER TABLE cases ADD KEY cases_closed (closed_at, category_id);

-- Guest reporting (Cases.GuestReports): a segnalazione without SPID/CIE. The
-- case waits as a draft (citizen_id NULL, the guest's name and e-mail as its
-- contact) until the link e-mailed to the guest is followed, within a day;
-- the same token is then the private tracking link. Only hashes are kept.
CREATE TABLE guest_reports (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash   CHAR(64)        NOT NULL UNIQUE,
  case_id      BIGINT UNSIGNED NOT NULL UNIQUE,
  email        VARCHAR(254)    NOT NULL,
  created_at   DATETIME(3)     NOT NULL,
  expires_at   DATETIME(3)     NOT NULL,               -- for the confirmation only
  confirmed_at DATETIME(3)     NULL,
  claimed_at   DATETIME(3)     NULL,                   -- joined a citizen's history
  KEY guest_reports_email (email, confirmed_at),
  CONSTRAINT fk_guest_reports_case FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Attempts per client address and per e-mail in the current hour (keys are
-- SHA-256 of "ip:ADDR" and "mail:ADDRESS"): counted by one upsert each, so
-- concurrent attempts cannot both slip under the limit.
CREATE TABLE guest_limits (
  client_key CHAR(64) NOT NULL,
  hour       DATETIME NOT NULL,
  n          INT UNSIGNED NOT NULL,
  PRIMARY KEY (client_key, hour)
) ENGINE=InnoDB;

-- A logged-in citizen asking to join the guest reports of an e-mail: the
-- link sent there proves the address is theirs.
CREATE TABLE guest_claims (
  token_hash CHAR(64)     NOT NULL PRIMARY KEY,
  citizen_id INT UNSIGNED NOT NULL,
  email      VARCHAR(254) NOT NULL,
  expires_at DATETIME(3)  NOT NULL,
  CONSTRAINT fk_guest_claims_citizen FOREIGN KEY (citizen_id) REFERENCES citizens(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Unconfirmed guest drafts go after their day; limits and claims after theirs.
CREATE EVENT guest_drafts_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE c FROM cases c JOIN guest_reports g ON g.case_id = c.id
  WHERE g.confirmed_at IS NULL AND g.expires_at < NOW() AND c.status = 'draft';
CREATE EVENT guest_limits_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM guest_limits WHERE hour < NOW() - INTERVAL 1 DAY;
CREATE EVENT guest_claims_cleanup ON SCHEDULE EVERY 1 HOUR DO
  DELETE FROM guest_claims WHERE expires_at < NOW();
