package org.dossier.search;

import java.io.IOException;
import java.time.ZoneOffset;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * The Lucene half of a search: the parsed query becomes a Lucene query, filtered (facets by drill-sideways,
 * so a facet's other values keep their counts: OR within a facet, AND across; dates by a point range),
 * ranked by BM25 or date with a stable tie-break, top hits and facet counts in one pass. When all words
 * together find nothing it ranks by any of them. {@code bench/search.sh} times this same code as its
 * raw-Lucene floor, so the benchmark's ratio is what HTTP, snippets and the rest of the service add.
 */
final class Ranking {

    private static final SortField TIE_BREAK = new SortField(Fields.SORT_ID, SortField.Type.STRING);
    private final LuceneQueries queries = new LuceneQueries();

    /** Top hits (up to the requested page), facet counts (null without facet state) and the query that ranked them. */
    record Ranked(TopDocs hits, Facets facets, Query query, boolean browsing) {
    }

    Ranked rank(IndexSearcher searcher, SortedSetDocValuesReaderState state, ParsedQuery parsed,
                SearchRequest request) throws IOException {
        boolean browsing = queries.positiveClauses(parsed) == 0;
        Sort sort = sort(browsing && request.sort() == SearchRequest.Sort.RELEVANCE
                ? SearchRequest.Sort.NEWEST : request.sort());
        int topN = request.page() * SearchRequest.PAGE_SIZE;
        LuceneQueries.Mode mode = queries.initialMode(parsed);
        Query query = queries.build(parsed, mode, searcher.getIndexReader());
        Ranked ranked = rank(searcher, state, query, request, sort, topN, browsing);
        if (ranked.hits.totalHits.value == 0 && mode == LuceneQueries.Mode.ALL && queries.positiveClauses(parsed) > 1) {
            query = queries.build(parsed, LuceneQueries.Mode.ANY, searcher.getIndexReader());
            ranked = rank(searcher, state, query, request, sort, topN, browsing);
        }
        return ranked;
    }

    private static Ranked rank(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query,
                               SearchRequest request, Sort sort, int topN, boolean browsing) throws IOException {
        Query filtered = filtered(query, request);
        if (state == null) {
            return new Ranked(searcher.search(filtered, topN, sort, true), null, query, browsing);
        }
        DrillDownQuery drill = new DrillDownQuery(SearchDocuments.facetsConfig(), filtered);
        request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        DrillSidewaysResult result = new DrillSideways(searcher, SearchDocuments.facetsConfig(), state)
                .search(drill, null, null, topN, sort, true);
        return new Ranked(result.hits, result.facets, query, browsing);
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
