package org.dossier.newsletter;

import java.time.Instant;
import java.util.List;

/** A newsletter: draft, scheduled or sent; {@code batch} names its outbox rows once sent. */
public record Newsletter(long id, String subject, String introMd, List<Long> topicIds, String status, Instant sendAt,
                         String batch, int recipients, Instant createdAt, Instant sentAt) {
}
