-- A counter bumped by every change to the catalogue, so the portal's page
-- cache can tell in one primary-key read whether a cached page is still
-- exact. Triggers keep it right whatever writes (back office, SQL by hand).

CREATE TABLE catalogue_state (
  id         TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  generation BIGINT UNSIGNED  NOT NULL
) ENGINE=InnoDB;

INSERT INTO catalogue_state (id, generation) VALUES (1, 1);

CREATE TRIGGER topics_ai AFTER INSERT ON topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER topics_au AFTER UPDATE ON topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER topics_ad AFTER DELETE ON topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER offices_ai AFTER INSERT ON offices FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER offices_au AFTER UPDATE ON offices FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER offices_ad AFTER DELETE ON offices FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER services_ai AFTER INSERT ON services FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER services_au AFTER UPDATE ON services FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER services_ad AFTER DELETE ON services FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER service_topics_ai AFTER INSERT ON service_topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER service_topics_ad AFTER DELETE ON service_topics FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER faqs_ai AFTER INSERT ON faqs FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER faqs_au AFTER UPDATE ON faqs FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER faqs_ad AFTER DELETE ON faqs FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs FOR EACH ROW UPDATE catalogue_state SET generation = generation + 1 WHERE id = 1;
