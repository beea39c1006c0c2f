package org.dossier.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.mail.MailContent;
import org.dossier.mail.MailFrame;
import org.dossier.mail.Recipient;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Service;

/**
 * Who receives list mail, and what every list mail must carry: the footer links to the reader's
 * preference centre and the RFC 8058 unsubscribe headers (with {@link MailContent#TOKEN} standing
 * for each reader's signed token). Newsletters and digests ask here; they never read subscribers.
 */
@Service
public class Audience {

    private final SubscriberRepository subscribers;
    private final SignedLinks links;
    private final DossierProperties site;
    private final String mailbox;

    Audience(SubscriberRepository subscribers, SignedLinks links, DossierProperties site,
             SubscriptionSettings settings) {
        this.subscribers = subscribers;
        this.links = links;
        this.site = site;
        String host = java.net.URI.create(site.origin()).getHost();
        this.mailbox = settings.unsubscribeMailbox().isBlank() ? "unsubscribe@" + (host == null ? "localhost" : host)
                : settings.unsubscribeMailbox();
    }

    /** Confirmed, unpaused readers interested in any of {@code topicIds} (empty: everyone), any frequency. */
    public List<Recipient> segment(List<Long> topicIds) {
        return recipients(subscribers.sendable(null, topicIds));
    }

    /** Readers who want a mail for each new publication on any of these topics (or on everything). */
    public List<Recipient> instantReaders(List<Long> publicationTopicIds) {
        return recipients(subscribers.sendable(Frequency.INSTANT, publicationTopicIds));
    }

    /** Digest readers of {@code frequency} whose period has passed, at most {@code limit}. */
    public List<Subscriber> digestDue(Frequency frequency, Instant now, int limit) {
        return subscribers.digestDue(frequency, now.minus(frequency.period()), limit);
    }

    /** Records that {@code subscriber}'s digest covered everything up to {@code at}. */
    public void markDigested(long subscriberId, Instant at) {
        subscribers.markDigested(subscriberId, at);
    }

    public Recipient recipient(long subscriberId, String email) {
        return new Recipient(email, links.sign(SignedLinks.PREFERENCES, subscriberId, null));
    }

    /** The footer of a list mail, with token placeholders. */
    public MailFrame listFrame() {
        String base = site.origin() + "/preferences/" + MailContent.TOKEN;
        return new MailFrame(site.siteName(), site.origin() + "/", base, base + "/unsubscribe");
    }

    /** List-Unsubscribe (https and mailto) and List-Unsubscribe-Post for one-click unsubscribing (RFC 8058). */
    public Map<String, String> listHeaders() {
        String https = site.origin() + "/preferences/" + MailContent.TOKEN + "/unsubscribe";
        String mailto = "mailto:" + mailbox + "?subject=unsubscribe%20" + MailContent.TOKEN;
        return Map.of("List-Unsubscribe", "<" + https + ">, <" + mailto + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private List<Recipient> recipients(List<Map.Entry<Long, String>> rows) {
        return rows.stream().map(r -> recipient(r.getKey(), r.getValue())).toList();
    }
}
