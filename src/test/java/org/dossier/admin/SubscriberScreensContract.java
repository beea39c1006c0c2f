package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.accounts.Role;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The subscriber screens: list with filters, the record with consents, unsubscribe, erase, CSV out and in. */
abstract class SubscriberScreensContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private RequestPostProcessor editor;

    @BeforeEach
    void signIn() {
        editor = Accounts.as(accounts.create(Role.EDITOR));
    }

    @Test
    void importedSubscribersAreFoundByTextStatusAndTopicAndShowTheirConsent() throws Exception {
        Term topic = fixtures.topic(Fixtures.unique("Listed topic"));
        String tag = Fixtures.unique("sub");
        String csv = "email,name,organisation,topics,consent\n"
                + tag + "-a@example.org,Ada " + tag + ",Institute <b>X</b>," + topic.slug() + ",yes\n"
                + tag + "-b@example.org,Bo " + tag + ",,,yes\n"
                + "not-an-address,Bad,,,yes\n"
                + tag + "-c@example.org,Cy,," + "no-such-topic" + ",yes\n";
        String job = upload(csv, "csv-" + tag).getRedirectedUrl();
        String status = TeamRequests.finished(mvc, job, editor);
        assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("done");
        assertThat((String) JsonPath.read(status, "$.message")).contains("4 row(s)", "2 added", "2 refused");
        List<String> report = JsonPath.read(status, "$.report");
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).startsWith("Line 4 (not-an-address)");
        assertThat(report.get(1)).startsWith("Line 5 (" + tag + "-c@example.org)").contains("no-such-topic");
        assertThat(TeamRequests.page(mvc, job, editor).select(".job-report li")).hasSize(2);

        Document byText = TeamRequests.page(mvc, "/admin/subscribers?q=" + tag, editor);
        assertThat(byText.select("table.data tbody tr")).hasSize(2);
        Document byTopic = TeamRequests.page(mvc, "/admin/subscribers?q=" + tag + "&topic=" + topic.id(), editor);
        assertThat(byTopic.select("table.data tbody tr a").eachText()).containsExactly(tag + "-a@example.org");
        assertThat(TeamRequests.page(mvc, "/admin/subscribers?q=" + tag + "&status=unsubscribed", editor)
                .select("table.data tbody tr")).isEmpty();

        String detail = byTopic.select("table.data tbody tr a").attr("href");
        Document record = TeamRequests.page(mvc, detail, editor);
        assertThat(record.select("h1").text()).isEqualTo(tag + "-a@example.org");
        assertThat(record.text()).contains("Institute <b>X</b>", topic.name(), "confirmed");
        assertThat(record.select("b")).isEmpty();
        assertThat(record.select("h2:contains(Consent record) + table tbody tr").text())
                .contains("import:csv-" + tag, "Consent recorded before import");
    }

    @Test
    void pagingKeepsTheFilters() throws Exception {
        String tag = Fixtures.unique("many");
        StringBuilder csv = new StringBuilder("email,consent\n");
        for (int i = 0; i < 55; i++) {
            csv.append(tag).append('-').append(i).append("@example.org,yes\n");
        }
        TeamRequests.finished(mvc, upload(csv.toString(), "paging").getRedirectedUrl(), editor);
        Document first = TeamRequests.page(mvc, "/admin/subscribers?q=" + tag + "&status=confirmed", editor);
        assertThat(first.select("table.data tbody tr")).hasSize(50);
        String next = first.select("p.pager a:contains(Next)").attr("href");
        assertThat(next).contains("q=" + tag, "status=confirmed", "page=2");
        assertThat(TeamRequests.page(mvc, next, editor).select("table.data tbody tr")).hasSize(5);
    }

    @Test
    void unsubscribeAndEraseActOnTheRecord() throws Exception {
        String email = Fixtures.unique("gone") + "@example.org";
        TeamRequests.finished(mvc, upload("email,consent\n" + email + ",yes\n", "erase").getRedirectedUrl(), editor);
        long id = jdbc.sql("SELECT id FROM subscribers WHERE email = :e").param("e", email).query(Long.class).single();
        mvc.perform(post("/admin/subscribers/" + id + "/unsubscribe").with(editor).with(csrf()));
        assertThat(status(email)).isEqualTo("unsubscribed");
        assertThat(TeamRequests.page(mvc, "/admin/subscribers/" + id, editor).text()).contains("unsubscribed");

        MockHttpServletResponse erased = mvc.perform(post("/admin/subscribers/" + id + "/erase").with(editor)
                .with(csrf())).andReturn().getResponse();
        assertThat(erased.getRedirectedUrl()).isEqualTo("/admin/subscribers");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE email = :e").param("e", email).query(Long.class)
                .single()).isZero();
        assertThat(mvc.perform(get("/admin/subscribers/" + id).with(editor)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        String again = TeamRequests.finished(mvc, upload("email,consent\n" + email + ",yes\n", "again")
                .getRedirectedUrl(), editor);
        assertThat((String) JsonPath.read(again, "$.message")).contains("1 skipped");
    }

    @Test
    void exportDownloadsTheListAsCsv() throws Exception {
        String email = Fixtures.unique("csv") + "@example.org";
        TeamRequests.finished(mvc, upload("email,name,consent\n" + email + ",\"Doe, Jane\",yes\n", "export")
                .getRedirectedUrl(), editor);
        MockHttpServletResponse export = mvc.perform(get("/admin/subscribers/export.csv").with(editor)).andReturn()
                .getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getHeader("Content-Disposition")).contains("attachment");
        assertThat(export.getContentAsString()).startsWith("email,name,").contains(email + ",\"Doe, Jane\",");
    }

    @Test
    void aFileThatIsNotCsvChangesNothing() throws Exception {
        String email = Fixtures.unique("half") + "@example.org";
        String broken = "email,consent\n" + email + ",yes\n\"unterminated,yes\n";
        String status = TeamRequests.finished(mvc, upload(broken, "broken").getRedirectedUrl(), editor);
        assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(status, "$.message")).contains("not valid CSV", "Nothing was imported");
        String noHeader = TeamRequests.finished(mvc, upload("address\n" + email + "\n", "nohead").getRedirectedUrl(),
                editor);
        assertThat((String) JsonPath.read(noHeader, "$.message")).contains("'email'");
        assertThat(status(email)).isNull();
    }

    @Test
    void uploadsWithoutAFileOrCsrfTokenAreRefused() throws Exception {
        MockHttpServletResponse empty = mvc.perform(multipart("/admin/subscribers/import").with(editor).with(csrf()))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Choose a CSV file");
        MockHttpServletResponse wrongKind = mvc.perform(multipart("/admin/subscribers/import")
                .file(new MockMultipartFile("file", "list.exe", "application/octet-stream", new byte[] {1, 2}))
                .with(editor).with(csrf())).andReturn().getResponse();
        assertThat(wrongKind.getStatus()).isEqualTo(400);
        String email = Fixtures.unique("nocsrf") + "@example.org";
        MockHttpServletResponse forged = mvc.perform(multipart("/admin/subscribers/import").file(csv("email,consent\n"
                + email + ",yes\n")).with(editor)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/subscribers/1/erase").with(editor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(status(email)).isNull();
        assertThat(mvc.perform(get("/admin/subscribers?q=" + "x".repeat(300)).with(editor)).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse upload(String csv, String source) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/admin/subscribers/import").file(csv(csv))
                .param("source", source).with(editor).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response;
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "list.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private String status(String email) {
        return jdbc.sql("SELECT status FROM subscribers WHERE email = :e").param("e", email).query(String.class)
                .optional().orElse(null);
    }
}
