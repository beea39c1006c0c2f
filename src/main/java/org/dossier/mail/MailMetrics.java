package org.dossier.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Mail counters for /actuator/prometheus: sent, retried, failed, and the outbox backlog. */
@Component
class MailMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter failed;

    MailMetrics(MeterRegistry registry, OutboxRepository repository) {
        this.sent = Counter.builder("dossier.mail.delivered").tag("result", "sent").register(registry);
        this.retried = Counter.builder("dossier.mail.delivered").tag("result", "retried").register(registry);
        this.failed = Counter.builder("dossier.mail.delivered").tag("result", "failed").register(registry);
        Gauge.builder("dossier.mail.backlog", repository, OutboxRepository::countDue)
                .description("Outbox rows queued or being sent").register(registry);
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }
}
