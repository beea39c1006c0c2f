package org.dossier.subscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/** Turns posted fields into checked subscriber details, or says exactly which field is wrong. */
@Component
class SubscriberForms {

    static final int MAX_TEXT = 200;
    static final int MAX_TOPICS = 100;

    private final TaxonomyRepository taxonomy;

    SubscriberForms(TaxonomyRepository taxonomy) {
        this.taxonomy = taxonomy;
    }

    SubscriberRepository.Details details(SignUpForm form) {
        String email = EmailAddresses.normalise(form.email());
        return details(email, form.name(), form.organisation(), form.topics(), form.frequency());
    }

    SubscriberRepository.Details details(String email, String name, String organisation, List<String> topics,
                                         String frequency) {
        Frequency f = frequency == null || frequency.isBlank() ? Frequency.WEEKLY : Frequency.parse(frequency);
        if (f == null) {
            throw new InvalidInputException("frequency", "Choose how often: instant, weekly or monthly.");
        }
        return new SubscriberRepository.Details(email, text("name", "Name", name),
                text("organisation", "Organisation", organisation), f, topicIds(topics));
    }

    /** The topics the reader can choose from. */
    List<Term> topics() {
        return taxonomy.terms(TermKind.TOPIC);
    }

    private List<Long> topicIds(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_TOPICS) {
            throw new InvalidInputException("topics", "Too many topics were chosen.");
        }
        Set<Long> known = topics().stream().map(Term::id).collect(Collectors.toSet());
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                long id = Long.parseLong(value.strip());
                if (!known.contains(id)) {
                    throw new NumberFormatException();
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException("topics", "One of the chosen topics does not exist.");
            }
        }
        return List.copyOf(ids);
    }

    static String text(String field, String label, String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidInputException(field, label + " is longer than " + MAX_TEXT + " characters.");
        }
        if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(field, label + " contains characters that are not allowed.");
        }
        return v;
    }
}
