package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersQuotesHeadingsAndTables() {
        String html = renderer.render("## Findings\n\n> Quoted words.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).contains("<h2 id=\"findings\">Findings</h2>", "<blockquote>", "<table>", "<td>1</td>");
    }

    @Test
    void loneImageWithTitleBecomesAFigureWithItsCredit() {
        String html = renderer.render("![Harbour cranes](/media/cranes.svg \"Busan port. Photo: J. Kim (CC BY 4.0)\")");
        assertThat(html).contains("<figure>", "alt=\"Harbour cranes\"",
                "<figcaption>Busan port. Photo: J. Kim (CC BY 4.0)</figcaption>");
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsAreRemoved() {
        String html = renderer.render("""
                Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3))
                <iframe src="https://evil.example"></iframe><a href="https://ok.example" onclick="x()">ok</a>
                """);
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "<iframe", "onclick");
        assertThat(html).contains("href=\"https://ok.example\"");
    }

    @Test
    void readingTimeCountsWords() {
        assertThat(renderer.readingMinutes("<p>" + "word ".repeat(460) + "</p>")).isEqualTo(2);
        assertThat(renderer.readingMinutes("")).isEqualTo(1);
    }
}
