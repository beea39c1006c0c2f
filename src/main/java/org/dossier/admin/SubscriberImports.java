package org.dossier.admin;

import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.accounts.AuditLog;
import org.dossier.subscriptions.InvalidInputException;
import org.dossier.subscriptions.SubscriberCsv;
import org.springframework.stereotype.Component;

/**
 * A subscriber CSV import as a background job. The list's import is one transaction: a file that is
 * not valid CSV (or lacks the email column) changes nothing; in a valid file each bad row is skipped
 * and reported with its line number while the good rows are added.
 */
@Component
class SubscriberImports {

    static final String KIND = "subscriber-import";

    private final Jobs jobs;
    private final SubscriberCsv csv;
    private final Uploads uploads;
    private final AuditLog audit;

    SubscriberImports(Jobs jobs, SubscriberCsv csv, Uploads uploads, AuditLog audit) {
        this.jobs = jobs;
        this.csv = csv;
        this.uploads = uploads;
        this.audit = audit;
    }

    Job start(Path file, String source, String actor) throws java.io.IOException {
        long chars = Files.size(file); // bytes: close enough to characters for a progress bar
        return jobs.start(KIND, "Importing subscribers", chars, (progress, job) -> {
            List<SubscriberCsv.RowResult> rows;
            try (Reader in = new CountingReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), progress)) {
                rows = csv.importCsv(new BufferedReader(in), source);
            } catch (InvalidInputException e) {
                throw new Jobs.Refused(e.getMessage() + " Nothing was imported.");
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new Jobs.Refused("The file is not UTF-8 text. Nothing was imported.");
            } finally {
                uploads.discard(file);
            }
            Map<String, Long> totals = new TreeMap<>();
            rows.forEach(r -> totals.merge(r.result(), 1L, Long::sum));
            rows.stream().filter(r -> r.result().equals("error"))
                    .forEach(r -> job.report("Line " + r.row() + " (" + r.email() + "): " + r.message()));
            audit.record(actor, "subscribers.import", "subscribers", totals.toString());
            return rows.size() + " row(s): " + totals.getOrDefault("added", 0L) + " added as confirmed, "
                    + totals.getOrDefault("invited", 0L) + " invited, " + totals.getOrDefault("skipped", 0L)
                    + " skipped, " + totals.getOrDefault("error", 0L) + " refused (listed below).";
        });
    }
}
