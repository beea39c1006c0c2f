package org.dossier.mail;

import java.time.Clock;
import java.util.function.Supplier;
import org.dossier.system.DossierProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfig {

    /** Makes one {@link Delivery} (one SMTP connection) per worker thread. */
    @Bean
    Deliveries deliveries(OutboxRepository repository, MailSettings settings, Clock clock, SmtpServer server,
                          ContentCache contents, MailMetrics metrics, ApplicationEventPublisher events,
                          DossierProperties site) {
        String fromName = settings.fromName().isBlank() ? site.siteName() : settings.fromName();
        MessageFactory messages = new MessageFactory(settings.from(), fromName);
        return new Deliveries(messages,
                () -> new Delivery(server, repository, contents, messages, settings, metrics, events, clock));
    }

    /**
     * Workers run only in the site process with an SMTP server configured; command-line tasks
     * ({@code dossier.task-mode}) deliver only when asked ({@code outbox-deliver}), and in
     * captured-mail mode nothing is delivered.
     */
    @Bean
    @ConditionalOnExpression("${dossier.mail.workers:true} and !${dossier.task-mode:false} and '${spring.mail.host:}' != ''")
    OutboxWorkers outboxWorkers(OutboxRepository repository, MailSettings settings, Clock clock, Deliveries deliveries) {
        return new OutboxWorkers(repository, settings, clock, deliveries.factory());
    }

    /** How workers get their deliveries, and the message builder they share. */
    record Deliveries(MessageFactory messages, Supplier<Delivery> factory) {
    }
}
