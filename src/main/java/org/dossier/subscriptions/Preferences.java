package org.dossier.subscriptions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.mail.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader can do at the signed link in every mail, without an account: change topics and
 * frequency, pause, unsubscribe (also RFC 8058 one-click), download their record, erase it.
 */
@Service
public class Preferences {

    private final SubscriberRepository subscribers;
    private final SubscriberForms forms;
    private final SignedLinks links;
    private final Outbox outbox;
    private final Clock clock;

    Preferences(SubscriberRepository subscribers, SubscriberForms forms, SignedLinks links, Outbox outbox,
                Clock clock) {
        this.subscribers = subscribers;
        this.forms = forms;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The subscriber a preference token names; throws {@link InvalidInputException} for a tampered or stale link. */
    public Subscriber subscriber(String token) {
        var verdict = links.verify(SignedLinks.PREFERENCES, token, clock.instant());
        return verdict.id().filter(id -> verdict.valid()).flatMap(subscribers::byId).orElseThrow(
                () -> new InvalidInputException("link", "This link is not valid. Use the link in your latest mail."));
    }

    /** Saves topics, frequency, pause, name and organisation. */
    @Transactional
    public Subscriber update(String token, String name, String organisation, List<String> topics, String frequency,
                             boolean paused) {
        Subscriber s = subscriber(token);
        var details = forms.details(s.email(), name, organisation, topics, frequency);
        subscribers.updateDetails(s.id(), details, clock.instant());
        subscribers.setPaused(s.id(), paused, clock.instant());
        return subscribers.byId(s.id()).orElseThrow();
    }

    /** Unsubscribes from everything at once and stops mail already queued for this address. */
    @Transactional
    public Subscriber unsubscribe(String token, String how) {
        Subscriber s = subscriber(token);
        if (!s.status().equals("suppressed")) {
            subscribers.setStatus(s.id(), "unsubscribed", how, clock.instant());
        }
        outbox.cancelFor(s.email(), false);
        return subscribers.byId(s.id()).orElseThrow();
    }

    /** Subscribes again an address that unsubscribed (the link proves it is theirs). */
    @Transactional
    public Subscriber resubscribe(String token) {
        Subscriber s = subscriber(token);
        if (s.status().equals("unsubscribed")) {
            subscribers.confirm(s.id(), clock.instant());
        }
        return subscribers.byId(s.id()).orElseThrow();
    }

    /** Everything stored about the reader, for download. */
    public Map<String, Object> export(String token) {
        Subscriber s = subscriber(token);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", s.email());
        data.put("name", s.name());
        data.put("organisation", s.organisation());
        data.put("status", s.status());
        data.put("frequency", s.frequency().db());
        data.put("paused", s.paused());
        data.put("topics", forms.topics().stream().filter(t -> s.topicIds().contains(t.id())).map(t -> t.name())
                .toList());
        data.put("source", s.source());
        data.put("subscribedAt", s.createdAt().toString());
        data.put("confirmedAt", s.confirmedAt() == null ? null : s.confirmedAt().toString());
        data.put("consents", subscribers.consents(s.id()).stream().map(c -> Map.of("version", c.version(),
                "wording", c.wording(), "source", c.source(), "givenAt", c.givenAt().toString())).toList());
        return data;
    }

    /** Deletes the record; keeps only a keyed hash of the address so an old import cannot bring it back. */
    @Transactional
    public void erase(String token) {
        Subscriber s = subscriber(token);
        subscribers.addErased(links.hash(s.email()), clock.instant());
        outbox.cancelFor(s.email(), true);
        subscribers.delete(s.id());
    }
}
