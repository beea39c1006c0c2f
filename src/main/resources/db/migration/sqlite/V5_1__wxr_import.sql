-- What each imported WordPress item became, and a hash of what it was imported as, so that importing
-- the same export again changes nothing and a newer export updates only what changed.
CREATE TABLE wxr_items (
  external_id    TEXT    NOT NULL PRIMARY KEY,
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  content_hash   TEXT    NOT NULL,
  imported_at    BIGINT  NOT NULL
);
CREATE INDEX wxr_items_publication ON wxr_items (publication_id);

-- WordPress categories nest; topics keep the parent so the hierarchy is not lost.
ALTER TABLE topics ADD COLUMN parent_id INTEGER REFERENCES topics(id);
