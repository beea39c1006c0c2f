-- Every save of a publication keeps a revision: the full input as JSON, so a restore is exact.
CREATE TABLE publication_revisions (
  id             INTEGER PRIMARY KEY,
  publication_id BIGINT  NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  number         INTEGER NOT NULL,
  saved_at       BIGINT  NOT NULL,
  saved_by       TEXT    NOT NULL,
  snapshot       TEXT    NOT NULL,
  UNIQUE (publication_id, number)
);

-- Dated public notes shown at the foot of a publication ("Corrected on ...").
CREATE TABLE corrections (
  id             INTEGER PRIMARY KEY,
  publication_id BIGINT NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  corrected_at   BIGINT NOT NULL,
  note           TEXT   NOT NULL,
  created_by     TEXT   NOT NULL
);
CREATE INDEX corrections_publication ON corrections (publication_id);

-- Who owns a publication in the back office, whether it waits for review, and the secret
-- preview token of a draft.
CREATE TABLE publication_workflow (
  publication_id      BIGINT NOT NULL PRIMARY KEY REFERENCES publications(id) ON DELETE CASCADE,
  owner_id            BIGINT REFERENCES users(id) ON DELETE SET NULL,
  review_requested_at BIGINT,
  preview_token       TEXT UNIQUE
);

-- Uploaded files after checking and re-encoding. url is where the largest variant is served.
CREATE TABLE media (
  id            INTEGER PRIMARY KEY,
  kind          TEXT    NOT NULL CHECK (kind IN ('image','pdf')),
  url           TEXT    NOT NULL UNIQUE,
  original_name TEXT    NOT NULL,
  media_type    TEXT    NOT NULL,
  width         INTEGER,
  height        INTEGER,
  size_bytes    BIGINT  NOT NULL,
  created_by    TEXT    NOT NULL,
  created_at    BIGINT  NOT NULL
);
