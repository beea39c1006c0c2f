package org.dossier.feeds;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The few public queries feeds need beyond the publication repository: sitemap rows and upcoming events. */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A public address and when it last changed. */
    record Url(String path, Instant lastModified) {
    }

    long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM publications WHERE status = 'published'").query(Long.class).single();
    }

    /** One slice of published publications in id order, for one sitemap file. */
    List<Url> publishedUrls(long offset, int limit) {
        return jdbc.sql("""
                SELECT s.slug AS section, p.slug, p.updated_at FROM publications p
                JOIN sections s ON s.id = p.section_id
                WHERE p.status = 'published' ORDER BY p.id LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Url("/" + rs.getString(1) + "/" + rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)))).list();
    }

    /** The newest change among published publications, or null when there are none. */
    Instant lastPublishedChange() {
        return jdbc.sql("SELECT MAX(updated_at) FROM publications WHERE status = 'published'")
                .query((rs, n) -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
                }).single();
    }

    /** Ids of published events that have not ended, soonest first. */
    List<Long> upcomingEvents(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM publications WHERE status = 'published' AND event_start IS NOT NULL
                  AND COALESCE(event_end, event_start) >= :now
                ORDER BY event_start, id LIMIT :limit""")
                .param("now", now.toEpochMilli()).param("limit", limit).query(Long.class).list();
    }
}
