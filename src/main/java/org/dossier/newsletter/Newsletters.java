package org.dossier.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.mail.MailContent;
import org.dossier.mail.Outbox;
import org.dossier.mail.Recipient;
import org.dossier.publications.Publication;
import org.dossier.subscriptions.Audience;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsletters for the communications team (the admin screens will call these): write, preview,
 * test-send, schedule, send now. Sending writes every recipient's outbox row and marks the
 * newsletter sent in one transaction, so it goes out once even if "send" is pressed twice.
 */
@Service
public class Newsletters {

    static final int MAX_SUBJECT = 200;
    static final int MAX_INTRO = 20_000;

    private final NewsletterRepository repository;
    private final ListMails mails;
    private final Audience audience;
    private final Outbox outbox;
    private final NewsletterSettings settings;
    private final Clock clock;

    Newsletters(NewsletterRepository repository, ListMails mails, Audience audience, Outbox outbox,
                NewsletterSettings settings, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.audience = audience;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates a draft; returns its id. Throws {@link InvalidNewsletterException} saying what is wrong. */
    @Transactional
    public long create(NewsletterInput in) {
        validate(in);
        return repository.insert(in, clock.instant());
    }

    @Transactional
    public void update(long id, NewsletterInput in) {
        validate(in);
        get(id);
        if (!repository.update(id, in, clock.instant())) {
            throw new InvalidNewsletterException("Newsletter " + id + " has been sent and can no longer change.");
        }
    }

    public Newsletter get(long id) {
        return repository.byId(id).orElseThrow(() -> new InvalidNewsletterException("There is no newsletter " + id + "."));
    }

    /** The chosen publications' ids, in their order in the mail. */
    public List<Long> publicationIds(long id) {
        return repository.items(id);
    }

    public List<Newsletter> latest(int limit) {
        return repository.latest(limit);
    }

    /** The mail as a reader would get it (links carry a placeholder token). */
    public MailContent preview(long id) {
        Newsletter n = get(id);
        return mails.newsletter(n.subject(), n.introMd(), items(n));
    }

    /** Sends one copy to {@code email} now, marked as a test, without changing the newsletter. */
    @Transactional
    public void testSend(long id, String email) {
        if (email == null || !email.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}")) {
            throw new InvalidNewsletterException("Give a valid address for the test send.");
        }
        MailContent c = preview(id);
        MailContent test = new MailContent("test", "[Test] " + c.subject(), c.html(), c.text(), c.headers());
        outbox.enqueue(test, List.of(new Recipient(email.strip(), "test")), "test-" + id);
    }

    /** Schedules the newsletter for {@code at} (in the future); the scheduler sends it then. */
    @Transactional
    public void schedule(long id, Instant at) {
        get(id);
        if (at == null || !at.isAfter(clock.instant())) {
            throw new InvalidNewsletterException("The sending time must be in the future.");
        }
        if (!repository.schedule(id, at, clock.instant())) {
            throw new InvalidNewsletterException("Newsletter " + id + " has already been sent.");
        }
    }

    /** Takes a scheduled newsletter back to draft, so the scheduler leaves it alone. */
    @Transactional
    public void cancelSchedule(long id) {
        get(id);
        if (!repository.unschedule(id, clock.instant())) {
            throw new InvalidNewsletterException("Newsletter " + id + " is not scheduled.");
        }
    }

    /** Sends to the newsletter's segment now; returns the number of recipients. */
    @Transactional
    public int sendNow(long id) {
        return send(id, false);
    }

    /**
     * For the scheduler: sends only if the newsletter is still scheduled and due when its row is
     * claimed, so a schedule cancelled after the scheduler listed it is not sent.
     */
    @Transactional
    int sendScheduled(long id) {
        return send(id, true);
    }

    private int send(long id, boolean onlyIfDue) {
        Newsletter n = get(id);
        List<Publication> items = items(n);
        if (items.isEmpty() && n.introMd().isBlank()) {
            throw new InvalidNewsletterException("The newsletter has no published items and no introduction.");
        }
        List<Recipient> recipients = audience.segment(n.topicIds());
        String batch = "newsletter-" + id;
        if (!repository.markSent(id, batch, recipients.size(), clock.instant(), onlyIfDue)) {
            throw new InvalidNewsletterException(onlyIfDue ? "Newsletter " + id + " is no longer scheduled."
                    : "Newsletter " + id + " has already been sent.");
        }
        outbox.enqueue(mails.newsletter(n.subject(), n.introMd(), items), recipients, batch);
        return recipients.size();
    }

    /** Recipients by delivery state, while it is being sent and after. */
    public Map<String, Long> progress(long id) {
        Newsletter n = get(id);
        return n.batch() == null ? Map.of() : outbox.progress(n.batch());
    }

    List<Long> dueIds() {
        return repository.dueIds(clock.instant());
    }

    private List<Publication> items(Newsletter n) {
        return mails.published(repository.items(n.id())).stream().limit(settings.maxItems()).toList();
    }

    private void validate(NewsletterInput in) {
        if (in.subject() == null || in.subject().isBlank()) {
            throw new InvalidNewsletterException("A subject is required.");
        }
        if (in.subject().length() > MAX_SUBJECT || in.subject().chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidNewsletterException("The subject must be one line of at most " + MAX_SUBJECT + " characters.");
        }
        if (in.introMd().length() > MAX_INTRO) {
            throw new InvalidNewsletterException("The introduction is longer than " + MAX_INTRO + " characters.");
        }
        if (in.publicationIds().size() > settings.maxItems()) {
            throw new InvalidNewsletterException("A newsletter holds at most " + settings.maxItems() + " publications.");
        }
        if (mails.published(in.publicationIds()).size() != in.publicationIds().size()) {
            throw new InvalidNewsletterException("Only published publications can be chosen.");
        }
    }
}
