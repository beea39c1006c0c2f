package org.dossier.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dossier.testing.Fixtures;
import org.dossier.taxonomy.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages, rendered by the real templates on a real database. Run on SQLite and PostgreSQL. */
abstract class PublicPagesContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;

    private final Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private Document page(String path, int expectedStatus) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void articlePageShowsEverythingAReaderExpects() throws Exception {
        Section blog = fixtures.section("The Peninsula");
        long author = fixtures.expert("Ada Park");
        long id = fixtures.save(fixtures.post(blog, "Sanctions and the Won", Status.PUBLISHED, lastWeek, author));
        Publication p = repository.byId(id).orElseThrow();

        Document doc = page(p.url(), 200);

        assertThat(doc.select("h1").text()).isEqualTo("Sanctions and the Won");
        assertThat(doc.select(".dateline").text()).contains("Blog Post", "Published");
        assertThat(doc.select(".byline a").text()).isEqualTo("Ada Park");
        assertThat(doc.select(".article-body blockquote").text()).isEqualTo("A quotation worth keeping.");
        assertThat(doc.select(".featured figcaption").text()).contains("Photo: Tester");
        assertThat(doc.select(".author-bios").text()).contains("Ada Park", "Senior Fellow", "North Korean economics");
        assertThat(doc.select(".return a").text()).isEqualTo("← Return to The Peninsula");
        assertThat(doc.select("link[rel=canonical]").attr("href")).endsWith(p.url());
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("Sanctions and the Won");
        assertThat(doc.select("script[type=application/ld+json]").html()).contains("\"BlogPosting\"");
        assertThat(doc.select("form[action=/search] input[name=q]")).hasSize(1);
        assertThat(doc.select(".index-total").text()).matches("Total Index: [\\d,]+ publications?");
        assertThat(doc.select("form[action=/subscribe] input[name=email]")).hasSize(1);
    }

    @Test
    void draftsAndScheduledItemsAreNotFoundAndWithdrawnOnesAreGone() throws Exception {
        Section section = fixtures.section("Reports");
        long draft = fixtures.save(fixtures.post(section, "Secret draft", Status.DRAFT, null));
        long scheduled = fixtures.save(fixtures.post(section, "Future piece", Status.SCHEDULED,
                Instant.now().plus(3, ChronoUnit.DAYS)));
        long withdrawn = fixtures.save(fixtures.post(section, "Pulled piece", Status.PUBLISHED, lastWeek));
        fixtures.service().withdraw(withdrawn);

        page(repository.byId(draft).orElseThrow().url(), 404);
        page(repository.byId(scheduled).orElseThrow().url(), 404);
        Document gone = page(repository.byId(withdrawn).orElseThrow().url(), 410);
        assertThat(gone.select("h1").text()).contains("withdrawn");

        String listing = page(section.url(), 200).text();
        assertThat(listing).doesNotContain("Secret draft", "Future piece", "Pulled piece");
    }

    @Test
    void publishingADraftNowGivesItTodaysDate() throws Exception {
        Section section = fixtures.section("Drafts Desk");
        long id = fixtures.save(fixtures.post(section, "Late decision", Status.DRAFT, null));
        fixtures.service().publish(id);
        Publication p = repository.byId(id).orElseThrow();
        assertThat(p.publishedAt()).isNotNull().isBeforeOrEqualTo(Instant.now());
        assertThat(page(p.url(), 200).select(".dateline time").first().attr("datetime")).isNotBlank();
        assertThat(mvc.perform(get(section.url() + "feed.xml")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void scheduledItemBecomesPublicWhenItsTimeComes() throws Exception {
        Section section = fixtures.section("Commentary");
        Instant soon = Instant.now().plusSeconds(2); // long enough for the 404 check on a busy machine
        long id = fixtures.save(fixtures.post(section, "Timed release", Status.SCHEDULED, soon));
        String url = repository.byId(id).orElseThrow().url();
        page(url, 404);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> mvc.perform(get(url)).andReturn().getResponse().getStatus() == 200);
        assertThat(page(section.url(), 200).text()).contains("Timed release");
    }

    @Test
    void sectionListingPagesNewestFirstAndRejectsBadPageNumbers() throws Exception {
        Section section = fixtures.section("Events");
        for (int i = 0; i < 23; i++) {
            fixtures.save(fixtures.post(section, "Item " + i, Status.PUBLISHED, lastWeek.plusSeconds(i)));
        }
        Document first = page(section.url(), 200);
        assertThat(first.select(".card-title").first().text()).isEqualTo("Item 22");
        assertThat(first.select(".card")).hasSize(20);
        assertThat(page(section.url() + "?page=2", 200).select(".card")).hasSize(3);
        page(section.url() + "?page=3", 404);
        Document bad = page(section.url() + "?page=abc", 400);
        assertThat(bad.text()).contains("page");
        page(section.url() + "?page=0", 400);
    }

    @Test
    void unknownAddressesGetTheLayoutNotFoundPageWithoutStackTrace() throws Exception {
        Document doc = page("/no-such-section/", 404);
        assertThat(doc.select("h1").text()).isEqualTo("Page not found");
        assertThat(doc.select(".index-total")).hasSize(1);
        assertThat(doc.html()).doesNotContain("Exception", "at org.");
        page("/experts/nobody-here", 404);
        page("/topics/nothing", 404);
    }

    @Test
    void sectionWithoutTrailingSlashRedirects() throws Exception {
        Section section = fixtures.section("Podcasts");
        mvc.perform(get("/" + section.slug())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", section.url()));
    }

    @Test
    void expertAndTopicPagesListTheirPublishedWork() throws Exception {
        Section section = fixtures.section("Blog");
        long author = fixtures.expert("Min-jun Lee");
        var topic = fixtures.topic("Nuclear Policy");
        var in = fixtures.post(section, "Deterrence revisited", Status.PUBLISHED, lastWeek, author);
        fixtures.save(new PublicationInput(null, null, in.sectionId(), in.typeId(), null, in.title(), null, null,
                in.bodyMd(), in.status(), in.publishedAt(), null, in.authorIds(), java.util.List.of(topic.id()),
                java.util.List.of(), java.util.List.of(), null, null, java.util.List.of()));
        fixtures.save(fixtures.post(section, "Unfinished thoughts", Status.DRAFT, null, author));

        String expertSlug = mvc.perform(get("/experts/")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(expertSlug).select(".expert-card h2").text()).contains("Min-jun Lee");
        Document topicPage = page(topic.url(), 200);
        assertThat(topicPage.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .contains(topic.url() + "/feed.xml");
        assertThat(topicPage.select("h1").text()).isEqualTo("Nuclear Policy");
        assertThat(topicPage.text()).contains("Deterrence revisited").doesNotContain("Unfinished thoughts");
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Unfinished thoughts"))));
    }
}
