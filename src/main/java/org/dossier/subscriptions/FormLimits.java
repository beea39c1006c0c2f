package org.dossier.subscriptions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixed one-hour windows of form posts per IP address and per email address, kept in memory (a
 * restart forgets them, which only ever lets a little more through). The per-address mail limit,
 * which matters more, is kept in the database.
 */
@Component
class FormLimits {

    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
    private final SubscriptionSettings settings;

    FormLimits(SubscriptionSettings settings) {
        this.settings = settings;
    }

    /** Counts a post from {@code ip}; throws when the hourly allowance is used up. */
    void fromIp(String ip) {
        count("ip:" + ip, settings.formsPerIpPerHour());
    }

    /** Counts a sign-up for {@code email}; throws when the hourly allowance is used up. */
    void forAddress(String email) {
        count("address:" + email, settings.formsPerAddressPerHour());
    }

    private void count(String key, int limit) {
        if (counts.get(key, k -> new AtomicInteger()).incrementAndGet() > limit) {
            throw new TooManyRequestsException();
        }
    }
}
