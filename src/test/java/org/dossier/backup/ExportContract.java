package org.dossier.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dossier.importer.wxr.ImportReport;
import org.dossier.importer.wxr.WxrImporter;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON and WXR exports of a real database. Run on SQLite and PostgreSQL. */
abstract class ExportContract {

    @Autowired JsonExport jsonExport;
    @Autowired WxrExport wxrExport;
    @Autowired WxrImporter importer;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired org.dossier.publications.PublicationRepository publications;
    @Autowired org.dossier.system.DossierProperties site;
    @TempDir Path temp;

    /** Tables that background jobs (announcer, analytics, mail, webhooks) write to at any moment. */
    static final java.util.Set<String> BACKGROUND_TABLES = java.util.Set.of("announced_publications", "search_queries",
            "search_query_days", "mail_outbox", "mail_contents", "webhook_deliveries", "webhook_announced",
            "SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES", "spring_session", "spring_session_attributes");

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void jsonExportHoldsEveryRowOfEveryTable() throws Exception {
        Section section = fixtures.section("Export me");
        fixtures.save(fixtures.post(section, "Exported piece", Status.PUBLISHED, Instant.now().minusSeconds(60),
                fixtures.expert("Export Author")));
        fixtures.save(fixtures.post(section, "Exported draft", Status.DRAFT, null));
        Path file = temp.resolve("export.json");

        Map<String, Long> counts = jsonExport.export(file);

        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.get("format").asString()).isEqualTo("dossier-export");
        assertThat(counts).containsKeys("publications", "experts", "topics", "redirects", "sections");
        assertThat(counts).doesNotContainKey("flyway_schema_history");
        for (var entry : counts.entrySet()) {
            assertThat(root.get("tables").get(entry.getKey())).hasSize(entry.getValue().intValue());
            if (!BACKGROUND_TABLES.contains(entry.getKey())) {
                assertThat(entry.getValue()).as(entry.getKey())
                        .isEqualTo(count("SELECT COUNT(*) FROM " + entry.getKey()));
            }
        }
        assertThat(root.get("tables").get("publications").toString()).contains("Exported piece", "Exported draft");
    }

    @Test
    void wxrExportReadsBackWithTheSameCountsAndKeepsDraftsPrivate() throws Exception {
        Section section = fixtures.section("Round trip");
        var topic = fixtures.topic("Round topic");
        var in = fixtures.post(section, "Round trip <b>piece</b> ]]> with CDATA end", Status.PUBLISHED,
                Instant.now().minus(2, ChronoUnit.DAYS), fixtures.expert("Trip Author"));
        fixtures.save(new org.dossier.publications.PublicationInput(null, null, in.sectionId(), in.typeId(), null,
                in.title(), null, null, in.bodyMd() + "\n\nEnds with ]]> too", in.status(), in.publishedAt(), null,
                in.authorIds(), java.util.List.of(topic.id()), java.util.List.of(), java.util.List.of(), null, null,
                java.util.List.of()));
        long withdrawn = fixtures.save(fixtures.post(section, "Round withdrawn", Status.PUBLISHED, Instant.now()
                .minusSeconds(600)));
        fixtures.service().withdraw(withdrawn);
        Path file = temp.resolve("export.xml");

        int items = wxrExport.export(file);

        assertThat(items).isEqualTo((int) count("SELECT COUNT(*) FROM publications"));
        ImportReport report = importer.importFile(file, new WxrImporter.Options(true, null));
        assertThat(report.found().get("type:post")).isEqualTo(items);
        assertThat(report.found().get("type:attachment")).isEqualTo(
                count("SELECT COUNT(*) FROM publications WHERE image_url IS NOT NULL AND image_url <> ''")
                        + count("SELECT COUNT(*) FROM attachments"));
        assertThat(report.found().get("post_status:publish")).isEqualTo(count(
                "SELECT COUNT(*) FROM publications WHERE status = 'published'"));
        assertThat(report.found().get("categories")).isEqualTo(count("SELECT COUNT(*) FROM topics"));
        assertThat(report.found().getOrDefault("post_status:private", 0L)).isGreaterThanOrEqualTo(1);
        assertThat(Files.readString(file)).contains("Round trip &lt;b&gt;piece&lt;/b&gt; ]]&gt; with CDATA end");
    }

    @Test
    void wxrExportWritesImagesAndFilesAsAttachmentItemsThatDossiersImporterReadsBack() throws Exception {
        Section section = fixtures.section("Media round trip");
        Instant when = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var image = new org.dossier.publications.FeaturedImage("/media/images/harbour-" + Fixtures.unique("i") + ".jpg",
                "Cranes over the harbour", "The port at dawn", "Photo: Kim Min-ji", "CC BY 4.0");
        long a = fixtures.save(withMedia(section, "With image and files", when, image, java.util.List.of(
                new org.dossier.publications.AttachmentInput("Full report", "/media/files/" + Fixtures.unique("r") + ".pdf",
                        "application/pdf", null),
                new org.dossier.publications.AttachmentInput("Data annex", "https://cdn.example.org/annex.pdf",
                        "application/pdf", null))));
        long b = fixtures.save(withMedia(section, "Files only", when.plusSeconds(60), null, java.util.List.of(
                new org.dossier.publications.AttachmentInput("Slides", "/media/files/" + Fixtures.unique("s") + ".pdf",
                        "application/pdf", null))));
        var originalA = publications.byId(a).orElseThrow();
        var originalB = publications.byId(b).orElseThrow();
        Path file = temp.resolve("media.xml");

        assertThat(wxrExport.export(file, java.util.List.of(a, b))).isEqualTo(2);

        WxrDocument xml = WxrDocument.read(file);
        assertThat(xml.postIds()).doesNotHaveDuplicates().hasSize(2 + 3 + 1);
        String thumbnail = xml.meta(a, "_thumbnail_id");
        assertThat(thumbnail).isNotBlank();
        assertThat(xml.field(thumbnail, "post_type")).isEqualTo("attachment");
        assertThat(xml.field(thumbnail, "post_parent")).isEqualTo(String.valueOf(a));
        assertThat(xml.field(thumbnail, "attachment_url")).isEqualTo(site.origin() + image.url());
        assertThat(xml.meta(thumbnail, "_wp_attachment_image_alt")).isEqualTo("Cranes over the harbour");
        assertThat(xml.excerpt(thumbnail)).isEqualTo("The port at dawn");
        assertThat(xml.attachmentUrlsOf(a)).containsExactly(site.origin() + image.url(),
                site.origin() + originalA.attachments().get(0).url(), "https://cdn.example.org/annex.pdf");
        assertThat(xml.meta(b, "_thumbnail_id")).isNull();
        assertThat(xml.attachmentUrlsOf(b)).containsExactly(site.origin() + originalB.attachments().get(0).url());

        ImportReport report = importer.importFile(file, new WxrImporter.Options(false, null));

        assertThat(report.created()).isEqualTo(2);
        var importedA = publications.byId(imported(a)).orElseThrow();
        var importedB = publications.byId(imported(b)).orElseThrow();
        assertThat(importedA.image()).isEqualTo(new org.dossier.publications.FeaturedImage(site.origin() + image.url(),
                image.alt(), image.caption(), image.credit(), image.licence()));
        assertThat(importedA.attachments()).extracting(f -> f.title() + " | " + f.url()).containsExactly(
                "Full report | " + site.origin() + originalA.attachments().get(0).url(),
                "Data annex | https://cdn.example.org/annex.pdf");
        assertThat(importedA.attachments()).allMatch(f -> f.mediaType().equals("application/pdf"));
        assertThat(importedB.image()).isNull();
        assertThat(importedB.attachments()).extracting(f -> f.title() + " | " + f.url())
                .containsExactly("Slides | " + site.origin() + originalB.attachments().get(0).url());
    }

    private long imported(long originalId) {
        String key = site.origin().replaceFirst("^https?://", "").replaceAll("/+$", "");
        return jdbc.sql("SELECT id FROM publications WHERE external_id = :id").param("id", "wxr:" + key + ":" + originalId)
                .query(Long.class).single();
    }

    private org.dossier.publications.PublicationInput withMedia(Section section, String title, Instant when,
            org.dossier.publications.FeaturedImage image, java.util.List<org.dossier.publications.AttachmentInput> files) {
        return new org.dossier.publications.PublicationInput(null, null, section.id(), fixtures.typeId("report"),
                Fixtures.unique("m"), title, null, null, "Body of " + title, Status.PUBLISHED, when, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), image, null, files);
    }
}
