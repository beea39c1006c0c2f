-- Webhooks: URLs an editor registered to hear about publish, update and withdraw, each with its own secret.
CREATE TABLE webhooks (
  id         INTEGER PRIMARY KEY,
  url        TEXT    NOT NULL,
  secret     TEXT    NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT  NOT NULL
);

-- The outbox: one row per webhook and event, kept until delivered or given up, so a restart resumes.
CREATE TABLE webhook_deliveries (
  id               INTEGER PRIMARY KEY,
  webhook_id       INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event            TEXT    NOT NULL,
  payload          TEXT    NOT NULL,
  status           TEXT    NOT NULL CHECK (status IN ('pending','delivered','failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT  NOT NULL,
  last_status_code INTEGER,
  last_error       TEXT,
  created_at       BIGINT  NOT NULL,
  delivered_at     BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

-- Which publications subscribers were told are public (and at which version), so the next change is
-- announced as an update, and a publication that stops being public as withdrawn.
CREATE TABLE webhook_announced (
  publication_id INTEGER NOT NULL PRIMARY KEY,
  version        INTEGER NOT NULL
);
