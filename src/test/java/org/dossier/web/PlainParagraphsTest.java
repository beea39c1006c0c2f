package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The plain-paragraph shortcut gives exactly the HTML of CommonMark plus the sanitiser, or steps aside. */
class PlainParagraphsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Property(tries = 3000)
    void shortcutAgreesWithTheFullPathWheneverItAnswers(@ForAll("markdownish") String md) {
        String quick = PlainParagraphs.render(md);
        if (quick != null) {
            assertThat(quick).isEqualTo(markdown.renderFully(md));
        }
        assertThat(markdown.render(md)).isEqualTo(markdown.renderFully(md));
    }

    @Property(tries = 3000)
    void wordsAndLeadTextGatheredOnTheWayMatchWhatTheHtmlSays(@ForAll("markdownish") String md,
                                                             @ForAll @IntRange(min = 1, max = 60) int paragraphs) {
        String body = String.join("\n\n", Collections.nCopies(paragraphs, md));
        PlainParagraphs.Html quick = PlainParagraphs.renderCounting(body);
        if (quick != null) {
            assertThat(quick.words()).isEqualTo(wordsIn(quick.html()));
            String text = MarkdownRenderer.text(quick.html());
            if (text.length() <= PlainParagraphs.LEAD_LENGTH) {
                assertThat(quick.lead()).isEqualTo(text);
            } else {
                assertThat(text).startsWith(quick.lead());
                assertThat(quick.lead().length()).isGreaterThanOrEqualTo(PlainParagraphs.LEAD_LENGTH);
            }
        }
        String html = markdown.renderFully(body);
        MarkdownRenderer.RenderedBody rendered = markdown.renderBody(body);
        assertThat(rendered.html()).isEqualTo(html);
        assertThat(rendered.readingMinutes()).isEqualTo(markdown.readingMinutes(html));
    }

    /** Words counted in HTML as readingMinutes counts them (it answers only the rounded minutes): tags separate. */
    private int wordsIn(String html) {
        int words = 0;
        boolean inWord = false;
        boolean inTag = false;
        for (char c : html.toCharArray()) {
            inTag |= c == '<';
            boolean space = inTag || (c < 0x80 ? c <= ' ' : Character.isWhitespace(c));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
            inTag &= c != '>';
        }
        return words;
    }

    @Property(tries = 3000)
    void escapedTextMostlyTakesTheShortcutAndAgrees(@ForAll("markdownish") String text) {
        StringBuilder md = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 128 && "\\`*_[]<>&!|~#-+={}().\"'@".indexOf(c) >= 0) {
                md.append('\\');
            }
            md.append(c);
        }
        String escaped = md.toString().strip();
        if (!escaped.isEmpty()) {
            assertThat(markdown.render(escaped)).isEqualTo(markdown.renderFully(escaped));
        }
    }

    /** Text made mostly of the characters Markdown and HTML care about, in paragraphs. */
    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<Character> tricky = Arbitraries.of('\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '|', '~',
                '#', '-', '+', '=', '"', '\'', '@', '{', '}', '(', ')', '.', '1', '9', ' ', '\t', '\n', ';',
                'a', 'Z', 'é', '한', '\u00a0', '\u200b', '\u00ad', '\u2003', '\u3000', '\u2028', '\u0085', '\ufffd', '\u0007', '\uD83D', '\uDE00',
                '\u0080', '\u0097', '\u009d', '\u009f', '\u007f', '\ufdd0', '\ufe60', '\ufeff', '\ufffc', '\ufffe',
                '\u1fef');
        Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uffff');
        Arbitrary<Character> letters = Arbitraries.chars().alpha();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, tricky), net.jqwik.api.Tuple.of(5, letters), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(60)
                .map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString().replace("\n", "\n\n");
                })
                .filter(s -> !s.isBlank());
    }

    @Test
    void misDecodedPunctuationAndReplacementCharactersStayOnTheShortcut() {
        // UTF-8 read as Windows-1252 and back, as in some UN speeches: C1 controls in the text
        String md = "The developing world\u00e2\u0080\u0099s debt \u00e2\u0080\u009c remains \u00e2\u0080\u009d large "
                + "\ufffc and \ufeff here";
        String quick = PlainParagraphs.render(md);
        assertThat(quick).isNotNull().isEqualTo(markdown.renderFully(md)).contains("&#xfffc;", "&#xfeff;", "\u0080");
    }

    @Test
    void escapedParagraphsTakeTheShortcut() {
        String md = "The Assembly met \\*again\\* on 12 May\\. Fees \\& costs: 5 \\< 7, \"quoted\" and 'single' + more = less @ home\n\n"
                + "1\\. A numbered line, not a list \\[really\\] \\\\ done\n\n"
                + "Second paragraph with 한국어 and é and a non\u00a0breaking space {single braces}";
        String html = PlainParagraphs.render(md);
        assertThat(html).isNotNull().isEqualTo(markdown.renderFully(md));
        assertThat(html).startsWith("<p>The Assembly met *again* on 12 May.").contains("&amp;", "&lt;", "&#34;");
    }

    @Test
    void anythingThatMightBeSyntaxIsLeftToCommonMark() {
        assertThat(PlainParagraphs.render("*emphasis*")).isNull();
        assertThat(PlainParagraphs.render("# heading")).isNull();
        assertThat(PlainParagraphs.render("    indented code")).isNull();
        assertThat(PlainParagraphs.render("1. a list")).isNull();
        assertThat(PlainParagraphs.render("AT&amp;T")).isNull();
        assertThat(PlainParagraphs.render("line one\nline two")).isNull();
        assertThat(PlainParagraphs.render("<b>html</b>")).isNull();
        assertThat(PlainParagraphs.render("{{template}}")).isNull();
        assertThat(PlainParagraphs.render("trailing backslash \\")).isNull();
    }
}
