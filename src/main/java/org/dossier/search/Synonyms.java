package org.dossier.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.search.ParsedQuery.Alternatives;
import org.dossier.search.ParsedQuery.Clause;
import org.dossier.search.ParsedQuery.Phrase;
import org.dossier.search.ParsedQuery.Scope;
import org.dossier.search.ParsedQuery.Words;
import org.springframework.stereotype.Component;

/**
 * Applies the editors' synonym groups to a parsed query. Expansion happens at query time, so a change
 * to the table takes effect within seconds without reindexing: a run of plain words (or a quoted
 * phrase) equal to one phrasing becomes "any of the group's phrasings".
 */
@Component
class Synonyms {

    private final LoadingCache<String, List<List<String>>> groups;

    @org.springframework.beans.factory.annotation.Autowired
    Synonyms(SynonymRepository repository) {
        this(repository::groups);
    }

    /** Synonyms from any source of groups (the relevance tests use a fixed list). */
    Synonyms(java.util.function.Supplier<List<List<String>>> source) {
        this.groups = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).build(k -> source.get());
    }

    /** Forgets the cached table, e.g. after an editor changed it. */
    void reload() {
        groups.invalidateAll();
    }

    ParsedQuery expand(ParsedQuery query) {
        List<List<String>> table = groups.get("all");
        if (table.isEmpty()) {
            return query;
        }
        List<Clause> in = query.clauses();
        List<Clause> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            Clause c = in.get(i);
            if (c instanceof Phrase p && p.scope() != Scope.AUTHOR) {
                List<String> group = groupOf(table, words(p.text()));
                out.add(group == null ? c : new Alternatives(p.text(), group, p.scope(), p.negated()));
                i++;
                continue;
            }
            int matched = 0;
            List<String> group = null;
            // longest run of plain words starting here that equals a phrasing
            for (int end = Math.min(in.size(), i + 6); end > i && group == null; end--) {
                List<String> run = plainRun(in, i, end);
                if (run != null) {
                    group = groupOf(table, run);
                    matched = end - i;
                }
            }
            if (group != null) {
                String original = String.join(" ", plainRun(in, i, i + matched));
                out.add(new Alternatives(original, group, ((Words) c).scope(), ((Words) c).negated()));
                i += matched;
            } else {
                out.add(c);
                i++;
            }
        }
        return new ParsedQuery(query.text(), List.copyOf(out));
    }

    /** The words of clauses {@code [from, to)}, or null unless all are words with one sign and one scope. */
    private static List<String> plainRun(List<Clause> clauses, int from, int to) {
        List<String> run = new ArrayList<>();
        Boolean negated = null;
        Scope scope = null;
        for (int k = from; k < to; k++) {
            if (!(clauses.get(k) instanceof Words w) || w.scope() == Scope.AUTHOR
                    || (negated != null && negated != w.negated()) || (scope != null && scope != w.scope())) {
                return null;
            }
            negated = w.negated();
            scope = w.scope();
            run.addAll(words(w.text()));
        }
        return run;
    }

    private static List<String> groupOf(List<List<String>> table, List<String> words) {
        for (List<String> group : table) {
            for (String phrasing : group) {
                if (words(phrasing).equals(words)) {
                    return group;
                }
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")).filter(s -> !s.isEmpty())
                .toList();
    }
}
