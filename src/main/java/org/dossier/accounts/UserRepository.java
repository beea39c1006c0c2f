package org.dossier.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. Emails are stored lower-cased so sign-in is case-insensitive. */
@Repository
public class UserRepository {

    private static final String USER = """
            SELECT id, email, display_name, role, enabled, totp_enabled, failed_logins, locked_until, created_at
            FROM users""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, String hash, Role role, long now) {
        return jdbc.sql("""
                INSERT INTO users (email, display_name, password_hash, role, password_changed_at, created_at)
                VALUES (:email, :name, :hash, :role, :now, :now) RETURNING id""")
                .param("email", email).param("name", displayName).param("hash", hash).param("role", role.db())
                .param("now", now).query(Long.class).single();
    }

    public Optional<User> byId(long id) {
        return jdbc.sql(USER + " WHERE id = :id").param("id", id).query(this::user).optional();
    }

    public Optional<User> byEmail(String email) {
        return jdbc.sql(USER + " WHERE email = :email").param("email", email).query(this::user).optional();
    }

    public List<User> all() {
        return jdbc.sql(USER + " ORDER BY email").query(this::user).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("""
                SELECT id, email, password_hash, role, enabled, totp_secret, totp_enabled, failed_logins, locked_until
                FROM users WHERE email = :email""").param("email", email)
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.fromDb(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getBoolean(7),
                        rs.getInt(8), instant(rs, "locked_until")))
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", id).query(String.class).optional();
    }

    Optional<String> totpSecret(long id) {
        return jdbc.sql("SELECT totp_secret FROM users WHERE id = :id").param("id", id).query(String.class).optional();
    }

    void setPassword(long id, String hash, long now) {
        jdbc.sql("""
                UPDATE users SET password_hash = :hash, password_changed_at = :now, failed_logins = 0,
                  locked_until = NULL WHERE id = :id""")
                .param("hash", hash).param("now", now).param("id", id).update();
    }

    void setRole(long id, Role role) {
        jdbc.sql("UPDATE users SET role = :role WHERE id = :id").param("role", role.db()).param("id", id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE users SET enabled = :enabled WHERE id = :id").param("enabled", enabled).param("id", id)
                .update();
    }

    /** Sets the secret; turning TOTP off (or starting over) forgets the last accepted step too. */
    void setTotp(long id, String secret, boolean enabled) {
        jdbc.sql("""
                UPDATE users SET totp_secret = :secret, totp_enabled = :enabled,
                  totp_last_step = CASE WHEN :enabled THEN totp_last_step ELSE NULL END WHERE id = :id""")
                .param("secret", secret).param("enabled", enabled).param("id", id).update();
    }

    /**
     * Records {@code step} as the last accepted TOTP step if it is later than the one recorded; false
     * when it is not, i.e. the code was already used (or an older one). One conditional UPDATE, so two
     * sign-ins racing with the same code cannot both win.
     */
    boolean acceptTotpStep(long id, long step) {
        return jdbc.sql("""
                UPDATE users SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("id", id).update() == 1;
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} once {@code max} failures are reached. */
    void recordFailure(long id, int max, long lockUntil) {
        jdbc.sql("""
                UPDATE users SET failed_logins = failed_logins + 1,
                  locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                WHERE id = :id""")
                .param("max", max).param("until", lockUntil).param("id", id).update();
    }

    /** After a lock has run out the count starts again, so one more failure does not lock at once. */
    void resetFailures(long id) {
        jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    private User user(ResultSet rs, int n) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.fromDb(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("totp_enabled"),
                rs.getInt("failed_logins"), instant(rs, "locked_until"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
