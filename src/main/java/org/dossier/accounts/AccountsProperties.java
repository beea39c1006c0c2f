package org.dossier.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and account settings.
 *
 * @param maxFailures        failed sign-ins in a row that lock an account
 * @param lockFor            how long a locked account stays locked
 * @param maxFailuresPerAddress failed sign-ins from one client address (any account) before it is paused
 * @param minPasswordLength  shortest password accepted
 * @param resetValidFor      how long a password-reset link works
 */
@ConfigurationProperties("dossier.accounts")
public record AccountsProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("1h") Duration resetValidFor) {
}
