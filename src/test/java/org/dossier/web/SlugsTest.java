package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesLowerCaseHyphenatedAsciiWhereTheTextAllows() {
        assertThat(Slugs.of("The Peninsula: Škoda & Trade, 2024!")).isEqualTo("the-peninsula-skoda-trade-2024");
        assertThat(Slugs.of("  --Hello--  ")).isEqualTo("hello");
    }

    @Test
    void keepsKoreanLetters() {
        assertThat(Slugs.of("북한 경제 전망")).isEqualTo("북한-경제-전망");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
        assertThat(Slugs.isValid("Not A Slug")).isFalse();
    }

    /** The one-pass ASCII path gives exactly what normalisation and the regular expressions give. */
    @Property(tries = 5000)
    void asciiTextTakesAShortcutWithTheSameResult(@ForAll("ascii") String text) {
        assertThat(Slugs.asciiWords(text)).isEqualTo(Slugs.unicodeWords(text));
    }

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(120);
    }
}
