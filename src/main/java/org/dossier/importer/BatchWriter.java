package org.dossier.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationService;
import org.springframework.core.NestedExceptionUtils;

/**
 * Saves checked lines a batch per transaction. Should the database still refuse a batch, its rows
 * are saved one by one so that only the row at fault is lost, and reported.
 */
final class BatchWriter {

    /** A checked line waiting for its batch. */
    record Pending(long line, PublicationInput input) {
    }

    private final PublicationService publications;
    private final ExternalIds externalIds;
    private final Set<String> seen = new HashSet<>();
    private final List<Problem> problems;
    private long imported;
    private long updated;

    BatchWriter(PublicationService publications, ExternalIds externalIds, List<Problem> problems) {
        this.publications = publications;
        this.externalIds = externalIds;
        this.problems = problems;
    }

    void write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> known = externalIds.existing(batch.stream().map(p -> p.input().externalId())
                .filter(Objects::nonNull).toList());
        try {
            publications.saveAll(batch.stream().map(Pending::input).toList());
            batch.forEach(p -> count(p, known));
        } catch (RuntimeException batchFailure) {
            for (Pending p : batch) {
                writeOne(p, known);
            }
        }
    }

    private void writeOne(Pending p, Set<String> known) {
        try {
            publications.save(p.input());
            count(p, known);
        } catch (RuntimeException e) {
            problems.add(new Problem(p.line(), reason(e)));
        }
    }

    private void count(Pending p, Set<String> known) {
        String id = p.input().externalId();
        if (id != null && (known.contains(id) || !seen.add(id))) {
            updated++;
        } else {
            imported++;
        }
    }

    static String reason(RuntimeException e) {
        if (e instanceof InvalidPublicationException) {
            return e.getMessage();
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "the database refused it: " + LineParser.abbreviate(message.lines().findFirst().orElse(""));
    }

    long imported() {
        return imported;
    }

    long updated() {
        return updated;
    }
}
