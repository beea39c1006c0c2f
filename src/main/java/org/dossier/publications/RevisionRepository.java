package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Revisions of publications, each the full {@link PublicationInput} as JSON. Written by
 * {@link PublicationService} in the same transaction as the save it records.
 */
@Repository
public class RevisionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PublicationRepository publications;

    RevisionRepository(JdbcClient jdbc, PublicationRepository publications) {
        this.jdbc = jdbc;
        this.publications = publications;
    }

    /**
     * A publication written without revisions (bulk import) gets its stored state as revision 1
     * before its first edit, so that state can be compared and restored like any other.
     */
    void recordBaselineIfNone(long publicationId) {
        boolean none = jdbc.sql("SELECT COUNT(*) FROM publication_revisions WHERE publication_id = :id")
                .param("id", publicationId).query(Integer.class).single() == 0;
        if (none) {
            publications.byId(publicationId).ifPresent(p -> record(p.id(), asInput(p), "before first edit",
                    p.updatedAt()));
        }
    }

    private static PublicationInput asInput(Publication p) {
        return new PublicationInput(p.id(), p.externalId(), p.section().id(), p.type().id(), p.slug(), p.title(),
                p.subtitle(), p.summary(), p.bodyMd(), p.status(), p.publishedAt(), p.updatedAt(),
                p.authors().stream().map(org.dossier.experts.Expert::id).toList(),
                p.topics().stream().map(org.dossier.taxonomy.Term::id).toList(),
                p.regions().stream().map(org.dossier.taxonomy.Term::id).toList(),
                p.tags().stream().map(org.dossier.taxonomy.Term::id).toList(), p.image(), p.event(),
                p.attachments().stream().map(a -> new AttachmentInput(a.title(), a.url(), a.mediaType(), a.sizeBytes()))
                        .toList());
    }

    void record(long publicationId, PublicationInput input, String savedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO publication_revisions (publication_id, number, saved_at, saved_by, snapshot)
                VALUES (:id, (SELECT COALESCE(MAX(number), 0) + 1 FROM publication_revisions WHERE publication_id = :id),
                  :at, :by, :snapshot)""")
                .param("id", publicationId).param("at", at.toEpochMilli()).param("by", savedBy)
                .param("snapshot", JSON.writeValueAsString(input)).update();
    }

    /** All revisions of a publication, newest first. */
    public List<Revision> of(long publicationId) {
        return jdbc.sql("SELECT publication_id, number, saved_at, saved_by, snapshot FROM publication_revisions"
                        + " WHERE publication_id = :id ORDER BY number DESC")
                .param("id", publicationId).query(this::row).list();
    }

    public Optional<Revision> get(long publicationId, int number) {
        return jdbc.sql("SELECT publication_id, number, saved_at, saved_by, snapshot FROM publication_revisions"
                        + " WHERE publication_id = :id AND number = :number")
                .param("id", publicationId).param("number", number).query(this::row).optional();
    }

    private Revision row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Revision(rs.getLong(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
                JSON.readValue(rs.getString(5), PublicationInput.class));
    }
}
