package org.dossier.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.redirects.RedirectRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** WordPress import on a real database with the shared corpus. Run on SQLite and PostgreSQL. */
abstract class WxrImportContract {

    @Autowired WxrImporter importer;
    @Autowired PublicationRepository publications;
    @Autowired RedirectRepository redirects;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired WxrImportRepository importRepository;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @TempDir Path temp;

    private static final WxrImporter.Options WRITE = new WxrImporter.Options(false, null);

    /** Each test starts from an empty site: imports of different exports share WordPress ids such as ?p=4. */
    @BeforeEach
    void emptySite() {
        jdbc.sql("UPDATE topics SET parent_id = NULL").update();
        for (String table : List.of("wxr_items", "publication_authors", "publication_topics", "publication_regions",
                "publication_tags", "attachments", "publications", "redirects", "topics", "tags", "experts")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        events.publishEvent(new org.dossier.redirects.RedirectsChanged());
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void everyWellFormedExportMatchesTheListedCountsAndEveryMalformedOneStopsWithItsLine() {
        Map<String, JsonNode> expected = WxrData.counts();
        List<String> checked = new ArrayList<>();
        for (var file : WxrData.files().entrySet()) {
            JsonNode entry = expected.get(file.getKey());
            assertThat(entry).as("COUNTS.jsonl lists " + file.getKey()).isNotNull();
            if (entry.get("well_formed").asBoolean()) {
                ImportReport report = importer.importFile(file.getValue(), WRITE);
                assertThat(report.found()).as(file.getKey()).isEqualTo(WxrData.numericCounts(entry));
                long posts = report.found().getOrDefault("type:post", 0L) + report.found().getOrDefault("type:page", 0L);
                long skippedPosts = report.skipped().getOrDefault("items in the WordPress trash", 0L);
                assertThat(report.created() + report.updated() + report.unchanged()).as(file.getKey())
                        .isEqualTo(posts - skippedPosts);
            } else {
                long before = rows("publications");
                String line = entry.get("error").asString().replaceAll(".*line (\\d+).*", "$1");
                assertThatThrownBy(() -> importer.importFile(file.getValue(), WRITE))
                        .isInstanceOf(WxrFormatException.class)
                        .hasMessageContaining(file.getKey())
                        .hasMessageContaining("line " + line);
                assertThat(rows("publications")).isEqualTo(before);
            }
            checked.add(file.getKey());
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(44);
    }

    @Test
    void importingTheLargestRealExportTwiceChangesNothingTheSecondTime() {
        Path file = WxrData.file("scrubbed/cc-labs-blog.scrubbed.wordpress.xml");
        ImportReport first = importer.importFile(file, WRITE);
        assertThat(first.created()).isEqualTo(224);
        String before = snapshot();
        long redirectsBefore = redirects.all().size();

        ImportReport second = importer.importFile(file, WRITE);

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(224);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(redirects.all()).hasSize((int) redirectsBefore);
        assertThat(second.found().get("comments")).isEqualTo(181);
    }

    @Test
    void aNewerExportUpdatesOnlyWhatChanged() throws Exception {
        Path original = WxrData.file("scrubbed/abhinemani-blog.scrubbed.wordpress.xml");
        importer.importFile(original, WRITE);
        Path newer = temp.resolve("newer.xml");
        Files.writeString(newer, Files.readString(original).replace("Robert Putnam Meets the Organization Kid",
                "Robert Putnam Meets the Organisation Kid"));

        ImportReport report = importer.importFile(newer, WRITE);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(21);
        Publication p = publications.bySectionAndSlug("blog", "robert-putnam-meets-the-organization-kid").orElseThrow();
        assertThat(p.title()).isEqualTo("Robert Putnam Meets the Organisation Kid");
    }

    @Test
    void postsKeepStatusDatesAuthorsAndOldPermalinksRedirect() throws Exception {
        importer.importFile(WxrData.file("scrubbed/abhinemani-blog.scrubbed.wordpress.xml"), WRITE);

        Publication p = publications.bySectionAndSlug("blog", "curious-fragility-of-freedom").orElseThrow();
        assertThat(p.status()).isEqualTo(Status.PUBLISHED);
        assertThat(p.publishedAt()).hasToString("2009-11-24T10:08:32Z");
        assertThat(p.authors()).hasSize(1);
        assertThat(p.bodyHtml()).contains("<h2", "Friedman’s Free Markets", "<p>").doesNotContain("wp-import");
        long drafts = jdbc.sql("SELECT COUNT(*) FROM publications WHERE status = 'draft' AND external_id LIKE"
                + " 'wxr:www.abhinemani.com%' OR (status = 'draft' AND external_id LIKE 'wxr:%abhinemani%')")
                .query(Long.class).single();
        assertThat(drafts).isEqualTo(2);

        for (String old : List.of("/?p=4", "/2009/11/24/curious-fragility-of-freedom/",
                "/2009/11/24/curious-fragility-of-freedom", "/2009/11/curious-fragility-of-freedom/")) {
            mvc.perform(get(java.net.URI.create(old)))
                    .andExpect(status().isMovedPermanently())
                    .andExpect(header().string("Location", "/blog/curious-fragility-of-freedom"));
        }
        mvc.perform(get(p.url())).andExpect(status().isOk());
    }

    @Test
    void draftsGetNoRedirectAndStayHidden() throws Exception {
        importer.importFile(WxrData.file("scrubbed/abhinemani-blog.scrubbed.wordpress.xml"), WRITE);
        List<Long> draftIds = jdbc.sql("SELECT id FROM publications WHERE status = 'draft'").query(Long.class).list();
        assertThat(draftIds).isNotEmpty();
        for (Publication draft : publications.byIds(draftIds)) {
            assertThat(redirects.all()).noneMatch(r -> r.toPath().equals(draft.url()));
            mvc.perform(get(draft.url())).andExpect(status().isNotFound());
        }
    }

    @Test
    void categoriesKeepTheirParentsAndTagsBecomeTags() {
        importer.importFile(WxrData.file("scrubbed/ozziegooen-wpcom.scrubbed.wordpress.xml"), WRITE);
        long nested = jdbc.sql("SELECT COUNT(*) FROM topics WHERE parent_id IS NOT NULL").query(Long.class).single();
        assertThat(nested).isGreaterThanOrEqualTo(2);
        assertThat(taxonomy.terms(TermKind.TAG)).hasSizeGreaterThanOrEqualTo(44);
    }

    @Test
    void wordpressComExportImportsAuthorsFeaturedImagesAndSkipsAttachmentsAndTrash() {
        ImportReport report = importer.importFile(WxrData.file("scrubbed/ozziegooen-wpcom.scrubbed.wordpress.xml"),
                WRITE);
        assertThat(report.created()).isEqualTo(5 + 39 - 1);
        assertThat(report.skipped()).containsEntry("items of type attachment", 108L)
                .containsEntry("items of type nav_menu_item", 11L).containsEntry("items in the WordPress trash", 1L);
        long withAuthor = jdbc.sql("SELECT COUNT(DISTINCT publication_id) FROM publication_authors")
                .query(Long.class).single();
        assertThat(withAuthor).isEqualTo(43);
    }

    @Test
    void dryRunReportsEverythingAndWritesNothing() {
        long before = rows("publications");
        ImportReport report = importer.importFile(WxrData.file("wp-theme-test-data__64-block-test-data.xml"),
                new WxrImporter.Options(true, null));
        assertThat(report.created()).isEqualTo(62);
        assertThat(rows("publications")).isEqualTo(before);
        assertThat(rows("wxr_items")).isZero();
    }

    @Test
    void doctypeEntitiesAndExternalFilesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path laughs = temp.resolve("laughs.xml");
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Files.writeString(laughs, "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]><rss><channel><item>"
                + "<title>&lol9;</title><wp:post_type xmlns:wp=\"http://wordpress.org/export/1.2/\">post</wp:post_type>"
                + "</item></channel></rss>");
        Path xxe = temp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>");
        Path external = temp.resolve("external.xml");
        Files.writeString(external, "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                + "<rss><channel/></rss>");
        long before = rows("publications");
        for (Path bad : List.of(laughs, xxe, external)) {
            assertThatThrownBy(() -> importer.importFile(bad, WRITE)).isInstanceOf(WxrFormatException.class)
                    .hasMessageContaining("DOCTYPE");
        }
        assertThat(rows("publications")).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAnExportSaysSo() throws Exception {
        Path html = temp.resolve("page.xml");
        Files.writeString(html, "<html><body>hello</body></html>");
        assertThatThrownBy(() -> importer.importFile(html, WRITE)).isInstanceOf(WxrFormatException.class)
                .hasMessageContaining("root element is <html>");
    }

    private String snapshot() {
        return String.join("\n", jdbc.sql("SELECT id, slug, title, version, updated_at, status, body_html"
                + " FROM publications ORDER BY id").query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|"
                + rs.getString(3) + "|" + rs.getInt(4) + "|" + rs.getLong(5) + "|" + rs.getString(6) + "|"
                + rs.getString(7).hashCode()).list());
    }
}
