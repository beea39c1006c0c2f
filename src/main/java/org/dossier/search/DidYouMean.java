package org.dossier.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean …?": replaces each plain word the index has never (or hardly ever) seen with the closest word it
 * has (from the unstemmed spelling field, so suggestions are real words). Null when nothing changes.
 */
final class DidYouMean {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    DidYouMean() {
        checker.setMinQueryLength(3);
    }

    String suggest(String text, List<String> plainWords, IndexReader reader) throws IOException {
        String corrected = text;
        boolean changed = false;
        for (String word : plainWords) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || Analyzers.isKorean(lower) || !lower.chars().allMatch(Character::isLetter)
                    || reader.docFreq(new Term(Fields.SPELL, lower)) > LuceneQueries.RARE) {
                continue;
            }
            SuggestWord[] options = checker.suggestSimilar(new Term(Fields.SPELL, lower), 1, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            if (options.length > 0) {
                corrected = corrected.replace(word, options[0].string);
                changed = true;
            }
        }
        return changed ? corrected : null;
    }
}
