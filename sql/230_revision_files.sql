-- A document's and a news item's files and a person's roles are part of what a
-- revision of the crud engine records and restores (cgi-bin/admin/crud.c).
-- Their rows are never deleted by the editors any more, only marked removed:
-- a file's bytes stay as uploaded, so a restore re-links the very row (and the
-- URL it had) rather than asking for the file again. Every reader of the
-- portal and of the back office skips removed rows.
ALTER TABLE document_files ADD COLUMN removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE news_attachments ADD COLUMN removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person_roles ADD COLUMN removed BOOLEAN NOT NULL DEFAULT FALSE;

-- MEMBERS: the ids of the item's rows not removed when the revision was saved
-- ("12,15", '' for none), in id order; NULL for the kinds without such rows
-- and for the revisions saved before this migration (a restore of those
-- leaves the rows as they are).
ALTER TABLE content_revisions ADD COLUMN members TEXT NULL;
