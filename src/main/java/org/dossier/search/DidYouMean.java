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
 *
 * <p>A rare word of four letters or more was already expanded to its near spellings for the query itself
 * ({@link Expansions}); the suggestion is the closest more common of those, so the edit-distance automaton is
 * built once per word. Lucene's spell checker (which builds its own) is asked only about what that expansion
 * does not cover: three-letter words, words the query did not expand, and short words whose one-edit
 * expansion held nothing better (it also tries two edits).
 */
final class DidYouMean {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    DidYouMean() {
        checker.setMinQueryLength(3);
    }

    String suggest(String text, List<String> plainWords, IndexReader reader, Expansions expansions)
            throws IOException {
        String corrected = text;
        boolean changed = false;
        for (String word : plainWords) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || Analyzers.isKorean(lower) || !lower.chars().allMatch(Character::isLetter)
                    || reader.docFreq(new Term(Fields.SPELL, lower)) > LuceneQueries.RARE) {
                continue;
            }
            String better = closest(lower, reader, expansions);
            if (better != null) {
                corrected = corrected.replace(word, better);
                changed = true;
            }
        }
        return changed ? corrected : null;
    }

    private String closest(String word, IndexReader reader, Expansions expansions) throws IOException {
        int edits = expansions == null ? 0 : expansions.edits(word);
        String found = edits == 0 ? null : expansions.closest(word);
        if (found != null || edits >= checker.getMaxEdits()) {
            return found;
        }
        SuggestWord[] options = checker.suggestSimilar(new Term(Fields.SPELL, word), 1, reader,
                SuggestMode.SUGGEST_MORE_POPULAR);
        return options.length > 0 ? options[0].string : null;
    }
}
