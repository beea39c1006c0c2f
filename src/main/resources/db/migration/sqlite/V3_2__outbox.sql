-- Outgoing mail. A mail's shared body is stored once (mail_contents); the outbox has one row per
-- recipient, written in the same transaction as the decision to send. "{{token}}" in a body or
-- in the extra headers is replaced by the row's personal token when the row is delivered.
CREATE TABLE mail_contents (
  id         INTEGER PRIMARY KEY,
  kind       TEXT    NOT NULL,
  subject    TEXT    NOT NULL,
  html       TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  headers    TEXT    NOT NULL DEFAULT '',
  created_at BIGINT  NOT NULL
);

-- status: queued → sending (claimed by a worker) → sent (committed just before SMTP's final dot);
-- or failed (permanent), captured (no SMTP configured), cancelled (recipient erased or unsubscribed).
CREATE TABLE mail_outbox (
  id              INTEGER PRIMARY KEY,
  content_id      INTEGER NOT NULL REFERENCES mail_contents(id),
  batch           TEXT,
  recipient       TEXT    NOT NULL,
  personal        TEXT    NOT NULL DEFAULT '',
  message_id      TEXT    NOT NULL UNIQUE,
  status          TEXT    NOT NULL CHECK (status IN ('queued','sending','sent','failed','captured','cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT  NOT NULL,
  claim           TEXT,
  claimed_at      BIGINT,
  last_error      TEXT    NOT NULL DEFAULT '',
  created_at      BIGINT  NOT NULL,
  sent_at         BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_batch ON mail_outbox (batch, status);
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient);
