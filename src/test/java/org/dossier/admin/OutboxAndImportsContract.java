package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.accounts.Role;
import org.dossier.importer.wxr.SyntheticWxr;
import org.dossier.subscriptions.SubscriberCsv;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox viewer (list, one mail shown safely, retry) and content imports started from the back office. */
abstract class OutboxAndImportsContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SubscriberCsv csv;

    private RequestPostProcessor editor;

    @BeforeEach
    void signIn() {
        editor = Accounts.as(accounts.create(Role.EDITOR));
    }

    @Test
    void outboxListsFiltersShowsAndRetriesAFailedMail() throws Exception {
        String email = Fixtures.unique("box") + "@example.org";
        // an invitation (no consent column): the confirmation mail lands in the outbox, captured
        csv.importCsv(new java.io.StringReader("email,name\n" + email + ",Box <script>window.XSSMARK=1</script>\n"),
                "outbox");
        Document list = TeamRequests.page(mvc, "/admin/mail/outbox?recipient=" + email, editor);
        assertThat(list.select("table.data tbody tr")).hasSize(1);
        assertThat(list.select("table.data tbody tr").text()).contains(email, "captured");
        String detail = list.select("table.data tbody tr a").attr("href");
        long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));

        Document mail = TeamRequests.page(mvc, detail, editor);
        assertThat(mail.select("iframe.mail-frame").attr("src")).isEqualTo(detail + "/body.html");
        assertThat(mail.select("iframe.mail-frame").hasAttr("sandbox")).isTrue();
        assertThat(mail.select("pre.mail-text").text()).contains("/subscribe/confirm/");
        assertThat(mail.select("script:not([src])")).isEmpty();
        assertThat(mail.select("form[action$=/retry]")).isEmpty();
        MockHttpServletResponse body = mvc.perform(get(detail + "/body.html").with(editor)).andReturn().getResponse();
        assertThat(body.getHeader("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");
        assertThat(body.getContentAsString()).contains("/subscribe/confirm/");

        assertThat(mvc.perform(post(detail + "/retry").with(editor).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
        // a refusal by a real server is what makes a row "failed"; here it is set directly
        jdbc.sql("UPDATE mail_outbox SET status = 'failed', last_error = '550 no such user' WHERE id = :id")
                .param("id", id).update();
        Document failed = TeamRequests.page(mvc, "/admin/mail/outbox?status=failed&recipient=" + email, editor);
        assertThat(failed.select("table.data tbody tr")).hasSize(1);
        assertThat(TeamRequests.page(mvc, detail, editor).text()).contains("550 no such user");
        assertThat(mvc.perform(post(detail + "/retry").with(editor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(detail + "/retry").with(editor).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(detail);
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("captured");
        assertThat(mvc.perform(get("/admin/mail/outbox/999999999").with(editor)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void jsonlUploadImportsInTheBackgroundAndReportsBadLines() throws Exception {
        String tag = Fixtures.unique("jl");
        String lines = "{\"id\":\"" + tag + "-1\",\"title\":\"Upload " + tag + "\",\"body\":\"Text.\",\"date\":\"2024-03-05\"}\n"
                + "{\"id\":\"" + tag + "-2\",\"title\":\"Broken\n"
                + "{\"id\":\"" + tag + "-3\",\"title\":\"Second " + tag + "\",\"body\":\"More.\",\"date\":\"2024-03-06\"}\n";
        String job = upload("items.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        String status = TeamRequests.finished(mvc, job, editor);
        assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("done");
        assertThat((String) JsonPath.read(status, "$.message")).contains("Imported 2", "skipped 1");
        List<String> report = JsonPath.read(status, "$.report");
        assertThat(report).singleElement().asString().startsWith("Line 2:");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publications WHERE title LIKE :t").param("t", "%" + tag)
                .query(Long.class).single()).isEqualTo(2);
        Document dashboard = TeamRequests.page(mvc, "/admin", editor);
        assertThat(dashboard.select("h2:contains(Background jobs) + ul").text()).contains("Importing items.jsonl");
        assertThat(TeamRequests.page(mvc, "/admin/jobs/import", editor).select(".job-state").text()).isEqualTo("done");
    }

    @Test
    void wxrUploadIsAllOrNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.xml");
        SyntheticWxr.write(file, 3, 1, 0);
        String host = Fixtures.unique("site") + ".example.org";
        byte[] good = Files.readString(file).replace("synthetic.example.org", host).getBytes(StandardCharsets.UTF_8);
        String status = TeamRequests.finished(mvc, upload("site.xml", good), editor);
        assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("done");
        assertThat((String) JsonPath.read(status, "$.message")).contains("3 created");
        assertThat((Integer) JsonPath.read(status, "$.percent")).isEqualTo(100);

        long before = jdbc.sql("SELECT COUNT(*) FROM publications").query(Long.class).single();
        String cut = new String(good, StandardCharsets.UTF_8);
        byte[] broken = cut.substring(0, cut.lastIndexOf("</item>")).getBytes(StandardCharsets.UTF_8);
        String failed = TeamRequests.finished(mvc, upload("broken.xml", broken), editor);
        assertThat((String) JsonPath.read(failed, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(failed, "$.message")).contains("nothing was written");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publications").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void badUploadsAreRefusedWithAReason() throws Exception {
        MockHttpServletResponse wrong = mvc.perform(multipart("/admin/jobs/import")
                .file(new MockMultipartFile("file", "photo.png", "image/png", new byte[] {1})).with(editor).with(csrf()))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("must be a WordPress export or JSONL file");
        MockHttpServletResponse gz = mvc.perform(multipart("/admin/jobs/import")
                .file(new MockMultipartFile("file", "x.jsonl.gz", "application/gzip", "not gzip".getBytes()))
                .with(editor).with(csrf())).andReturn().getResponse();
        assertThat(gz.getStatus()).isEqualTo(400);
        assertThat(gz.getContentAsString()).contains("cannot be read as JSONL");
        assertThat(mvc.perform(multipart("/admin/jobs/import").with(editor).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(multipart("/admin/jobs/import").file(new MockMultipartFile("file", "a.jsonl",
                "application/x-ndjson", "{}".getBytes())).with(editor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private String upload(String name, byte[] content) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/admin/jobs/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(editor)
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
