package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dossier.web.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** Plain corpus text becomes Markdown that renders as the same words, in the same paragraphs. */
class PlainTextTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void wrappedNewswireTextIsJoinedIntoIndentedParagraphs() {
        String text = "Showers continued in\nthe Bahia zone.\n    Arrivals were\n155,221 bags.\n Reuter";
        assertThat(PlainText.toMarkdown(text))
                .isEqualTo("Showers continued in the Bahia zone.\n\nArrivals were 155,221 bags.\n\nReuter");
    }

    @Test
    void oneParagraphPerLineWhenNothingIsIndented() {
        assertThat(PlainText.toMarkdown("First speech paragraph.\r\nSecond one.\n"))
                .isEqualTo("First speech paragraph.\n\nSecond one.");
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(PlainText.toMarkdown("One\nline.\n\n\nTwo.")).isEqualTo("One line.\n\nTwo.");
        assertThat(PlainText.toMarkdown("One\r\rTwo\rthree")).isEqualTo("One\n\nTwo three");
    }

    @Test
    void markdownSpecialsRenderLiterally() {
        String text = "# Not a heading\n\n> not a quote\n\n- not a list\n\n2024. Not a list either\n\n"
                + "Stars *here*, _there_, `code`, [link](x), <script>alert(1)</script> & AT&T | pipes ~ \\ end";
        String html = markdown.render(PlainText.toMarkdown(text));
        assertThat(MarkdownRenderer.text(html)).isEqualTo("# Not a heading > not a quote - not a list"
                + " 2024. Not a list either Stars *here*, _there_, `code`, [link](x), <script>alert(1)</script>"
                + " & AT&T | pipes ~ \\ end");
        assertThat(html).doesNotContain("<h1", "<blockquote", "<ul", "<ol", "<em", "<code", "<a ", "<script")
                .contains("<p>");
    }

    @Test
    void emptyBodiesStayEmpty() {
        assertThat(PlainText.toMarkdown(null)).isEmpty();
        assertThat(PlainText.toMarkdown("  \n ")).isEmpty();
    }

    /**
     * The converter walks the text by index; the rules it implements are written out plainly
     * below (split into lines, join wrapped lines, escape each paragraph) and both must agree.
     */
    @Property(tries = 5000)
    void indexWalkAgreesWithThePlainlyWrittenRules(@ForAll("corpusLike") String text) {
        assertThat(PlainText.toMarkdown(text)).isEqualTo(byTheRules(text));
    }

    @Provide
    Arbitrary<String> corpusLike() {
        Arbitrary<Character> tricky = Arbitraries.of('\n', '\r', ' ', '\t', '\u2003', '\u00a0', '1', '2', '.', ')',
                '#', '-', '+', '=', '*', '_', '`', '[', ']', '<', '>', '&', '|', '~', '\\', '\u0663', 'a', 'Z', 'é');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, tricky),
                        net.jqwik.api.Tuple.of(3, Arbitraries.chars().alpha()),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\uffff')))
                .list().ofMaxSize(80)
                .map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    private static String byTheRules(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = normal.split("\n");
        boolean wrapped = normal.contains("\n\n");
        for (int i = 1; i < lines.length; i++) {
            wrapped |= !lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if ((stripped.isEmpty() || !wrapped || Character.isWhitespace(line.charAt(0))) && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (!stripped.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(stripped);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        List<String> escaped = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder out = new StringBuilder("#-+=".indexOf(p.charAt(0)) >= 0 ? "\\" : "");
            int digits = 0;
            while (digits < p.length() && digits < 10 && Character.isDigit(p.charAt(digits))) {
                digits++;
            }
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if ("\\`*_[]<>&|~".indexOf(c) >= 0 || digits > 0 && i == digits && (c == '.' || c == ')')) {
                    out.append('\\');
                }
                out.append(c);
            }
            escaped.add(out.toString());
        }
        return String.join("\n\n", escaped);
    }
}
