package org.dossier.subscriptions;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier subscribers-import FILE}: the CSV import of the admin endpoint, from the command line. */
@Command(name = "subscribers-import", mixinStandardHelpOptions = true,
        description = "Imports subscribers from a CSV file (columns: email, name, organisation, frequency, topics, consent).")
public class ImportSubscribersCommand implements Callable<Integer> {

    private final TaskContext context;

    @Parameters(index = "0", description = "The CSV file")
    Path file;

    @Option(names = "--source", defaultValue = "csv", description = "Name of this import, kept on each new subscriber")
    String source;

    @Option(names = "--errors", description = "Print every row that was not imported")
    boolean errors;

    public ImportSubscribersCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 2;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var report = context.bean(SubscriberCsv.class).importCsv(reader, source);
            Map<String, Long> totals = new TreeMap<>();
            for (var row : report) {
                totals.merge(row.result(), 1L, Long::sum);
                if (errors && row.result().equals("error")) {
                    System.out.printf("line %d (%s): %s%n", row.row(), row.email(), row.message());
                }
            }
            System.out.println("Imported " + file.getFileName() + ": " + totals);
            return totals.getOrDefault("error", 0L) > 0 ? 1 : 0;
        } catch (InvalidInputException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
