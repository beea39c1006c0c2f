package org.dossier.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A phrase of two common words of the flat text answered from its pair term ({@link WordPairs}) instead of both words'
 * positions: the same documents, with the same scores. A document holds the pair exactly when the two words
 * stand side by side in it, and as often as they do; so the pair's frequency is the phrase's, and the score is
 * computed as the phrase's is (BM25 over both words' statistics and the text field's length norms).
 *
 * <p>On an index older than {@link IndexFormat} 4, or one without this pair, the phrase is matched by positions.
 * Everything that
 * inspects the query (the highlighter, {@link Ranking}'s one-phrase check) sees the phrase it stands for.
 */
final class PairPhraseQuery extends Query {

    private final PhraseQuery phrase;
    private final Term pair;

    /** {@code phrase}: two common words of {@link Fields#TEXT} at positions 0 and 1, no slop ({@link #covers}). */
    PairPhraseQuery(PhraseQuery phrase) {
        if (!covers(phrase)) {
            throw new IllegalArgumentException("not a two-word phrase of the text: " + phrase);
        }
        this.phrase = phrase;
        Term[] terms = phrase.getTerms();
        this.pair = new Term(Fields.TEXT_PAIRS, WordPairs.pair(terms[0].text(), terms[1].text()));
    }

    /**
     * Whether a phrase is two neighbouring words of the flat text, which a pair term ({@link WordPairs}) can
     * answer exactly when the index holds it.
     */
    static boolean covers(PhraseQuery phrase) {
        int[] positions = phrase.getPositions();
        return phrase.getSlop() == 0 && phrase.getField().equals(Fields.TEXT) && positions.length == 2
                && positions[0] == 0 && positions[1] == 1;
    }

    /**
     * Whether this index answers the phrase from its pair. A generation pairs every two neighbours of its own
     * list of common words ({@link CommonWords}) in every document, so a pair it holds at all is complete;
     * a pair it lacks means the words were not both on the list (or never stand together), and positions
     * answer, with the same result.
     */
    boolean answeredByPair(IndexReader reader) throws IOException {
        return IndexFormat.of(reader) >= 4 && reader.docFreq(pair) > 0;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return answeredByPair(searcher.getIndexReader()) ? this : phrase;
    }

    /**
     * The query with each pair replaced by the phrase it stands for: for the highlighter, which marks a phrase's
     * words only where they stand together when it sees the phrase itself.
     */
    static Query positional(Query query) {
        if (query instanceof PairPhraseQuery pair) {
            return pair.phrase;
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(positional(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bool.getMinimumNumberShouldMatch());
            bool.clauses().forEach(c -> b.add(positional(c.getQuery()), c.getOccur()));
            return b.build();
        }
        return query;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!answeredByPair(searcher.getIndexReader())) {
            return phrase.createWeight(searcher, scoreMode, boost);
        }
        TermStates pairStates = TermStates.build(searcher, pair, false);
        if (!scoreMode.needsScores()) {
            return new PairWeight(this, pair, null, pairStates, scoreMode);
        }
        // the phrase's statistics, as its own weight gathers them: both words' document frequencies
        Term[] terms = phrase.getTerms();
        TermStatistics[] stats = new TermStatistics[terms.length];
        for (int i = 0; i < terms.length; i++) {
            TermStates states = TermStates.build(searcher, terms[i], true);
            if (states.docFreq() == 0) {
                return new PairWeight(this, pair, null, null, scoreMode); // a word the index lacks: no match
            }
            stats[i] = searcher.termStatistics(terms[i], states.docFreq(), states.totalTermFreq());
        }
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(boost,
                searcher.collectionStatistics(Fields.TEXT), stats);
        return new PairWeight(this, pair, scorer, pairStates, scoreMode);
    }

    /** Visits the phrase it stands for, under this query (so a visitor can tell a pair from a positional phrase). */
    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return phrase.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((PairPhraseQuery) other).phrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), phrase);
    }
}
