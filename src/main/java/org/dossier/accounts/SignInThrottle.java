package org.dossier.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address in memory, so one address cannot try password after
 * password across many accounts (each account also locks itself, see {@link SignInProvider}).
 * The count is forgotten {@code lockFor} after the last failure.
 */
@Component
class SignInThrottle {

    private final Cache<String, AtomicInteger> failures;
    private final int max;

    SignInThrottle(AccountsProperties properties) {
        this.max = properties.maxFailuresPerAddress();
        this.failures = Caffeine.newBuilder().expireAfterWrite(properties.lockFor()).maximumSize(100_000).build();
    }

    boolean blocked(String address) {
        AtomicInteger count = failures.getIfPresent(key(address));
        return count != null && count.get() >= max;
    }

    void failed(String address) {
        String key = key(address);
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count);
    }

    void succeeded(String address) {
        failures.invalidate(key(address));
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
