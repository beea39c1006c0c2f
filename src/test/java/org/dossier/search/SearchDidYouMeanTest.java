package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Did you mean" drawn from the query's own fuzzy expansion ({@link Expansions}) against Lucene's spell checker
 * (what it used before), on UN General Debate speeches: for hundreds of typos made from the speeches' words,
 * a suggestion comes whenever the spell checker has one, and it is never a worse one (no more edits for its
 * length; as close and at least as common).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDidYouMeanTest {

    private final List<String> words = new ArrayList<>();
    private IndexSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        searcher = new IndexSearcher(UnDebates.index(speech -> true, 1_500, body -> {
            for (String w : body.split("[^\\p{IsLatin}]+")) {
                if (w.length() >= 4) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }));
    }

    @Test
    void suggestionsFromTheExpansionAreNeverWorseThanTheSpellCheckers() throws IOException {
        Random random = new Random(1129);
        Set<String> typos = new LinkedHashSet<>();
        while (typos.size() < 400) {
            String typo = typo(words.get(random.nextInt(words.size())), random);
            if (searcher.getIndexReader().docFreq(new Term(Fields.SPELL, typo)) <= LuceneQueries.RARE) {
                typos.add(typo);
            }
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(3);
        LuceneQueries queries = new LuceneQueries();
        QueryParser parser = new QueryParser(500);
        int suggested = 0;
        for (String typo : typos) {
            Expansions expansions = new Expansions(searcher);
            ParsedQuery parsed = parser.parse(typo);
            queries.build(parsed, LuceneQueries.Mode.ALL, expansions);
            String ours = new DidYouMean().suggest(parsed.text(), parsed.plainWords(), searcher.getIndexReader(),
                    expansions);
            SuggestWord[] theirs = checker.suggestSimilar(new Term(Fields.SPELL, typo), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_MORE_POPULAR);
            if (theirs.length == 0) {
                continue;
            }
            suggested++;
            assertThat(ours).as(typo).isNotNull();
            float ourCloseness = closeness(typo, ours);
            float theirCloseness = closeness(typo, theirs[0].string);
            assertThat(ourCloseness).as(typo + " -> " + ours + " / " + theirs[0].string)
                    .isGreaterThanOrEqualTo(theirCloseness);
            if (ourCloseness == theirCloseness) {
                assertThat(docFreq(ours)).as(typo + " -> " + ours + " / " + theirs[0].string)
                        .isGreaterThanOrEqualTo(docFreq(theirs[0].string));
            }
        }
        assertThat(suggested).isGreaterThan(200);
    }

    @Test
    void theMisspelledQueryOfTheIssueGetsItsSuggestion() throws IOException {
        Expansions expansions = new Expansions(searcher);
        ParsedQuery parsed = new QueryParser(500).parse("nucelar disarmament");
        new LuceneQueries().build(parsed, LuceneQueries.Mode.ALL, expansions);
        assertThat(new DidYouMean().suggest(parsed.text(), parsed.plainWords(), searcher.getIndexReader(),
                expansions)).isEqualTo("nuclear disarmament");
    }

    private int docFreq(String word) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(Fields.SPELL, word));
    }

    /** How Lucene's fuzzy matching rates a near spelling: one minus the edits per letter of the shorter word. */
    private static float closeness(String typo, String word) {
        return 1f - (float) edits(typo, word) / Math.min(typo.length(), word.length());
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The word with one random edit after its first letter. */
    private static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + letter + word.substring(at);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word + letter;
        };
    }
}
