package org.dossier.search;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The Lucene half of a search: the parsed query becomes a Lucene query, filtered (facets by drill-sideways,
 * so a facet's other values keep their counts: OR within a facet, AND across; dates by a point range) and
 * ranked by BM25 or date with a stable tie-break. When all words together find nothing it ranks by any of
 * them. {@code bench/search.sh} times this same code as its raw-Lucene floor, so the benchmark's ratio is
 * what HTTP, snippets and the rest of the service add.
 *
 * <p>Top hits, the exact total and the facet counts come from one pass, which scores every match. Two cases
 * are cheaper another way (measured at 100k documents, see bench/search.sh): a query that is one phrase
 * (scoring counts every occurrence of the phrase, matching stops at the first) is counted in a pass without
 * scores and ranked in a second that skips documents that cannot reach the top; and browsing everything
 * without a filter counts the same on every request, so that count is kept per index reader. A refresh
 * brings a new reader, so a publish is counted as soon as it can be found.
 */
final class Ranking {

    private static final SortField TIE_BREAK = new SortField(Fields.SORT_ID, SortField.Type.STRING);
    private static final TopDocs EMPTY = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    private final LuceneQueries queries = new LuceneQueries();
    private final PerReader<Counted> browseAll = new PerReader<>();

    /** Top hits (up to the page), exact total, facet counts (null without state), query, rare words' expansions. */
    record Ranked(TopDocs hits, long total, Facets facets, Query query, boolean browsing, Expansions expansions) {
    }

    /** Every match counted: the total and the facet counts (null without facet state). */
    private record Counted(long total, Facets facets) {
    }

    Ranked rank(IndexSearcher searcher, SortedSetDocValuesReaderState state, ParsedQuery parsed,
                SearchRequest request) throws IOException {
        boolean browsing = queries.positiveClauses(parsed) == 0;
        Sort sort = sort(browsing && request.sort() == SearchRequest.Sort.RELEVANCE
                ? SearchRequest.Sort.NEWEST : request.sort());
        int topN = request.page() * SearchRequest.PAGE_SIZE;
        LuceneQueries.Mode mode = queries.initialMode(parsed);
        Expansions expansions = new Expansions(searcher);
        Query query = queries.build(parsed, mode, expansions);
        Ranked ranked = rank(searcher, state, query, request, sort, topN, browsing);
        if (ranked.total == 0 && mode == LuceneQueries.Mode.ALL && queries.positiveClauses(parsed) > 1) {
            query = queries.build(parsed, LuceneQueries.Mode.ANY, expansions);
            ranked = rank(searcher, state, query, request, sort, topN, browsing);
        }
        return new Ranked(ranked.hits, ranked.total, ranked.facets, ranked.query, browsing, expansions);
    }

    private Ranked rank(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query,
                        SearchRequest request, Sort sort, int topN, boolean browsing) throws IOException {
        DrillDownQuery drill = drillDown(query, request);
        if (isEverything(query, request)) {
            Counted counted = browseAll(searcher, state, drill);
            TopDocs hits = searcher.search(drill, new TopFieldCollectorManager(sort, topN, null, topN));
            return new Ranked(hits, counted.total, counted.facets, query, browsing, null);
        }
        if (state == null) {
            TopDocs hits = searcher.search(drill, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE));
            return new Ranked(hits, hits.totalHits.value, null, query, browsing, null);
        }
        if (sort.getSort()[0] == SortField.FIELD_SCORE && isOnePhrase(query, searcher.getIndexReader())) {
            Counted counted = count(searcher, state, drill);
            TopDocs hits = counted.total == 0 ? EMPTY
                    : searcher.search(drill, new TopFieldCollectorManager(sort, topN, null, topN));
            return new Ranked(hits, counted.total, counted.facets, query, browsing, null);
        }
        // Scores are not asked for again (they are the sort's first field already, or not needed for dates).
        DrillSidewaysResult result = new DrillSideways(searcher, SearchDocuments.facetsConfig(), state)
                .search(drill, null, null, topN, sort, false);
        return new Ranked(result.hits, result.hits.totalHits.value, result.facets, query, browsing, null);
    }

    /** Whether the request matches every document: no word (stop words alone make none), none excluded, no filter. */
    private static boolean isEverything(Query query, SearchRequest request) {
        return query instanceof BooleanQuery b && b.clauses().size() == 1
                && b.clauses().get(0).getQuery() instanceof MatchAllDocsQuery
                && request.filters().isEmpty() && request.from() == null && request.to() == null;
    }

    /** The total and facet counts of all documents, counted once per index reader. */
    private Counted browseAll(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery all)
            throws IOException {
        return browseAll.get(searcher, s -> {
            Counted counted = count(s, state, all);
            return counted.facets == null ? counted : new Counted(counted.total, new FrozenFacets(counted.facets));
        });
    }

    /** Every match of the query counted, per facet value too, without scoring. */
    private static Counted count(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery drill)
            throws IOException {
        if (state == null) {
            return new Counted(searcher.count(drill), null);
        }
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> result = new DrillSideways(searcher,
                SearchDocuments.facetsConfig(), state).search(drill, new TotalHitCountCollectorManager());
        return new Counted(result.collectorResult, result.facets);
    }

    /**
     * Whether the query is one phrase (perhaps with its synonyms' phrasings), with nothing else required:
     * then scoring, which counts every occurrence of the phrase, costs far more than matching, which stops at
     * the first, and ranking in a pass of its own that skips what cannot compete pays off. With other words
     * beside the phrase, the skipping pass had to score nearly as much as one pass (measured), so it is not used;
     * nor for a phrase answered from its word pair ({@link PairPhraseQuery}), which scores as cheaply as a word.
     */
    private static boolean isOnePhrase(Query query, IndexReader reader) throws IOException {
        if (!(query instanceof BooleanQuery b)) {
            return false;
        }
        List<BooleanClause> positive = b.clauses().stream().filter(c -> c.getOccur() != Occur.MUST_NOT).toList();
        return positive.size() == 1 && hasPhrase(positive.get(0).getQuery(), reader);
    }

    private static boolean hasPhrase(Query query, IndexReader reader) throws IOException {
        boolean[] found = {false};
        IOException[] failed = {null};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                found[0] |= q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                // a phrase answered from its word pair scores from the pair's frequency, without positions
                return occur == Occur.MUST_NOT || parent instanceof PairPhraseQuery pair && byPair(pair)
                        ? QueryVisitor.EMPTY_VISITOR : this;
            }

            private boolean byPair(PairPhraseQuery pair) {
                try {
                    return pair.answeredByPair(reader);
                } catch (IOException e) {
                    failed[0] = e;
                    return false;
                }
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        return found[0];
    }

    private static DrillDownQuery drillDown(Query query, SearchRequest request) {
        DrillDownQuery drill = new DrillDownQuery(SearchDocuments.facetsConfig(), filtered(query, request));
        request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        return drill;
    }

    private static Query filtered(Query query, SearchRequest request) {
        if (request.from() == null && request.to() == null) {
            return query;
        }
        long from = request.from() == null ? Long.MIN_VALUE
                : request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = request.to() == null ? Long.MAX_VALUE
                : request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER).build();
    }

    private static Sort sort(SearchRequest.Sort order) {
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, TIE_BREAK);
            case NEWEST -> new Sort(dateField(true), TIE_BREAK);
            case OLDEST -> new Sort(dateField(false), TIE_BREAK);
        };
    }

    /** Items without a date (experts) come last either way. */
    private static SortField dateField(boolean newestFirst) {
        SortField field = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }
}
