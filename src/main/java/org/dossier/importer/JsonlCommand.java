package org.dossier.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.system.Progress;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier import jsonl FILE}: one JSON object per line, plain or gzip. */
@Command(name = "jsonl", mixinStandardHelpOptions = true,
        description = {"Imports publications from a JSONL file (.gz is read directly).",
                "Each line is a JSON object with title, body (plain text) and date (ISO date,",
                "date-time or year); optional: id (an external id; importing it again updates",
                "the publication), author or authors, category (a topic), topics, regions, tags,",
                "summary, section, type, status (default published).",
                "Bad lines are reported with their line number and skipped."})
public class JsonlCommand implements Callable<Integer> {

    private static final int MAX_PROBLEMS_SHOWN = 50;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .jsonl or .jsonl.gz file")
    Path file;

    @Option(names = "--section", paramLabel = "SLUG", description = "section for lines that name none (default: archive)")
    String section;

    @Option(names = "--type", paramLabel = "TYPE", description = "type for lines that name none (default: article)")
    String type;

    @Option(names = "--title-from-body",
            description = "lines without a title take the first line of their body instead of being skipped")
    boolean titleFromBody;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
            description = "publications per transaction (default: ${DEFAULT-VALUE}; a batch also ends at 4 MB of input)")
    int batchSize;

    private final TaskContext context;

    public JsonlCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Cannot read " + file + ": no such readable file.");
            return 2;
        }
        if (batchSize < 1) {
            err.println("--batch-size must be at least 1.");
            return 2;
        }
        try {
            boolean terminal = System.console() != null;
            long total = terminal ? JsonlFiles.countLines(file) : 0;
            Progress progress = new Progress("Importing", total, System.err, terminal);
            ImportResult result = context.bean(JsonlImporter.class)
                    .run(file, new ImportOptions(section, type, batchSize, titleFromBody), progress);
            result.problems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("Skipped " + p));
            if (result.problems().size() > MAX_PROBLEMS_SHOWN) {
                err.printf("… and %,d more skipped lines.%n", result.problems().size() - MAX_PROBLEMS_SHOWN);
            }
            spec.commandLine().getOut().println(result.summary());
            return 0;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
