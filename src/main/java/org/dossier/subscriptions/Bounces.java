package org.dossier.subscriptions;

import java.time.Clock;
import org.dossier.mail.MailBounced;
import org.dossier.mail.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailbox-free bounce rule: a hard bounce or a complaint suppresses the address at once; soft
 * bounces are counted and the address is suppressed at the configured limit (3). Fed by the SMTP
 * replies the outbox sees and by the bounce endpoint (for providers that report bounces later).
 */
@Service
public class Bounces {

    /** What a bounce notification says happened. */
    public enum Kind { HARD, SOFT, COMPLAINT }

    private final SubscriberRepository subscribers;
    private final SubscriptionSettings settings;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Bounces(SubscriberRepository subscribers, SubscriptionSettings settings, Outbox outbox, Clock clock,
            PlatformTransactionManager transactions) {
        this.subscribers = subscribers;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Applies one bounce; returns the address's status afterwards, or "unknown" if it is not on the list. */
    @Transactional
    public String record(String email, Kind kind, String reason) {
        return apply(email, kind, reason);
    }

    private String apply(String email, Kind kind, String reason) {
        var found = subscribers.byEmail(EmailAddresses.normalise(email));
        if (found.isEmpty()) {
            return "unknown";
        }
        Subscriber s = found.get();
        String why = kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + SubscriberForms.text("reason", "Reason",
                reason == null ? "" : reason.length() > 200 ? reason.substring(0, 200) : reason);
        boolean suppress = kind != Kind.SOFT
                || subscribers.softBounce(s.id(), clock.instant()) >= settings.softBounceLimit();
        if (suppress) {
            subscribers.setStatus(s.id(), "suppressed", why, clock.instant());
            outbox.cancelFor(s.email(), false);
            return "suppressed";
        }
        return s.status();
    }

    /** An SMTP refusal seen by an outbox worker (no transaction is open on its thread; this opens one). */
    @EventListener
    void onDeliveryFailure(MailBounced event) {
        try {
            Kind kind = event.complaint() ? Kind.COMPLAINT : event.permanent() ? Kind.HARD : Kind.SOFT;
            transaction.executeWithoutResult(status -> apply(event.recipient(), kind,
                    event.reason().replaceAll("[\\r\\n\\t]", " ")));
        } catch (InvalidInputException ignored) {
            // an address that was never valid on the list (a test send); nothing to suppress
        }
    }
}
