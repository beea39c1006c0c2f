package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.dossier.accounts.Role;
import org.dossier.publications.Status;
import org.dossier.subscriptions.SubscriberCsv;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Newsletter screens: compose, preview in a sandbox, test send, schedule and cancel, send now as a
 * job whose bar reaches 100% from the outbox. No SMTP server is set here, so copies are captured.
 */
abstract class NewsletterScreensContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired SubscriberCsv csv;

    private RequestPostProcessor editor;
    private long publication;
    private Term topic;

    @BeforeEach
    void content() {
        editor = Accounts.as(accounts.create(Role.EDITOR));
        Section section = fixtures.section("Letters");
        topic = fixtures.topic(Fixtures.unique("Letter topic"));
        var in = fixtures.post(section, Fixtures.unique("Picked report"), Status.PUBLISHED,
                java.time.Instant.now().minus(1, ChronoUnit.HOURS));
        publication = fixtures.save(new org.dossier.publications.PublicationInput(null, null, in.sectionId(),
                in.typeId(), null, in.title(), null, "Summary", in.bodyMd(), in.status(), in.publishedAt(), null,
                in.authorIds(), java.util.List.of(topic.id()), java.util.List.of(), java.util.List.of(), null, null,
                java.util.List.of()));
    }

    @Test
    void composePreviewSendAndWatchTheBarReachAHundred() throws Exception {
        String tag = Fixtures.unique("nl");
        csv.importCsv(new java.io.StringReader("email,topics,consent\n" + tag + "-1@example.org," + topic.slug()
                + ",yes\n" + tag + "-2@example.org," + topic.slug() + ",yes\n"), "letters");
        Document form = TeamRequests.page(mvc, "/admin/newsletters/new", editor);
        assertThat(form.select("input[name=publications][value=" + publication + "]")).hasSize(1);
        long id = create("Weekly <i>" + tag + "</i>", "Hello **readers**", publication, topic.id());

        Document page = TeamRequests.page(mvc, "/admin/newsletters/" + id, editor);
        assertThat(page.select("h1").text()).isEqualTo("Weekly <i>" + tag + "</i>");
        assertThat(page.select("iframe.mail-frame").attr("sandbox")).isEmpty();
        assertThat(page.select("iframe.mail-frame").hasAttr("sandbox")).isTrue();
        assertThat(page.select("pre.mail-text").text()).contains("Hello", "readers");
        assertThat(page.select("input[name=topics][value=" + topic.id() + "]").hasAttr("checked")).isTrue();
        MockHttpServletResponse preview = mvc.perform(get("/admin/newsletters/" + id + "/preview.html").with(editor))
                .andReturn().getResponse();
        assertThat(preview.getHeader("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'",
                "frame-ancestors 'self'");
        assertThat(preview.getContentAsString()).contains("<strong>readers</strong>", "Picked report");

        assertThat(act(post("/admin/newsletters/" + id + "/test").param("email", tag + "-test@example.org")))
                .isEqualTo(302);
        assertThat(count("test-" + id)).isEqualTo(1);

        MockHttpServletResponse sent = mvc.perform(post("/admin/newsletters/" + id + "/send").with(editor)
                .with(csrf())).andReturn().getResponse();
        String job = TeamRequests.finished(mvc, sent.getRedirectedUrl(), editor);
        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("done");
        assertThat((Integer) JsonPath.read(job, "$.percent")).isEqualTo(100);
        // readers who chose no topic get every newsletter, and other test classes add some: count from the record
        long recipients = jdbc.sql("SELECT recipients FROM newsletters WHERE id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(recipients).isGreaterThanOrEqualTo(2);
        assertThat(((Number) JsonPath.read(job, "$.total")).longValue()).isEqualTo(recipients);
        assertThat((String) JsonPath.read(job, "$.message")).contains(recipients + " recipient(s)",
                recipients + " captured");
        assertThat(count("newsletter-" + id)).isEqualTo(recipients);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE batch = :b AND recipient LIKE :t")
                .param("b", "newsletter-" + id).param("t", tag + "-%").query(Long.class).single()).isEqualTo(2);

        Document after = TeamRequests.page(mvc, "/admin/newsletters/" + id, editor);
        assertThat(after.select(".newsletter-status").text()).isEqualTo("sent");
        assertThat(after.select("[data-job-status]").attr("data-job-status"))
                .isEqualTo("/admin/newsletters/" + id + "/progress");
        assertThat(after.select("progress.job-bar").attr("value")).isEqualTo("100");
        assertThat(after.select("form[action$=/send]")).isEmpty();
        String progress = mvc.perform(get("/admin/newsletters/" + id + "/progress").with(editor)).andReturn()
                .getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(progress, "$.percent")).isEqualTo(100);
        assertThat(TeamRequests.page(mvc, "/admin", editor).select("h2:contains(Last sends) + ul").text())
                .contains("Weekly <i>" + tag + "</i>");
        assertThat(act(post("/admin/newsletters/" + id + "/send"))).isEqualTo(400);
        assertThat(count("newsletter-" + id)).isEqualTo(recipients);
        assertThat(TeamRequests.page(mvc, "/admin/newsletters", editor).select("table.data").text())
                .contains("Weekly <i>" + tag + "</i>", recipients + " captured");
    }

    @Test
    void scheduleInTheFutureCanBeCancelledAndBadDatesAreRefused() throws Exception {
        long id = create(Fixtures.unique("Later"), "", publication);
        String past = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString();
        String future = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withSecond(0).withNano(0).toString();
        MockHttpServletResponse refused = mvc.perform(post("/admin/newsletters/" + id + "/schedule").param("at", past)
                .with(editor).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("must be in the future");
        assertThat(act(post("/admin/newsletters/" + id + "/schedule").param("at", "next tuesday"))).isEqualTo(400);
        assertThat(state(id)).isEqualTo("draft");

        assertThat(act(post("/admin/newsletters/" + id + "/schedule").param("at", future))).isEqualTo(302);
        assertThat(state(id)).isEqualTo("scheduled");
        assertThat(TeamRequests.page(mvc, "/admin/newsletters/" + id, editor).select("form[action$=/cancel]"))
                .hasSize(1);
        assertThat(act(post("/admin/newsletters/" + id + "/cancel"))).isEqualTo(302);
        assertThat(state(id)).isEqualTo("draft");
        assertThat(act(post("/admin/newsletters/" + id + "/cancel"))).isEqualTo(400);
    }

    @Test
    void badComposeInputIsShownAgainAndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM newsletters").query(Long.class).single();
        MockHttpServletResponse blank = mvc.perform(post("/admin/newsletters").param("subject", " ")
                .param("intro", "kept text").with(editor).with(csrf())).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("A subject is required", "kept text");
        long draft = fixtures.save(fixtures.post(fixtures.section("Letters"), "Not yet", Status.DRAFT, null));
        assertThat(act(post("/admin/newsletters").param("subject", "x").param("publications", String.valueOf(draft))))
                .isEqualTo(400);
        assertThat(act(post("/admin/newsletters").param("subject", "x").param("publications", "abc"))).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM newsletters").query(Long.class).single()).isEqualTo(before);
        long id = create(Fixtures.unique("Tested"), "", publication);
        assertThat(act(post("/admin/newsletters/" + id + "/test").param("email", "nobody"))).isEqualTo(400);
        assertThat(count("test-" + id)).isZero();
        assertThat(mvc.perform(post("/admin/newsletters/" + id + "/send").with(editor)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("draft");
        assertThat(mvc.perform(get("/admin/newsletters/999999999").with(editor)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private long create(String subject, String intro, long publicationId, long... topics) throws Exception {
        var request = post("/admin/newsletters").param("subject", subject).param("intro", intro)
                .param("publications", String.valueOf(publicationId));
        for (long t : topics) {
            request = request.param("topics", String.valueOf(t));
        }
        MockHttpServletResponse response = mvc.perform(request.with(editor).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().substring("/admin/newsletters/".length()));
    }

    private int act(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(editor).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String state(long id) {
        return jdbc.sql("SELECT status FROM newsletters WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long count(String batch) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE batch = :b").param("b", batch).query(Long.class)
                .single();
    }
}
