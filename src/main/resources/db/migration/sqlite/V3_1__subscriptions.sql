-- Mailing list. One row per address (normalised: trimmed, lower case, IDN domain in ASCII).
-- status: pending (awaiting double opt-in), confirmed, unsubscribed, suppressed (bounces, complaints).
CREATE TABLE subscribers (
  id                  INTEGER PRIMARY KEY,
  email               TEXT    NOT NULL UNIQUE,
  name                TEXT    NOT NULL DEFAULT '',
  organisation        TEXT    NOT NULL DEFAULT '',
  frequency           TEXT    NOT NULL DEFAULT 'weekly' CHECK (frequency IN ('instant','weekly','monthly')),
  status              TEXT    NOT NULL CHECK (status IN ('pending','confirmed','unsubscribed','suppressed')),
  paused              INTEGER NOT NULL DEFAULT 0,
  source              TEXT    NOT NULL DEFAULT 'form',
  soft_bounces        INTEGER NOT NULL DEFAULT 0,
  status_reason       TEXT    NOT NULL DEFAULT '',
  created_at          BIGINT  NOT NULL,
  updated_at          BIGINT  NOT NULL,
  confirmed_at        BIGINT,
  last_digest_at      BIGINT,
  last_mailed_at      BIGINT
);
CREATE INDEX subscribers_sendable ON subscribers (status, paused, frequency);

CREATE TABLE subscriber_topics (
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  topic_id      INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  PRIMARY KEY (subscriber_id, topic_id)
);
CREATE INDEX subscriber_topics_topic ON subscriber_topics (topic_id);

-- What each person agreed to: the wording's version and text at the time, and how.
CREATE TABLE consents (
  id            INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  version       TEXT    NOT NULL,
  wording       TEXT    NOT NULL,
  source        TEXT    NOT NULL,
  given_at      BIGINT  NOT NULL
);
CREATE INDEX consents_subscriber ON consents (subscriber_id);

-- Keyed hashes of erased addresses, so an old import cannot bring them back.
CREATE TABLE erased_addresses (
  hash      TEXT   NOT NULL PRIMARY KEY,
  erased_at BIGINT NOT NULL
);
