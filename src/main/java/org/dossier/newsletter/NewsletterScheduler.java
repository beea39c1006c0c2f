package org.dossier.newsletter;

import org.dossier.subscriptions.Frequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** While the site runs: catches up missed announcements, sends scheduled newsletters, prepares due digests. */
@Component
@ConditionalOnWebApplication
class NewsletterScheduler {

    private static final Logger log = LoggerFactory.getLogger(NewsletterScheduler.class);
    private final Newsletters newsletters;
    private final Digests digests;
    private final Announcer announcer;

    NewsletterScheduler(Newsletters newsletters, Digests digests, Announcer announcer) {
        this.newsletters = newsletters;
        this.digests = digests;
        this.announcer = announcer;
    }

    @Scheduled(fixedDelayString = "${dossier.newsletter.digest-check:PT5M}", initialDelay = 5000)
    void run() {
        announcer.sweep();
        for (long id : newsletters.dueIds()) {
            try {
                log.info("Sent scheduled newsletter {} to {} recipient(s)", id, newsletters.sendScheduled(id));
            } catch (InvalidNewsletterException e) {
                log.warn("Scheduled newsletter {} not sent: {}", id, e.getMessage());
            }
        }
        for (Frequency f : new Frequency[] {Frequency.WEEKLY, Frequency.MONTHLY}) {
            int handled;
            do {
                handled = digests.runBatch(f);
            } while (handled > 0);
        }
    }
}
