package org.dossier.importer;

import java.util.ArrayList;
import java.util.List;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationService;
import org.dossier.publications.PublicationService.Prepared;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves checked lines a batch per transaction. Should the database still refuse a batch, its rows
 * are saved one by one so that only the row at fault is lost, and reported. Runs on one thread
 * (the import's writer): the database takes one writer at a time anyway.
 */
final class BatchWriter {

    /** A checked and rendered line waiting for its batch, with the names it links to still to be made ids. */
    record Ready(long line, Prepared prepared, LinkNames names) {
    }

    private final PublicationService publications;
    private final Links links;
    private final TransactionTemplate transaction;
    private final List<Problem> problems;
    private long imported;
    private long updated;

    BatchWriter(PublicationService publications, Links links, TransactionTemplate transaction, List<Problem> problems) {
        this.publications = publications;
        this.links = links;
        this.transaction = transaction;
        this.problems = problems;
    }

    void write(List<Ready> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            save(batch);
        } catch (RuntimeException batchFailure) {
            for (Ready p : batch) {
                writeOne(p);
            }
        }
    }

    private void writeOne(Ready p) {
        try {
            save(List.of(p));
        } catch (RuntimeException e) {
            problems.add(new Problem(p.line(), reason(e)));
        }
    }

    /** One transaction: the experts and terms new to the database, then the publications. */
    private void save(List<Ready> rows) {
        List<Links.Ids> resolved = new ArrayList<>(1);
        PublicationService.Saved saved = transaction.execute(status -> {
            Links.Ids ids = links.resolve(rows.stream().map(Ready::names).toList());
            resolved.add(ids);
            return publications.saveAllPrepared(rows.stream().map(r -> Links.apply(r.prepared(), r.names(), ids)).toList());
        });
        links.remember(resolved.get(0));
        count(saved);
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
