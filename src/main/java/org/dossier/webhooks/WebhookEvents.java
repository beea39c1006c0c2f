package org.dossier.webhooks;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationChanged;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Component;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what a committed change means to subscribers and puts one delivery per webhook in the outbox:
 * first time public → published; public again at a new version → updated; no longer public after having
 * been announced → withdrawn. Drafts and scheduled items that were never public are never mentioned.
 */
@Component
class WebhookEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicationRepository publications;
    private final WebhookRepository repository;
    private final DossierProperties site;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "webhook-events");
        t.setDaemon(true);
        return t;
    });

    WebhookEvents(PublicationRepository publications, WebhookRepository repository, DossierProperties site,
                  Clock clock, PlatformTransactionManager transactions) {
        this.publications = publications;
        this.repository = repository;
        this.site = site;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs after the change committed, so a rolled-back change is never announced. The work is handed to
     * one background thread (which keeps events in order): on SQLite the committing connection still holds
     * the write lock while after-commit listeners run (sqlite-jdbc begins the next IMMEDIATE transaction at
     * once), so writing the outbox from here directly would wait for a lock this very thread holds.
     */
    @TransactionalEventListener
    public void changed(PublicationChanged change) {
        worker.execute(() -> transaction.executeWithoutResult(status -> record(change)));
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    private void record(PublicationChanged change) {
        if (repository.all().isEmpty()) {
            return;
        }
        for (Publication p : publications.byIds(change.ids())) {
            var announced = repository.announcedVersion(p.id());
            String event = null;
            if (p.isPublic() && announced.isEmpty()) {
                event = "publication.published";
            } else if (p.isPublic() && announced.get() != p.version()) {
                event = "publication.updated";
            } else if (!p.isPublic() && announced.isPresent()) {
                event = "publication.withdrawn";
            }
            if (event == null) {
                continue;
            }
            if (p.isPublic()) {
                repository.announce(p.id(), p.version());
            } else {
                repository.forget(p.id());
            }
            repository.enqueue(event, payload(event, p), clock.millis());
        }
    }

    private String payload(String event, Publication p) {
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("id", p.id());
        publication.put("url", site.origin() + p.url());
        if (p.isPublic()) {
            publication.put("title", p.title());
            publication.put("summary", p.summary());
            publication.put("publishedAt", p.publishedAt().toString());
            publication.put("updatedAt", p.updatedAt().toString());
            publication.put("api", site.origin() + "/api/v1/publications/" + p.id());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("occurredAt", clock.instant().toString());
        body.put("publication", publication);
        return JSON.writeValueAsString(body);
    }
}
