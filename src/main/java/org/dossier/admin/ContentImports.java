package org.dossier.admin;

import java.nio.file.Path;
import org.dossier.accounts.AuditLog;
import org.dossier.importer.ImportOptions;
import org.dossier.importer.ImportResult;
import org.dossier.importer.JsonlImporter;
import org.dossier.importer.wxr.ImportReport;
import org.dossier.importer.wxr.WxrFormatException;
import org.dossier.importer.wxr.WxrImporter;
import org.springframework.stereotype.Component;

/**
 * Content imports started from the back office, as background jobs over the command-line importers'
 * services. A WordPress export is checked whole before anything is written and then imported in one
 * transaction (all or nothing); a JSONL file is imported line by line, bad lines skipped and reported.
 */
@Component
class ContentImports {

    static final String KIND = "content-import";
    private static final int BATCH = 500;

    private final Jobs jobs;
    private final WxrImporter wxr;
    private final JsonlImporter jsonl;
    private final Uploads uploads;
    private final AuditLog audit;

    ContentImports(Jobs jobs, WxrImporter wxr, JsonlImporter jsonl, Uploads uploads, AuditLog audit) {
        this.jobs = jobs;
        this.wxr = wxr;
        this.jsonl = jsonl;
        this.uploads = uploads;
        this.audit = audit;
    }

    Job startWxr(Path file, String name, String actor) {
        return jobs.start(KIND, "Importing " + name, 0, (progress, job) -> {
            ImportReport report;
            try {
                report = wxr.importFile(file, new WxrImporter.Options(false, null), items -> {
                    job.total(items);
                    return progress;
                });
            } catch (WxrFormatException e) {
                throw new Jobs.Refused("The file is not a readable WordPress export, nothing was written: "
                        + e.getMessage());
            } finally {
                uploads.discard(file);
            }
            report.warnings().forEach(w -> job.report("Warning: " + w));
            report.skipped().forEach((why, n) -> job.report("Skipped " + n + ": " + why));
            report.noteCounts().forEach((note, n) -> job.report(n + " × " + note));
            audit.record(actor, "import.wxr", name, report.created() + " created, " + report.updated() + " updated");
            return "Publications: " + report.created() + " created, " + report.updated() + " updated, "
                    + report.unchanged() + " unchanged; " + report.redirects() + " redirects written.";
        });
    }

    Job startJsonl(Path file, String name, String actor) throws java.io.IOException {
        long lines = jsonl.lines(file);
        return jobs.start(KIND, "Importing " + name, lines, (progress, job) -> {
            ImportResult result;
            try {
                result = jsonl.run(file, new ImportOptions(null, null, BATCH, false), progress);
            } finally {
                uploads.discard(file);
            }
            result.problems().forEach(p -> job.report("Line " + p.line() + ": " + p.reason()));
            audit.record(actor, "import.jsonl", name, result.imported() + " imported, " + result.updated() + " updated");
            return result.summary() + (result.problems().isEmpty() ? "." : "; skipped lines are listed below.");
        });
    }
}
