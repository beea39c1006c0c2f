package org.dossier.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dossier.mail.Outbox;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationChanged;
import org.dossier.subscriptions.Audience;
import org.dossier.taxonomy.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails "each new publication" readers when a publication becomes public, exactly once: the
 * announcement record and the outbox rows are written in one transaction, so an edit, a second
 * event or a crash never sends it again. Old publications (an imported archive) are never announced.
 *
 * <p>The work runs on a thread of its own, not in the after-commit callback: there the publishing
 * connection still holds SQLite's write lock (sqlite-jdbc begins the next transaction at once), so a
 * write from the callback would wait for a lock its own thread holds. If the process dies between
 * the commit and the announcement, {@link #sweep()} (run by the scheduler) catches up.
 */
@Service
class Announcer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Announcer.class);
    /** Ids per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
    private static final int ID_CHUNK = 500;
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final NewsletterRepository repository;
    private final ListMails mails;
    private final Audience audience;
    private final Outbox outbox;
    private final NewsletterSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "announcer");
        thread.setDaemon(true);
        return thread;
    });

    Announcer(NewsletterRepository repository, ListMails mails, Audience audience, Outbox outbox,
              NewsletterSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.mails = mails;
        this.audience = audience;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After the publishing transaction commits (never for one that rolled back). */
    @TransactionalEventListener
    void publicationsChanged(PublicationChanged event) {
        List<Long> ids = List.copyOf(event.ids());
        worker.execute(() -> announceRecent(ids));
    }

    /** Announces recent publications that no event announced (for example after a crash). */
    void sweep() {
        announceRecent(repository.unannounced(clock.instant().minus(settings.announceMaxAge())));
    }

    private void announceRecent(List<Long> ids) {
        Instant oldest = clock.instant().minus(settings.announceMaxAge());
        List<Long> recent = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            recent.addAll(repository.recentlyPublished(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)), oldest));
        }
        for (Publication p : mails.published(recent)) {
            try {
                transaction.executeWithoutResult(status -> announce(p));
            } catch (RuntimeException e) {
                log.error("Could not announce publication {}; the next sweep tries again", p.id(), e);
            }
        }
    }

    private void announce(Publication p) {
        if (!repository.markAnnounced(p.id(), 0, clock.instant())) {
            return;
        }
        List<Long> topics = p.topics().stream().map(Term::id).toList();
        int n = outbox.enqueue(mails.instant(p), audience.instantReaders(topics), "publication-" + p.id());
        repository.setAnnouncedRecipients(p.id(), n);
        log.info("Announced publication {} to {} reader(s)", p.id(), n);
    }

    /**
     * Lets queued announcements finish before the database closes (a command-line import ends right
     * after its last commit); anything still unfinished is caught up by the next start's sweep.
     */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            log.warn("Announcements still running at shutdown; the next sweep catches up");
            worker.shutdownNow();
        }
    }
}
