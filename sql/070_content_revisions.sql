-- Revisions of the simple items of the crud engine (cgi-bin/admin/crud.c):
-- every save of an editor of a news item, an event, a place, a person or a
-- document is a row here, keyed by the item's kind (the audit's object type:
-- 'news', 'event', 'place', 'person', 'document') and id, with a JSON snapshot
-- of every field of its form (keys: the form's field names). The live row is
-- what the portal shows; a restore writes a snapshot back into it as a new
-- save (and so a new revision). No foreign key to the item: the kinds live in
-- several tables; a deleted item's revisions stay as its history.

CREATE TABLE content_revisions (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind       VARCHAR(20)  NOT NULL,
  ref_id     INT UNSIGNED NOT NULL,
  at         DATETIME(3)  NOT NULL,
  staff_id   INT UNSIGNED NULL,
  snapshot   MEDIUMTEXT   NOT NULL CHECK (JSON_VALID(snapshot)),
  KEY content_revisions_item (kind, ref_id, id),
  CONSTRAINT fk_content_revisions_staff FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE SET NULL
) ENGINE=InnoDB;
