-- Back-office accounts. No row is ever created with a default password: the first admin comes
-- from the "users create" task or from DOSSIER_ADMIN_EMAIL/_PASSWORD on first start.
CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  email               TEXT    NOT NULL UNIQUE,
  display_name        TEXT    NOT NULL DEFAULT '',
  password_hash       TEXT    NOT NULL,
  role                TEXT    NOT NULL CHECK (role IN ('admin','editor','author','contributor')),
  enabled             BOOLEAN NOT NULL DEFAULT TRUE,
  totp_secret         TEXT,
  totp_enabled        BOOLEAN NOT NULL DEFAULT FALSE,
  failed_logins       INTEGER NOT NULL DEFAULT 0,
  locked_until        BIGINT,
  password_changed_at BIGINT  NOT NULL,
  created_at          BIGINT  NOT NULL
);

-- Reset links carry a random token; only its SHA-256 is stored, and a row is used once.
CREATE TABLE password_resets (
  token_hash TEXT   NOT NULL PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL,
  used_at    BIGINT
);

-- Who changed what and when. Append-only: nothing in the application updates or deletes rows.
CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      BIGINT NOT NULL,
  actor   TEXT   NOT NULL,
  action  TEXT   NOT NULL,
  subject TEXT   NOT NULL DEFAULT '',
  detail  TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Spring Session JDBC keeps signed-in sessions here so several nodes can share them.
-- Column names are the ones its JdbcIndexedSessionRepository queries.
CREATE TABLE spring_session (
  primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
  session_id            CHAR(36)     NOT NULL,
  creation_time         BIGINT       NOT NULL,
  last_access_time      BIGINT       NOT NULL,
  max_inactive_interval INT          NOT NULL,
  expiry_time           BIGINT       NOT NULL,
  principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session(primary_id) ON DELETE CASCADE,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BLOB       NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);
