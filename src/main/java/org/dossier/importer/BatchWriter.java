package org.dossier.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationService;
import org.dossier.publications.PublicationService.Prepared;
import org.springframework.core.NestedExceptionUtils;

/**
 * Saves checked lines a batch per transaction. Should the database still refuse a batch, its rows
 * are saved one by one so that only the row at fault is lost, and reported. Runs on one thread
 * (the import's writer): the database takes one writer at a time anyway.
 */
final class BatchWriter {

    /** A checked and rendered line waiting for its batch. */
    record Ready(long line, Prepared prepared) {

        String externalId() {
            return prepared.input().externalId();
        }
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

    void write(List<Ready> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> known = externalIds.existing(batch.stream().map(Ready::externalId)
                .filter(Objects::nonNull).toList());
        try {
            publications.saveAllPrepared(batch.stream().map(Ready::prepared).toList());
            batch.forEach(p -> count(p, known));
        } catch (RuntimeException batchFailure) {
            for (Ready p : batch) {
                writeOne(p, known);
            }
        }
    }

    private void writeOne(Ready p, Set<String> known) {
        try {
            publications.saveAllPrepared(List.of(p.prepared()));
            count(p, known);
        } catch (RuntimeException e) {
            problems.add(new Problem(p.line(), reason(e)));
        }
    }

    private void count(Ready p, Set<String> known) {
        String id = p.externalId();
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
