package org.dossier.search;

import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;

/**
 * {@code dossier.jar reindex}: rebuilds the search index from the database into a new directory and
 * switches to it atomically. A running site keeps answering from the old index until the switch.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the database; a running site switches to it when done.")
public class ReindexCommand implements Callable<Integer> {

    private final TaskContext context;

    public ReindexCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            IndexRebuilder.Result result = context.bean(IndexRebuilder.class).rebuild();
            System.err.printf("Rebuilt the search index: %,d publications in %,d ms (%s)%n", result.documents(),
                    result.millis(), result.generation());
            return 0;
        } catch (Exception e) {
            System.err.println("Reindex failed: " + e.getMessage());
            return 1;
        }
    }
}
