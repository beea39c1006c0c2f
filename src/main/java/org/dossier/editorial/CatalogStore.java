package org.dossier.editorial;

import java.util.List;
import java.util.Optional;
import org.dossier.experts.Expert;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Edits by id and merges of experts and terms (the upserts by slug live in their own repositories). */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Expert> expert(long id) {
        return jdbc.sql("SELECT id, slug, name, title, affiliation, bio_md, bio_html, photo_url, photo_alt"
                + " FROM experts WHERE id = :id").param("id", id).query(Expert.class).optional();
    }

    boolean expertSlugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM experts WHERE slug = :slug AND id <> :id").param("slug", slug)
                .param("id", exceptId).query(Integer.class).single() > 0;
    }

    void updateExpert(long id, String slug, String name, String title, String affiliation, String bioMd,
                      String bioHtml, String photoUrl, String photoAlt) {
        jdbc.sql("""
                UPDATE experts SET slug = :slug, name = :name, title = :title, affiliation = :affiliation,
                  bio_md = :bioMd, bio_html = :bioHtml, photo_url = :photoUrl, photo_alt = :photoAlt WHERE id = :id""")
                .param("slug", slug).param("name", name).param("title", title).param("affiliation", affiliation)
                .param("bioMd", bioMd).param("bioHtml", bioHtml).param("photoUrl", photoUrl).param("photoAlt", photoAlt)
                .param("id", id).update();
    }

    /** Moves every byline and expertise of {@code from} to {@code into}, then deletes {@code from}; returns the publications touched. */
    List<Long> mergeExperts(long from, long into) {
        List<Long> touched = jdbc.sql("SELECT publication_id FROM publication_authors WHERE expert_id = :from")
                .param("from", from).query(Long.class).list();
        jdbc.sql("""
                INSERT INTO publication_authors (publication_id, expert_id, position)
                SELECT publication_id, :into, position FROM publication_authors WHERE expert_id = :from
                ON CONFLICT (publication_id, expert_id) DO NOTHING""").param("into", into).param("from", from).update();
        jdbc.sql("DELETE FROM publication_authors WHERE expert_id = :from").param("from", from).update();
        jdbc.sql("""
                INSERT INTO expert_topics (expert_id, topic_id) SELECT :into, topic_id FROM expert_topics WHERE expert_id = :from
                ON CONFLICT (expert_id, topic_id) DO NOTHING""").param("into", into).param("from", from).update();
        jdbc.sql("DELETE FROM experts WHERE id = :from").param("from", from).update();
        return touched;
    }

    Optional<Term> term(TermKind kind, long id) {
        return jdbc.sql("SELECT id, slug, name, description FROM " + kind.table() + " WHERE id = :id").param("id", id)
                .query((rs, n) -> new Term(rs.getLong(1), kind, rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    boolean termSlugTaken(TermKind kind, String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + " WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId).query(Integer.class).single() > 0;
    }

    void updateTerm(TermKind kind, long id, String slug, String name, String description) {
        jdbc.sql("UPDATE " + kind.table() + " SET slug = :slug, name = :name, description = :description WHERE id = :id")
                .param("slug", slug).param("name", name).param("description", description).param("id", id).update();
    }

    /** Moves every link of term {@code from} to {@code into}, then deletes {@code from}; returns the publications touched. */
    List<Long> mergeTerms(TermKind kind, long from, long into) {
        String link = kind.linkTable();
        String column = kind.linkColumn();
        List<Long> touched = jdbc.sql("SELECT publication_id FROM " + link + " WHERE " + column + " = :from")
                .param("from", from).query(Long.class).list();
        jdbc.sql("INSERT INTO " + link + " (publication_id, " + column + ") SELECT publication_id, :into FROM " + link
                        + " WHERE " + column + " = :from ON CONFLICT (publication_id, " + column + ") DO NOTHING")
                .param("into", into).param("from", from).update();
        jdbc.sql("DELETE FROM " + link + " WHERE " + column + " = :from").param("from", from).update();
        if (kind == TermKind.TOPIC) {
            jdbc.sql("""
                    INSERT INTO expert_topics (expert_id, topic_id) SELECT expert_id, :into FROM expert_topics
                    WHERE topic_id = :from ON CONFLICT (expert_id, topic_id) DO NOTHING""")
                    .param("into", into).param("from", from).update();
            jdbc.sql("DELETE FROM expert_topics WHERE topic_id = :from").param("from", from).update();
        }
        jdbc.sql("DELETE FROM " + kind.table() + " WHERE id = :from").param("from", from).update();
        return touched;
    }
}
