package org.dossier.importer.wxr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier import wxr FILE [--dry-run] [--media-base URL]}. */
@Command(name = "wxr", mixinStandardHelpOptions = true,
        description = "Imports a WordPress export (WXR 1.0-1.2). Importing the same file again changes nothing.")
public final class WxrImportCommand implements Callable<Integer> {

    private final TaskContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the WordPress export (.xml)")
    Path file;

    @Option(names = "--dry-run", description = "read and check everything, write nothing")
    boolean dryRun;

    @Option(names = "--media-base", paramLabel = "URL",
            description = "new address of the WordPress uploads folder (rewrites file URLs)")
    String mediaBase;

    public WxrImportCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 2;
        }
        try {
            ImportReport report = context.bean(WxrImporter.class)
                    .importFile(file, new WxrImporter.Options(dryRun, mediaBase));
            report.print(System.out);
            return 0;
        } catch (WxrFormatException e) {
            System.err.println("Import stopped, nothing was written: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // the import is one transaction: whatever failed, it was rolled back as a whole
            System.err.println("Import failed and was rolled back, nothing was written: " + e.getMessage());
            return 1;
        }
    }
}
