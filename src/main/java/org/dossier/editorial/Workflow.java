package org.dossier.editorial;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owner, review request and preview token of each publication (table publication_workflow). */
@Repository
class Workflow {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Workflow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the creator as owner; an existing owner is kept. */
    void claim(long publicationId, long ownerId) {
        jdbc.sql("""
                INSERT INTO publication_workflow (publication_id, owner_id) VALUES (:p, :o)
                ON CONFLICT (publication_id) DO NOTHING""")
                .param("p", publicationId).param("o", ownerId).update();
    }

    Optional<Long> owner(long publicationId) {
        return jdbc.sql("SELECT owner_id FROM publication_workflow WHERE publication_id = :p AND owner_id IS NOT NULL")
                .param("p", publicationId).query(Long.class).optional();
    }

    void review(long publicationId, Long requestedAt) {
        jdbc.sql("UPDATE publication_workflow SET review_requested_at = :at WHERE publication_id = :p")
                .param("at", requestedAt).param("p", publicationId).update();
    }

    Optional<Long> reviewRequested(long publicationId) {
        return jdbc.sql("SELECT review_requested_at FROM publication_workflow WHERE publication_id = :p"
                        + " AND review_requested_at IS NOT NULL")
                .param("p", publicationId).query(Long.class).optional();
    }

    /** The preview token of a publication, made on first use. */
    String previewToken(long publicationId) {
        Optional<String> existing = jdbc.sql("SELECT preview_token FROM publication_workflow WHERE publication_id = :p"
                        + " AND preview_token IS NOT NULL").param("p", publicationId).query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO publication_workflow (publication_id, preview_token) VALUES (:p, :t)
                ON CONFLICT (publication_id) DO UPDATE SET preview_token = excluded.preview_token""")
                .param("p", publicationId).param("t", token).update();
        return token;
    }

    Optional<Long> byPreviewToken(String token) {
        return jdbc.sql("SELECT publication_id FROM publication_workflow WHERE preview_token = :t")
                .param("t", token).query(Long.class).optional();
    }
}
