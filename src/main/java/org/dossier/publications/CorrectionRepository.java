package org.dossier.publications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The corrections log. Adding or removing one changes the public page, so it announces {@link PublicationChanged}. */
@Repository
public class CorrectionRepository {

    private static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectionRepository(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a correction dated now; throws {@link InvalidPublicationException} for an empty or overlong note. */
    @Transactional
    public long add(long publicationId, String note, String by) {
        if (note == null || note.isBlank()) {
            throw new InvalidPublicationException("A correction needs a note saying what was corrected.");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidPublicationException("A correction note is at most " + MAX_NOTE + " characters.");
        }
        long id = jdbc.sql("""
                INSERT INTO corrections (publication_id, corrected_at, note, created_by)
                VALUES (:p, :at, :note, :by) RETURNING id""")
                .param("p", publicationId).param("at", clock.millis()).param("note", note.strip()).param("by", by)
                .query(Long.class).single();
        events.publishEvent(new PublicationChanged(List.of(publicationId)));
        return id;
    }

    @Transactional
    public void delete(long publicationId, long correctionId) {
        jdbc.sql("DELETE FROM corrections WHERE id = :id AND publication_id = :p")
                .param("id", correctionId).param("p", publicationId).update();
        events.publishEvent(new PublicationChanged(List.of(publicationId)));
    }

    /** Corrections of a publication, oldest first (the order readers read them in). */
    public List<Correction> of(long publicationId) {
        return jdbc.sql("SELECT id, publication_id, corrected_at, note, created_by FROM corrections"
                        + " WHERE publication_id = :p ORDER BY corrected_at, id")
                .param("p", publicationId)
                .query((rs, n) -> new Correction(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
