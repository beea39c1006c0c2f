package org.dossier.admin;

import java.util.Map;
import org.dossier.accounts.AuditLog;
import org.dossier.newsletter.InvalidNewsletterException;
import org.dossier.newsletter.Newsletter;
import org.dossier.newsletter.Newsletters;
import org.springframework.stereotype.Component;

/**
 * "Send now" as a background job: queue every recipient's copy (one transaction, so it goes out once),
 * then follow the outbox until each copy is delivered, captured, failed or cancelled. The bar counts
 * finished copies out of the recipients; the outbox, not this job, is the record that lasts.
 */
@Component
class NewsletterSending {

    static final String KIND = "send-";
    private static final long POLL_MILLIS = 200;

    private final Jobs jobs;
    private final Newsletters newsletters;
    private final NewsletterScreens screens;
    private final AuditLog audit;

    NewsletterSending(Jobs jobs, Newsletters newsletters, NewsletterScreens screens, AuditLog audit) {
        this.jobs = jobs;
        this.newsletters = newsletters;
        this.screens = screens;
        this.audit = audit;
    }

    Job start(Newsletter n, String actor) {
        return jobs.start(KIND + n.id(), "Sending “" + n.subject() + "”", 0, (progress, job) -> {
            int recipients;
            try {
                recipients = newsletters.sendNow(n.id());
            } catch (InvalidNewsletterException e) {
                throw new Jobs.Refused(e.getMessage());
            }
            audit.record(actor, "newsletter.send", "newsletter " + n.id(), recipients + " recipient(s)");
            job.total(recipients);
            JobView delivery;
            while (true) {
                delivery = screens.delivery(newsletters.get(n.id()));
                progress.step(delivery.done() - progress.done());
                if (delivery.finished()) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            Map<String, Long> counts = newsletters.progress(n.id());
            long failed = counts.getOrDefault("failed", 0L);
            return "Finished for " + recipients + " recipient(s): " + delivery.message() + "."
                    + (failed > 0 ? " Failed mails can be retried from the outbox." : "");
        });
    }
}
