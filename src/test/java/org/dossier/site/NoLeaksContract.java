package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Crawls every page a reader can reach from the home page and checks that no draft, scheduled or
 * withdrawn item shows up on any of them (feeds linked from pages included), even when they share
 * authors and topics with public ones.
 */
abstract class NoLeaksContract {

    private static final int MAX_PAGES = 400;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;

    @Test
    void unpublishedItemsAppearOnNoPageReachableFromHome() throws Exception {
        Section section = fixtures.section("Leak Watch");
        long author = fixtures.expert("Leak Tester");
        var topic = fixtures.topic("Leak Topic");
        Instant past = Instant.now().minus(2, ChronoUnit.DAYS);
        fixtures.save(withTopic(fixtures.post(section, "Public piece", Status.PUBLISHED, past, author), topic.id()));
        long draft = fixtures.save(withTopic(fixtures.post(section, "Zanzibar draft", Status.DRAFT, null, author),
                topic.id()));
        long scheduled = fixtures.save(withTopic(fixtures.post(section, "Quixotic schedule", Status.SCHEDULED,
                Instant.now().plus(10, ChronoUnit.DAYS), author), topic.id()));
        long withdrawn = fixtures.save(withTopic(fixtures.post(section, "Yesteryear withdrawn", Status.PUBLISHED,
                past, author), topic.id()));
        fixtures.service().withdraw(withdrawn);
        List<String> secrets = List.of("Zanzibar", "Quixotic", "Yesteryear",
                repository.byId(draft).orElseThrow().slug(), repository.byId(scheduled).orElseThrow().slug(),
                repository.byId(withdrawn).orElseThrow().slug());

        // This test's own pages first: other test classes sharing the context add hundreds of pages.
        Set<String> seen = crawlFrom(List.of(section.url(), topic.url(), "/"));

        assertThat(seen).contains(section.url(), topic.url()).hasSizeGreaterThan(5);
        for (String path : seen) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            String body = response.getContentAsString();
            for (String secret : secrets) {
                assertThat(body).as("%s must not mention %s", path, secret).doesNotContain(secret);
            }
        }
    }

    private Set<String> crawlFrom(List<String> starts) throws Exception {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as("status of %s", path).isLessThan(500);
            if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(response.getContentAsString());
            doc.select("a[href^=/], link[rel=alternate][href^=/]").forEach(a -> {
                String href = a.attr("href");
                if (!href.startsWith("//") && !href.startsWith("/assets/") && !href.startsWith("/media/")
                        && !seen.contains(href)) {
                    queue.add(href);
                }
            });
        }
        return seen;
    }

    private static PublicationInput withTopic(PublicationInput in, long topicId) {
        return new PublicationInput(in.id(), in.externalId(), in.sectionId(), in.typeId(), in.slug(), in.title(),
                in.subtitle(), in.summary(), in.bodyMd(), in.status(), in.publishedAt(), in.updatedAt(),
                in.authorIds(), List.of(topicId), in.regionIds(), in.tagIds(), in.image(), in.event(),
                in.attachments());
    }
}
