package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.dossier.web.MarkdownRenderer;
import org.dossier.web.PlainParagraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real corpus text, as the importer turns it into Markdown, renders to the same HTML through the
 * plain-paragraph shortcut as through CommonMark and the sanitiser, and nearly all of it takes the
 * shortcut (the point of having one). The shortcut's word count gives the reading time counted in the HTML.
 */
class PlainTextRenderingTest {

    private static final int ITEMS = 1500;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"reuters21578.jsonl.gz", "ungdc-1946-2024.jsonl.gz"})
    void corpusBodiesRenderTheSameThroughTheShortcut(String file) throws Exception {
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../shared/data/corpus").resolve(file);
        assumeTrue(Files.exists(corpus), "shared corpus not present");
        int items = 0;
        int shortcut = 0;
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && items < ITEMS) {
                JsonNode node = json.readTree(line);
                String md = PlainText.toMarkdown(node.path("body").asString(""));
                if (md.isEmpty()) {
                    continue;
                }
                items++;
                if (PlainParagraphs.render(md) != null) {
                    shortcut++;
                }
                String full = markdown.renderFully(md);
                MarkdownRenderer.RenderedBody body = markdown.renderBody(md);
                assertThat(body.html()).as("item %d of %s", items, file).isEqualTo(full);
                assertThat(body.readingMinutes()).as("reading time of item %d of %s", items, file)
                        .isEqualTo(markdown.readingMinutes(full));
                if (body.lead() != null) {
                    assertThat(MarkdownRenderer.text(full)).as("text of item %d of %s", items, file).startsWith(body.lead());
                }
            }
        }
        assertThat(items).isEqualTo(ITEMS);
        assertThat(shortcut).as("bodies rendered by the shortcut").isGreaterThan(ITEMS * 9 / 10);
    }
}
