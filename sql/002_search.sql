-- Full-text search documents. MariaDB FULLTEXT has no Italian stemming, so the
-- indexer (build/bin/catalogue-index) stores stemmed words here and the portal
-- stems the query the same way. One row per searchable item.

CREATE TABLE search_docs (
  kind        ENUM('service','faq','office') NOT NULL,
  ref_id      INT UNSIGNED NOT NULL,
  title_stems TEXT NOT NULL,
  body_stems  MEDIUMTEXT NOT NULL,
  PRIMARY KEY (kind, ref_id),
  FULLTEXT KEY search_title (title_stems),
  FULLTEXT KEY search_all (title_stems, body_stems)
) ENGINE=InnoDB;
