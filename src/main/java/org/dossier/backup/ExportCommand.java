package org.dossier.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier export FILE [--format json|wxr]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports everything as JSON, or the publications as a WordPress WXR file.")
public final class ExportCommand implements Callable<Integer> {

    private final TaskContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "where to write the export")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (everything) or wxr (for WordPress)")
    String format;

    public ExportCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        switch (format) {
            case "json" -> context.bean(JsonExport.class).export(file)
                    .forEach((table, rows) -> System.out.printf("%-28s %,d rows%n", table, rows));
            case "wxr" -> System.out.printf("%,d publications written to %s%n",
                    context.bean(WxrExport.class).export(file), file);
            default -> {
                System.err.println("Unknown format '" + format + "': use json or wxr.");
                return 2;
            }
        }
        return 0;
    }
}
