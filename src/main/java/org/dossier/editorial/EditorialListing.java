package org.dossier.editorial;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.publications.Status;
import org.dossier.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The back-office list of publications in every status, with filters; newest change first. */
@Repository
public class EditorialListing {

    /** One line of the list. */
    public record Row(long id, String title, Status status, String section, String type, Instant updatedAt,
                      Instant publishedAt, String url, String owner, boolean reviewRequested) {
    }

    /** What the list is narrowed to; nulls mean "any". {@code ownerId} limits authors to their own work. */
    public record Filter(Status status, Long sectionId, Long typeId, Long expertId, Long topicId, String query,
                         Long ownerId) {
    }

    private final JdbcClient jdbc;

    EditorialListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<Row> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status().db());
        }
        if (filter.sectionId() != null) {
            where.append(" AND p.section_id = :section");
            params.put("section", filter.sectionId());
        }
        if (filter.typeId() != null) {
            where.append(" AND p.type_id = :type");
            params.put("type", filter.typeId());
        }
        if (filter.expertId() != null) {
            where.append(" AND p.id IN (SELECT publication_id FROM publication_authors WHERE expert_id = :expert)");
            params.put("expert", filter.expertId());
        }
        if (filter.topicId() != null) {
            where.append(" AND p.id IN (SELECT publication_id FROM publication_topics WHERE topic_id = :topic)");
            params.put("topic", filter.topicId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" AND LOWER(p.title) LIKE :q");
            params.put("q", "%" + filter.query().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.ownerId() != null) {
            where.append(" AND w.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        String from = " FROM publications p JOIN sections s ON s.id = p.section_id"
                + " JOIN publication_types t ON t.id = p.type_id"
                + " LEFT JOIN publication_workflow w ON w.publication_id = p.id LEFT JOIN users u ON u.id = w.owner_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT p.id, p.title, p.status, s.name, t.name, p.updated_at, p.published_at,"
                        + " s.slug, p.slug, u.email, w.review_requested_at" + from + where
                        + " ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", Paged.offset(page, size))
                .query((rs, n) -> {
                    long published = rs.getLong(7);
                    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
                    rs.getLong(11);
                    boolean review = !rs.wasNull();
                    return new Row(rs.getLong(1), rs.getString(2), Status.fromDb(rs.getString(3)), rs.getString(4),
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), publishedAt,
                            "/" + rs.getString(8) + "/" + rs.getString(9), rs.getString(10), review);
                }).list();
        return new Paged<>(rows, page, size, total);
    }

    /** Scheduled items, most recently changed first, for the dashboard. */
    public List<Row> scheduled(int limit) {
        return list(new Filter(Status.SCHEDULED, null, null, null, null, null, null), 1, limit).items();
    }
}
