package org.dossier.mail;

import java.time.Clock;
import org.dossier.system.DossierProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfig {

    /**
     * Workers run only in the site process with an SMTP server configured; command-line tasks
     * ({@code dossier.task-mode}) and captured-mail mode never deliver.
     */
    @Bean
    @ConditionalOnExpression("${dossier.mail.workers:true} and !${dossier.task-mode:false} and '${spring.mail.host:}' != ''")
    OutboxWorkers outboxWorkers(OutboxRepository repository, MailSettings settings, Clock clock, SmtpServer server,
                                ContentCache contents, MailMetrics metrics, ApplicationEventPublisher events,
                                DossierProperties site) {
        String fromName = settings.fromName().isBlank() ? site.siteName() : settings.fromName();
        MessageFactory messages = new MessageFactory(settings.from(), fromName);
        return new OutboxWorkers(repository, settings, clock,
                () -> new Delivery(server, repository, contents, messages, settings, metrics, events, clock));
    }
}
