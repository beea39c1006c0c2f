package org.dossier;

import java.util.List;
import org.dossier.accounts.UsersCommand;
import org.dossier.backup.BackupCommand;
import org.dossier.backup.ExportCommand;
import org.dossier.backup.RestoreCommand;
import org.dossier.importer.ImportCommand;
import org.dossier.search.ReindexCommand;
import org.dossier.system.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tasks of {@code dossier.jar}; run with no arguments the jar starts the site. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "Dossier 0.1",
        description = "Runs a Dossier task. With no task the site starts.",
        subcommands = {ImportCommand.class, ReindexCommand.class, UsersCommand.class,
                ExportCommand.class, BackupCommand.class, RestoreCommand.class})
final class Tasks {

    /** Task words the jar understands; anything else (or nothing) starts the site. */
    static boolean isTask(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("--") || List.of("--help", "--version").contains(first) || first.equals("-h");
    }

    static int run(Class<?> primarySource, String[] args) {
        try (TaskContext context = new TaskContext(primarySource)) {
            CommandLine cli = new CommandLine(new Tasks(), new Factory(context));
            return cli.execute(args);
        }
    }

    /** Gives every command that wants one the shared {@link TaskContext}. */
    private record Factory(TaskContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(TaskContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
