package org.dossier.accounts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reset tokens, stored as SHA-256 hashes so a copy of the database cannot be used to reset anyone. */
@Repository
class PasswordResetStore {

    private final JdbcClient jdbc;

    PasswordResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, long userId, long expiresAt) {
        jdbc.sql("INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES (:hash, :user, :expires)")
                .param("hash", tokenHash).param("user", userId).param("expires", expiresAt).update();
    }

    /** The user of an unused, unexpired token. */
    Optional<Long> validUser(String tokenHash, long now) {
        return jdbc.sql("SELECT user_id FROM password_resets WHERE token_hash = :hash AND used_at IS NULL"
                        + " AND expires_at > :now")
                .param("hash", tokenHash).param("now", now).query(Long.class).optional();
    }

    /** Marks a token used; false if it was already used (two tabs racing), so only one reset wins. */
    boolean use(String tokenHash, long now) {
        return jdbc.sql("UPDATE password_resets SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
                .param("now", now).param("hash", tokenHash).update() == 1;
    }

    /** Older links of the same user stop working once a new one is sent or a reset succeeds. */
    void invalidateFor(long userId, long now) {
        jdbc.sql("UPDATE password_resets SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", now).param("user", userId).update();
    }
}
