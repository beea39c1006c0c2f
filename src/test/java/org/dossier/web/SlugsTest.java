package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
