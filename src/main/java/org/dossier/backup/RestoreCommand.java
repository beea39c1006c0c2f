package org.dossier.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier restore FILE [--data-dir DIR]}: unpacks a backup into an empty data directory. It does not
 * start the application, which would create an empty database first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup zip into an empty data directory.")
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup zip")
    Path file;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data directory to fill (default: $DOSSIER_DATA_DIR, else ./data)")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 2;
        }
        Path target = dataDir != null ? dataDir
                : Path.of(System.getenv().getOrDefault("DOSSIER_DATA_DIR", "./data"));
        try {
            int files = Restore.restore(file, target);
            System.out.printf("Restored %d files into %s; every file matches the backup's manifest.%n", files, target);
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("Restore stopped: " + e.getMessage());
            return 1;
        }
    }
}
