package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases of two common words answered from word pairs ({@link PairPhraseQuery}) against the same phrases
 * matched by positions, on a real index of UN General Debate speeches and Reuters articles plus hand-made edge
 * cases: for over 400 phrases, drawn from the texts themselves and recombined at random, both find exactly the
 * same documents with the same scores, and count the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPhrasePairsTest {

    private final QueryBuilder english = new QueryBuilder(Analyzers.english());
    private final List<String> texts = new ArrayList<>();
    private FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private CommonWords words;

    @BeforeAll
    void index(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(CorpusBodies.DIR.resolve("ungdc-1946-2024.jsonl.gz")),
                "corpus is not present at " + CorpusBodies.DIR);
        texts.addAll(CorpusBodies.read("ungdc-1946-2024.jsonl.gz", 7_000, 1_200)); // speeches from the 1990s on
        texts.addAll(CorpusBodies.read("reuters21578.jsonl.gz", 0, 3_000));
        // edge cases: repeated words, stop words between, possessives, accents, hyphens, Korean, numbers
        texts.addAll(List.of("aid aid aid aid", "the bank of japan and the bank japan", "Japan's bank, japan bank",
                "Café society meets cafe society", "U.S.-China trade; US China trade", "북한 경제 북한 경제 North Korea",
                "7.5 pct 7.5 pct rise", "general, assembly general assembly.", "assembly general"));
        // the list a rebuild would derive from these texts, plus the edge cases' words
        Set<String> listed = new HashSet<>(CommonWords.derive(texts).words());
        listed.addAll(Tokens.of(Analyzers.english(), Fields.TEXT, "aid bank japan china trade pct rise north korea"));
        words = CommonWords.of(listed);
        directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            IndexFormat.stamp(writer);
            for (int i = 0; i < texts.size(); i++) {
                writer.addDocument(SearchDocuments.text("t" + i, "Text " + i, texts.get(i), words));
                if (i % 1_000 == 999) {
                    writer.commit(); // several segments, as a real index has
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    void close() throws IOException {
        if (reader != null) {
            reader.close();
            directory.close();
        }
    }

    @Test
    void pairsFindTheSameDocumentsWithTheSameScoresAsPositions() throws IOException {
        Random random = new Random(20261129);
        Set<String> phrases = new LinkedHashSet<>(List.of("general assembly", "security council", "developing countries",
                "cold war", "middle east", "climate change", "net income", "united nations", "aid aid", "bank japan",
                "japan bank", "cafe society", "China trade", "pct rise", "north korea", "assembly general"));
        // neighbours from the texts whose pair is indexed (so most match somewhere), then unrelated pairs of them
        List<String> paired = new ArrayList<>();
        while (paired.size() < 300) {
            String[] w = texts.get(random.nextInt(texts.size())).split("\\s+");
            for (int at = random.nextInt(Math.max(1, w.length)); at + 1 < w.length && paired.size() < 300; at += 7) {
                if (isPaired(w[at] + " " + w[at + 1])) {
                    paired.add(w[at] + " " + w[at + 1]);
                }
            }
        }
        phrases.addAll(paired);
        while (phrases.size() < paired.size() + 120) {
            phrases.add(paired.get(random.nextInt(paired.size())).split(" ")[0] + " "
                    + paired.get(random.nextInt(paired.size())).split(" ")[1]);
        }
        int compared = 0;
        int matched = 0;
        for (String phrase : phrases) {
            Query positional = english.createPhraseQuery(Fields.TEXT, phrase);
            if (!isPaired(phrase)) {
                continue; // a stop word, one word, a word the analyzer splits or not on the list: positions answer
            }
            PhraseQuery p = (PhraseQuery) positional;
            compared++;
            Map<Integer, Float> expected = all(positional);
            // the pair is in the index exactly when the phrase occurs: then it, not positions, answers
            assertThat(new PairPhraseQuery(p).answeredByPair(reader)).as(phrase).isEqualTo(!expected.isEmpty());
            Map<Integer, Float> actual = all(new PairPhraseQuery(p));
            assertThat(actual.keySet()).as(phrase).isEqualTo(expected.keySet());
            expected.forEach((doc, score) -> assertThat(actual.get(doc)).as(phrase).isEqualTo(score));
            assertThat(searcher.count(new PairPhraseQuery(p))).as(phrase).isEqualTo(expected.size());
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(matched).isGreaterThan(250);
    }

    @Test
    void stopWordsRepeatsAndOrderBehaveAsPositions() throws IOException {
        assertThat(english.createPhraseQuery(Fields.TEXT, "bank of japan")).isInstanceOf(PhraseQuery.class)
                .matches(q -> !PairPhraseQuery.covers((PhraseQuery) q), "has a gap where the stop word was");
        assertThat(isPaired("cafe society")).as("not two common words: matched by positions").isFalse();
        PhraseQuery cafe = (PhraseQuery) english.createPhraseQuery(Fields.TEXT, "cafe society");
        assertThat(new PairPhraseQuery(cafe).answeredByPair(reader)).isFalse();
        assertThat(all(new PairPhraseQuery(cafe))).isEqualTo(all(cafe)).isNotEmpty();
        assertThat(isPaired("general assembly")).isTrue();
        PhraseQuery aid = (PhraseQuery) english.createPhraseQuery(Fields.TEXT, "aid aid");
        assertThat(all(new PairPhraseQuery(aid))).isEqualTo(all(aid)).isNotEmpty();
        PhraseQuery reversed = (PhraseQuery) english.createPhraseQuery(Fields.TEXT, "assembly general");
        assertThat(all(new PairPhraseQuery(reversed))).isEqualTo(all(reversed));
        assertThat(all(new PairPhraseQuery(reversed)).size()).isLessThan(all(english.createPhraseQuery(Fields.TEXT,
                "general assembly")).size());
    }

    @Test
    void anIndexOfAnOlderLayoutIsSearchedByPositions(@TempDir Path dir) throws IOException {
        try (FSDirectory old = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(old, new IndexWriterConfig(Analyzers.perField()))) {
                Document doc = new Document(); // as layout 2 wrote it: the text without pairs
                doc.add(new StringField(Fields.ID, "old", Field.Store.YES));
                doc.add(new TextField(Fields.TEXT, "reform of the general assembly", Field.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader oldReader = DirectoryReader.open(old)) {
                PhraseQuery p = (PhraseQuery) english.createPhraseQuery(Fields.TEXT, "general assembly");
                assertThat(new IndexSearcher(oldReader).count(new PairPhraseQuery(p))).isEqualTo(1);
            }
        }
    }

    @Test
    void theListIsTheTextsOwnMostCommonWords() throws IOException {
        Set<String> derived = CommonWords.derive(texts).words();
        assertThat(derived).hasSize(CommonWords.SIZE)
                .containsAll(Tokens.of(Analyzers.english(), Fields.TEXT, "general assembly united nations"))
                .doesNotContainAnyElementsOf(Tokens.of(Analyzers.english(), Fields.TEXT, "cafe society"));
        assertThat(CommonWords.derive(texts).words()).as("the same texts, the same list").isEqualTo(derived);
        assertThat(CommonWords.derive(List.of("one text alone", "and another")).words())
                .as("a word must recur to be common").isEmpty();
    }

    @Test
    void aGenerationKeepsItsList(@TempDir Path dir) throws IOException {
        assertThat(CommonWords.read(dir).words()).as("no list kept: no pairs").isEmpty();
        words.write(dir);
        assertThat(CommonWords.read(dir).words()).isEqualTo(words.words());
    }

    /** A two-word phrase of the text whose words are both on this index's list. */
    private boolean isPaired(String phrase) {
        return english.createPhraseQuery(Fields.TEXT, phrase) instanceof PhraseQuery p && PairPhraseQuery.covers(p)
                && words.contains(p.getTerms()[0].text()) && words.contains(p.getTerms()[1].text());
    }

    private Map<Integer, Float> all(Query query) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc d : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
            out.put(d.doc, d.score);
        }
        return out;
    }
}
