package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.dossier.accounts.Role;
import org.dossier.publications.Status;
import org.dossier.search.SynonymEditing;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The synonyms editor and search analytics screens, through MockMvc with a real index and database. */
abstract class SearchScreensContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired SynonymEditing synonyms;

    private RequestPostProcessor editor;
    private Section section;

    @BeforeEach
    void setUp() {
        editor = Accounts.as(accounts.create(Role.EDITOR));
        section = fixtures.section("Screens");
    }

    /** A word of letters only, so the analyzers and the synonym matcher keep it whole. */
    static String word() {
        StringBuilder b = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return b.toString();
    }

    @Test
    void synonymGroupAddedEditedAndRemovedInTheAdminChangesSearchAtOnce() throws Exception {
        String a = word();
        String b = word();
        String c = word();
        publish("Report on " + a);
        publish("Study of " + b);
        await().atMost(Duration.ofSeconds(5)).until(() -> titles(a).size() == 1 && titles(b).size() == 1);

        assertThat(form("/admin/search/synonyms", a + ", " + b).getStatus()).isEqualTo(302);
        assertThat(titles(a)).containsExactlyInAnyOrder("Report on " + a, "Study of " + b);
        long id = groupWith(a).id();
        assertThat(page("/admin/search/synonyms").select("input[name=terms]").eachAttr("value"))
                .contains(a + ", " + b);

        assertThat(form("/admin/search/synonyms/" + id, a + ", " + c).getStatus()).isEqualTo(302);
        assertThat(groupWith(a).terms()).isEqualTo(a + ", " + c);
        assertThat(titles(a)).containsExactly("Report on " + a);

        assertThat(form("/admin/search/synonyms/" + id, b + ", " + a).getStatus()).isEqualTo(302);
        assertThat(titles(b)).hasSize(2);
        assertThat(mvc.perform(post("/admin/search/synonyms/" + id + "/delete").with(csrf()).with(editor))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(synonyms.list()).noneMatch(g -> g.id() == id);
        assertThat(titles(b)).containsExactly("Study of " + b);
    }

    @Test
    void badSynonymGroupsAreRefusedWithTheFormAgainAndChangeNothing() throws Exception {
        String a = word();
        form("/admin/search/synonyms", a + ", " + word());
        SynonymEditing.Group existing = groupWith(a);
        List<SynonymEditing.Group> before = synonyms.list();
        for (String bad : List.of("", " , ,", "only" + a, a + ", " + "x".repeat(SynonymEditing.MAX_TERM + 1))) {
            for (String path : List.of("/admin/search/synonyms", "/admin/search/synonyms/" + existing.id())) {
                MockHttpServletResponse response = form(path, bad);
                assertThat(response.getStatus()).as(path + " with '" + bad + "'").isEqualTo(400);
                Document page = Jsoup.parse(response.getContentAsString());
                assertThat(page.select(".errors li").text()).isNotBlank();
                assertThat(page.select("form[action=" + path + "] input[name=terms]").attr("value")).isEqualTo(bad);
            }
        }
        assertThat(synonyms.list()).isEqualTo(before);
        assertThat(form("/admin/search/synonyms/999999999", a + ", b").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/search/synonyms").param("terms", "x, y").with(editor))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(synonyms.list()).isEqualTo(before);
    }

    @Test
    void analyticsPageChartsTheRecordedQueries() throws Exception {
        String found = word();
        String missing = word();
        publish("Analysis of " + found);
        await().atMost(Duration.ofSeconds(5)).until(() -> titles(found).size() == 1);
        for (int i = 0; i < 40; i++) {
            titles(found);
            titles(missing);
        }

        Document page = page("/admin/search/analytics");
        assertThat(page.select("svg[role=img]")).hasSize(3);
        assertThat(page.select("#chart-days-desc").text()).contains("Searches per day");
        long today = page.select("#chart-days-title").parents().first().select("rect.bar").stream()
                .mapToLong(r -> Long.parseLong(r.attr("height"))).reduce((x, y) -> y).orElse(0);
        assertThat(today).as("today's column").isPositive();
        assertThat(page.select("#chart-top-desc").text()).contains(found + " 4");
        assertThat(page.select("#chart-top-title").parents().first().select("text.label").eachText()).contains(found);
        assertThat(page.select("#chart-zero-title").parents().first().select("text.label").eachText())
                .contains(missing).doesNotContain(found);
        assertThat(page.select("table.data td").eachText()).contains(found, missing);
        assertThat(mvc.perform(get("/admin/search/analytics?days=2").with(editor)).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
    }

    private void publish(String title) {
        fixtures.save(fixtures.post(section, title, Status.PUBLISHED, Instant.now().minus(1, ChronoUnit.DAYS)));
    }

    private SynonymEditing.Group groupWith(String term) {
        return synonyms.list().stream().filter(g -> g.terms().contains(term)).findFirst().orElseThrow();
    }

    private List<String> titles(String q) throws Exception {
        return titles(mvc, q);
    }

    /** Titles {@code /api/search} finds for {@code q}. */
    static List<String> titles(MockMvc mvc, String q) throws Exception {
        // each call from its own address: the public API's per-address rate limit is not under test here
        String json = mvc.perform(get(URI.create("/api/search?q=" + q)).with(r -> {
            r.setRemoteAddr("10.9." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                    + java.util.concurrent.ThreadLocalRandom.current().nextInt(256));
            return r;
        })).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.results[*].title");
    }

    private MockHttpServletResponse form(String path, String terms) throws Exception {
        return mvc.perform(post(path).param("terms", terms).with(csrf()).with(editor)).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(editor)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
