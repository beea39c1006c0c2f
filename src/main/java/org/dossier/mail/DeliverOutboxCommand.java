package org.dossier.mail;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.system.Progress;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier outbox-deliver}: delivers every mail due now and exits, for sites that send from
 * a scheduled job instead of the running site, and for the mail benchmark.
 */
@Command(name = "outbox-deliver", mixinStandardHelpOptions = true,
        description = "Delivers every queued mail that is due now over spring.mail.* and exits.")
public class DeliverOutboxCommand implements Callable<Integer> {

    private final TaskContext context;

    @Option(names = "--concurrency", description = "SMTP connections (default: dossier.mail.concurrency)")
    Integer concurrency;

    @Option(names = "--rate", description = "Most mails per second, 0 for no limit (default: dossier.mail.rate-per-second)")
    Integer rate;

    public DeliverOutboxCommand(TaskContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        SmtpServer server = context.bean(SmtpServer.class);
        if (!server.configured()) {
            System.err.println("No SMTP server: set spring.mail.host (and spring.mail.port). Nothing was sent.");
            return 2;
        }
        MailSettings s = context.bean(MailSettings.class);
        MailSettings settings = new MailSettings(s.from(), s.fromName(), concurrency == null ? s.concurrency() : concurrency,
                rate == null ? s.ratePerSecond() : rate, s.batchSize(), s.maxAttempts(), s.retryBase(), s.retryMax(),
                s.claimLease(), s.pollInterval(), true);
        OutboxRepository repository = context.bean(OutboxRepository.class);
        MailConfig.Deliveries deliveries = context.bean(MailConfig.Deliveries.class);
        long before = repository.counts(null).get("sent");
        long due = repository.countDue();
        System.out.printf("Due: %,d mail(s); sample message size: %,d bytes%n", due, sampleSize(repository, deliveries));
        Progress progress = Progress.onConsole("Delivering", due);
        long started = System.nanoTime();
        new OutboxWorkers(repository, settings, context.bean(Clock.class), deliveries.factory()).drain();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> counts = repository.counts(null);
        long sent = counts.get("sent") - before;
        progress.step(sent);
        progress.finish();
        System.out.printf("Delivered %,d mail(s) in %.2f s: %.0f messages/s (failed: %,d, still queued: %,d)%n",
                sent, seconds, sent / seconds, counts.get("failed"), counts.get("queued"));
        return counts.get("sending") > 0 ? 1 : 0;
    }

    /** Size on the wire of the next queued mail, so a benchmark can compare like with like. */
    private long sampleSize(OutboxRepository repository, MailConfig.Deliveries deliveries) throws Exception {
        var next = repository.latest("queued", "", 1);
        if (next.isEmpty()) {
            return 0;
        }
        OutboxEntry e = next.get(0);
        var row = new OutboxRow(e.id(), e.contentId(), e.recipient(), e.personal(), e.messageId(), 0, "");
        return deliveries.messages().render(context.bean(ContentCache.class).get(e.contentId()), row,
                context.bean(Clock.class).instant()).length;
    }
}
