-- Search: synonyms editors maintain (applied at query time, so no reindex) and anonymous query counts.
CREATE TABLE search_synonyms (
  id         INTEGER PRIMARY KEY,
  terms      TEXT    NOT NULL,
  updated_at BIGINT  NOT NULL
);

CREATE TABLE search_queries (
  query             TEXT    PRIMARY KEY,
  searches          BIGINT  NOT NULL,
  zero_results      BIGINT  NOT NULL,
  last_results      BIGINT  NOT NULL,
  last_searched_at  BIGINT  NOT NULL
);
CREATE INDEX search_queries_zero ON search_queries (zero_results, searches);

INSERT INTO search_synonyms (terms, updated_at) VALUES
  ('DPRK, North Korea, 북한', 0),
  ('ROK, South Korea, Republic of Korea, 한국', 0),
  ('UN, United Nations', 0),
  ('UNGA, United Nations General Assembly, UN General Assembly', 0);
