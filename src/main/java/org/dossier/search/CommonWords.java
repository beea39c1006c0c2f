package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words a site's own publications use most, as the English analyzer leaves them ("gener", "assembl"). A
 * phrase of two such words is slow to match by positions: both have long position lists, and the phrase occurs
 * in a large share of the documents ("general assembly", "interest rates"). Only pairs of two such words are
 * indexed ({@link WordPairs}): pairing every two neighbours made a full reindex half as slow again (measured at
 * 100,000 documents), while a phrase with a rarer word is cheap by positions anyway, as its short list leads.
 *
 * <p>Each index generation gets its list when it is created, worked out from the database ({@link #derive}) and
 * kept in the generation's directory ({@link #FILE}), so every document of that generation, including those
 * updated later, is paired by the same list. Searches need no list: a pair term the index holds is complete for
 * that generation, and a phrase whose pair the index lacks is matched by positions ({@link PairPhraseQuery}). A
 * rebuild (the {@code reindex} command, or a layout upgrade) works the list out afresh.
 */
final class CommonWords {

    /** The list's file in a generation's directory: one analysed word per line. */
    static final String FILE = "common-words.txt";
    /**
     * How many words are paired: as many as the hand-written list this replaced, whose pairs cost 9-13% of
     * a reindex (bench/search.sh; the README has the reindex figures of each run).
     */
    static final int SIZE = 300;
    /** At most this many publications, spread evenly over the archive, are read to find the words. */
    static final int SAMPLE = 2_000;
    /** No pairs at all (an index made before lists were kept, or a site with nothing published yet). */
    static final CommonWords NONE = new CommonWords(CharArraySet.EMPTY_SET);

    private final CharArraySet terms;

    private CommonWords(CharArraySet terms) {
        this.terms = terms;
    }

    /** A list of given analysed words (tests). */
    static CommonWords of(Collection<String> analysed) {
        return new CommonWords(CharArraySet.unmodifiableSet(new CharArraySet(analysed, false)));
    }

    /**
     * The {@link #SIZE} words found in the most of {@code texts} (at least two, and at least one in twenty
     * of them, so a small site pairs only what truly recurs), ties in alphabetical order, so the same
     * texts always give the same list.
     */
    static CommonWords derive(Collection<String> texts) {
        Map<String, int[]> documents = new HashMap<>();
        try (Analyzer english = Analyzers.english()) {
            for (String text : texts) {
                for (String term : new HashSet<>(Tokens.of(english, Fields.TEXT, text))) {
                    documents.computeIfAbsent(term, t -> new int[1])[0]++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int least = Math.max(2, texts.size() / 20);
        List<String> common = documents.entrySet().stream().filter(e -> e.getValue()[0] >= least)
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(SIZE).map(Map.Entry::getKey).toList();
        return of(common);
    }

    /** The list kept in a generation's directory; {@link #NONE} when it has none. */
    static CommonWords read(Path generation) throws IOException {
        Path file = generation.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        return of(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
    }

    /** Keeps the list in a generation's directory, before its first document is written. */
    void write(Path generation) throws IOException {
        List<String> lines = new ArrayList<>(words());
        lines.sort(null);
        Files.createDirectories(generation);
        Files.write(generation.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /** Whether an analysed term is one of the words. */
    boolean contains(char[] term, int length) {
        return terms.contains(term, 0, length);
    }

    boolean contains(String term) {
        return terms.contains(term);
    }

    /** The words, in no particular order. */
    Set<String> words() {
        Set<String> out = new HashSet<>();
        for (Object term : terms) {
            out.add(term instanceof char[] chars ? new String(chars) : term.toString());
        }
        return out;
    }
}
