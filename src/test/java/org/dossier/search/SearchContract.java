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

/** Search through the HTTP layer on a real database and a real index. Run on SQLite and PostgreSQL. */
abstract class SearchContract extends SearchContractBase {

    @Test
    void publishedItemBecomesSearchableWithinOneSecondAndJsonFollowsTheContract() throws Exception {
        for (int i = 0; i < 3; i++) { // the first updates of a fresh JVM pay for class loading and JIT
            String warm = Fixtures.unique("warmup").replace("-", "");
            docs.save("Warm " + warm, warm, Status.PUBLISHED, lastMonth);
            awaitFound("q=" + warm, "Warm " + warm);
        }
        String word = Fixtures.unique("zyxophone").replace("-", "");
        docs.save("Policy on " + word, "A long body about " + word + " and more.", Status.PUBLISHED, lastMonth);
        awaitFound("q=" + word, "Policy on " + word, Duration.ofSeconds(1));

        String json = api("q=" + word);
        assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.query")).isEqualTo(word);
        assertThat((Integer) JsonPath.read(json, "$.indexTotal")).isPositive();
        assertThat((Integer) JsonPath.read(json, "$.page")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.results[0].url")).startsWith("/" + docs.section().slug() + "/");
        assertThat((String) JsonPath.read(json, "$.results[0].type")).isEqualTo("Blog Post");
        assertThat((String) JsonPath.read(json, "$.results[0].section")).isEqualTo("Analysis");
        assertThat((String) JsonPath.read(json, "$.results[0].date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat((List<?>) JsonPath.read(json, "$.results[0].authors")).isEmpty();
        assertThat((String) JsonPath.read(json, "$.results[0].snippet")).contains("<mark>" + word + "</mark>");
        assertThat((List<?>) JsonPath.read(json, "$.facets.type")).isNotEmpty();
        assertThat((String) JsonPath.read(json, "$.facets.type[0].value")).isEqualTo("blog-post");
        assertThat((String) JsonPath.read(json, "$.facets.type[0].label")).isEqualTo("Blog Post");
        assertThat((Integer) JsonPath.read(json, "$.facets.type[0].count")).isEqualTo(1);
        assertThat(JsonPath.<Object>read(json, "$.didYouMean")).isNull();
    }

    @Test
    void draftsScheduledAndWithdrawnItemsAreNeverSearchableOrSuggested() throws Exception {
        String word = Fixtures.unique("quillwort").replace("-", "");
        docs.save("Draft " + word, word, Status.DRAFT, null);
        docs.save("Scheduled " + word, word, Status.SCHEDULED, Instant.now().plus(5, ChronoUnit.DAYS));
        long withdrawn = docs.save("Withdrawn " + word, word, Status.PUBLISHED, lastMonth);
        docs.save("Public " + word, word, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + word, "Withdrawn " + word);
        fixtures.service().withdraw(withdrawn);

        await().atMost(Duration.ofSeconds(5)).until(() -> titles("q=" + word).equals(List.of("Public " + word)));
        String suggest = mvc.perform(get("/api/search/suggest?q=" + word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(suggest, "$.suggestions[*].label")).containsExactly("Public " + word);
        String html = mvc.perform(get("/search?q=" + word)).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("Draft " + word, "Scheduled " + word, "Withdrawn " + word);
        assertThat(titles("q=" + word + "&sort=newest")).containsExactly("Public " + word);
    }

    @Test
    void editingATitleReplacesTheOldDocumentInsteadOfAddingOne() throws Exception {
        String word = Fixtures.unique("marram").replace("-", "");
        long id = docs.save("First " + word, word, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + word, "First " + word);
        fixtures.save(new org.dossier.publications.PublicationInput(id, null, docs.section().id(),
                fixtures.typeId("blog-post"), null, "Second " + word, null, null, word, Status.PUBLISHED, lastMonth,
                null, List.of(), List.of(), List.of(), List.of(), null, null, List.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> titles("q=" + word).equals(List.of("Second " + word)));
    }

    @Test
    void totalIndexOnEveryPageCountsTheIndex() throws Exception {
        String word = Fixtures.unique("sedge").replace("-", "");
        docs.save("Counted " + word, word, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + word, "Counted " + word);
        int indexTotal = JsonPath.read(api("q=" + word), "$.indexTotal");
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            Document page = Jsoup.parse(mvc.perform(get("/experts/")).andReturn().getResponse().getContentAsString());
            return page.select(".index-total").text().equals(
                    String.format("Total Index: %,d publication%s", indexTotal, indexTotal == 1 ? "" : "s"));
        });
    }

    @Test
    void browsingEverythingCountsANewPublicationAsSoonAsItIsSearchable() throws Exception {
        // The counts of an empty query without filters are kept per index reader: they must never be stale.
        int before = yearCount(api("q="), "1871");
        String word = Fixtures.unique("fescue").replace("-", "");
        docs.save("Archive " + word, word, Status.PUBLISHED, Instant.parse("1871-05-01T00:00:00Z"));
        awaitFound("q=" + word, "Archive " + word);
        assertThat(yearCount(api("q="), "1871")).isEqualTo(before + 1);
        // and they are what counting afresh gives: excluding a word no document has counts without the kept counts
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            String kept = api("q=");
            String counted = api("q=-" + Fixtures.unique("nowhere").replace("-", ""));
            assertThat(JsonPath.<Object>read(kept, "$.facets")).isEqualTo(JsonPath.read(counted, "$.facets"));
            assertThat(JsonPath.<Integer>read(kept, "$.total")).isEqualTo(JsonPath.read(counted, "$.total"));
        });
    }

    /** The year's count, 0 when the year (or, in an index without facets yet, every facet) is absent. */
    private static int yearCount(String json, String year) {
        java.util.Map<String, List<java.util.Map<String, Object>>> facets = JsonPath.read(json, "$.facets");
        return facets.getOrDefault("year", List.of()).stream().filter(v -> year.equals(v.get("value")))
                .map(v -> ((Number) v.get("count")).intValue()).findFirst().orElse(0);
    }

    @Test
    void badParametersGetA400JsonErrorSayingWhat() throws Exception {
        for (String bad : List.of("page=0", "page=abc", "page=100000", "sort=sideways", "from=yesterday",
                "from=2024-05-01&to=2024-01-01", "year=twenty", "type=%3Cscript%3E")) {
            String body = mvc.perform(get("/api/search?q=x&" + bad)).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(body, "$.message")).as(bad).isNotBlank();
        }
        mvc.perform(get("/search?page=-1")).andExpect(status().isBadRequest());
    }
}
