package org.dossier.search;

import java.util.List;

/**
 * What a reader typed, understood: a list of clauses. Built by {@link QueryParser}, which never fails;
 * turned into Lucene by {@link LuceneQueries}.
 */
record ParsedQuery(String text, List<Clause> clauses) {

    /** Where a clause looks: everywhere, or one named field. */
    enum Scope { ALL, TITLE, AUTHOR, TOPIC }

    /** One part of the query. */
    sealed interface Clause permits Words, Phrase, AnyOf, Alternatives {
        boolean negated();
    }

    /** A single word (which the analyzer may still split, as in "U.S.-China"). */
    record Words(String text, Scope scope, boolean negated) implements Clause {
    }

    /** Words that must appear together in this order. */
    record Phrase(String text, Scope scope, boolean negated) implements Clause {
    }

    /** Clauses joined by OR: at least one must match. */
    record AnyOf(List<Clause> options) implements Clause {
        @Override
        public boolean negated() {
            return false;
        }
    }

    /** Equivalent phrasings from the synonyms table (DPRK, North Korea, 북한): any of them matches. */
    record Alternatives(String original, List<String> phrasings, Scope scope, boolean negated) implements Clause {
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** True when every clause excludes something, so there is nothing to look for positively. */
    boolean onlyExclusions() {
        return !clauses.isEmpty() && clauses.stream().allMatch(Clause::negated);
    }

    /** Plain words typed outside quotes and fields: the ones "Did you mean" may correct. */
    List<String> plainWords() {
        return clauses.stream().filter(c -> c instanceof Words w && w.scope() == Scope.ALL && !w.negated())
                .map(c -> ((Words) c).text()).toList();
    }
}
