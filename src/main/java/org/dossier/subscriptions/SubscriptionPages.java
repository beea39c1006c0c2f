package org.dossier.subscriptions;

import java.util.List;
import org.dossier.taxonomy.Term;
import org.dossier.web.Chrome;
import org.dossier.web.Meta;

/** Page models of the mailing-list pages. */
public final class SubscriptionPages {

    private SubscriptionPages() {
    }

    /** The "Stay informed" page: the full form, filled with what was posted, and the error if any. */
    public record SubscribePage(Chrome chrome, Meta meta, List<Term> topics, SignUpForm form, String errorField,
                         String error, String consentWording, String consentVersion) {

        public boolean checked(Term topic) {
            return form.topics().contains(Long.toString(topic.id()));
        }

        public boolean frequency(String value) {
            String chosen = form.frequency() == null || form.frequency().isBlank() ? "weekly" : form.frequency();
            return chosen.equals(value);
        }
    }

    /** A one-message page (check your inbox, confirmed, unsubscribed, erased, bad link), optionally with one button. */
    public record MessagePage(Chrome chrome, Meta meta, String heading, String message, String action, String button,
                       String linkUrl, String linkLabel) {
    }

    /** The preference centre of one subscriber, reached through their signed token. */
    public record PreferencesPage(Chrome chrome, Meta meta, String token, Subscriber subscriber, List<Term> topics,
                           String notice, String error) {

        public boolean checked(Term topic) {
            return subscriber.topicIds().contains(topic.id());
        }

        public String base() {
            return "/preferences/" + token;
        }
    }
}
