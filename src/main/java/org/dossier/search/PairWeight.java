package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The weight of a {@link PairPhraseQuery}: the pair term's documents, each scored with the phrase's BM25
 * statistics from the pair's frequency and the flat text's length norm.
 */
final class PairWeight extends Weight {

    private final Term pair;
    private final Similarity.SimScorer scorer;
    private final TermStates states;
    private final ScoreMode scoreMode;

    /** {@code scorer}: null when scores are not needed; {@code states}: null when nothing can match. */
    PairWeight(Query query, Term pair, Similarity.SimScorer scorer, TermStates states, ScoreMode scoreMode) {
        super(query);
        this.pair = pair;
        this.scorer = scorer;
        this.states = states;
        this.scoreMode = scoreMode;
    }

    /** The pair's terms enum positioned on it in this segment, or null when the segment lacks it. */
    private TermsEnum seek(LeafReaderContext context) throws IOException {
        TermState state = states == null ? null : states.get(context);
        if (state == null) {
            return null;
        }
        TermsEnum terms = context.reader().terms(Fields.TEXT_PAIRS).iterator();
        terms.seekExact(pair.bytes(), state);
        return terms;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
        TermsEnum terms = seek(context);
        if (terms == null) {
            return null;
        }
        PostingsEnum postings = terms.postings(null, scoreMode.needsScores() ? PostingsEnum.FREQS : PostingsEnum.NONE);
        LeafSimScorer sim = scorer == null ? null : new LeafSimScorer(scorer, context.reader(), Fields.TEXT, true);
        return new PairScorer(this, postings, sim);
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
        if (context.reader().hasDeletions()) {
            return -1;
        }
        TermsEnum terms = seek(context);
        return terms == null ? 0 : terms.docFreq();
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        TermsEnum terms = seek(context);
        PostingsEnum postings = terms == null ? null : terms.postings(null, PostingsEnum.FREQS);
        if (postings == null || scorer == null || postings.advance(doc) != doc) {
            return Explanation.noMatch("no pair " + pair.text());
        }
        LeafSimScorer sim = new LeafSimScorer(scorer, context.reader(), Fields.TEXT, true);
        return Explanation.match(sim.score(doc, postings.freq()), getQuery() + " by its word pair, freq="
                + postings.freq(), sim.explain(doc, Explanation.match(postings.freq(), "phraseFreq")));
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return true;
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
