package org.dossier.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dossier backup FILE}: a consistent zip of the database and media, safe while the site runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs up the SQLite database (online, consistent) and the media folder into one zip.")
public final class BackupCommand implements Callable<Integer> {

    private final TaskContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the zip to write")
    Path file;

    public BackupCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try {
            BackupService.Result result = context.bean(BackupService.class).backup(file);
            System.out.printf("Backup written to %s (database %,d bytes, %d media files)%n", result.file(),
                    result.databaseBytes(), result.mediaFiles());
            return 0;
        } catch (UnsupportedOperationException postgres) {
            System.err.println(postgres.getMessage());
            return 1;
        }
    }
}
