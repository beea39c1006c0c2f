package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Our own relevance cases on the UN General Debate speeches of 2010–2024: countries found by their
 * other names (synonyms, accent folding), misspellings, phrases. Same analyzers, parser and
 * ranking as the site; the top ten are judged by the speaking country in each title.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnGeneralDebateRelevanceTest {

    private IndexSearcher searcher;
    private final QueryParser parser = new QueryParser(500);
    private final LuceneQueries queries = new LuceneQueries();
    private final Synonyms synonyms = new Synonyms(() -> List.of(
            List.of("DPRK", "North Korea", "Democratic People's Republic of Korea",
                    "Korea, Democratic People's Republic of"),
            List.of("Burma", "Myanmar"),
            List.of("Ivory Coast", "Côte d'Ivoire")));

    @BeforeAll
    void index() throws IOException {
        searcher = new IndexSearcher(UnDebates.index(speech -> speech.get("year").asInt() >= 2010, Integer.MAX_VALUE,
                body -> { }));
    }

    private List<String> top10(String text) throws IOException {
        ParsedQuery parsed = synonyms.expand(parser.parse(text));
        LuceneQueries.Mode mode = queries.initialMode(parsed);
        Query query = queries.build(parsed, mode, searcher.getIndexReader());
        ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
        if (hits.length == 0 && mode == LuceneQueries.Mode.ALL) {
            hits = searcher.search(queries.build(parsed, LuceneQueries.Mode.ANY, searcher.getIndexReader()), 10)
                    .scoreDocs;
        }
        List<String> titles = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            titles.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
        }
        return titles;
    }

    /** How many results are speeches of the country with this ISO code (ids look like ungdc-PRK_74_2019). */
    private static long spokenBy(List<String> ids, String iso3) {
        return ids.stream().filter(id -> id.startsWith("ungdc-" + iso3 + "_")).count();
    }

    private int count(String text) throws IOException {
        ParsedQuery parsed = synonyms.expand(parser.parse(text));
        return searcher.count(queries.build(parsed, LuceneQueries.Mode.ALL, searcher.getIndexReader()));
    }

    @Test
    void titleSearchForAnOtherNameFindsTheCountrysOwnSpeeches() throws IOException {
        assertThat(spokenBy(top10("title:DPRK"), "PRK")).isEqualTo(10);
        assertThat(spokenBy(top10("title:Burma"), "MMR")).isEqualTo(10);
        assertThat(spokenBy(top10("title:\"Ivory Coast\""), "CIV")).isEqualTo(10);
    }

    @Test
    void otherNamesFindTextAboutTheCountry() throws IOException {
        // DPRK finds every speech that says North Korea or the full name, not only those saying DPRK
        int dprk = count("DPRK");
        assertThat(dprk).isGreaterThan(count("\"DPRK\" -\"North Korea\" -\"Democratic People's Republic of Korea\""));
        assertThat(dprk).isGreaterThanOrEqualTo(count("\"North Korea\""));
        assertThat(count("Burma")).isEqualTo(count("Myanmar"));
    }

    @Test
    void accentsFoldSoPlainLettersFindTheAccentedName() throws IOException {
        assertThat(spokenBy(top10("title:\"Cote d'Ivoire\""), "CIV")).isEqualTo(10);
    }

    @Test
    void misspelledCountryStillFindsItsSpeeches() throws IOException {
        assertThat(spokenBy(top10("title:Afghanistan"), "AFG")).isEqualTo(10);
        assertThat(spokenBy(top10("Afganistan Taliban"), "AFG")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void phrasesRankSpeechesAboutTheSubject() throws IOException {
        List<String> sids = top10("\"small island developing states\" \"sea level\"");
        assertThat(sids).hasSize(10);
    }
}
