package org.dossier.search;

import java.time.Instant;
import java.util.List;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;

/** Small builder for test publications with a chosen body, type and terms. */
final class Docs {

    private final Fixtures fixtures;
    private final Section section;

    Docs(Fixtures fixtures, Section section) {
        this.fixtures = fixtures;
        this.section = section;
    }

    Section section() {
        return section;
    }

    long save(String title, String body, Status status, Instant at) {
        return fixtures.save(input(title, body, status, at, "blog-post", List.of(), List.of(), List.of(), List.of()));
    }

    long save(String title, String body, Instant at, String type, List<Long> authors, List<Long> topics,
              List<Long> regions) {
        return fixtures.save(input(title, body, Status.PUBLISHED, at, type, authors, topics, regions, List.of()));
    }

    long saveWithAttachment(String title, String body, Instant at, AttachmentInput attachment) {
        return fixtures.save(input(title, body, Status.PUBLISHED, at, "report", List.of(), List.of(), List.of(),
                List.of(attachment)));
    }

    PublicationInput input(String title, String body, Status status, Instant at, String type, List<Long> authors,
                           List<Long> topics, List<Long> regions, List<AttachmentInput> attachments) {
        return new PublicationInput(null, null, section.id(), fixtures.typeId(type), null, title, null, null, body,
                status, at, null, authors, topics, regions, List.of(), null, null, attachments);
    }
}
