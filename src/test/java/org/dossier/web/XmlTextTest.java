package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Text for XML keeps every character XML 1.0 allows and nothing else. */
class XmlTextTest {

    @Test
    void cleanTextComesBackAsItWas() {
        String text = "Seoul \uD83C\uDDF0\uD83C\uDDF7 — 북한\ttab\r\nline";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.clean(null)).isEmpty();
    }

    @Test
    void forbiddenCharactersAreDropped() {
        assertThat(XmlText.clean("a\u0000b\u0008c\uFFFEd\uFFFFe\uD800f\uDC00g")).isEqualTo("abcdefg");
    }

    @Property(tries = 3000)
    void keepsExactlyTheCodePointsXmlAllows(@ForAll("mixed") String text) {
        StringBuilder allowed = new StringBuilder();
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000).forEach(allowed::appendCodePoint);
        assertThat(XmlText.clean(text)).isEqualTo(allowed.toString());
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.chars().alpha()),
                        net.jqwik.api.Tuple.of(2, Arbitraries.of('\u0000', '\t', '\n', '\r', '\u001f', '\uD83D', '\uDE00',
                                '\uDBFF', '\uDFFF', '\uFFFE', '\uFFFF', '\uFFFD', '\uE000', '\uD7FF')),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(40)
                .map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }
}
