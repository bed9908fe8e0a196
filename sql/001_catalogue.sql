-- Catalogue: topics, offices, services (Designers Italia "scheda servizio"), FAQ.
-- Long text columns hold Markdown (rendered with libcmark, raw HTML disabled).

CREATE TABLE topics (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  name        VARCHAR(120) NOT NULL,
  summary     VARCHAR(400) NOT NULL,
  position    SMALLINT     NOT NULL DEFAULT 0,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE offices (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(80)  NOT NULL UNIQUE,
  name          VARCHAR(160) NOT NULL,
  summary       VARCHAR(400) NOT NULL,
  description   TEXT         NOT NULL,
  manager       VARCHAR(160) NOT NULL DEFAULT '',   -- responsible person
  address       VARCHAR(240) NOT NULL,
  opening_hours TEXT         NOT NULL,               -- one line per day range
  phone         VARCHAR(40)  NOT NULL DEFAULT '',
  email         VARCHAR(160) NOT NULL DEFAULT '',
  pec           VARCHAR(160) NOT NULL DEFAULT '',
  updated_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE services (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug             VARCHAR(120) NOT NULL UNIQUE,
  title            VARCHAR(200) NOT NULL,
  status           ENUM('active','inactive') NOT NULL DEFAULT 'active',
  status_reason    VARCHAR(400) NOT NULL DEFAULT '',  -- required when inactive
  summary          VARCHAR(400) NOT NULL,             -- "descrizione breve", at most 160 chars advised
  for_citizens     BOOLEAN      NOT NULL DEFAULT TRUE,
  for_businesses   BOOLEAN      NOT NULL DEFAULT FALSE,
  audience         TEXT         NOT NULL,             -- "a chi è rivolto"
  description      TEXT         NOT NULL,             -- "descrizione estesa"
  how_to           TEXT         NOT NULL,             -- "come fare"
  requirements     TEXT         NOT NULL,             -- "cosa serve"
  outputs          TEXT         NOT NULL,             -- "cosa si ottiene"
  times            TEXT         NOT NULL,             -- "tempi e scadenze"
  costs            TEXT         NOT NULL,             -- "quanto costa"
  online_url       VARCHAR(400) NOT NULL DEFAULT '',  -- "accedi al servizio" online
  online_label     VARCHAR(120) NOT NULL DEFAULT '',
  in_person        TEXT         NOT NULL,             -- how to access at the counter ('' if none)
  booking_url      VARCHAR(400) NOT NULL DEFAULT '',
  conditions       TEXT         NOT NULL,             -- "condizioni di servizio"
  office_id        INT UNSIGNED NOT NULL,             -- "unità organizzativa responsabile"
  contacts         TEXT         NOT NULL,
  popularity       INT UNSIGNED NOT NULL DEFAULT 0,   -- requests last year, orders "most requested"
  published        BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_services_office FOREIGN KEY (office_id) REFERENCES offices(id),
  KEY services_popularity (published, popularity)
) ENGINE=InnoDB;

CREATE TABLE service_topics (
  service_id INT UNSIGNED NOT NULL,
  topic_id   INT UNSIGNED NOT NULL,
  PRIMARY KEY (service_id, topic_id),
  KEY service_topics_topic (topic_id, service_id),
  CONSTRAINT fk_st_service FOREIGN KEY (service_id) REFERENCES services(id) ON DELETE CASCADE,
  CONSTRAINT fk_st_topic   FOREIGN KEY (topic_id)   REFERENCES topics(id)   ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE faqs (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug       VARCHAR(120) NOT NULL UNIQUE,            -- anchor on /faq
  topic_id   INT UNSIGNED NOT NULL,
  question   VARCHAR(300) NOT NULL,
  answer     TEXT         NOT NULL,
  position   SMALLINT     NOT NULL DEFAULT 0,
  updated_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_faqs_topic FOREIGN KEY (topic_id) REFERENCES topics(id)
) ENGINE=InnoDB;
