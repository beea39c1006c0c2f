package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dossier.accounts.Role;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard's index status and the "Rebuild index" background job with its progress. */
abstract class RebuildJobContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;

    @Test
    void rebuildRunsInTheBackgroundToCompletionAndItsStatusSurvivesAReload() throws Exception {
        RequestPostProcessor admin = Accounts.as(accounts.create(Role.ADMIN));
        Section section = fixtures.section("Rebuilt");
        String w = SearchScreensContract.word();
        for (int i = 0; i < 5; i++) {
            fixtures.save(fixtures.post(section, "Rebuilt " + i + " " + w, Status.PUBLISHED,
                    Instant.now().minus(1, ChronoUnit.DAYS)));
        }
        Document before = page("/admin", admin);
        assertThat(before.select("form[action=/admin/jobs/reindex] button").text()).isEqualTo("Rebuild index");
        String generationBefore = before.select(".stats code").text();
        assertThat(generationBefore).isNotBlank();

        MockHttpServletResponse started = mvc.perform(post("/admin/jobs/reindex").with(csrf()).with(admin))
                .andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String jobPath = started.getRedirectedUrl();
        assertThat(jobPath).startsWith("/admin/jobs/");
        Document jobPage = page(jobPath, admin);
        assertThat(jobPage.select("progress.job-bar")).hasSize(1);
        assertThat(jobPage.select("[data-job-status]").attr("data-job-status")).isEqualTo(jobPath + "/status");
        assertThat(jobPage.select("script[src=/assets/js/jobs.js]")).hasSize(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> "done".equals(state(jobPath, admin)));
        String json = mvc.perform(get(jobPath + "/status").with(admin)).andReturn().getResponse().getContentAsString();
        int total = JsonPath.read(json, "$.total");
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat((Integer) JsonPath.read(json, "$.done")).isEqualTo(total);
        assertThat((Integer) JsonPath.read(json, "$.percent")).isEqualTo(100);
        assertThat((String) JsonPath.read(json, "$.message")).contains("Indexed " + total);

        Document reloaded = page(jobPath, admin);
        assertThat(reloaded.select(".job-state").text()).isEqualTo("done");
        assertThat(reloaded.select("progress.job-bar").attr("value")).isEqualTo("100");
        await().atMost(Duration.ofSeconds(10)).until(() -> !page("/admin", admin).select(".stats code").text()
                .equals(generationBefore));
        Document dashboard = page("/admin", admin);
        assertThat(dashboard.select(".job-state").text()).isEqualTo("done");
        assertThat(SearchScreensContract.titles(mvc, w)).hasSize(5);
    }

    @Test
    void unknownJobsAnswer404AndAuthorsSeeNoIndexPanel() throws Exception {
        RequestPostProcessor admin = Accounts.as(accounts.create(Role.ADMIN));
        MockHttpServletResponse status = mvc.perform(get("/admin/jobs/no-such-job/status").with(admin))
                .andReturn().getResponse();
        assertThat(status.getStatus()).isEqualTo(404);
        assertThat((String) JsonPath.read(status.getContentAsString(), "$.message")).contains("No such job");
        assertThat(mvc.perform(get("/admin/jobs/no-such-job").with(admin)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        Document authorDashboard = page("/admin", Accounts.as(accounts.create(Role.AUTHOR)));
        assertThat(authorDashboard.select("form[action=/admin/jobs/reindex]")).isEmpty();
    }

    private String state(String jobPath, RequestPostProcessor who) throws Exception {
        return JsonPath.read(mvc.perform(get(jobPath + "/status").with(who)).andReturn().getResponse()
                .getContentAsString(), "$.state");
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
