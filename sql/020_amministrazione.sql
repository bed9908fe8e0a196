-- Amministrazione (Designers Italia "Modello Comuni"): the administrative
-- areas the offices belong to, the people of the Comune (politicians and
-- administrative staff) with their roles and mandates, the public documents
-- with their attachments (PDF), the bodies the Comune takes part in (enti e
-- fondazioni). Long text columns hold Markdown, like the catalogue's.
-- Every table bumps catalogue_state.generation (sql/003), so the portal's
-- page cache shows a change at the next request.

-- Aree amministrative: the top units of the organisation; each office
-- (unità organizzativa) may belong to one.
CREATE TABLE admin_areas (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  name        VARCHAR(160) NOT NULL,
  summary     VARCHAR(400) NOT NULL,
  description TEXT         NOT NULL,               -- competenze (Markdown)
  address     VARCHAR(240) NOT NULL DEFAULT '',
  phone       VARCHAR(40)  NOT NULL DEFAULT '',
  email       VARCHAR(160) NOT NULL DEFAULT '',
  position    SMALLINT     NOT NULL DEFAULT 0,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

ALTER TABLE offices
  ADD COLUMN area_id INT UNSIGNED NULL,
  ADD CONSTRAINT fk_offices_area FOREIGN KEY (area_id) REFERENCES admin_areas(id) ON DELETE SET NULL;

-- Persone pubbliche: politicians (kind 'politico') and administrative staff
-- (kind 'personale').
CREATE TABLE people (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL UNIQUE,
  given_name  VARCHAR(80)  NOT NULL,
  family_name VARCHAR(80)  NOT NULL,
  kind        ENUM('politico','personale') NOT NULL,
  summary     VARCHAR(400) NOT NULL,               -- one line under the name
  biography   TEXT         NOT NULL,               -- Markdown
  competences TEXT         NOT NULL,               -- Markdown
  email       VARCHAR(160) NOT NULL DEFAULT '',
  phone       VARCHAR(40)  NOT NULL DEFAULT '',
  published   BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY people_list (kind, published, family_name, given_name)
) ENGINE=InnoDB;

-- Ruoli e mandati: what a person is (Sindaco, Assessore, Consigliere,
-- Responsabile...), in which organ of government ('' for none), for which
-- office or area, from when to when (ends_on NULL: in office).
CREATE TABLE person_roles (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id   INT UNSIGNED NOT NULL,
  title       VARCHAR(160) NOT NULL,
  organ       ENUM('','sindaco','giunta','consiglio') NOT NULL DEFAULT '',
  delegations VARCHAR(400) NOT NULL DEFAULT '',
  office_id   INT UNSIGNED NULL,
  area_id     INT UNSIGNED NULL,
  starts_on   DATE         NOT NULL,
  ends_on     DATE         NULL,
  position    SMALLINT     NOT NULL DEFAULT 0,
  CONSTRAINT fk_person_roles_person FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE,
  CONSTRAINT fk_person_roles_office FOREIGN KEY (office_id) REFERENCES offices(id) ON DELETE SET NULL,
  CONSTRAINT fk_person_roles_area FOREIGN KEY (area_id) REFERENCES admin_areas(id) ON DELETE SET NULL,
  KEY person_roles_organ (organ, position),
  KEY person_roles_person (person_id, position)
) ENGINE=InnoDB;

-- Documenti e dati: a public document of the Comune, its type (the model's
-- categories), protocol number and date, licence, the office/area and person
-- it belongs to.
CREATE TABLE documents (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(160) NOT NULL UNIQUE,
  title         VARCHAR(240) NOT NULL,
  doc_type      VARCHAR(120) NOT NULL,             -- e.g. "Atti normativi", "Documenti albo pretorio"
  summary       VARCHAR(400) NOT NULL,
  description   TEXT         NOT NULL,             -- Markdown
  protocol      VARCHAR(40)  NOT NULL DEFAULT '',
  protocol_date DATE         NULL,
  published_on  DATE         NOT NULL,
  licence       VARCHAR(120) NOT NULL DEFAULT 'Creative Commons Attribuzione 4.0 (CC BY 4.0)',
  office_id     INT UNSIGNED NULL,
  area_id       INT UNSIGNED NULL,
  person_id     INT UNSIGNED NULL,
  published     BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_documents_office FOREIGN KEY (office_id) REFERENCES offices(id) ON DELETE SET NULL,
  CONSTRAINT fk_documents_area FOREIGN KEY (area_id) REFERENCES admin_areas(id) ON DELETE SET NULL,
  CONSTRAINT fk_documents_person FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE SET NULL,
  KEY documents_list (published, published_on),
  KEY documents_type (doc_type, published_on)
) ENGINE=InnoDB;

-- The files of a document (PDF only: checked by content when served too).
CREATE TABLE document_files (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_id  INT UNSIGNED NOT NULL,
  label        VARCHAR(200) NOT NULL,
  filename     VARCHAR(120) NOT NULL,              -- [a-z0-9-]+.pdf, ours, never the uploader's
  content_type VARCHAR(80)  NOT NULL DEFAULT 'application/pdf',
  data         MEDIUMBLOB   NOT NULL,
  position     SMALLINT     NOT NULL DEFAULT 0,
  CONSTRAINT fk_document_files_document FOREIGN KEY (document_id) REFERENCES documents(id) ON DELETE CASCADE,
  KEY document_files_document (document_id, position)
) ENGINE=InnoDB;

-- Enti e fondazioni: bodies the Comune belongs to or holds a share of.
CREATE TABLE entities (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(120) NOT NULL,               -- Fondazione, Consorzio, Società partecipata...
  summary     VARCHAR(400) NOT NULL,
  description TEXT         NOT NULL,               -- Markdown
  share       VARCHAR(120) NOT NULL DEFAULT '',    -- the Comune's share or role
  address     VARCHAR(240) NOT NULL DEFAULT '',
  website     VARCHAR(240) NOT NULL DEFAULT '',
  email       VARCHAR(160) NOT NULL DEFAULT '',
  updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TRIGGER admin_areas_ai AFTER INSERT ON admin_areas FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER admin_areas_au AFTER UPDATE ON admin_areas FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER admin_areas_ad AFTER DELETE ON admin_areas FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER people_ai AFTER INSERT ON people FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER people_au AFTER UPDATE ON people FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER people_ad AFTER DELETE ON people FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER person_roles_ai AFTER INSERT ON person_roles FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER person_roles_au AFTER UPDATE ON person_roles FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER person_roles_ad AFTER DELETE ON person_roles FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER documents_ai AFTER INSERT ON documents FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER documents_au AFTER UPDATE ON documents FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER documents_ad AFTER DELETE ON documents FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER document_files_ai AFTER INSERT ON document_files FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER document_files_au AFTER UPDATE ON document_files FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER document_files_ad AFTER DELETE ON document_files FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER entities_ai AFTER INSERT ON entities FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER entities_au AFTER UPDATE ON entities FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER entities_ad AFTER DELETE ON entities FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
