package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.dossier.search.SearchResult.Hit;
import org.springframework.stereotype.Service;

/**
 * Answers searches from the live index: parses the query (never failing), applies synonyms, filters
 * and facets (drill-sideways, so a facet's other values keep their counts: OR within a facet, AND
 * across), ranks by BM25 or date, pages stably, and adds snippets and "Did you mean".
 */
@Service
public class SearchService {

    private static final SortField TIE_BREAK = new SortField(Fields.SORT_ID, SortField.Type.STRING);
    private final SearchIndex index;
    private final Synonyms synonyms;
    private final FacetSupport facets;
    private final SearchAnalytics analytics;
    private final QueryParser parser;
    private final LuceneQueries queries = new LuceneQueries();
    private final DidYouMean didYouMean = new DidYouMean();
    private final Snippets snippets = new Snippets(Analyzers.perField());

    SearchService(SearchIndex index, Synonyms synonyms, FacetSupport facets, SearchAnalytics analytics,
                  SearchProperties properties) {
        this.index = index;
        this.synonyms = synonyms;
        this.facets = facets;
        this.analytics = analytics;
        this.parser = new QueryParser(properties.maxQueryChars());
    }

    /** Runs one search; bad parameters were already rejected by {@link SearchRequest#of}. */
    public SearchResult search(SearchRequest request) {
        try {
            SearchResult result = index.read(searcher -> run(searcher, request));
            if (request.page() == 1) {
                analytics.count(request.q(), result.total());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of publications (not experts) in the live index: "Total Index". */
    public long publicationCount() {
        try {
            return index.read(s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PUBLICATION))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ParsedQuery parsed = synonyms.expand(parser.parse(request.q()));
        boolean browsing = queries.positiveClauses(parsed) == 0;
        Sort sort = sort(browsing && request.sort() == SearchRequest.Sort.RELEVANCE
                ? SearchRequest.Sort.NEWEST : request.sort());
        int topN = request.page() * SearchRequest.PAGE_SIZE;
        LuceneQueries.Mode mode = queries.initialMode(parsed);
        Query query = queries.build(parsed, mode, reader);
        Ranked ranked = rank(searcher, filtered(query, request), request, sort, topN);
        if (ranked.hits.totalHits.value == 0 && mode == LuceneQueries.Mode.ALL && queries.positiveClauses(parsed) > 1) {
            // all words together found nothing: rank by any of them instead
            query = queries.build(parsed, LuceneQueries.Mode.ANY, reader);
            ranked = rank(searcher, filtered(query, request), request, sort, topN);
        }
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = ranked.hits.scoreDocs;
        Query rewritten = searcher.rewrite(query); // fuzzy terms expanded once, not once per snippet
        boolean korean = Analyzers.isKorean(parsed.text());
        for (int i = (request.page() - 1) * SearchRequest.PAGE_SIZE; i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), rewritten, korean));
        }
        String suggestion = browsing ? null : didYouMean.suggest(parsed.text(), parsed.plainWords(), reader);
        long indexTotal = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PUBLICATION)));
        return new SearchResult(request.q(), ranked.hits.totalHits.value, indexTotal, request.page(), hits,
                ranked.facets, suggestion);
    }

    private record Ranked(org.apache.lucene.search.TopDocs hits, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    private Ranked rank(IndexSearcher searcher, Query query, SearchRequest request, Sort sort, int topN)
            throws IOException {
        var state = facets.state(searcher.getIndexReader());
        if (state == null) {
            return new Ranked(searcher.search(query, topN, sort, true), Map.of());
        }
        DrillDownQuery drill = new DrillDownQuery(SearchDocuments.facetsConfig(), query);
        request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        DrillSidewaysResult result = new DrillSideways(searcher, SearchDocuments.facetsConfig(), state)
                .search(drill, null, null, topN, sort, true);
        return new Ranked(result.hits, facets.counts(result.facets, request));
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

    private Hit hit(Document doc, Query query, boolean korean) throws IOException {
        var date = doc.getField(Fields.DATE);
        String iso = date == null ? null : java.time.Instant.ofEpochMilli(date.numericValue().longValue())
                .atZone(ZoneOffset.UTC).toLocalDate().toString();
        String snippet = snippets.of(query, korean, doc.get(Fields.BODY), doc.get(Fields.ATTACHMENTS));
        return new Hit(doc.get(Fields.TITLE), doc.get(Fields.URL), doc.get(Fields.TYPE_NAME),
                doc.get(Fields.SECTION_NAME), iso, List.of(doc.getValues(Fields.AUTHOR_NAMES)), snippet);
    }
}
