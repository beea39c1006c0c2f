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
    private static final int WINDOW_BEFORE = 300;
    private static final int WINDOW_AFTER = 1_200;
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

    /**
     * Re-analysing a whole long speech for every result is what makes snippets slow (profiled: most of a
     * search's time, twenty results a page), so only a window of 1,500 characters
     * around the first place a query term (a stem is nearly always a prefix of the word) appears is
     * analysed. Falls back to the whole text (up to the limit) when no term is found literally.
     */
    static String window(Query query, String text) {
        if (text.length() <= WINDOW_BEFORE + WINDOW_AFTER) {
            return text;
        }
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
        query.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int first = -1;
        for (org.apache.lucene.index.Term term : terms) {
            if (term.field().equals(Fields.TEXT) || term.field().equals(Fields.TEXT_KO)) {
                int at = lower.indexOf(term.text());
                if (at < 0 && term.text().length() > 4) {
                    // a stem is not always a prefix ("countri" of "countries"): its first letters nearly are
                    at = lower.indexOf(term.text().substring(0, term.text().length() - 1));
                }
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
        }
        if (first < 0) {
            return text;
        }
        int from = Math.max(0, first - WINDOW_BEFORE);
        int space = text.indexOf(' ', from);
        from = from == 0 || space < 0 || space > first ? from : space + 1;
        return text.substring(from, Math.min(text.length(), first + WINDOW_AFTER));
    }

    private String best(Query query, boolean korean, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        text = window(query, text);
        for (String field : korean ? new String[] {Fields.TEXT, Fields.TEXT_KO} : new String[] {Fields.TEXT}) {
            QueryScorer scorer = PlainTermExtractor.scorer(query, field);
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
