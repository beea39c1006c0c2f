-- Searches per day (epoch day, UTC) for the analytics chart; totals only, no query text, no personal data.
CREATE TABLE search_query_days (
  day           BIGINT  PRIMARY KEY,
  searches      BIGINT  NOT NULL,
  zero_results  BIGINT  NOT NULL
);
