package org.dossier.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dossier.mail.Outbox;
import org.dossier.publications.Publication;
import org.dossier.subscriptions.Audience;
import org.dossier.subscriptions.Frequency;
import org.dossier.subscriptions.Subscriber;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.Term;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly and monthly digests: for each reader whose period has passed, the publications on their
 * topics (all, if they chose none) published since their last digest. A reader with nothing new
 * gets no mail; their period simply starts again. Queuing the digest and moving the reader's
 * "last digest" mark happen in one transaction, so a crash never sends a digest twice.
 */
@Service
public class Digests {

    private final NewsletterRepository repository;
    private final ListMails mails;
    private final Audience audience;
    private final Outbox outbox;
    private final NewsletterSettings settings;
    private final DossierProperties site;
    private final Clock clock;

    Digests(NewsletterRepository repository, ListMails mails, Audience audience, Outbox outbox,
            NewsletterSettings settings, DossierProperties site, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audience = audience;
        this.outbox = outbox;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    /** Prepares one batch of due digests of {@code frequency}; returns how many readers were handled. */
    @Transactional
    public int runBatch(Frequency frequency) {
        Instant now = clock.instant();
        List<Subscriber> due = audience.digestDue(frequency, now, settings.digestBatch());
        if (due.isEmpty()) {
            return 0;
        }
        Instant oldest = due.stream().map(Subscriber::lastDigestAt).min(Instant::compareTo).orElse(now);
        List<Publication> candidates = mails.published(repository.publishedBetween(oldest, now));
        String subject = (frequency == Frequency.WEEKLY ? "Your weekly digest from " : "Your monthly digest from ")
                + site.siteName();
        for (Subscriber s : due) {
            List<Publication> items = candidates.stream()
                    .filter(p -> p.publishedAt().isAfter(s.lastDigestAt()) && wanted(p, s.topicIds()))
                    .limit(settings.maxItems()).toList();
            if (!items.isEmpty()) {
                outbox.enqueue(mails.digest(subject, items), List.of(audience.recipient(s.id(), s.email())),
                        "digest-" + frequency.db());
            }
            audience.markDigested(s.id(), now);
        }
        return due.size();
    }

    private static boolean wanted(Publication p, List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return true;
        }
        Set<Long> wanted = Set.copyOf(topicIds);
        return p.topics().stream().map(Term::id).anyMatch(wanted::contains);
    }
}
