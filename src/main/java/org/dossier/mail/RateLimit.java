package org.dossier.mail;

import java.util.concurrent.locks.LockSupport;

/** Spaces mails evenly over all workers: at most {@code perSecond} a second; 0 means no limit. */
final class RateLimit {

    private final long intervalNanos;
    private long next = System.nanoTime();

    RateLimit(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
    }

    /** Waits for this caller's slot. */
    void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(next, now);
            next = slot + intervalNanos;
        }
        long wait;
        while ((wait = slot - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
