package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.dossier.search.SearchResult.Hit;
import org.springframework.stereotype.Service;

/**
 * Answers searches from the live index: parses the query (never failing), applies synonyms, ranks and
 * counts facets ({@link Ranking}), and adds the page's display fields, snippets and "Did you mean".
 */
@Service
public class SearchService {

    private final SearchIndex index;
    private final Synonyms synonyms;
    private final FacetSupport facets;
    private final SearchAnalytics analytics;
    private final QueryParser parser;
    private final Ranking ranking = new Ranking();
    private final DidYouMean didYouMean = new DidYouMean();
    private final Snippets snippets = new Snippets();
    private final PerReader<Long> publications = new PerReader<>();

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
            return index.read(this::publications);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counted once per index reader (every page shows it). */
    private long publications(IndexSearcher searcher) throws IOException {
        return publications.get(searcher,
                s -> (long) s.count(Fields.publications()));
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ParsedQuery parsed = synonyms.expand(parser.parse(request.q()));
        Ranking.Ranked ranked = ranking.rank(searcher, facets.state(reader), parsed, request);
        // Not rewritten: only the text fields' terms are marked (a fuzzy clause's are on the spelling field).
        // Word pairs are handed over as the phrases they stand for, which the highlighter marks strictly.
        List<Hit> hits = hits(searcher, ranked.hits().scoreDocs, (request.page() - 1) * SearchRequest.PAGE_SIZE,
                PairPhraseQuery.positional(ranked.query()), Analyzers.isKorean(parsed.text()));
        Map<String, List<SearchResult.FacetValue>> counts = ranked.facets() == null ? Map.of()
                : facets.counts(ranked.facets(), request);
        String suggestion = ranked.browsing() ? null
                : didYouMean.suggest(parsed.text(), parsed.plainWords(), reader, ranked.expansions());
        long indexTotal = publications(searcher);
        return new SearchResult(request.q(), ranked.total(), indexTotal, request.page(), hits, counts,
                suggestion);
    }

    /** The page's hits from {@code from} on: display fields only (never the body) and one highlighting pass. */
    private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, int from, Query query, boolean korean)
            throws IOException {
        int[] ids = new int[Math.max(0, docs.length - from)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs[from + i].doc;
        }
        if (ids.length == 0) {
            return List.of();
        }
        String[] snippet = snippets.of(searcher, query, korean, ids);
        List<Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            String text = snippet[i] != null ? snippet[i] : Snippets.start(
                    searcher.storedFields().document(ids[i], Set.of(Fields.BODY)).get(Fields.BODY));
            ResultDisplay d = ResultDisplay.of(searcher.getIndexReader(), ids[i]);
            hits.add(new Hit(d.title(), d.url(), d.type(), d.section(), d.date(), d.authors(), text));
        }
        return hits;
    }
}
