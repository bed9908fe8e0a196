-- The editors of the Amministrazione's areas and entities (cgi-bin/content/
-- newsroom_org.c) publish and unpublish them like the other content types:
-- an unpublished area or ente is neither listed nor linked on the portal,
-- only previewed by the editors. What is there today stays published.
--
-- A news item's attachments uploaded by the editors are PDFs kept here
-- (data, checked by content like a document's files) and served at
-- /novita/{slug}/allegati/{id}; a row without data is a file under static/
-- (file), as the demo's are.

ALTER TABLE admin_areas ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE AFTER position;
ALTER TABLE entities ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE AFTER email;
ALTER TABLE news_attachments ADD COLUMN data MEDIUMBLOB NULL AFTER bytes;
