package org.dossier.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.Listing;
import org.dossier.publications.PublicationCard;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo as a fresh site creates it on start, on a real database. Run on SQLite and PostgreSQL. */
abstract class DemoContentContract {

    @Autowired MockMvc mvc;
    @Autowired PublicationRepository publications;
    @Autowired ExpertRepository experts;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired DemoLoader loader;
    @Autowired DossierProperties properties;
    @Autowired JdbcClient jdbc;

    private List<String> titlesWithStatus(String status) {
        return jdbc.sql("SELECT title FROM publications WHERE status = :s").param("s", status)
                .query(String.class).list();
    }

    private Document page(String path, int expected) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(expected);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void firstStartCreatesAWholeInstitute() {
        assertThat(publications.countPublished()).isGreaterThanOrEqualTo(300);
        assertThat(experts.count()).isGreaterThanOrEqualTo(25);
        assertThat(experts.all()).allSatisfy(e -> {
            assertThat(e.title()).isNotBlank();
            assertThat(e.affiliation()).isNotBlank();
            assertThat(e.bioHtml()).contains("<p>");
            assertThat(e.photoUrl()).startsWith("/media/demo/experts/");
        });
        assertThat(experts.all()).extracting(e -> e.title()).contains("Non-Resident Fellow", "Senior Director for Research");
        assertThat(taxonomy.sections()).extracting(Section::slug).contains("the-peninsula", "reports", "commentary",
                "events", "podcasts", "press-releases");
        assertThat(taxonomy.section("the-peninsula").orElseThrow().name()).isEqualTo("The Peninsula");
        assertThat(taxonomy.sections()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
        assertThat(taxonomy.terms(TermKind.TOPIC)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(taxonomy.terms(TermKind.REGION)).extracting(t -> t.name()).hasSizeGreaterThanOrEqualTo(8)
                .contains("North Korea", "South Korea", "Japan", "China");
        assertThat(taxonomy.terms(TermKind.TAG)).isNotEmpty();
        assertThat(titlesWithStatus("draft")).hasSizeGreaterThanOrEqualTo(5).allMatch(t -> t.startsWith("DRAFT — "));
        assertThat(titlesWithStatus("scheduled")).hasSizeGreaterThanOrEqualTo(5)
                .allMatch(t -> t.startsWith("SCHEDULED — "));
        assertThat(titlesWithStatus("published").stream().filter(t -> t.matches(".*\\p{IsHangul}.*")))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void publicationsSpanFiveYearsUpToNow() {
        long total = publications.countPublished();
        Instant newest = publications.list(Listing.ALL, 1, 1).items().get(0).publishedAt();
        Instant oldest = publications.list(Listing.ALL, (int) total, 1).items().get(0).publishedAt();
        assertThat(newest).isAfter(Instant.now().minus(30, ChronoUnit.DAYS)).isBefore(Instant.now());
        assertThat(oldest).isBefore(Instant.now().minus(5 * 365, ChronoUnit.DAYS));
    }

    @Test
    void articlesCarryTheRichPartsOfTheContentModel() throws Exception {
        var reports = publications.list(Listing.section(taxonomy.section("reports").orElseThrow().id()), 1, 1);
        var report = publications.byId(reports.items().get(0).id()).orElseThrow();
        assertThat(report.attachments()).hasSize(1);
        Path pdf = properties.mediaDir().resolve(report.attachments().get(0).url().substring("/media/".length()));
        assertThat(DemoPdfCheck.problems(Files.readAllBytes(pdf))).isEmpty();
        assertThat(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("Recommendations:");

        Document article = page(report.url(), 200);
        assertThat(article.select(".article-body h2")).isNotEmpty();
        assertThat(article.select(".article-body figure figcaption").text()).contains("(CC BY 4.0)");
        assertThat(article.select(".featured figcaption").text()).contains("Hanbridge Studio");
        assertThat(article.select("a[href$=.pdf]")).isNotEmpty();

        var events = publications.list(Listing.section(taxonomy.section("events").orElseThrow().id()), 1, 1);
        var event = publications.byId(events.items().get(0).id()).orElseThrow();
        assertThat(event.event().location()).isNotBlank();
        assertThat(event.event().end()).isAfter(event.event().start());

        var blog = publications.list(Listing.section(taxonomy.section("the-peninsula").orElseThrow().id()), 1, 20);
        assertThat(blog.items().stream().map(c -> publications.byId(c.id()).orElseThrow().bodyHtml()))
                .anyMatch(html -> html.contains("<blockquote>"));
        assertThat(Files.exists(properties.mediaDir().resolve("demo/experts"))).isTrue();
        page(experts.all().get(0).photoUrl(), 200);
    }

    @Test
    void draftsAndScheduledItemsAppearOnNoPublicPage() throws Exception {
        List<String> hidden = new ArrayList<>(titlesWithStatus("draft"));
        hidden.addAll(titlesWithStatus("scheduled"));
        List<String> pages = new ArrayList<>(List.of("/", "/experts/"));
        List<String> articles = new ArrayList<>();
        for (Section section : taxonomy.sections()) {
            var first = publications.list(Listing.section(section.id()), 1, 20);
            for (int p = 1; p <= first.pages(); p++) {
                pages.add(section.url() + "?page=" + p);
            }
            first.items().stream().limit(4).map(PublicationCard::url).forEach(articles::add);
        }
        pages.addAll(articles);
        for (String path : pages) {
            String text = page(path, 200).text();
            assertThat(text).as(path).doesNotContain("DRAFT —", "SCHEDULED —");
            for (String title : hidden) {
                assertThat(text).as(path).doesNotContain(title);
            }
        }
        for (long id : jdbc.sql("SELECT id FROM publications WHERE status IN ('draft', 'scheduled')")
                .query(Long.class).list()) {
            page(publications.byId(id).orElseThrow().url(), 404);
        }
    }

    @Test
    void secondStartDoesNotDuplicateTheDemo() throws Exception {
        long before = publications.countAll();
        long expertsBefore = experts.count();
        loader.run(null);
        assertThat(publications.countAll()).isEqualTo(before);
        assertThat(experts.count()).isEqualTo(expertsBefore);
    }
}
