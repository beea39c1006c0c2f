package org.dossier.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A phrase of two common words of the flat text answered from its pair term ({@link WordPairs}) instead of both words'
 * positions: the same documents, with the same scores. A document holds the pair exactly when the two words
 * stand side by side in it, and as often as they do; so the pair's frequency is the phrase's, and the score is
 * computed as the phrase's is (BM25 over both words' statistics and the text field's length norms).
 *
 * <p>On an index older than {@link IndexFormat} 3 the phrase is matched by positions as before. Everything that
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
     * Whether a phrase is two neighbouring common words of the flat text, whose pair term ({@link WordPairs})
     * answers it exactly.
     */
    static boolean covers(PhraseQuery phrase) {
        int[] positions = phrase.getPositions();
        Term[] terms = phrase.getTerms();
        return phrase.getSlop() == 0 && phrase.getField().equals(Fields.TEXT) && positions.length == 2
                && positions[0] == 0 && positions[1] == 1 && CommonWords.contains(terms[0].text())
                && CommonWords.contains(terms[1].text());
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
        if (IndexFormat.of(searcher.getIndexReader()) < 3) {
            return phrase.createWeight(searcher, scoreMode, boost);
        }
        TermStates pairStates = TermStates.build(searcher, pair, false);
        if (!scoreMode.needsScores()) {
            return new PairWeight(this, null, pairStates, scoreMode);
        }
        // the phrase's statistics, as its own weight gathers them: both words' document frequencies
        Term[] terms = phrase.getTerms();
        TermStatistics[] stats = new TermStatistics[terms.length];
        for (int i = 0; i < terms.length; i++) {
            TermStates states = TermStates.build(searcher, terms[i], true);
            if (states.docFreq() == 0) {
                return new PairWeight(this, null, null, scoreMode); // a word the index lacks: no match
            }
            stats[i] = searcher.termStatistics(terms[i], states.docFreq(), states.totalTermFreq());
        }
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(boost,
                searcher.collectionStatistics(Fields.TEXT), stats);
        return new PairWeight(this, scorer, pairStates, scoreMode);
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

    private final class PairWeight extends Weight {

        private final Similarity.SimScorer scorer;
        private final TermStates states;
        private final ScoreMode scoreMode;

        PairWeight(Query query, Similarity.SimScorer scorer, TermStates states, ScoreMode scoreMode) {
            super(query);
            this.scorer = scorer;
            this.states = states;
            this.scoreMode = scoreMode;
        }

        private PostingsEnum postings(LeafReaderContext context, int flags) throws IOException {
            if (states == null) {
                return null;
            }
            TermState state = states.get(context);
            if (state == null) {
                return null;
            }
            TermsEnum terms = context.reader().terms(Fields.TEXT_PAIRS).iterator();
            terms.seekExact(pair.bytes(), state);
            return terms.postings(null, flags);
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            PostingsEnum postings = postings(context, scoreMode.needsScores() ? PostingsEnum.FREQS : PostingsEnum.NONE);
            if (postings == null) {
                return null;
            }
            LeafSimScorer sim = scorer == null ? null
                    : new LeafSimScorer(scorer, context.reader(), Fields.TEXT, true);
            return new PairScorer(this, postings, sim);
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            if (context.reader().hasDeletions()) {
                return -1;
            }
            TermState state = states == null ? null : states.get(context);
            if (state == null) {
                return 0;
            }
            TermsEnum terms = context.reader().terms(Fields.TEXT_PAIRS).iterator();
            terms.seekExact(pair.bytes(), state);
            return terms.docFreq();
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            PostingsEnum postings = postings(context, PostingsEnum.FREQS);
            if (postings == null || scorer == null || postings.advance(doc) != doc) {
                return Explanation.noMatch("no pair " + pair.text());
            }
            LeafSimScorer sim = new LeafSimScorer(scorer, context.reader(), Fields.TEXT, true);
            return Explanation.match(sim.score(doc, postings.freq()), "phrase " + phrase + " by its pair term, freq="
                    + postings.freq(), sim.explain(doc, Explanation.match(postings.freq(), "phraseFreq")));
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return true;
        }
    }

    private static final class PairScorer extends Scorer {

        private final PostingsEnum postings;
        private final LeafSimScorer sim;

        PairScorer(Weight weight, PostingsEnum postings, LeafSimScorer sim) {
            super(weight);
            this.postings = postings;
            this.sim = sim;
        }

        @Override
        public int docID() {
            return postings.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return postings;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE; // no block maxima for the pair field (it has no norms): no skipping
        }

        @Override
        public float score() throws IOException {
            return sim == null ? 0 : sim.score(postings.docID(), postings.freq());
        }
    }
}
