package org.dossier.importer;

import java.util.List;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;

/**
 * Turns a parsed line into the input {@link org.dossier.publications.PublicationService} takes;
 * thread-safe. Authors, topics, regions and tags are left out: the writer turns their names into
 * ids a batch at a time ({@link Links}).
 */
final class LineMapper {

    private final Vocabulary vocabulary;
    private final ImportOptions options;

    LineMapper(Vocabulary vocabulary, ImportOptions options) {
        this.vocabulary = vocabulary;
        this.options = options;
    }

    PublicationInput toInput(ImportLine line) {
        Status status = Status.PUBLISHED;
        if (line.status() != null && !line.status().isBlank()) {
            status = Status.parse(line.status());
            if (status == null) {
                throw new BadLineException("unknown status \"" + LineParser.abbreviate(line.status())
                        + "\" (draft, scheduled, published or withdrawn)");
            }
        }
        long sectionId = vocabulary.section(firstOf(line.section(), options.section(), ImportOptions.DEFAULT_SECTION));
        long typeId = vocabulary.type(firstOf(line.type(), options.type(), ImportOptions.DEFAULT_TYPE));
        return new PublicationInput(null, line.externalId(), sectionId, typeId, null, line.title(), null,
                line.summary(), line.bodyMarkdown(), status, line.date(), null,
                List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalStateException("no default");
    }
}
