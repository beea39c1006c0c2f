package org.dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The near spellings of one request's rare words, each found once. Building a word's edit-distance automaton
 * is most of what a fuzzy match costs (profiled: a fifth of a typo query's CPU), and "Did you mean" used to
 * build it again with Lucene's spell checker. Here the fuzzy clause is rewritten once into its expanded terms,
 * against the searcher's reader, and both the ranking query and the suggestion use that expansion. The
 * rewritten clause scores exactly as the fuzzy query would (a search rewrites it the same way).
 */
final class Expansions {

    /** Most near spellings one word expands to. */
    static final int MAX_TERMS = 50;
    private final IndexSearcher searcher;
    private final Map<String, Expansion> words = new HashMap<>();

    /** A word's expanded clause and the edits it allowed. */
    private record Expansion(Query query, int edits) {
    }

    Expansions(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** For code that has only a reader (the relevance evaluators); same results. */
    Expansions(IndexReader reader) {
        this(new IndexSearcher(reader));
    }

    IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The spelling field's words within {@code edits} of {@code word} (first letter kept), as a ranking clause. */
    Query fuzzy(String word, int edits) throws IOException {
        Expansion known = words.get(word);
        if (known == null) {
            known = new Expansion(searcher.rewrite(new FuzzyQuery(new Term(Fields.SPELL, word), edits, 1, MAX_TERMS,
                    true)), edits);
            words.put(word, known);
        }
        return known.query;
    }

    /** Whether this request expanded {@code word}, and how many edits it allowed (0 when it did not). */
    int edits(String word) {
        Expansion known = words.get(word);
        return known == null ? 0 : known.edits;
    }

    /**
     * The closest word of the expansion that more documents hold than hold {@code word}: fewest edits for its
     * length first, then most documents, then alphabetical. Null when there is none.
     */
    String closest(String word) throws IOException {
        Expansion known = words.get(word);
        if (known == null) {
            return null;
        }
        IndexReader reader = reader();
        int own = reader.docFreq(new Term(Fields.SPELL, word));
        String best = null;
        float bestBoost = 0;
        int bestFreq = 0;
        for (Map.Entry<Term, Float> e : terms(known.query, 1f, new HashMap<>()).entrySet()) {
            String candidate = e.getKey().text();
            if (candidate.equals(word)) {
                continue;
            }
            float boost = e.getValue();
            if (best != null && boost < bestBoost) {
                continue;
            }
            int freq = reader.docFreq(e.getKey());
            if (freq <= own) {
                continue;
            }
            if (best == null || boost > bestBoost || freq > bestFreq
                    || (freq == bestFreq && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestBoost = boost;
                bestFreq = freq;
            }
        }
        return best;
    }

    /** The terms of a rewritten fuzzy clause with their boosts (its similarity to the typed word). */
    private static Map<Term, Float> terms(Query query, float boost, Map<Term, Float> out) {
        if (query instanceof BoostQuery b) {
            terms(b.getQuery(), boost * b.getBoost(), out);
        } else if (query instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                terms(c.getQuery(), boost, out);
            }
        } else if (query instanceof TermQuery t) {
            out.merge(t.getTerm(), boost, Math::max);
        }
        return out;
    }
}
