-- Revisions of the services: every save of an editor is a row here, with a
-- JSON snapshot of every field of the scheda servizio and its topics (keys:
-- the columns of services plus "topics", the topic ids as "1,3"). The live
-- row in services is what the portal shows: publishing copies a revision
-- into it (state becomes 'published'); a draft never touches it. A service
-- created in the back office has its services row from the first save, with
-- published = 0 until it is published.

CREATE TABLE service_revisions (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  service_id INT UNSIGNED NOT NULL,
  at         DATETIME(3)  NOT NULL,
  staff_id   INT UNSIGNED NULL,                        -- NULL: the content before the first edit
  state      ENUM('draft','published') NOT NULL DEFAULT 'draft',
  snapshot   MEDIUMTEXT   NOT NULL CHECK (JSON_VALID(snapshot)),
  KEY service_revisions_service (service_id, id),
  CONSTRAINT fk_revisions_service FOREIGN KEY (service_id) REFERENCES services(id) ON DELETE CASCADE,
  CONSTRAINT fk_revisions_staff FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE SET NULL
) ENGINE=InnoDB;
