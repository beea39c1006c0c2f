package org.dossier;

import java.util.List;
import org.dossier.accounts.UsersCommand;
import org.dossier.backup.BackupCommand;
import org.dossier.backup.ExportCommand;
import org.dossier.backup.RestoreCommand;
import org.dossier.importer.ImportCommand;
import org.dossier.search.ReindexCommand;
import org.dossier.system.TaskContext;
import org.springframework.beans.BeansException;
import org.springframework.core.NestedExceptionUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tasks of {@code dossier.jar}; run with no arguments the jar starts the site. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "Dossier 0.1",
        description = "Runs a Dossier task. With no task the site starts.",
        subcommands = {ImportCommand.class, ReindexCommand.class, UsersCommand.class,
                ExportCommand.class, BackupCommand.class, RestoreCommand.class,
                org.dossier.subscriptions.ImportSubscribersCommand.class,
                org.dossier.newsletter.SendNewsletterCommand.class, org.dossier.mail.DeliverOutboxCommand.class})
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
            cli.setExecutionExceptionHandler(Tasks::failed);
            return cli.execute(args);
        } catch (RuntimeException e) {
            // closing the context failed after the task ran; say so in one line
            System.err.println("dossier: could not shut down cleanly: " + reason(e));
            return 1;
        }
    }

    /**
     * A task that fails unexpectedly (a database that cannot be opened, say) says why in one line and
     * exits non-zero; {@code DOSSIER_TRACE=true} in the environment adds the stack trace.
     */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(command.getCommandName() + ": failed: " + reason(e));
        if ("true".equalsIgnoreCase(System.getenv("DOSSIER_TRACE")) || Boolean.getBoolean("dossier.trace")) {
            e.printStackTrace(command.getErr()); // Spring's logging is already shut down when a context failed
        }
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    /** The first message past Spring's bean-creation wrappers, and the root cause when it is another one. */
    static String reason(Throwable e) {
        Throwable told = e;
        while (told.getCause() != null && (told instanceof BeansException || told instanceof CommandLine.ExecutionException
                || told.getMessage() == null || told.getMessage().isBlank())) {
            told = told.getCause();
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String message = firstLine(told);
        return root == told ? message : message + " (" + root.getClass().getSimpleName() + ": " + firstLine(root) + ")";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
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
