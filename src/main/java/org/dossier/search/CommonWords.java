package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Words so common in what think tanks publish (policy, economics, international affairs, news) that a phrase of
 * two of them is slow to match by positions: both words have long position lists, and the phrase occurs in a
 * large share of the documents ("general assembly", "developing countries", "interest rates"). Only pairs of
 * two such words are indexed as {@link WordPairs}: indexing every pair of neighbours made a full reindex half as
 * slow again (measured at 100,000 documents), while a phrase with a rarer word is cheap by positions anyway, as
 * the rare word's short list leads the match. Our own list, compiled by hand; held as the English analyzer's
 * terms. Changing it changes what an index must contain: raise {@link IndexFormat#CURRENT} with it.
 */
final class CommonWords {

    private static final String WORDS = """
            able access account act action address administration affairs africa africans agency agenda agreement
            agricultural aid air allies america american annual area arms army asia assembly assistance attack
            authority average bank banking basic billion bilateral board border budget business campaign capital
            care central chairman change chief china chinese cities citizens civil climate coalition cold commercial
            commission committee common communities community companies company conference conflict congress
            council countries country court crisis cuts data deal debate debt decision defence defense deficit
            democracy democratic department developing development dialogue director dollar domestic drug early east
            eastern economic economy education effective efforts election emergency employment end energy environment
            environmental europe european exchange executive export exports federal finance financial food force
            forces foreign framework free freedom fund funds future gas general global goals government governments
            great group growth health high higher historic home house human humanitarian important income increase
            independence industrial industry inflation information infrastructure institutions interest internal
            international investment iran iraq island issues japan job jobs joint justice korea labor labour land
            large law leaders leadership legal level life local long low major majority management market markets
            measures media member members middle migration military million minister ministers ministry mission
            monetary national nations natural net new north nuclear office officials oil operations order
            organization parliament parties partnership party peace peaceful people per percent plan policy political
            population president press prices prime private process production program programme progress project
            protection public quarter rate rates record reform refugees region regional relations republic research
            resolution resources rights risk rule rural sanctions school sea second secretary sector security senior
            service services session social south southern sovereignty special stability state states strategic
            strategy summit support sustainable system systems talks tax terrorism territory third trade trading
            treaty union united university urban vice violence war water weapons west western women work workers
            world year years young youth zone
            """;

    private static final CharArraySet TERMS = terms();

    private CommonWords() {
    }

    /** Whether an analysed term (a stem, as the English analyzer leaves it) is one of the common words. */
    static boolean contains(char[] term, int length) {
        return TERMS.contains(term, 0, length);
    }

    static boolean contains(String term) {
        return TERMS.contains(term);
    }

    private static CharArraySet terms() {
        try (Analyzer english = Analyzers.english()) {
            return CharArraySet.unmodifiableSet(new CharArraySet(Tokens.of(english, Fields.TEXT, WORDS), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
