package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.web.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** Plain corpus text becomes Markdown that renders as the same words, in the same paragraphs. */
class PlainTextTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void wrappedNewswireTextIsJoinedIntoIndentedParagraphs() {
        String text = "Showers continued in\nthe Bahia zone.\n    Arrivals were\n155,221 bags.\n Reuter";
        assertThat(PlainText.paragraphs(text))
                .containsExactly("Showers continued in the Bahia zone.", "Arrivals were 155,221 bags.", "Reuter");
    }

    @Test
    void oneParagraphPerLineWhenNothingIsIndented() {
        assertThat(PlainText.paragraphs("First speech paragraph.\nSecond one.\n"))
                .containsExactly("First speech paragraph.", "Second one.");
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(PlainText.paragraphs("One\nline.\n\n\nTwo.")).containsExactly("One line.", "Two.");
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
}
