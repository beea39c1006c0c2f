-- Newsletters written by editors. segment_topics: comma-separated topic ids, empty for everyone.
CREATE TABLE newsletters (
  id             INTEGER PRIMARY KEY,
  subject        TEXT    NOT NULL,
  intro_md       TEXT    NOT NULL DEFAULT '',
  segment_topics TEXT    NOT NULL DEFAULT '',
  status         TEXT    NOT NULL CHECK (status IN ('draft','scheduled','sent')),
  send_at        BIGINT,
  batch          TEXT,
  recipients     INTEGER NOT NULL DEFAULT 0,
  created_at     BIGINT  NOT NULL,
  updated_at     BIGINT  NOT NULL,
  sent_at        BIGINT
);

CREATE TABLE newsletter_items (
  newsletter_id  INTEGER NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  PRIMARY KEY (newsletter_id, publication_id)
);

-- Publications already announced to "each new publication" subscribers: an edit never re-sends.
CREATE TABLE announced_publications (
  publication_id INTEGER NOT NULL PRIMARY KEY,
  announced_at   BIGINT  NOT NULL,
  recipients     INTEGER NOT NULL
);
