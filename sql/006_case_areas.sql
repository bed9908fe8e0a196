-- Routing by area: a category goes to its office, unless a route names
-- another office for the area the case is in (a hamlet with its own
-- maintenance crew, say).

CREATE TABLE areas (
  id       INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug     VARCHAR(80)  NOT NULL UNIQUE,
  name     VARCHAR(160) NOT NULL,
  position SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB;

CREATE TABLE case_routes (
  category_id INT UNSIGNED NOT NULL,
  area_id     INT UNSIGNED NOT NULL,
  office_id   INT UNSIGNED NOT NULL,
  PRIMARY KEY (category_id, area_id),
  CONSTRAINT fk_case_routes_category FOREIGN KEY (category_id) REFERENCES case_categories(id),
  CONSTRAINT fk_case_routes_area     FOREIGN KEY (area_id)     REFERENCES areas(id),
  CONSTRAINT fk_case_routes_office   FOREIGN KEY (office_id)   REFERENCES offices(id)
) ENGINE=InnoDB;

ALTER TABLE cases
  ADD COLUMN area_id INT UNSIGNED NULL AFTER category_id,
  ADD CONSTRAINT fk_cases_area FOREIGN KEY (area_id) REFERENCES areas(id);
