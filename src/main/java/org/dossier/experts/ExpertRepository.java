package org.dossier.experts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experts and the ordered author lists of publications. */
@Repository
public class ExpertRepository {

    private static final String COLUMNS = "e.id, e.slug, e.name, e.title, e.affiliation, e.bio_md, e.bio_html, "
            + "e.photo_url, e.photo_alt";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExpertRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Expert> bySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experts e WHERE e.slug = :slug")
                .param("slug", slug).query(Expert.class).optional();
    }

    /** Everyone, by name; the experts page is short enough not to page. */
    public List<Expert> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experts e ORDER BY e.name").query(Expert.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM experts").query(Long.class).single();
    }

    /** Authors of each publication, in byline order. */
    public Map<Long, List<Expert>> authorsOf(Collection<Long> publicationIds) {
        if (publicationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT pa.publication_id, " + COLUMNS + " FROM publication_authors pa"
                        + " JOIN experts e ON e.id = pa.expert_id WHERE pa.publication_id IN (:ids)"
                        + " ORDER BY pa.publication_id, pa.position")
                .param("ids", publicationIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Expert(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Creates an expert or updates the one with this slug; returns its id. */
    public long save(ExpertInput in, String bioHtml, long now) {
        return jdbc.sql("""
                INSERT INTO experts (slug, name, title, affiliation, bio_md, bio_html, photo_url, photo_alt, created_at)
                VALUES (:slug, :name, :title, :affiliation, :bioMd, :bioHtml, :photoUrl, :photoAlt, :now)
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name, title = excluded.title,
                  affiliation = excluded.affiliation, bio_md = excluded.bio_md, bio_html = excluded.bio_html,
                  photo_url = excluded.photo_url, photo_alt = excluded.photo_alt
                RETURNING id""")
                .param("slug", in.slug()).param("name", in.name()).param("title", in.title())
                .param("affiliation", in.affiliation()).param("bioMd", in.bioMd()).param("bioHtml", bioHtml)
                .param("photoUrl", in.photoUrl()).param("photoAlt", in.photoAlt()).param("now", now)
                .query(Long.class).single();
    }

    /** Returns the id of the expert with this slug, creating a bare profile named {@code name} if there is none. */
    public long findOrCreate(String slug, String name, long now) {
        return findOrCreateAll(Map.of(slug, name), now).get(slug);
    }

    /**
     * Ids of the experts with these slugs, creating the missing ones under the given names, in the
     * caller's transaction. For imports, which meet thousands of new names a run: the two statements
     * are prepared once for the whole set instead of once per name.
     */
    public Map<String, Long> findOrCreateAll(Map<String, String> namesBySlug, long now) {
        if (namesBySlug.isEmpty()) {
            return Map.of();
        }
        return template.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM experts WHERE slug = ?");
                 PreparedStatement create = connection.prepareStatement(
                         "INSERT INTO experts (slug, name, created_at) VALUES (?, ?, ?) RETURNING id")) {
                for (Map.Entry<String, String> e : namesBySlug.entrySet()) {
                    find.setString(1, e.getKey());
                    Long id = firstId(find);
                    if (id == null) {
                        create.setString(1, e.getKey());
                        create.setString(2, e.getValue());
                        create.setLong(3, now);
                        id = firstId(create);
                    }
                    ids.put(e.getKey(), id);
                }
            }
            return ids;
        });
    }

    private static Long firstId(PreparedStatement statement) throws java.sql.SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    public void setExpertise(long expertId, Collection<Long> topicIds) {
        jdbc.sql("DELETE FROM expert_topics WHERE expert_id = :id").param("id", expertId).update();
        for (long topicId : topicIds) {
            jdbc.sql("INSERT INTO expert_topics (expert_id, topic_id) VALUES (:e, :t)")
                    .param("e", expertId).param("t", topicId).update();
        }
    }
}
