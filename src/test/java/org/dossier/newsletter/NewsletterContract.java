package org.dossier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dossier.mail.TestSmtp;
import org.dossier.publications.Status;
import org.dossier.subscriptions.Frequency;
import org.dossier.subscriptions.Readers;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Newsletters written by editors and automatic digests, delivered to a real SMTP server. */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
abstract class NewsletterContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Digests digests;
    @Autowired JdbcClient jdbc;

    @Test
    void editorPreviewsTestSendsAndSendsToATopicSegmentOnce() throws Exception {
        Term korea = fixtures.topic("Korean Politics");
        Term china = fixtures.topic("China");
        Section section = fixtures.section("Reports");
        long report = Readers.publish(fixtures, section, Fixtures.unique("Election report"), korea);
        long draft = fixtures.save(fixtures.post(section, "Unfinished draft", Status.DRAFT, null));
        String koreaReader = Fixtures.unique("kr") + "@example.org";
        String chinaReader = Fixtures.unique("cn") + "@example.org";
        String everything = Fixtures.unique("all") + "@example.org";
        Readers.subscribe(mvc, koreaReader, "monthly", korea);
        Readers.subscribe(mvc, chinaReader, "weekly", china);
        Readers.subscribe(mvc, everything, "weekly");

        String body = "{\"subject\":\"Election special\",\"introMd\":\"Dear reader, **welcome**.\","
                + "\"publicationIds\":[" + report + "],\"topicIds\":[" + korea.id() + "]}";
        JsonNode created = json(mvc.perform(post("/admin/api/newsletters").with(editor()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)), 200);
        long id = created.get("id").asLong();

        String html = mvc.perform(get("/admin/api/newsletters/" + id + "/preview.html").with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("strong").text()).isEqualTo("welcome");
        String text = mvc.perform(get("/admin/api/newsletters/" + id + "/preview.txt").with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text).contains("Election special", "Dear reader, welcome.", "http://localhost:8080/");

        String tester = Fixtures.unique("tester") + "@example.org";
        json(mvc.perform(post("/admin/api/newsletters/" + id + "/test").with(editor()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + tester + "\"}")), 200);
        Readers.awaitMail(tester, "[Test] Election special");

        JsonNode sent = json(mvc.perform(post("/admin/api/newsletters/" + id + "/send").with(editor()).with(csrf())), 200);
        assertThat(sent.get("recipients").asInt()).isEqualTo(2);
        Readers.awaitMail(koreaReader, "Election special");
        Readers.awaitMail(everything, "Election special");
        await().atMost(Readers.MAIL_WAIT).until(() -> json(mvc.perform(
                get("/admin/api/newsletters/" + id + "/progress").with(editor())), 200).get("sent").asInt() == 2);
        assertThat(TestSmtp.to(chinaReader)).noneMatch(m -> Readers.subject(m).equals("Election special"));

        JsonNode again = json(mvc.perform(post("/admin/api/newsletters/" + id + "/send").with(editor()).with(csrf())), 400);
        assertThat(again.get("message").asText()).contains("already been sent");
        String withDraft = "{\"subject\":\"Leak\",\"publicationIds\":[" + draft + "]}";
        JsonNode refused = json(mvc.perform(post("/admin/api/newsletters").with(editor()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(withDraft)), 400);
        assertThat(refused.get("message").asText()).contains("Only published publications");
    }

    @Test
    void newsletterEndpointsAreForTheTeamOnly() throws Exception {
        mvc.perform(get("/admin/api/newsletters")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/mail")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/api/newsletters").with(editor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"No token\"}")).andExpect(status().isForbidden());
    }

    @Test
    void weeklyDigestHoldsOnlyNewPublicationsOnTheReadersTopicsAndIsNeverEmpty() throws Exception {
        Term energy = fixtures.topic("Energy");
        Term fisheries = fixtures.topic("Fisheries");
        Term nothingNew = fixtures.topic("Nothing new here");
        Section section = fixtures.section("Digest section");
        String energyReader = Fixtures.unique("energy") + "@example.org";
        String idleReader = Fixtures.unique("idle") + "@example.org";
        Readers.subscribe(mvc, energyReader, "weekly", energy);
        Readers.subscribe(mvc, idleReader, "weekly", nothingNew);
        Instant eightDaysAgo = Instant.now().minus(8, ChronoUnit.DAYS);
        for (String reader : new String[] {energyReader, idleReader}) {
            jdbc.sql("UPDATE subscribers SET last_digest_at = :at WHERE email = :email")
                    .param("at", eightDaysAgo.toEpochMilli()).param("email", reader).update();
        }
        String onTopic = Fixtures.unique("Grid reform");
        String offTopic = Fixtures.unique("Fish stocks");
        String tooOld = Fixtures.unique("Old energy piece");
        Readers.publish(fixtures, section, onTopic, Instant.now().minus(2, ChronoUnit.DAYS), energy);
        Readers.publish(fixtures, section, offTopic, Instant.now().minus(2, ChronoUnit.DAYS), fisheries);
        Readers.publish(fixtures, section, tooOld, Instant.now().minus(20, ChronoUnit.DAYS), energy);

        while (digests.runBatch(Frequency.WEEKLY) > 0) {
            // every due reader handled
        }
        var digest = Readers.awaitMail(energyReader, "Your weekly digest");
        assertThat(TestSmtp.text(digest)).contains(onTopic).doesNotContain(offTopic, tooOld);
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(digests.runBatch(Frequency.WEEKLY)).isZero();
        long idleDigests = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r AND batch = 'digest-weekly'")
                .param("r", idleReader).query(Long.class).single();
        assertThat(idleDigests).isZero();
    }

    private JsonNode json(org.springframework.test.web.servlet.ResultActions result, int expected) throws Exception {
        return JSON.readTree(result.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }
}
