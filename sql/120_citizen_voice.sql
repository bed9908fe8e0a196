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

-- The office and category are those of the closure, so that the dashboard's
-- figures do not move when a case is later transferred.
CREATE TABLE case_ratings (
  id          BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT UNSIGNED  NOT NULL,
  closed_at   DATETIME(3)      NOT NULL,
  office_id   INT UNSIGNED     NULL,
  category_id INT UNSIGNED     NULL,
  rating      TINYINT UNSIGNED NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment     VARCHAR(500)     NOT NULL DEFAULT '',
  created_at  DATETIME(3)      NOT NULL,
  UNIQUE KEY case_ratings_closure (case_id, closed_at),
  KEY case_ratings_office (office_id),
  KEY case_ratings_category (category_id),
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
