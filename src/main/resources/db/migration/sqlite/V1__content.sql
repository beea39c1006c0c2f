-- Content model. Times are epoch milliseconds (UTC) in BIGINT columns so that SQLite and
-- PostgreSQL share one set of queries; see docs/ARCHITECTURE.md ("Time in the database").
CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE publication_types (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  plural      TEXT    NOT NULL,
  schema_type TEXT    NOT NULL DEFAULT 'Article'
);

CREATE TABLE topics (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE regions (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE tags (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE experts (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  title       TEXT    NOT NULL DEFAULT '',
  affiliation TEXT    NOT NULL DEFAULT '',
  bio_md      TEXT    NOT NULL DEFAULT '',
  bio_html    TEXT    NOT NULL DEFAULT '',
  photo_url   TEXT,
  photo_alt   TEXT    NOT NULL DEFAULT '',
  created_at  BIGINT  NOT NULL
);

CREATE TABLE expert_topics (
  expert_id INTEGER NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
  topic_id  INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  PRIMARY KEY (expert_id, topic_id)
);

CREATE TABLE publications (
  id                 INTEGER PRIMARY KEY,
  section_id         INTEGER NOT NULL REFERENCES sections(id),
  type_id            INTEGER NOT NULL REFERENCES publication_types(id),
  slug               TEXT    NOT NULL,
  title              TEXT    NOT NULL,
  subtitle           TEXT,
  summary            TEXT    NOT NULL DEFAULT '',
  body_md            TEXT    NOT NULL DEFAULT '',
  body_html          TEXT    NOT NULL DEFAULT '',
  status             TEXT    NOT NULL CHECK (status IN ('draft','scheduled','published','withdrawn')),
  published_at       BIGINT,
  updated_at         BIGINT  NOT NULL,
  created_at         BIGINT  NOT NULL,
  reading_minutes    INTEGER NOT NULL DEFAULT 1,
  image_url          TEXT,
  image_alt          TEXT    NOT NULL DEFAULT '',
  image_caption      TEXT    NOT NULL DEFAULT '',
  image_credit       TEXT    NOT NULL DEFAULT '',
  image_licence      TEXT    NOT NULL DEFAULT '',
  event_start        BIGINT,
  event_end          BIGINT,
  event_location     TEXT,
  external_id        TEXT    UNIQUE,
  version            INTEGER NOT NULL DEFAULT 1,
  UNIQUE (section_id, slug)
);
CREATE INDEX publications_public ON publications (status, published_at);
CREATE INDEX publications_section ON publications (section_id, status, published_at);

CREATE TABLE publication_authors (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  expert_id      INTEGER NOT NULL REFERENCES experts(id),
  position       INTEGER NOT NULL,
  PRIMARY KEY (publication_id, expert_id)
);
CREATE INDEX publication_authors_expert ON publication_authors (expert_id);

CREATE TABLE publication_topics (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  topic_id       INTEGER NOT NULL REFERENCES topics(id),
  PRIMARY KEY (publication_id, topic_id)
);
CREATE INDEX publication_topics_topic ON publication_topics (topic_id);

CREATE TABLE publication_regions (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  region_id      INTEGER NOT NULL REFERENCES regions(id),
  PRIMARY KEY (publication_id, region_id)
);
CREATE INDEX publication_regions_region ON publication_regions (region_id);

CREATE TABLE publication_tags (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  tag_id         INTEGER NOT NULL REFERENCES tags(id),
  PRIMARY KEY (publication_id, tag_id)
);
CREATE INDEX publication_tags_tag ON publication_tags (tag_id);

CREATE TABLE attachments (
  id             INTEGER PRIMARY KEY,
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  title          TEXT    NOT NULL,
  url            TEXT    NOT NULL,
  media_type     TEXT    NOT NULL DEFAULT 'application/pdf',
  size_bytes     BIGINT,
  position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_publication ON attachments (publication_id);

INSERT INTO publication_types (slug, name, plural, schema_type) VALUES
  ('blog-post', 'Blog Post', 'Blog Posts', 'BlogPosting'),
  ('report', 'Report', 'Reports', 'Report'),
  ('commentary', 'Commentary', 'Commentary', 'Article'),
  ('event', 'Event', 'Events', 'Event'),
  ('podcast', 'Podcast', 'Podcasts', 'PodcastEpisode'),
  ('video', 'Video', 'Videos', 'VideoObject'),
  ('press-release', 'Press Release', 'Press Releases', 'NewsArticle');
