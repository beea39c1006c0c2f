package org.dossier.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollMillis      how often the sender looks for due deliveries
 * @param retryBaseMillis pause before the first retry; each further retry waits twice as long
 * @param maxAttempts     attempts before a delivery is marked failed
 * @param timeoutMillis   connect and response timeout of one POST
 */
@ConfigurationProperties("dossier.webhooks")
public record WebhookProperties(
        @DefaultValue("5000") long pollMillis,
        @DefaultValue("30000") long retryBaseMillis,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10000") long timeoutMillis) {
}
