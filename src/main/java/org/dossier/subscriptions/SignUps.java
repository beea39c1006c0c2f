package org.dossier.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.mail.MailContent;
import org.dossier.mail.MailFrame;
import org.dossier.mail.MailTemplates;
import org.dossier.mail.Outbox;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with double opt-in. Whatever the address's state, the answer is the same and at most one
 * mail per address per interval goes out: a confirmation link to a new, pending or unsubscribed
 * address; a note with the preference link to an address already on the list; nothing to a
 * suppressed one. Nothing else is ever sent to an unconfirmed address.
 */
@Service
public class SignUps {

    private final SubscriberRepository subscribers;
    private final SubscriberForms forms;
    private final SignedLinks links;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final SubscriptionSettings settings;
    private final DossierProperties site;
    private final Clock clock;

    SignUps(SubscriberRepository subscribers, SubscriberForms forms, SignedLinks links, Outbox outbox,
            MailTemplates templates, SubscriptionSettings settings, DossierProperties site, Clock clock) {
        this.subscribers = subscribers;
        this.forms = forms;
        this.links = links;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    /** Handles a sign-up; throws {@link InvalidInputException} for bad input. The outcome is never revealed. */
    @Transactional
    public void signUp(SignUpForm form, String source) {
        var details = forms.details(form);
        Instant now = clock.instant();
        var existing = subscribers.byEmail(details.email());
        if (existing.isEmpty()) {
            long id = subscribers.insert(details, "pending", source, now);
            subscribers.addConsent(id, settings.consentVersion(), settings.consentWording(), source, now);
            sendConfirmation(id, details.email(), now);
            return;
        }
        Subscriber s = existing.get();
        if (s.lastMailedAt() != null && s.lastMailedAt().plus(settings.mailInterval()).isAfter(now)) {
            return;
        }
        switch (s.status()) {
            case "pending", "unsubscribed" -> {
                // not receiving anything yet, so the form may set their wishes; confirmation makes them count
                subscribers.updateDetails(s.id(), details, now);
                subscribers.addConsent(s.id(), settings.consentVersion(), settings.consentWording(), source, now);
                sendConfirmation(s.id(), s.email(), now);
            }
            case "confirmed" -> sendAlreadySubscribed(s, now);
            default -> {
                // suppressed after bounces or a complaint: mailing it again would hurt the sender's reputation
            }
        }
    }

    /** Confirms the address a confirmation token names. */
    @Transactional
    public Subscriber confirm(String token) {
        var verdict = links.verify(SignedLinks.CONFIRM, token, clock.instant());
        if (verdict.expired()) {
            throw new InvalidInputException("link", "This confirmation link has expired. Please sign up again.");
        }
        Subscriber s = verdict.id().flatMap(subscribers::byId).orElseThrow(
                () -> new InvalidInputException("link", "This confirmation link is not valid."));
        if (!s.confirmed()) {
            if (s.status().equals("suppressed")) {
                throw new InvalidInputException("link", "This address cannot be subscribed. Please contact us.");
            }
            subscribers.confirm(s.id(), clock.instant());
            subscribers.forgetErased(links.hash(s.email()));
        }
        return subscribers.byId(s.id()).orElseThrow();
    }

    /** The signed preference-centre token of a subscriber. */
    public String preferencesToken(long subscriberId) {
        return links.sign(SignedLinks.PREFERENCES, subscriberId, null);
    }

    private void sendConfirmation(long id, String email, Instant now) {
        Duration valid = settings.confirmationValid();
        String token = links.sign(SignedLinks.CONFIRM, id, now.plus(valid));
        var page = new ConfirmMail(frame(), site.origin() + "/subscribe/confirm/" + token, valid.toHours() + " hours",
                settings.consentWording());
        var bodies = templates.render("subscriptions/confirm-mail", page);
        outbox.enqueue(new MailContent("confirmation", "Please confirm your subscription to " + site.siteName(),
                bodies.html(), bodies.text(), Map.of()), List.of(new org.dossier.mail.Recipient(email, "")), null);
        subscribers.markMailed(id, now);
    }

    private void sendAlreadySubscribed(Subscriber s, Instant now) {
        var page = new ConfirmMail(frame(), site.origin() + "/preferences/" + preferencesToken(s.id()), "",
                settings.consentWording());
        var bodies = templates.render("subscriptions/already-mail", page);
        outbox.enqueue(new MailContent("already-subscribed", "You are already subscribed to " + site.siteName(),
                bodies.html(), bodies.text(), Map.of()), List.of(new org.dossier.mail.Recipient(s.email(), "")), null);
        subscribers.markMailed(s.id(), now);
    }

    private MailFrame frame() {
        return new MailFrame(site.siteName(), site.origin() + "/", null, null);
    }

    /** Model of the confirmation (and "already subscribed") mail. */
    public record ConfirmMail(MailFrame frame, String link, String validFor, String consentWording) {
    }
}
