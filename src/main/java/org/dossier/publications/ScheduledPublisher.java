package org.dossier.publications;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled items when their time comes, while the site runs; no restart needed. */
@Component
@ConditionalOnWebApplication
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private final PublicationService publications;

    ScheduledPublisher(PublicationService publications) {
        this.publications = publications;
    }

    @Scheduled(fixedDelayString = "${dossier.schedule-check:PT5S}", initialDelay = 1000)
    void publishDue() {
        List<Long> ids = publications.publishDue();
        if (!ids.isEmpty()) {
            log.info("Published {} scheduled item(s): {}", ids.size(), ids);
        }
    }
}
