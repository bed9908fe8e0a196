-- The editors of the Amministrazione's areas and entities (cgi-bin/content/
-- newsroom_org.c) publish and unpublish them like the other content types:
-- an unpublished area or ente is neither listed nor linked on the portal,
-- only previewed by the editors. What is there today stays published.

ALTER TABLE admin_areas ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE AFTER position;
ALTER TABLE entities ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE AFTER email;
