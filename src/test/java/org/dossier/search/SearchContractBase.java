package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.publications.Status;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the search contracts share: MockMvc, fixtures and waiting for the index. */
abstract class SearchContractBase {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    Docs docs;
    final Instant lastMonth = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void section() {
        docs = new Docs(fixtures, fixtures.section("Analysis"));
    }

    String api(String query) throws Exception {
        return mvc.perform(get(uri("/api/search?" + query))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    List<String> titles(String query) throws Exception {
        return JsonPath.read(api(query), "$.results[*].title");
    }

    /** The URI as a browser sends it; MockMvc would otherwise keep '+' and re-encode '%'. */
    static java.net.URI uri(String pathAndQuery) {
        return java.net.URI.create(pathAndQuery.replace("+", "%20"));
    }

    /** Waits until {@code query} finds {@code title} (the one-second promise has its own test, when warm). */
    void awaitFound(String query, String title) {
        awaitFound(query, title, Duration.ofSeconds(5));
    }

    void awaitFound(String query, String title, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(20))
                .until(() -> titles(query).contains(title));
    }

}
