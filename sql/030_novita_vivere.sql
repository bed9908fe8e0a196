-- Novità (notizie, comunicati, avvisi) and Vivere il Comune (luoghi, eventi),
-- the Designers Italia "Modello Comuni" content types. Long text columns hold
-- Markdown; images are files under static/images/ (IMAGE is the path below it,
-- '' for none); dates and times are the Comune's local time (Europe/Rome).

CREATE TABLE news (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(120) NOT NULL UNIQUE,
  news_type     ENUM('notizia','comunicato','avviso') NOT NULL,
  title         VARCHAR(200) NOT NULL,
  summary       VARCHAR(400) NOT NULL,            -- "descrizione breve"
  body          TEXT         NOT NULL,            -- "descrizione", Markdown
  image         VARCHAR(160) NOT NULL DEFAULT '',
  image_alt     VARCHAR(240) NOT NULL DEFAULT '',
  image_caption VARCHAR(240) NOT NULL DEFAULT '',
  office_id     INT UNSIGNED NULL,                -- "a cura di"
  featured      BOOLEAN      NOT NULL DEFAULT FALSE, -- "in evidenza"
  published     BOOLEAN      NOT NULL DEFAULT TRUE,
  published_at  DATETIME     NOT NULL,            -- the date shown and the list order
  updated_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_news_office FOREIGN KEY (office_id) REFERENCES offices(id) ON DELETE SET NULL,
  KEY news_by_date (published, published_at),
  KEY news_by_type (published, news_type, published_at),
  KEY news_featured (published, featured, published_at)
) ENGINE=InnoDB;

CREATE TABLE news_topics (
  news_id  INT UNSIGNED NOT NULL,
  topic_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (news_id, topic_id),
  KEY news_topics_topic (topic_id, news_id),
  CONSTRAINT fk_news_topics_news FOREIGN KEY (news_id) REFERENCES news(id) ON DELETE CASCADE,
  CONSTRAINT fk_news_topics_topic FOREIGN KEY (topic_id) REFERENCES topics(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Documents attached to a news item: FILE is a path under static/ ("allegati/x.pdf").
CREATE TABLE news_attachments (
  id        INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  news_id   INT UNSIGNED NOT NULL,
  position  SMALLINT     NOT NULL DEFAULT 0,
  title     VARCHAR(200) NOT NULL,
  file      VARCHAR(200) NOT NULL,
  format    VARCHAR(10)  NOT NULL DEFAULT 'PDF',
  bytes     INT UNSIGNED NOT NULL DEFAULT 0,
  KEY news_attachments_news (news_id, position),
  CONSTRAINT fk_news_attachments_news FOREIGN KEY (news_id) REFERENCES news(id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE places (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL UNIQUE,
  place_type  VARCHAR(80)  NOT NULL,             -- "Biblioteca", "Museo", "Parco"...
  name        VARCHAR(200) NOT NULL,
  summary     VARCHAR(400) NOT NULL,
  description TEXT         NOT NULL,             -- Markdown
  address     VARCHAR(240) NOT NULL,
  hours       TEXT         NOT NULL,             -- one line of opening hours each
  phone       VARCHAR(40)  NOT NULL DEFAULT '',
  email       VARCHAR(160) NOT NULL DEFAULT '',
  website     VARCHAR(400) NOT NULL DEFAULT '',
  services    TEXT         NOT NULL,             -- "servizi presenti nel luogo", one line each
  image       VARCHAR(160) NOT NULL DEFAULT '',
  image_alt   VARCHAR(240) NOT NULL DEFAULT '',
  featured    BOOLEAN      NOT NULL DEFAULT FALSE,
  published   BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY places_list (published, name),
  KEY places_featured (published, featured, name)
) ENGINE=InnoDB;

CREATE TABLE events (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL UNIQUE,
  title       VARCHAR(200) NOT NULL,
  summary     VARCHAR(400) NOT NULL,
  description TEXT         NOT NULL,             -- "cos'è", Markdown
  start_at    DATETIME     NOT NULL,
  end_at      DATETIME     NOT NULL,
  place_id    INT UNSIGNED NULL,
  cost        VARCHAR(400) NOT NULL DEFAULT '',  -- '' = free entry
  audience    VARCHAR(400) NOT NULL DEFAULT '',  -- "a chi è rivolto"
  image       VARCHAR(160) NOT NULL DEFAULT '',
  image_alt   VARCHAR(240) NOT NULL DEFAULT '',
  featured    BOOLEAN      NOT NULL DEFAULT FALSE,
  published   BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_events_place FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE SET NULL,
  CONSTRAINT events_range CHECK (end_at >= start_at),
  KEY events_upcoming (published, end_at, start_at),
  KEY events_by_start (published, start_at),
  KEY events_place (place_id, start_at)
) ENGINE=InnoDB;

-- The portal's page cache is exact through catalogue_state.generation (sql/003).
CREATE TRIGGER news_ai AFTER INSERT ON news FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_au AFTER UPDATE ON news FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_ad AFTER DELETE ON news FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_topics_ai AFTER INSERT ON news_topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_topics_ad AFTER DELETE ON news_topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_attachments_ai AFTER INSERT ON news_attachments FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_attachments_au AFTER UPDATE ON news_attachments FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER news_attachments_ad AFTER DELETE ON news_attachments FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER places_ai AFTER INSERT ON places FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER places_au AFTER UPDATE ON places FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER places_ad AFTER DELETE ON places FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER events_ai AFTER INSERT ON events FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER events_au AFTER UPDATE ON events FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER events_ad AFTER DELETE ON events FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
