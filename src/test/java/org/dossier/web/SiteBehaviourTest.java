package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.dossier.testing.OnSqlite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Cross-cutting behaviour of every page: headers, escaping, the page cache, operations endpoints. */
@OnSqlite
class SiteBehaviourTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;
    @Autowired PageCache cache;
    @Autowired org.dossier.redirects.RedirectRepository redirects;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    private final Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void cachedPagesReplayTheirHeadersAndRefreshWhenContentIsPublished() throws Exception {
        Section section = fixtures.section("Cache Check");
        fixtures.save(fixtures.post(section, "First item", Status.PUBLISHED, yesterday));
        String before = mvc.perform(get(section.url())).andReturn().getResponse().getContentAsString();
        var again = mvc.perform(get(section.url())).andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy")).andReturn().getResponse();
        assertThat(again.getContentAsString()).isEqualTo(before);
        assertThat(cache.size()).isPositive();

        fixtures.save(fixtures.post(section, "Second item", Status.PUBLISHED, Instant.now()));
        String after = mvc.perform(get(section.url())).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Second item");
    }

    @Test
    void cacheHitsAreCountedForOperators() throws Exception {
        Section section = fixtures.section("Counted Hits");
        fixtures.save(fixtures.post(section, "Counted", Status.PUBLISHED, yesterday));
        mvc.perform(get(section.url())).andExpect(status().isOk());
        double before = meters.counter("dossier.page.cache.requests", "result", "hit").count();
        mvc.perform(get(section.url())).andExpect(status().isOk());
        mvc.perform(get(section.url())).andExpect(status().isOk());
        assertThat(meters.counter("dossier.page.cache.requests", "result", "hit").count()).isEqualTo(before + 2);
    }

    @Test
    void aRedirectAddedLaterWinsOverACachedNotFoundPage() throws Exception {
        Section section = fixtures.section("Redirect Target");
        fixtures.save(fixtures.post(section, "Moved here", Status.PUBLISHED, yesterday));
        mvc.perform(get("/old-home-of-things/")).andExpect(status().isNotFound());
        mvc.perform(get("/old-home-of-things/")).andExpect(status().isNotFound());
        redirects.save("/old-home-of-things/", section.url());
        mvc.perform(get("/old-home-of-things/")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", section.url()));
    }

    @Test
    void markupInTitlesIsEscapedEverywhereIncludingStructuredData() throws Exception {
        Section section = fixtures.section("Escapes");
        String title = "</script><script>alert('x')</script> & \"quotes\"";
        long id = fixtures.save(fixtures.post(section, title, Status.PUBLISHED, yesterday));
        String html = mvc.perform(get(repository.byId(id).orElseThrow().url())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert");
        var doc = Jsoup.parse(html);
        assertThat(doc.select("h1").text()).isEqualTo(title);
        assertThat(doc.select("script").stream().filter(s -> !s.attr("type").equals("application/ld+json")))
                .allMatch(s -> s.hasAttr("src"));
        assertThat(doc.select("script[type=application/ld+json]").html()).doesNotContain("</script", "<script");
    }

    @Test
    void postingToAPageIsRefusedWithoutStackTrace() throws Exception {
        String body = mvc.perform(post("/")).andExpect(status().isForbidden()).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("Exception");
    }

    @Test
    void staticAssetsAreServedAndMissingOnesAre404Pages() throws Exception {
        mvc.perform(get("/assets/css/site.css")).andExpect(status().isOk());
        String missing = mvc.perform(get("/assets/css/nope.css")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Page not found");
    }

    @Test
    void healthAndMetricsAreExposedForOperators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("UP"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.db.status").value("UP"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.diskSpace.status").value("UP"));
        mvc.perform(get("/"));
        String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("http_server_requests_seconds", "dossier_jobs_scheduled_runs_seconds");
    }
}
