package org.dossier.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.WeightedSpanTerm;
import org.apache.lucene.search.highlight.WeightedSpanTermExtractor;

/**
 * The highlighter's term extractor without its most expensive habit: for every plain (non-positional)
 * query term the stock extractor first analyses the whole snippet text into an in-memory index, only to
 * rewrite a query that {@link SearchService} has already rewritten against the real index. Collecting
 * the terms directly gives the same weighted terms; phrases still go through the in-memory index
 * (their positions need it). Profiling showed that index build was half of all search time.
 */
final class PlainTermExtractor extends WeightedSpanTermExtractor {

    PlainTermExtractor(String defaultField) {
        super(defaultField);
    }

    /** A query scorer for {@code field} that uses this extractor; {@code query} must be rewritten already. */
    static QueryScorer scorer(Query query, String field) {
        return new QueryScorer(query, field) {
            @Override
            protected WeightedSpanTermExtractor newTermExtractor(String defaultField) {
                return new PlainTermExtractor(defaultField);
            }
        };
    }

    @Override
    protected void extractWeightedTerms(Map<String, WeightedSpanTerm> terms, Query query, float boost) {
        Set<Term> found = new HashSet<>();
        query.visit(QueryVisitor.termCollector(found));
        for (Term term : found) {
            if (fieldNameComparator(term.field())) {
                terms.put(term.text(), new WeightedSpanTerm(boost, term.text()));
            }
        }
    }
}
