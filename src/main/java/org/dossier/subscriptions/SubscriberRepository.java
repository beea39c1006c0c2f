package org.dossier.subscriptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers, their topics and consents, and the hashes of erased addresses. */
@Repository
class SubscriberRepository {

    private static final String COLUMNS = """
            SELECT id, email, name, organisation, frequency, status, paused, source, soft_bounces, status_reason,
                   created_at, confirmed_at, last_digest_at, last_mailed_at FROM subscribers""";

    private final JdbcClient jdbc;

    SubscriberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> byEmail(String email) {
        return jdbc.sql(COLUMNS + " WHERE email = :email").param("email", email).query(this::row).optional()
                .map(this::withTopics);
    }

    Optional<Subscriber> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::row).optional().map(this::withTopics);
    }

    long insert(Details details, String status, String source, Instant now) {
        long id = jdbc.sql("""
                INSERT INTO subscribers (email, name, organisation, frequency, status, source, created_at, updated_at)
                VALUES (:email, :name, :organisation, :frequency, :status, :source, :now, :now) RETURNING id""")
                .param("email", details.email()).param("name", details.name())
                .param("organisation", details.organisation()).param("frequency", details.frequency().db())
                .param("status", status).param("source", source).param("now", now.toEpochMilli())
                .query(Long.class).single();
        replaceTopics(id, details.topicIds());
        return id;
    }

    void updateDetails(long id, Details details, Instant now) {
        jdbc.sql("""
                UPDATE subscribers SET name = :name, organisation = :organisation, frequency = :frequency,
                       updated_at = :now WHERE id = :id""")
                .param("id", id).param("name", details.name()).param("organisation", details.organisation())
                .param("frequency", details.frequency().db()).param("now", now.toEpochMilli()).update();
        replaceTopics(id, details.topicIds());
    }

    void replaceTopics(long id, List<Long> topicIds) {
        jdbc.sql("DELETE FROM subscriber_topics WHERE subscriber_id = :id").param("id", id).update();
        for (Long topic : topicIds) {
            jdbc.sql("INSERT INTO subscriber_topics (subscriber_id, topic_id) VALUES (:id, :topic)")
                    .param("id", id).param("topic", topic).update();
        }
    }

    void setStatus(long id, String status, String reason, Instant now) {
        jdbc.sql("UPDATE subscribers SET status = :status, status_reason = :reason, updated_at = :now WHERE id = :id")
                .param("id", id).param("status", status).param("reason", reason).param("now", now.toEpochMilli())
                .update();
    }

    /** Confirms the address; digests count from now, so the first one holds only what is new to this reader. */
    void confirm(long id, Instant now) {
        jdbc.sql("""
                UPDATE subscribers SET status = 'confirmed', status_reason = '', confirmed_at = :now,
                       last_digest_at = :now, soft_bounces = 0, updated_at = :now WHERE id = :id""")
                .param("id", id).param("now", now.toEpochMilli()).update();
    }

    void setPaused(long id, boolean paused, Instant now) {
        jdbc.sql("UPDATE subscribers SET paused = :paused, updated_at = :now WHERE id = :id")
                .param("id", id).param("paused", paused ? 1 : 0).param("now", now.toEpochMilli()).update();
    }

    void markMailed(long id, Instant now) {
        jdbc.sql("UPDATE subscribers SET last_mailed_at = :now WHERE id = :id")
                .param("id", id).param("now", now.toEpochMilli()).update();
    }

    /** Counts a soft bounce and returns the new total. */
    int softBounce(long id, Instant now) {
        return jdbc.sql("""
                UPDATE subscribers SET soft_bounces = soft_bounces + 1, updated_at = :now WHERE id = :id
                RETURNING soft_bounces""").param("id", id).param("now", now.toEpochMilli()).query(Integer.class).single();
    }

    void addConsent(long id, String version, String wording, String source, Instant now) {
        jdbc.sql("""
                INSERT INTO consents (subscriber_id, version, wording, source, given_at)
                VALUES (:id, :version, :wording, :source, :now)""")
                .param("id", id).param("version", version).param("wording", wording).param("source", source)
                .param("now", now.toEpochMilli()).update();
    }

    List<Consent> consents(long id) {
        return jdbc.sql("SELECT version, wording, source, given_at FROM consents WHERE subscriber_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new Consent(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM subscribers WHERE id = :id").param("id", id).update();
    }

    void addErased(String hash, Instant now) {
        jdbc.sql("INSERT INTO erased_addresses (hash, erased_at) VALUES (:hash, :now) ON CONFLICT (hash) DO NOTHING")
                .param("hash", hash).param("now", now.toEpochMilli()).update();
    }

    boolean isErased(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM erased_addresses WHERE hash = :hash").param("hash", hash)
                .query(Long.class).single() > 0;
    }

    void forgetErased(String hash) {
        jdbc.sql("DELETE FROM erased_addresses WHERE hash = :hash").param("hash", hash).update();
    }

    /** One page of subscribers whose address, name or organisation contains {@code query}, newest first. */
    List<Subscriber> search(String query, String status, int limit, int offset) {
        return withTopics(jdbc.sql(COLUMNS + " " + """
                 WHERE (:q = '' OR email LIKE :like OR LOWER(name) LIKE :like OR LOWER(organisation) LIKE :like)
                   AND (:status = '' OR status = :status)
                 ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("q", query).param("like", "%" + query.toLowerCase(java.util.Locale.ROOT) + "%")
                .param("status", status).param("limit", limit).param("offset", offset)
                .query(this::row).list());
    }

    long count(String query, String status) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM subscribers
                WHERE (:q = '' OR email LIKE :like OR LOWER(name) LIKE :like OR LOWER(organisation) LIKE :like)
                  AND (:status = '' OR status = :status)""")
                .param("q", query).param("like", "%" + query.toLowerCase(java.util.Locale.ROOT) + "%")
                .param("status", status).query(Long.class).single();
    }

    /** Subscribers after {@code afterId} in id order, for streaming an export. */
    List<Subscriber> after(long afterId, int limit) {
        return withTopics(jdbc.sql(COLUMNS + " WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(this::row).list());
    }

    /** Ids and addresses of confirmed, unpaused subscribers matching a frequency (null: any) and topics (empty: any). */
    List<Map.Entry<Long, String>> sendable(Frequency frequency, List<Long> topicIds) {
        String sql = """
                SELECT id, email FROM subscribers s
                WHERE status = 'confirmed' AND paused = 0 AND (:frequency = '' OR frequency = :frequency)""";
        if (!topicIds.isEmpty()) {
            sql += """
                     AND (NOT EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.subscriber_id = s.id)
                          OR EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.subscriber_id = s.id
                                     AND t.topic_id IN (:topics)))""";
        }
        var spec = jdbc.sql(sql + " ORDER BY id").param("frequency", frequency == null ? "" : frequency.db());
        if (!topicIds.isEmpty()) {
            spec = spec.param("topics", topicIds);
        }
        return spec.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /** Confirmed, unpaused digest readers of {@code frequency} whose last digest is older than {@code before}. */
    List<Subscriber> digestDue(Frequency frequency, Instant before, int limit) {
        return withTopics(jdbc.sql(COLUMNS + " " + """
                 WHERE status = 'confirmed' AND paused = 0 AND frequency = :frequency AND last_digest_at <= :before
                 ORDER BY id LIMIT :limit""")
                .param("frequency", frequency.db()).param("before", before.toEpochMilli()).param("limit", limit)
                .query(this::row).list());
    }

    void markDigested(long id, Instant at) {
        jdbc.sql("UPDATE subscribers SET last_digest_at = :at WHERE id = :id").param("id", id)
                .param("at", at.toEpochMilli()).update();
    }

    private Subscriber withTopics(Subscriber s) {
        return withTopics(List.of(s)).get(0);
    }

    private List<Subscriber> withTopics(List<Subscriber> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> topics = new HashMap<>();
        jdbc.sql("SELECT subscriber_id, topic_id FROM subscriber_topics WHERE subscriber_id IN (:ids) ORDER BY topic_id")
                .param("ids", rows.stream().map(Subscriber::id).toList())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return rows.stream().map(s -> new Subscriber(s.id(), s.email(), s.name(), s.organisation(), s.frequency(),
                s.status(), s.paused(), s.source(), s.softBounces(), s.statusReason(), s.createdAt(), s.confirmedAt(),
                s.lastDigestAt(), s.lastMailedAt(), List.copyOf(topics.getOrDefault(s.id(), List.of())))).toList();
    }

    private Subscriber row(ResultSet rs, int n) throws SQLException {
        return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                rs.getString("organisation"), Frequency.parse(rs.getString("frequency")), rs.getString("status"),
                rs.getInt("paused") != 0, rs.getString("source"), rs.getInt("soft_bounces"),
                rs.getString("status_reason"), instant(rs, "created_at"), instant(rs, "confirmed_at"),
                instant(rs, "last_digest_at"), instant(rs, "last_mailed_at"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** What a person can set about themselves. */
    record Details(String email, String name, String organisation, Frequency frequency, List<Long> topicIds) {
    }
}
