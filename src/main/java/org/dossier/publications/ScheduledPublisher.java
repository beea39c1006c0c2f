package org.dossier.publications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final Counter published;
    private final Timer runs;

    ScheduledPublisher(PublicationService publications, MeterRegistry metrics) {
        this.publications = publications;
        this.published = Counter.builder("dossier.jobs.scheduled.published")
                .description("Scheduled publications made public by the scheduler").register(metrics);
        this.runs = Timer.builder("dossier.jobs.scheduled.runs")
                .description("Runs of the scheduled-publication check").register(metrics);
    }

    @Scheduled(fixedDelayString = "${dossier.schedule-check:PT5S}", initialDelay = 1000)
    void publishDue() {
        List<Long> ids = runs.record(publications::publishDue);
        published.increment(ids.size());
        if (!ids.isEmpty()) {
            log.info("Published {} scheduled item(s): {}", ids.size(), ids);
        }
    }
}
