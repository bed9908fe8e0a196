-- 060_search_kinds.sql - the full-text search (search_docs, sql/002) covers the
-- Modello Comuni's other content types too: news, events, places, people and
-- documents (build/bin/catalogue-index fills them; /cerca filters by kind).
ALTER TABLE search_docs MODIFY kind
  ENUM('service','faq','office','news','event','place','person','document') NOT NULL;
