package org.dossier.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.dossier.mail.TestSmtp;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public mailing-list pages: what they show, how they refuse bad input, and what they never reveal. */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
abstract class SubscriptionPagesContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedLinks links;

    @Test
    void stayInformedPageOffersEveryChoiceAndTheConsentWording() throws Exception {
        var topic = fixtures.topic("Maritime Security");
        Document page = page(get("/subscribe"), 200);
        assertThat(page.select("h1").text()).isEqualTo("Stay informed");
        assertThat(page.select("form[action=/subscribe] input[name=email]")).hasSize(2);
        assertThat(page.select("input[name=name], input[name=organisation]")).hasSize(2);
        assertThat(page.select("input[name=topics][value=" + topic.id() + "]")).hasSize(1);
        assertThat(page.select("input[name=frequency]").eachAttr("value")).containsExactly("instant", "weekly", "monthly");
        assertThat(page.select(".consent").text()).contains("I agree to receive email", "2026-1");
        assertThat(page(get("/"), 200).select(".signup-form input[name=website]")).hasSize(1);
    }

    @Test
    void answerIsTheSameForNewPendingConfirmedAndSuppressedAddresses() throws Exception {
        String confirmed = Fixtures.unique("known") + "@example.org";
        Readers.subscribe(mvc, confirmed, "weekly");
        String pending = Fixtures.unique("pending") + "@example.org";
        signUp(pending, 200);
        String fresh = Fixtures.unique("fresh") + "@example.org";

        String first = answer(signUp(fresh, 200));
        assertThat(answer(signUp(pending, 200))).isEqualTo(first);
        assertThat(answer(signUp(confirmed, 200))).isEqualTo(first);
        assertThat(first).contains("Check your inbox");
    }

    @Test
    void atMostOneMailPerAddressPerHour() throws Exception {
        String email = Fixtures.unique("repeat") + "@example.org";
        signUp(email, 200);
        signUp(email, 200);
        signUp(email, 200);
        assertThat(outboxFor(email).size()).isEqualTo(1);
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        assertRefused(post("/subscribe").param("email", "not-an-address"), "does not look like an email address");
        assertRefused(post("/subscribe").param("email", "victim@example.org\r\nBcc: many@example.org"),
                "characters that are not allowed");
        assertRefused(post("/subscribe").param("email", "a@localhost"), "needs a dot");
        String email = Fixtures.unique("badform") + "@example.org";
        assertRefused(post("/subscribe").param("email", email).param("name", "n".repeat(201)), "longer than 200");
        assertRefused(post("/subscribe").param("email", email).param("topics", "999999"), "topics does not exist");
        assertRefused(post("/subscribe").param("email", email).param("frequency", "hourly"), "instant, weekly or monthly");
        assertRefused(post("/subscribe").param("email", "x".repeat(250) + "@example.org"), "longer than 254");
        assertThat(outboxFor(email)).isEmpty();
        assertThat(subscribers(email).get("total").asLong()).isZero();
    }

    @Test
    void internationalDomainIsAcceptedAndStoredInAscii() throws Exception {
        String local = Fixtures.unique("leser");
        signUp(local + "@bücher.de", 200);
        assertThat(subscribers(local).get("subscribers").get(0).get("email").asText())
                .isEqualTo(local + "@xn--bcher-kva.de");
    }

    @Test
    void honeypotAnswersLikeSuccessAndDoesNothing() throws Exception {
        String email = Fixtures.unique("bot") + "@example.org";
        Document page = page(post("/subscribe").with(Readers.someIp()).param("email", email).param("website", "http://spam"), 200);
        assertThat(page.select("h1").text()).isEqualTo("Check your inbox");
        assertThat(subscribers(email).get("total").asLong()).isZero();
    }

    @Test
    void tooManyPostsFromOneIpOrForOneAddressAreRefusedWith429() throws Exception {
        var ip = Readers.someIp();
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/subscribe").with(ip).param("email", "x@example.org").param("website", "bot"))
                    .andExpect(status().isOk());
        }
        Document refused = page(post("/subscribe").with(ip).param("email", "y@example.org"), 429);
        assertThat(refused.select("h1").text()).isEqualTo("Too many requests");

        String email = Fixtures.unique("hammered") + "@example.org";
        for (int i = 0; i < 5; i++) {
            signUp(email, 200);
        }
        signUp(email, 429);
    }

    @Test
    void tamperedForeignOrWrongPurposeLinksAreRejectedAndChangeNothing() throws Exception {
        String email = Fixtures.unique("owner") + "@example.org";
        String token = Readers.subscribe(mvc, email, "weekly");
        page(get("/preferences/" + token), 200);

        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        long id = Long.parseLong(token.substring(0, token.indexOf('.')), 36);
        String otherId = Long.toString(id + 1, 36) + token.substring(token.indexOf('.'));
        String confirmToken = links.sign(SignedLinks.CONFIRM, id, Instant.now().plusSeconds(3600));
        for (String bad : new String[] {tampered, otherId, confirmToken, "nonsense"}) {
            Document page = page(get("/preferences/" + bad), 400);
            assertThat(page.select(".lede").text()).contains("not valid");
            page(post("/preferences/" + bad + "/unsubscribe").with(Readers.someIp()), 400);
            page(post("/preferences/" + bad + "/erase").with(Readers.someIp()), 400);
        }
        assertThat(subscribers(email).get("subscribers").get(0).get("status").asText()).isEqualTo("confirmed");
    }

    @Test
    void expiredOrForgedConfirmationLinksSayWhatIsWrong() throws Exception {
        String email = Fixtures.unique("late") + "@example.org";
        signUp(email, 200);
        long id = subscribers(email).get("subscribers").get(0).get("id").asLong();
        String expired = links.sign(SignedLinks.CONFIRM, id, Instant.now().minusSeconds(60));
        assertThat(page(post("/subscribe/confirm/" + expired).with(Readers.someIp()), 400).text()).contains("expired");
        String forged = links.sign(SignedLinks.PREFERENCES, id, null);
        assertThat(page(post("/subscribe/confirm/" + forged).with(Readers.someIp()), 400).text()).contains("not valid");
        assertThat(subscribers(email).get("subscribers").get(0).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void preferenceCentreChangesTopicsFrequencyAndPause() throws Exception {
        var topic = fixtures.topic("Cyber");
        String email = Fixtures.unique("prefs") + "@example.org";
        String token = Readers.subscribe(mvc, email, "weekly");
        Document saved = page(post("/preferences/" + token).with(Readers.someIp()).param("frequency", "monthly")
                .param("topics", String.valueOf(topic.id())).param("paused", "yes").param("name", "Ji-woo"), 200);
        assertThat(saved.select(".form-notice").text()).contains("saved");
        Document again = page(get("/preferences/" + token), 200);
        assertThat(again.select("input[name=frequency][checked]").attr("value")).isEqualTo("monthly");
        assertThat(again.select("input[name=topics][checked]").attr("value")).isEqualTo(String.valueOf(topic.id()));
        assertThat(again.select("input[name=paused][checked]")).hasSize(1);
        assertThat(again.select("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");

        Document bad = page(post("/preferences/" + token).with(Readers.someIp()).param("frequency", "daily"), 400);
        assertThat(bad.select(".form-error").text()).contains("instant, weekly or monthly");
        assertThat(page(get("/preferences/" + token), 200).select("input[name=frequency][checked]").attr("value"))
                .isEqualTo("monthly");
    }

    @Test
    void readerDownloadsThenErasesTheirDataAndAnOldImportCannotBringItBack() throws Exception {
        String email = Fixtures.unique("gdpr") + "@example.org";
        String token = Readers.subscribe(mvc, email, "weekly");
        var download = mvc.perform(get("/preferences/" + token + "/data")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition")).contains("attachment");
        JsonNode data = JSON.readTree(download.getContentAsString());
        assertThat(data.get("email").asText()).isEqualTo(email);
        assertThat(data.get("consents").get(0).get("version").asText()).isEqualTo("2026-1");

        page(post("/preferences/" + token + "/erase").with(Readers.someIp()), 200);
        page(get("/preferences/" + token), 400);
        assertThat(subscribers(email).get("total").asLong()).isZero();
        assertThat(outboxFor(email)).isEmpty();

        var file = new org.springframework.mock.web.MockMultipartFile("file", "old.csv", "text/csv",
                ("email,consent\n" + email + ",yes\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String report = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/admin/api/subscribers/import").file(file).with(editor()).with(
                                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(report).get("rows").get(0).get("result").asText()).isEqualTo("skipped");
        assertThat(subscribers(email).get("total").asLong()).isZero();
    }

    private MockHttpServletRequestBuilder signUpRequest(String email) {
        return post("/subscribe").with(Readers.someIp()).param("email", email);
    }

    private Document signUp(String email, int expected) throws Exception {
        return page(signUpRequest(email), expected);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        Document page = page(request.with(Readers.someIp()), 400);
        assertThat(page.select(".form-error").text()).contains(message);
        assertThat(page.html()).doesNotContain("Exception");
    }

    private static String answer(Document page) {
        return page.select("main").text();
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }

    private JsonNode subscribers(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/admin/api/subscribers").param("q", query).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode outboxFor(String email) throws Exception {
        return JSON.readTree(mvc.perform(get("/admin/mail").param("recipient", email).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("mails");
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }
}
