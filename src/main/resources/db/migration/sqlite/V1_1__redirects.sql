-- Old addresses that now live elsewhere (imports, slug changes, merges). from_path may carry a
-- query string ("/?p=123") because WordPress permalinks do.
CREATE TABLE redirects (
  from_path  TEXT    NOT NULL PRIMARY KEY,
  to_path    TEXT    NOT NULL,
  status     INTEGER NOT NULL DEFAULT 301,
  created_at BIGINT  NOT NULL
);
