package org.dossier.importer;

import java.util.List;
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
    }

    private final PublicationService publications;
    private final List<Problem> problems;
    private long imported;
    private long updated;

    BatchWriter(PublicationService publications, List<Problem> problems) {
        this.publications = publications;
        this.problems = problems;
    }

    void write(List<Ready> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            count(publications.saveAllPrepared(batch.stream().map(Ready::prepared).toList()));
        } catch (RuntimeException batchFailure) {
            for (Ready p : batch) {
                writeOne(p);
            }
        }
    }

    private void writeOne(Ready p) {
        try {
            count(publications.saveAllPrepared(List.of(p.prepared())));
        } catch (RuntimeException e) {
            problems.add(new Problem(p.line(), reason(e)));
        }
    }

    /** New publications are imported; the rest (an external id seen before, in the database or the file) updated. */
    private void count(PublicationService.Saved saved) {
        imported += saved.created();
        updated += saved.ids().size() - saved.created();
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
