package org.dossier.subscriptions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.taxonomy.Term;
import org.dossier.web.Paged;
import org.springframework.stereotype.Service;

/**
 * The list as the communications team sees it in the back office: search with filters, one
 * person's record with their consents, and the same unsubscribe and erasure a reader can do
 * themselves (through the preference service, so both doors behave alike).
 */
@Service
public class SubscriberDirectory {

    public static final List<String> STATES = List.of("pending", "confirmed", "unsubscribed", "suppressed");

    private final SubscriberQueries queries;
    private final SubscriberRepository subscribers;
    private final SubscriberForms forms;
    private final SignUps signUps;
    private final Preferences preferences;

    SubscriberDirectory(SubscriberQueries queries, SubscriberRepository subscribers, SubscriberForms forms,
                        SignUps signUps, Preferences preferences) {
        this.queries = queries;
        this.subscribers = subscribers;
        this.forms = forms;
        this.signUps = signUps;
        this.preferences = preferences;
    }

    /** What to list: text in address, name or organisation; a status; a topic id (0: any). Unknown values mean "any". */
    public record Filter(String query, String status, long topicId) {

        public Filter {
            query = SubscriberForms.text("q", "The search", query);
            status = status == null || !Set.copyOf(STATES).contains(status) ? "" : status;
        }
    }

    /** A person's record: who, their consents in order, the topics they chose. */
    public record Record(Subscriber subscriber, List<Consent> consents, List<Term> topics) {
    }

    public Paged<Subscriber> search(Filter filter, int page, int size) {
        List<Subscriber> rows = queries.ids(filter, size, Paged.offset(page, size)).stream()
                .map(subscribers::byId).flatMap(Optional::stream).toList();
        return new Paged<>(rows, page, size, queries.count(filter));
    }

    public Optional<Record> record(long id) {
        return subscribers.byId(id).map(s -> new Record(s, subscribers.consents(id),
                forms.topics().stream().filter(t -> s.topicIds().contains(t.id())).toList()));
    }

    /** The topics a reader can choose, for filters. */
    public List<Term> topics() {
        return forms.topics();
    }

    /** Unsubscribes on the person's behalf (they asked the team) and stops mail queued for them. */
    public Subscriber unsubscribe(long id, String actor) {
        return preferences.unsubscribe(signUps.preferencesToken(id), "by the team (" + actor + ")");
    }

    /** Erases the record as the person could at their preference link; only a keyed hash of the address stays. */
    public void erase(long id) {
        preferences.erase(signUps.preferencesToken(id));
    }
}
