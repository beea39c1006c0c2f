package org.dossier.search;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Editors' changes to the synonym groups. Each change clears the query-time cache, so the next search
 * uses it at once; nothing is reindexed.
 */
@Service
public class SynonymEditing {

    /** Longest phrasing accepted; longer text is a paste error, not a synonym. */
    public static final int MAX_TERM = 100;
    public static final int MAX_TERMS = 30;

    private final SynonymRepository repository;
    private final Synonyms synonyms;
    private final Clock clock;

    SynonymEditing(SynonymRepository repository, Synonyms synonyms, Clock clock) {
        this.repository = repository;
        this.synonyms = synonyms;
        this.clock = clock;
    }

    /** A group as stored. */
    public record Group(long id, String terms) {
    }

    /** The group was not acceptable; the message says why. */
    public static class InvalidSynonymsException extends RuntimeException {
        InvalidSynonymsException(String message) {
            super(message, null, false, false);
        }
    }

    public List<Group> list() {
        return repository.rows();
    }

    public long add(String terms) {
        long id = repository.add(String.join(", ", check(terms)), clock.millis());
        synonyms.reload();
        return id;
    }

    /** Replaces a group's phrasings; false when no such group exists. */
    public boolean update(long id, String terms) {
        boolean found = repository.update(id, String.join(", ", check(terms)), clock.millis());
        synonyms.reload();
        return found;
    }

    public void delete(long id) {
        repository.delete(id);
        synonyms.reload();
    }

    private static List<String> check(String terms) {
        List<String> split = SynonymRepository.split(terms == null ? "" : terms);
        if (split.isEmpty()) {
            throw new InvalidSynonymsException("Enter at least two phrasings separated by commas.");
        }
        if (split.size() < 2) {
            throw new InvalidSynonymsException("A group needs at least two different phrasings, separated by commas.");
        }
        if (split.size() > MAX_TERMS) {
            throw new InvalidSynonymsException("A group may have at most " + MAX_TERMS + " phrasings.");
        }
        for (String term : split) {
            if (term.length() > MAX_TERM) {
                throw new InvalidSynonymsException("Each phrasing may have at most " + MAX_TERM + " characters.");
            }
        }
        return split;
    }
}
