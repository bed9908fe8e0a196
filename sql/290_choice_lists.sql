-- A counter bumped by every change to what the back office's forms list
-- (categories, offices, operators and their offices, response templates),
-- read with the staff session's own statement: a worker keeps those lists
-- between requests and reads them again only when it moved (issue 12: the
-- queue and the case page ran four statements for lists that change a few
-- times a year). Triggers keep it right whatever writes (admin pages, setup,
-- SQL by hand); a staff login, which updates the staff row, does not move it.

CREATE TABLE choice_lists_state (
  id         TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  generation BIGINT UNSIGNED  NOT NULL
) ENGINE=InnoDB;

INSERT INTO choice_lists_state (id, generation) VALUES (1, 1);

CREATE TRIGGER choice_lists_categories_ai AFTER INSERT ON case_categories FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_categories_au AFTER UPDATE ON case_categories FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_categories_ad AFTER DELETE ON case_categories FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_offices_ai AFTER INSERT ON offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_offices_au AFTER UPDATE ON offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_offices_ad AFTER DELETE ON offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_staff_ai AFTER INSERT ON staff FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_staff_au AFTER UPDATE ON staff FOR EACH ROW
  UPDATE choice_lists_state SET generation = generation + 1
  WHERE id = 1 AND NOT (OLD.display_name <=> NEW.display_name AND OLD.role <=> NEW.role
                        AND OLD.active <=> NEW.active);
CREATE TRIGGER choice_lists_staff_ad AFTER DELETE ON staff FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_staff_offices_ai AFTER INSERT ON staff_offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_staff_offices_au AFTER UPDATE ON staff_offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_staff_offices_ad AFTER DELETE ON staff_offices FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_templates_ai AFTER INSERT ON response_templates FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_templates_au AFTER UPDATE ON response_templates FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER choice_lists_templates_ad AFTER DELETE ON response_templates FOR EACH ROW UPDATE choice_lists_state SET generation = generation + 1 WHERE id = 1;
