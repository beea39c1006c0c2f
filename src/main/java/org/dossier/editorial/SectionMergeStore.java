package org.dossier.editorial;

import java.util.List;
import java.util.Optional;
import org.dossier.taxonomy.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of merging one section into another. */
@Repository
class SectionMergeStore {

    /** A publication of the section being merged away. */
    record Moved(long id, String slug, boolean event) {
    }

    private final JdbcClient jdbc;

    SectionMergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Section> section(long id) {
        return jdbc.sql("SELECT id, slug, name, description, position FROM sections WHERE id = :id")
                .param("id", id).query(Section.class).optional();
    }

    /** Slugs used by publications (of any status) in both sections, in order. */
    List<String> clashingSlugs(long from, long into) {
        return jdbc.sql("""
                SELECT a.slug FROM publications a JOIN publications b ON b.slug = a.slug AND b.section_id = :into
                WHERE a.section_id = :from ORDER BY a.slug""")
                .param("from", from).param("into", into).query(String.class).list();
    }

    List<Moved> publications(long section) {
        return jdbc.sql("SELECT id, slug, event_start IS NOT NULL FROM publications WHERE section_id = :section ORDER BY id")
                .param("section", section)
                .query((rs, n) -> new Moved(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /**
     * Moves every publication of {@code from} to {@code into} and deletes {@code from}. The version
     * goes up so the search index's repair check and open editors see the change.
     */
    void move(long from, long into) {
        jdbc.sql("UPDATE publications SET section_id = :into, version = version + 1 WHERE section_id = :from")
                .param("into", into).param("from", from).update();
        jdbc.sql("DELETE FROM sections WHERE id = :from").param("from", from).update();
    }
}
