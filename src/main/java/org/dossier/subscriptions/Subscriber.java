package org.dossier.subscriptions;

import java.time.Instant;
import java.util.List;

/** One person on the mailing list. */
public record Subscriber(long id, String email, String name, String organisation, Frequency frequency,
                         String status, boolean paused, String source, int softBounces, String statusReason,
                         Instant createdAt, Instant confirmedAt, Instant lastDigestAt, Instant lastMailedAt,
                         List<Long> topicIds) {

    public boolean confirmed() {
        return status.equals("confirmed");
    }
}
