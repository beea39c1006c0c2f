package org.dossier.media;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The media library table. */
@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String url, String originalName, String mediaType, Integer width, Integer height,
                long size, String by, long now) {
        return jdbc.sql("""
                INSERT INTO media (kind, url, original_name, media_type, width, height, size_bytes, created_by, created_at)
                VALUES (:kind, :url, :name, :type, :width, :height, :size, :by, :now) RETURNING id""")
                .param("kind", kind).param("url", url).param("name", originalName).param("type", mediaType)
                .param("width", width).param("height", height).param("size", size).param("by", by).param("now", now)
                .query(Long.class).single();
    }

    List<MediaItem> recent(int limit, int offset) {
        return jdbc.sql("""
                SELECT id, kind, url, original_name, media_type, width, height, size_bytes, created_by, created_at
                FROM media ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    int w = rs.getInt(6);
                    Integer width = rs.wasNull() ? null : w;
                    int h = rs.getInt(7);
                    Integer height = rs.wasNull() ? null : h;
                    return new MediaItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), width, height, rs.getLong(8), rs.getString(9),
                            Instant.ofEpochMilli(rs.getLong(10)));
                }).list();
    }
}
