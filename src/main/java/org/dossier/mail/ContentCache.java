package org.dossier.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/** Shared mail bodies by id: a newsletter to 100,000 people is read from the database once, not 100,000 times. */
@Component
class ContentCache {

    private final OutboxRepository repository;
    private final Cache<Long, MailContent> cache = Caffeine.newBuilder().maximumSize(200).build();

    ContentCache(OutboxRepository repository) {
        this.repository = repository;
    }

    MailContent get(long id) {
        return cache.get(id, key -> repository.content(key)
                .orElseThrow(() -> new IllegalStateException("Mail content " + key + " is missing")));
    }
}
