package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.dossier.taxonomy.TermKind;
import org.springframework.stereotype.Service;

/**
 * Suggestions while typing: titles of publications and names of experts whose words start with what
 * was typed (the last word as a prefix), then topics with published items. Only what is in the index
 * can be suggested, and only published items are ever in the index.
 */
@Service
public class Suggestions {

    static final int MAX = 8;
    private static final int MAX_INPUT = 100;
    private final SearchIndex index;
    private final FacetLabels labels;

    Suggestions(SearchIndex index, FacetLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    /** One suggestion: what to show, where it leads, and its kind (publication, expert, topic). */
    public record Suggestion(String label, String url, String kind) {
    }

    /** Up to eight suggestions for what has been typed so far. */
    public List<Suggestion> suggest(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_INPUT) {
            return List.of();
        }
        try {
            List<String> words = Tokens.of(Analyzers.plain(), Fields.TITLE_WORDS, typed);
            if (words.isEmpty()) {
                return List.of();
            }
            return index.read(searcher -> collect(searcher, words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Suggestion> collect(IndexSearcher searcher, List<String> words) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(Fields.TITLE_WORDS, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Fields.TITLE_WORDS, words.get(words.size() - 1))), Occur.MUST);
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MAX_VALUE); // experts (no date) first: a name is the likeliest target
        ScoreDoc[] hits = searcher.search(query.build(), MAX, new Sort(date)).scoreDocs;
        List<Suggestion> out = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            ResultDisplay d = ResultDisplay.of(searcher.getIndexReader(), hit.doc);
            out.add(new Suggestion(d.title(), d.url(), d.kind()));
        }
        out.addAll(0, topics(searcher, String.join(" ", words), MAX - Math.min(out.size(), MAX - 2)));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    private List<Suggestion> topics(IndexSearcher searcher, String typed, int room) throws IOException {
        List<Suggestion> out = new ArrayList<>();
        for (var topic : labels.values("topic").entrySet()) {
            if (out.size() >= Math.min(room, 2)) {
                break;
            }
            if (topic.getValue().toLowerCase(Locale.ROOT).startsWith(typed)) {
                DrillDownQuery published = new DrillDownQuery(SearchDocuments.facetsConfig());
                published.add("topic", topic.getKey());
                if (searcher.count(published) > 0) {
                    out.add(new Suggestion(topic.getValue(), TermKind.TOPIC.path(topic.getKey()), "topic"));
                }
            }
        }
        return out;
    }
}
