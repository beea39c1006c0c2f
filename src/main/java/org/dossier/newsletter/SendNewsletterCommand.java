package org.dossier.newsletter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier newsletter-send}: writes a newsletter and queues it for its segment in one step. */
@Command(name = "newsletter-send", mixinStandardHelpOptions = true,
        description = "Creates a newsletter and queues it for every confirmed reader of the segment.")
public class SendNewsletterCommand implements Callable<Integer> {

    private final TaskContext context;

    @Option(names = "--subject", required = true, description = "Subject line")
    String subject;

    @Option(names = "--intro-file", description = "Markdown file with the introduction")
    Path introFile;

    @Option(names = "--publication", description = "Id of a published publication to include (repeatable)")
    List<Long> publications = List.of();

    @Option(names = "--topic", description = "Send only to readers of this topic id (repeatable); default everyone")
    List<Long> topics = List.of();

    public SendNewsletterCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String intro = introFile == null ? "" : Files.readString(introFile);
        Newsletters newsletters = context.bean(Newsletters.class);
        try {
            long id = newsletters.create(new NewsletterInput(subject, intro, publications, topics));
            long started = System.nanoTime();
            int recipients = newsletters.sendNow(id);
            System.out.printf("Newsletter %d queued for %,d recipient(s) in %.2f s%n", id, recipients,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (InvalidNewsletterException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
