package org.dossier.webhooks;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered webhooks, their outbox and what has been announced. */
@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Webhook(long id, String url, String secret, long createdAt) {
    }

    record Delivery(long id, long webhookId, String url, String secret, String event, String payload, int attempts) {
    }

    long create(String url, String secret, long now) {
        return jdbc.sql("INSERT INTO webhooks (url, secret, created_at) VALUES (:url, :secret, :now) RETURNING id")
                .param("url", url).param("secret", secret).param("now", now).query(Long.class).single();
    }

    List<Webhook> all() {
        return jdbc.sql("SELECT id, url, secret, created_at FROM webhooks ORDER BY id").query(Webhook.class).list();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM webhooks WHERE id = :id").param("id", id).update() == 1;
    }

    void enqueue(String event, String payload, long now) {
        jdbc.sql("""
                INSERT INTO webhook_deliveries (webhook_id, event, payload, status, next_attempt_at, created_at)
                SELECT id, :event, :payload, 'pending', :now, :now FROM webhooks WHERE active""")
                .param("event", event).param("payload", payload).param("now", now).update();
    }

    List<Delivery> due(long now, int limit) {
        return jdbc.sql("""
                SELECT d.id, d.webhook_id, w.url, w.secret, d.event, d.payload, d.attempts
                FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= :now ORDER BY d.id LIMIT :limit""")
                .param("now", now).param("limit", limit).query(Delivery.class).list();
    }

    void delivered(long id, int statusCode, long now) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1,
                  last_status_code = :code, delivered_at = :now WHERE id = :id""")
                .param("code", statusCode).param("now", now).param("id", id).update();
    }

    void failedAttempt(long id, Integer statusCode, String error, long nextAttempt, boolean giveUp) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = :code, last_error = :error,
                  next_attempt_at = :next, status = :status WHERE id = :id""")
                .param("code", statusCode).param("error", error).param("next", nextAttempt)
                .param("status", giveUp ? "failed" : "pending").param("id", id).update();
    }

    Optional<Integer> announcedVersion(long publicationId) {
        return jdbc.sql("SELECT version FROM webhook_announced WHERE publication_id = :id").param("id", publicationId)
                .query(Integer.class).optional();
    }

    void announce(long publicationId, int version) {
        jdbc.sql("""
                INSERT INTO webhook_announced (publication_id, version) VALUES (:id, :version)
                ON CONFLICT (publication_id) DO UPDATE SET version = excluded.version""")
                .param("id", publicationId).param("version", version).update();
    }

    void forget(long publicationId) {
        jdbc.sql("DELETE FROM webhook_announced WHERE publication_id = :id").param("id", publicationId).update();
    }

    /** Deliveries of one webhook, newest first (for the admin listing and tests). */
    List<String> statuses(long webhookId) {
        return jdbc.sql("SELECT event || ':' || status || ':' || attempts FROM webhook_deliveries"
                        + " WHERE webhook_id = :id ORDER BY id").param("id", webhookId).query(String.class).list();
    }
}
