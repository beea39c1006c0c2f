-- The last TOTP time step (epoch seconds / 30) accepted for each account, so a code that has
-- worked once is refused if replayed within its validity window (RFC 6238, section 5.2).
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
