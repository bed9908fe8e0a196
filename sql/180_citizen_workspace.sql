-- 180_citizen_workspace.sql - the search finds the categories of segnalazioni, reclami and
-- richieste di assistenza too ("buca" leads to the form of a segnalazione about roads):
-- build/bin/catalogue-index indexes the active ones as kind 'category'.
ALTER TABLE search_docs MODIFY kind
  ENUM('service','faq','office','news','event','place','person','document','category') NOT NULL;
