package org.dossier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The generators on their own: deterministic, well-formed, readable. */
class GeneratedContentTest {

    private static Writer writer(long seed) {
        return new Writer(new Random(seed), Catalog.TOPICS.get(0), Catalog.region("north-korea"),
                Catalog.region("united-states"), 2026);
    }

    @Test
    void sameSeedGivesTheSameText() {
        assertThat(Bodies.article(writer(7), null, null, true)).isEqualTo(Bodies.article(writer(7), null, null, true));
        assertThat(People.all(new Random(1))).isEqualTo(People.all(new Random(1)));
        assertThat(Bodies.article(writer(7), null, null, true)).isNotEqualTo(Bodies.article(writer(8), null, null, true));
    }

    @Test
    void proseHasNoUnfilledSlotsAndNoRepeatedSentence() {
        String body = Bodies.article(writer(3), "/media/demo/figures/figure-1.svg", People.all(new Random(1)).get(0), true);
        assertThat(body).doesNotContain("{", "}").contains("## ", "> ", "![", "(CC BY 4.0)\")");
        List<String> sentences = List.of(body.replaceAll("(?m)^[#>!].*$", "").split("(?<=\\.) "));
        assertThat(sentences.stream().map(String::strip).filter(s -> s.length() > 40).distinct().count())
                .isEqualTo(sentences.stream().map(String::strip).filter(s -> s.length() > 40).count());
        assertThat(body).contains("the United States").doesNotContain("in United States");
    }

    @Test
    void titlesReadAsTitles() {
        Writer w = writer(5);
        for (int i = 0; i < 30; i++) {
            String title = w.title(Phrases.BLOG_TITLES);
            assertThat(Character.isUpperCase(title.charAt(0))).as(title).isTrue();
            assertThat(title).doesNotContain("{").doesNotContain(" The United States");
        }
    }

    @Test
    void expertsHaveDistinctSlugsTitlesAndBios() {
        var people = People.all(new Random(DemoGenerator.SEED));
        assertThat(people).hasSizeGreaterThanOrEqualTo(25);
        assertThat(people.stream().map(People.Person::slug).distinct().count()).isEqualTo(people.size());
        assertThat(people).allSatisfy(p -> assertThat(p.bioMd()).startsWith(p.name()).contains("\n\n"));
    }

    @Test
    void picturesAreWellFormedSvg() throws Exception {
        Random random = new Random(2);
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (int style = 0; style < 4; style++) {
            var doc = parser.parse(new ByteArrayInputStream(Svg.pattern(random, style).getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        }
        var avatar = parser.parse(new ByteArrayInputStream(Svg.avatar(random, "EW").getBytes(StandardCharsets.UTF_8)));
        assertThat(avatar.getDocumentElement().getTextContent()).isEqualTo("EW");
    }

    @Test
    void reportPdfIsValidAndCarriesItsTextOverSeveralPages() {
        List<String> paragraphs = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "Paragraph " + i + " on deterrence (and its limits) \\ in Seoul — with a long enough"
                        + " sentence to wrap across more than one line of the page.").toList();
        byte[] pdf = Pdf.document("Managing Verification", "By Daniel Cho", paragraphs);
        assertThat(DemoPdfCheck.problems(pdf)).isEmpty();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("(Managing Verification) Tj", "deterrence \\(and its limits\\) \\\\ in Seoul - with",
                "/Count 2");
    }

    @Test
    void koreanBodiesAreKoreanWithHeadings() {
        String body = Korean.body(new Random(1));
        assertThat(body).contains("## 배경", "## 정책 제언", "1. ").matches("(?s).*\\p{IsHangul}{2,}.*");
    }
}
