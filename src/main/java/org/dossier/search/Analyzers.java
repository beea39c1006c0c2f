package org.dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * The analyzers of the index, shared by indexing and querying so both see the same terms.
 *
 * <p>Mixed languages: every text is indexed twice, into an English field ({@link Fields#TEXT}, with
 * folding, stop words and Porter stemming) and a Korean field ({@link Fields#TEXT_KO}, Lucene's Nori
 * morphological analyzer). A reader's query words are routed by script: words containing Hangul go to
 * the Nori field (so 북한의 in a document matches a query for 북한), every other word goes to the
 * English field. We chose this over detecting each document's language because our publications mix
 * both in one text (Korean names and quotations inside English analysis, English terms in Korean
 * briefs); both fields always exist, and English ranking (tuned on SciFact) is never disturbed by
 * Nori's treatment of Latin words.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** English: standard tokens, possessives, lower case, accents folded (café = cafe), stop words, Porter stems. */
    static Analyzer english() {
        return english(false);
    }

    /**
     * The English analysis; {@code tapped} (the flat text's at indexing) adds a {@link SpellingWords.Tap} where
     * the words are whole, before stop words and stems, and ends the chain with a {@link SpellingWords.Tapped}
     * that reaches it. Both pass every token on unchanged, so the terms are those of the untapped chain.
     */
    static Analyzer english(boolean tapped) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                SpellingWords.Tap tap = tapped ? new SpellingWords.Tap(stream) : null;
                stream = new StopFilter(tapped ? tap : stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, tapped ? new SpellingWords.Tapped(stream, tap) : stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Whole words, without a possessive 's, lower-cased and folded but not stemmed: the vocabulary "Did you
     * mean" and fuzzy matching draw from, so a suggestion is a real word rather than a stem like "disarma".
     * The words of the flat text's own analysis at the {@link SpellingWords.Tap} are exactly these.
     */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The per-field analyzer used by the IndexWriter and by the highlighter. */
    static Analyzer perField() {
        Analyzer korean = new KoreanAnalyzer();
        return new PerFieldAnalyzerWrapper(english(), Map.of(Fields.TEXT, english(true),
                Fields.TEXT_KO, korean, Fields.TITLE_KO, korean, Fields.SNIPPET_KO, korean, Fields.TITLE_WORDS, plain()));
    }

    /**
     * True when the text contains a Hangul syllable or jamo, so it belongs to the Korean fields. A plain
     * loop over the UTF-16 units (every Hangul block lies in the BMP): it runs over whole bodies at
     * indexing, where a code-point stream with a script lookup per character was a tenth of the time.
     */
    static boolean isKorean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u1100' && isHangul(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') // syllables
                || (c >= '\u1100' && c <= '\u11FF') // jamo
                || (c >= '\u3130' && c <= '\u318F') // compatibility jamo
                || (c >= '\uA960' && c <= '\uA97F') // jamo extended A
                || (c >= '\uD7B0' && c <= '\uD7FF') // jamo extended B
                || (c >= '\u3200' && c <= '\u321E') || (c >= '\u3260' && c <= '\u327E') // enclosed Hangul
                || (c >= '\uFFA0' && c <= '\uFFDC'); // halfwidth Hangul
    }
}
