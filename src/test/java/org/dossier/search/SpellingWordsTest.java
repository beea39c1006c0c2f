package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The spelling vocabulary taken from the flat text's own analysis ({@link SpellingWords}): the tapped chain
 * gives exactly the English chain's tokens, and each document's spelling terms are exactly the whole words a
 * separate plain analysis of its text finds, on UN General Debate speeches, Reuters articles and edge cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpellingWordsTest {

    private final List<String> texts = new ArrayList<>();

    @BeforeAll
    void read() throws IOException {
        assumeTrue(Files.exists(CorpusBodies.DIR.resolve("ungdc-1946-2024.jsonl.gz")),
                "corpus is not present at " + CorpusBodies.DIR);
        texts.addAll(CorpusBodies.read("ungdc-1946-2024.jsonl.gz", 9_000, 150));
        texts.addAll(CorpusBodies.read("reuters21578.jsonl.gz", 0, 600));
        texts.addAll(List.of("", "the the the", "Japan's bank, JAPAN'S banks", "Café society meets cafe SOCIETY",
                "북한의 경제 북한 North Korea's", "U.S.-China trade 7.5 pct", "naïve naive NAÏVE", "A", "x".repeat(300)));
    }

    @Test
    void theTappedChainGivesTheEnglishChainsTermsPositionsAndOffsets() throws IOException {
        Analyzer indexing = Analyzers.perField();
        Analyzer english = Analyzers.english();
        for (String text : texts) {
            SpellingWords words = new SpellingWords();
            List<String> tapped;
            try (TokenStream stream = indexing.tokenStream(Fields.TEXT, text)) {
                words.listen(stream);
                tapped = tokens(stream);
            }
            try (TokenStream stream = english.tokenStream(Fields.TEXT, text)) {
                assertThat(tapped).as(text).isEqualTo(tokens(stream));
            }
        }
    }

    @Test
    void eachDocumentsSpellingTermsAreThePlainWordsOfItsTextEachOnce() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            for (int i = 0; i < texts.size(); i++) {
                writer.addDocument(SearchDocuments.text("t" + i, "Title " + i, texts.get(i), CommonWords.NONE));
            }
        }
        Map<String, Set<String>> indexed = spellingTermsById(dir);
        int words = 0;
        for (int i = 0; i < texts.size(); i++) {
            Set<String> expected = new HashSet<>(Tokens.of(Analyzers.plain(), Fields.SPELL,
                    "Title " + i + "\n" + texts.get(i)));
            assertThat(indexed.getOrDefault("t" + i, Set.of())).as(texts.get(i)).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).as("words compared").isGreaterThan(50_000);
        assertThat(indexed.get("t" + (texts.size() - 7))).contains("japan", "bank", "banks").doesNotContain("japan's");
        assertThat(indexed.get("t" + (texts.size() - 6))).contains("cafe", "society").doesNotContain("café");
        assertThat(indexed.get("t" + (texts.size() - 5))).contains("북한의", "korea");
    }

    @Test
    void aLongTextKeepsEveryDifferentWordOnceInOrderOfFirstUse() throws IOException {
        List<String> distinct = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            distinct.add("w" + Integer.toString(i, 36));
            text.append("w").append(Integer.toString(i, 36)).append(' ');
            text.append("w").append(Integer.toString(i / 2, 36)).append(' '); // every word again
        }
        SpellingWords words = new SpellingWords();
        try (TokenStream stream = Analyzers.perField().tokenStream(Fields.TEXT, text.toString())) {
            words.listen(stream);
            tokens(stream);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            kept.add(words.word(i));
        }
        assertThat(kept).isEqualTo(distinct);
    }

    @Test
    void theTapStopsListeningWhenTheTextsStreamCloses() throws IOException {
        Analyzer indexing = Analyzers.perField();
        SpellingWords words = new SpellingWords();
        try (TokenStream stream = indexing.tokenStream(Fields.TEXT, "nuclear disarmament")) {
            words.listen(stream);
            tokens(stream);
        }
        // the same thread reuses the same chain for the next text, which is no document's flat text here
        try (TokenStream stream = indexing.tokenStream(Fields.TEXT, "climate change")) {
            tokens(stream);
        }
        assertThat(List.of(words.word(0), words.word(1))).containsExactly("nuclear", "disarmament");
        assertThat(words.size()).isEqualTo(2);
    }

    @Test
    void aStreamFromAnotherAnalyzerIsRefusedRatherThanLeavingTheVocabularyEmpty() throws IOException {
        try (TokenStream stream = Analyzers.english().tokenStream(Fields.TEXT, "nuclear")) {
            assertThatThrownBy(() -> new SpellingWords().listen(stream))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Analyzers.perField()");
        }
    }

    /** Each token as term, position increment and offsets. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<String> tokens = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-"
                    + offset.endOffset());
        }
        stream.end();
        tokens.add("end " + offset.endOffset() + "/" + increment.getPositionIncrement());
        return tokens;
    }

    /** The spelling terms of every document, by its id. */
    private static Map<String, Set<String>> spellingTermsById(ByteBuffersDirectory dir) throws IOException {
        Map<String, Set<String>> byId = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.SPELL);
                if (terms == null) {
                    continue;
                }
                String[] ids = new String[leaf.reader().maxDoc()];
                for (int doc = 0; doc < ids.length; doc++) {
                    ids[doc] = leaf.reader().storedFields().document(doc).get(Fields.ID);
                }
                TermsEnum each = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef t = each.next(); t != null; t = each.next()) {
                    String word = t.utf8ToString();
                    postings = each.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        byId.computeIfAbsent(ids[doc], k -> new LinkedHashSet<>()).add(word);
                    }
                }
            }
        }
        return byId;
    }
}
