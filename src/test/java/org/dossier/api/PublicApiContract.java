package org.dossier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.publications.PublicationInput;
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

/** The public read API on a real database. Run on SQLite and PostgreSQL. */
@TestPropertySource(properties = {"dossier.api.requests-per-minute=40", "dossier.base-url=https://think.example.org"})
abstract class PublicApiContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private int client;

    /** Each request comes from this test's own address, so the rate limit test does not starve the others. */
    private MockHttpServletResponse call(String path, int expected, String address) throws Exception {
        return mvc.perform(get(path).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().is(expected)).andReturn().getResponse();
    }

    private JsonNode read(String path, int expected) throws Exception {
        return json.readTree(call(path, expected, "10.0.0." + (++client % 200 + 1)).getContentAsString());
    }

    @Test
    void listsOnlyPublishedPublicationsWithPagingAndFilters() throws Exception {
        Section section = fixtures.section("Api reports");
        var topic = fixtures.topic("Api topic");
        long author = fixtures.expert("Api Author");
        for (int i = 0; i < 5; i++) {
            var in = fixtures.post(section, "Api item " + i, Status.PUBLISHED, lastWeek.plusSeconds(i), author);
            fixtures.save(new PublicationInput(null, null, in.sectionId(), in.typeId(), null, in.title(), null, null,
                    in.bodyMd(), in.status(), in.publishedAt(), null, in.authorIds(), i % 2 == 0 ? List.of(topic.id())
                    : List.of(), List.of(), List.of(), null, null, List.of()));
        }
        long draft = fixtures.save(fixtures.post(section, "Api draft", Status.DRAFT, null));
        long withdrawn = fixtures.save(fixtures.post(section, "Api withdrawn", Status.PUBLISHED, lastWeek));
        fixtures.service().withdraw(withdrawn);

        JsonNode page1 = read("/api/v1/publications?section=" + section.slug() + "&size=2", 200);
        assertThat(page1.get("data")).hasSize(2);
        assertThat(page1.get("data").get(0).get("title").asString()).isEqualTo("Api item 4");
        assertThat(page1.get("data").get(0).get("publishedAt").asString()).isEqualTo(lastWeek.plusSeconds(4).toString());
        assertThat(page1.get("meta").get("total").asLong()).isEqualTo(5);
        assertThat(page1.get("links").get("next").asString()).contains("page=2").startsWith("https://think.example.org");
        JsonNode page3 = read("/api/v1/publications?section=" + section.slug() + "&size=2&page=3", 200);
        assertThat(page3.get("data")).hasSize(1);
        assertThat(page3.get("links").get("next").isNull()).isTrue();

        JsonNode byTopic = read("/api/v1/publications?topic=" + topic.slug(), 200);
        assertThat(byTopic.get("meta").get("total").asLong()).isEqualTo(3);
        String all = read("/api/v1/publications?size=100", 200).toString();
        assertThat(all).doesNotContain("Api draft", "Api withdrawn");
        read("/api/v1/publications/" + draft, 404);
        read("/api/v1/publications/" + withdrawn, 404);
    }

    @Test
    void oneRecordCarriesEverythingAndUnknownOnesAre404() throws Exception {
        Section section = fixtures.section("Api single");
        long author = fixtures.expert("Solo Writer");
        long id = fixtures.save(fixtures.post(section, "Api single item", Status.PUBLISHED, lastWeek, author));
        JsonNode one = read("/api/v1/publications/" + id, 200);
        assertThat(one.get("title").asString()).isEqualTo("Api single item");
        assertThat(one.get("bodyHtml").asString()).contains("<strong>Api single item</strong>");
        assertThat(one.get("authors").get(0).get("name").asString()).isEqualTo("Solo Writer");
        assertThat(one.get("section").get("slug").asString()).isEqualTo(section.slug());
        assertThat(one.get("image").get("credit").asString()).isEqualTo("Photo: Tester");
        read("/api/v1/publications/99999999", 404);
        JsonNode error = read("/api/v1/publications/not-a-number", 400);
        assertThat(error.get("message").asString()).contains("id");
        assertThat(read("/api/v1/experts", 200).toString()).contains("Solo Writer");
        assertThat(read("/api/v1/sections", 200).toString()).contains(section.slug());
        assertThat(read("/api/v1/types", 200).toString()).contains("blog-post");
        read("/api/v1/topics", 200);
        read("/api/v1/experts/nobody-at-all", 404);
    }

    @Test
    void badParametersGetClearJsonErrors() throws Exception {
        assertThat(read("/api/v1/publications?page=0", 400).get("message").asString()).contains("'page'");
        assertThat(read("/api/v1/publications?size=1000", 400).get("message").asString()).contains("'size'");
        assertThat(read("/api/v1/publications?topic=a&tag=b", 400).get("message").asString()).contains("no topic 'a'");
        assertThat(read("/api/v1/publications?section=nowhere", 400).get("message").asString())
                .contains("no section 'nowhere'");
    }

    @Test
    void answersCarryEtagsAndCorsAndHonourIfNoneMatch() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/api/v1/types").header("Origin", "https://reader.example"))
                .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/v1/types").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(options("/api/v1/types").header("Origin", "https://reader.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Methods", "GET,HEAD"));
        mvc.perform(options("/api/v1/types").header("Origin", "https://reader.example")
                .header("Access-Control-Request-Method", "DELETE")).andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndTheBrowsableUiLoads() throws Exception {
        JsonNode doc = read("/api/v1/openapi.json", 200);
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("info").get("title").asString()).endsWith("public API");
        assertThat(doc.get("paths").has("/api/v1/publications")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/publications/{id}")).isTrue();
        assertThat(doc.get("paths").toString()).doesNotContain("/admin");
        String ui = call("/api/docs", 302, "10.1.1.1").getRedirectedUrl();
        assertThat(ui).contains("swagger-ui");
        assertThat(call(ui, 200, "10.1.1.1").getContentAsString()).contains("swagger-ui");
    }

    @Test
    void oneClientOverTheLimitGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 40; i++) {
            call("/api/v1/types", 200, "192.0.2.77");
        }
        MockHttpServletResponse limited = call("/api/v1/types", 429, "192.0.2.77");
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString()).contains("more than 40 requests");
        call("/api/v1/types", 200, "192.0.2.78");
    }
}
