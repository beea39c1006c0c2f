package org.dossier.importer.wxr;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The importer's own bookkeeping: what each WordPress item became, and topic parents. */
@Repository
class WxrImportRepository {

    private final JdbcClient jdbc;

    WxrImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Content hashes of items imported before whose publication still exists, by external id. */
    Map<String, String> hashes(Collection<String> externalIds) {
        Map<String, String> hashes = new HashMap<>();
        if (externalIds.isEmpty()) {
            return hashes;
        }
        jdbc.sql("""
                SELECT w.external_id, w.content_hash FROM wxr_items w
                JOIN publications p ON p.id = w.publication_id AND p.external_id = w.external_id
                WHERE w.external_id IN (:ids)""")
                .param("ids", externalIds)
                .query(rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                });
        return hashes;
    }

    void remember(String externalId, long publicationId, String hash, long now) {
        jdbc.sql("""
                INSERT INTO wxr_items (external_id, publication_id, content_hash, imported_at)
                VALUES (:externalId, :publicationId, :hash, :now)
                ON CONFLICT (external_id) DO UPDATE SET publication_id = excluded.publication_id,
                  content_hash = excluded.content_hash, imported_at = excluded.imported_at""")
                .param("externalId", externalId).param("publicationId", publicationId).param("hash", hash)
                .param("now", now).update();
    }

    /** Public address ({@code /section/slug}) of each publication. */
    Map<Long, String> urls(Collection<Long> ids) {
        Map<Long, String> urls = new HashMap<>();
        if (ids.isEmpty()) {
            return urls;
        }
        jdbc.sql("SELECT p.id, s.slug, p.slug FROM publications p JOIN sections s ON s.id = p.section_id"
                        + " WHERE p.id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    urls.put(rs.getLong(1), "/" + rs.getString(2) + "/" + rs.getString(3));
                });
        return urls;
    }

    void setTopicParent(long topicId, long parentId) {
        jdbc.sql("UPDATE topics SET parent_id = :parent WHERE id = :id AND id <> :parent")
                .param("parent", parentId).param("id", topicId).update();
    }

    Long topicParent(long topicId) {
        return jdbc.sql("SELECT parent_id FROM topics WHERE id = :id").param("id", topicId)
                .query((rs, n) -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                }).optional().orElse(null);
    }
}
