package org.dossier.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dossier.publications.EventDetails;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds, sitemap, robots and calendars on a real database, rendered by the real controllers. */
@TestPropertySource(properties = {"dossier.feeds.sitemap-urls=3", "dossier.base-url=https://think.example.org"})
abstract class FeedsContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;

    private final Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private MockHttpServletResponse fetch(String path, int status) throws Exception {
        return mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse();
    }

    private String body(String path) throws Exception {
        return fetch(path, 200).getContentAsString();
    }

    /** A section with one published item (relative link in its body), a draft, a scheduled and a withdrawn one. */
    private Section sectionWithEveryStatus(String name) {
        Section section = fixtures.section(name);
        long author = fixtures.expert("Ada Park");
        PublicationInput base = fixtures.post(section, "Public " + name, Status.PUBLISHED, lastWeek, author);
        fixtures.save(new PublicationInput(null, null, base.sectionId(), base.typeId(), null, base.title(), null,
                "A summary & more", "See [the archive](/archive/) and <b>bold</b> text.", base.status(),
                base.publishedAt(), null, base.authorIds(), List.of(), List.of(), List.of(), base.image(), null,
                List.of()));
        fixtures.save(fixtures.post(section, "Draft " + name, Status.DRAFT, null));
        fixtures.save(fixtures.post(section, "Scheduled " + name, Status.SCHEDULED, Instant.now().plus(5,
                ChronoUnit.DAYS)));
        long withdrawn = fixtures.save(fixtures.post(section, "Withdrawn " + name, Status.PUBLISHED, lastWeek));
        fixtures.service().withdraw(withdrawn);
        return section;
    }

    @Test
    void sectionFeedsInAllThreeFormatsListOnlyPublishedItemsAndRoundTripThroughRome() throws Exception {
        Section section = sectionWithEveryStatus("Briefs");
        String rss = body(section.url() + "feed.xml");
        String atom = body(section.url() + "feed.atom");
        JsonNode json = JsonMapper.builder().build().readTree(body(section.url() + "feed.json"));

        for (String xml : List.of(rss, atom)) {
            assertThat(xml).contains("Public Briefs").doesNotContain("Draft Briefs", "Scheduled Briefs",
                    "Withdrawn Briefs");
            SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
            assertThat(feed.getEntries()).hasSize(1);
            SyndEntry entry = feed.getEntries().get(0);
            assertThat(entry.getTitle()).isEqualTo("Public Briefs");
            assertThat(entry.getLink()).startsWith("https://think.example.org" + section.url());
            assertThat(entry.getPublishedDate().toInstant()).isEqualTo(lastWeek);
            assertThat(entry.getAuthor()).isEqualTo("Ada Park");
            String content = entry.getContents().get(0).getValue();
            assertThat(content).contains("href=\"https://think.example.org/archive/\"").contains("<b>bold</b>");
            assertThat(FeedLint.check(xml)).isEmpty();
        }
        assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("feed_url").asString()).isEqualTo("https://think.example.org" + section.url() + "feed.json");
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.get("items").get(0).get("summary").asString()).isEqualTo("A summary & more");
        assertThat(json.get("items").get(0).get("date_published").asString()).isEqualTo(lastWeek.toString());
    }

    @Test
    void siteTopicExpertAndTypeFeedsExistAndUnknownOnesAre404() throws Exception {
        sectionWithEveryStatus("Notes");
        var topic = fixtures.topic("Energy");
        assertThat(FeedLint.check(body("/feed.xml"))).isEmpty();
        assertThat(body("/feed.atom")).contains("Public Notes").doesNotContain("Draft Notes");
        assertThat(body(topic.url() + "/feed.xml")).contains("<title>Energy");
        assertThat(body("/types/blog-post/feed.atom")).contains("Public Notes");
        fetch("/no-such-section/feed.xml", 404);
        fetch("/topics/no-such-topic/feed.atom", 404);
        fetch("/experts/nobody/feed.json", 404);
        fetch("/feed.html", 404);
    }

    @Test
    void feedsAnswerConditionalRequestsAndChangeWhenContentChanges() throws Exception {
        Section section = sectionWithEveryStatus("Letters");
        MockHttpServletResponse first = fetch(section.url() + "feed.atom", 200);
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        mvc.perform(get(section.url() + "feed.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(section.url() + "feed.atom").header("If-Modified-Since", first.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());

        fixtures.save(fixtures.post(section, "Another letter", Status.PUBLISHED, Instant.now().minusSeconds(5)));

        MockHttpServletResponse after = mvc.perform(get(section.url() + "feed.atom").header("If-None-Match", etag))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(after.getContentAsString()).contains("Another letter");
        assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void sitemapBecomesAnIndexPastTheLimitAndListsOnlyPublishedPages() throws Exception {
        for (int i = 0; i < 2; i++) {
            sectionWithEveryStatus("Maps " + i);
        }
        Section more = fixtures.section("More maps");
        for (int i = 0; i < 3; i++) {
            fixtures.save(fixtures.post(more, "Map item " + i, Status.PUBLISHED, lastWeek.plusSeconds(i)));
        }
        String index = body("/sitemap.xml");
        assertThat(index).contains("<sitemapindex", "https://think.example.org/sitemap-1.xml");
        List<String> all = new ArrayList<>();
        for (int part = 1; index.contains("/sitemap-" + part + ".xml"); part++) {
            String xml = body("/sitemap-" + part + ".xml");
            assertThat(xml).contains("<urlset", "<lastmod>");
            all.add(xml);
        }
        String joined = String.join("\n", all);
        assertThat(joined).contains("/map-item-0", "/map-item-2", "/public-maps-0").doesNotContain("draft-maps",
                "scheduled-maps", "withdrawn-maps");
        fetch("/sitemap-999.xml", 404);
        assertThat(body("/robots.txt")).contains("Sitemap: https://think.example.org/sitemap.xml", "Disallow: /admin/");
    }

    @Test
    void eventsHaveCalendarsWithFoldedLinesAndDraftEventsStayHidden() throws Exception {
        Section section = fixtures.section("Events");
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String longTitle = "Roundtable; on trade, sanctions and the \\ won — " + "a very long title ".repeat(5);
        PublicationInput base = fixtures.post(section, longTitle, Status.PUBLISHED, lastWeek);
        long id = fixtures.save(withEvent(base, start, "Seoul, Room 3"));
        fixtures.save(withEvent(fixtures.post(section, "Secret event", Status.DRAFT, null), start, "Nowhere"));
        String url = repository.byId(id).orElseThrow().url();

        MockHttpServletResponse one = fetch(url + ".ics", 200);
        assertThat(one.getContentType()).startsWith("text/calendar");
        String ics = one.getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("LOCATION:Seoul\\, Room 3\r\n")
                .contains("DTSTART:" + start.toString().replace("-", "").replace(":", ""));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Roundtable\\; on trade\\, sanctions and the \\\\ won");
        String upcoming = body("/events.ics").replace("\r\n ", "");
        assertThat(upcoming).contains("Roundtable").doesNotContain("Secret event");
        String draftUrl = repository.byIds(List.of(id + 1)).get(0).url();
        fetch(draftUrl + ".ics", 404);
    }

    private static PublicationInput withEvent(PublicationInput in, Instant start, String location) {
        return new PublicationInput(null, null, in.sectionId(), in.typeId(), null, in.title(), null, null, in.bodyMd(),
                in.status(), in.publishedAt(), null, in.authorIds(), List.of(), List.of(), List.of(), null,
                new EventDetails(start, start.plusSeconds(5400), location), List.of());
    }
}
