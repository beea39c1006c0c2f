package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Cuts the best-matching passage out of a result's stored text and marks the matches. The text is
 * HTML-escaped by {@link SimpleHTMLEncoder} before the {@code <mark>} tags are added, so markup in a
 * publication's body can never reach the page as markup.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 220;
    /** Only the first 30,000 characters are searched for the best passage: a speech's length, and it bounds the cost. */
    private static final int MAX_ANALYZED = 30_000;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();
    private final Analyzer analyzer;

    Snippets(Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
    }

    /**
     * The snippet: from the body, else from the attachments ("In the attached file: …"), else the body's
     * start. {@code query} must already be rewritten (fuzzy terms expanded) once for the whole page.
     */
    String of(Query query, boolean korean, String body, String attachments) throws IOException {
        String best = best(query, korean, body);
        if (best != null) {
            return best;
        }
        if (attachments != null) {
            String inFile = best(query, korean, attachments);
            if (inFile != null) {
                return "In the attached file: " + inFile;
            }
        }
        String start = body.length() > FRAGMENT_CHARS ? body.substring(0, body.lastIndexOf(' ', FRAGMENT_CHARS) > 0
                ? body.lastIndexOf(' ', FRAGMENT_CHARS) : FRAGMENT_CHARS) + "…" : body;
        return ENCODER.encodeText(start);
    }

    private String best(Query query, boolean korean, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String field : korean ? new String[] {Fields.TEXT, Fields.TEXT_KO} : new String[] {Fields.TEXT}) {
            QueryScorer scorer = new QueryScorer(query, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
            highlighter.setMaxDocCharsToAnalyze(MAX_ANALYZED);
            try {
                String fragment = highlighter.getBestFragment(analyzer, field, text);
                if (fragment != null) {
                    return fragment.strip();
                }
            } catch (InvalidTokenOffsetsException e) {
                return null;
            }
        }
        return null;
    }
}
