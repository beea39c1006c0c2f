package org.dossier.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox settings. The SMTP server itself is Spring's {@code spring.mail.*}; with no
 * {@code spring.mail.host} every mail is kept in the outbox as "captured" and nothing is sent.
 *
 * @param from          sender address of every mail
 * @param fromName      display name of the sender; empty means the site's name
 * @param concurrency   worker threads, each with its own SMTP connection
 * @param ratePerSecond most mails handed to SMTP per second over all workers; 0 means no limit
 * @param batchSize     rows a worker claims at once
 * @param maxAttempts   attempts before a temporarily failing mail is marked failed
 * @param retryBase     wait after the first temporary failure; doubled after each further one
 * @param retryMax      longest wait between attempts
 * @param claimLease    after this long a claimed but unsent row may be claimed again (a worker died)
 * @param pollInterval  how often idle workers look for due rows (new mail wakes them at once)
 * @param workers       whether this process delivers mail at all (tasks and tests may turn it off)
 */
@ConfigurationProperties("dossier.mail")
public record MailSettings(
        @DefaultValue("no-reply@localhost") String from,
        @DefaultValue("") String fromName,
        @DefaultValue("2") int concurrency,
        @DefaultValue("0") int ratePerSecond,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration retryBase,
        @DefaultValue("PT6H") Duration retryMax,
        @DefaultValue("PT2M") Duration claimLease,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("true") boolean workers) {

    /** Wait before attempt number {@code attempts + 1}, doubling from {@link #retryBase}. */
    Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(20, attempts - 1));
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
