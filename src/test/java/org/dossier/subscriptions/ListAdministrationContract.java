package org.dossier.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.dossier.mail.TestSmtp;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** CSV import and export, search, and the bounce rule, through the team's endpoints. */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@TestPropertySource(properties = "dossier.subscriptions.bounce-token=test-bounce-token")
abstract class ListAdministrationContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void csvImportReportsEveryRowAndOnlyConsentedPeopleSkipConfirmation() throws Exception {
        var topic = fixtures.topic("Import topic");
        String tag = Fixtures.unique("imp");
        String csv = "email,name,organisation,frequency,topics,consent\n"
                + tag + "-a@example.org,Ada,Institute,weekly," + topic.slug() + ",yes\n"
                + tag + "-b@example.org,Ben,,monthly,,no\n"
                + "not-an-address,Bad,,weekly,,yes\n"
                + tag + "-c@example.org,Cy,,weekly,no-such-topic,yes\n"
                + tag + "-a@example.org,Ada again,,weekly,,yes\n"
                + tag + "-d@example.org,Di,,hourly,,yes\n";
        JsonNode report = importCsv(csv, "partners-2025", 200);
        assertThat(report.get("rows").size()).isEqualTo(6);
        assertThat(results(report)).containsExactly("added", "invited", "error", "error", "skipped", "error");
        assertThat(report.get("rows").get(2).get("message").asText()).contains("email address");
        assertThat(report.get("rows").get(3).get("message").asText()).contains("Unknown topic 'no-such-topic'");
        assertThat(report.get("rows").get(2).get("row").asLong()).isEqualTo(4);

        JsonNode listed = search(tag);
        assertThat(listed.get("total").asLong()).isEqualTo(2);
        for (JsonNode s : listed.get("subscribers")) {
            assertThat(s.get("source").asText()).isEqualTo("import:partners-2025");
            assertThat(s.get("status").asText()).isEqualTo(s.get("email").asText().startsWith(tag + "-a") ? "confirmed" : "pending");
        }
        Readers.awaitMail(tag + "-b@example.org", "Please confirm your subscription");
        assertThat(TestSmtp.to(tag + "-a@example.org")).isEmpty();

        String export = mvc.perform(get("/admin/api/subscribers/export.csv").with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(export).startsWith("email,name,organisation,status,frequency,paused,topics,source")
                .contains(tag + "-a@example.org,Ada,Institute,confirmed,weekly,false," + topic.slug() + ",import:partners-2025");
    }

    @Test
    void csvWithoutAnEmailColumnIsRefusedAsAWhole() throws Exception {
        JsonNode refused = importCsv("name\nAda\n", "x", 400);
        assertThat(refused.get("message").asText()).contains("'email'");
    }

    @Test
    void hardBounceOrComplaintSuppressesAtOnceAndThreeSoftBouncesDoToo() throws Exception {
        String hard = Fixtures.unique("hard") + "@example.org";
        String soft = Fixtures.unique("soft") + "@example.org";
        Readers.subscribe(mvc, hard, "weekly");
        Readers.subscribe(mvc, soft, "weekly");

        assertThat(bounce(hard, "hard", 200).get("status").asText()).isEqualTo("suppressed");
        assertThat(bounce(soft, "soft", 200).get("status").asText()).isEqualTo("confirmed");
        assertThat(bounce(soft, "soft", 200).get("status").asText()).isEqualTo("confirmed");
        assertThat(bounce(soft, "soft", 200).get("status").asText()).isEqualTo("suppressed");
        assertThat(bounce("nobody-" + soft, "hard", 200).get("status").asText()).isEqualTo("unknown");
        assertThat(bounce(soft, "bounced?", 400).get("message").asText()).contains("hard, soft or complaint");

        mvc.perform(post("/api/mail/bounces").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + soft + "\",\"type\":\"hard\"}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/mail/bounces").header("Authorization", "Bearer wrong").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + soft + "\",\"type\":\"hard\"}")).andExpect(status().isUnauthorized());
        assertThat(search(hard).get("subscribers").get(0).get("statusReason").asText()).startsWith("hard");
    }

    private JsonNode bounce(String email, String type, int expected) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/mail/bounces").header("Authorization", "Bearer test-bounce-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"type\":\"" + type + "\",\"reason\":\"550 no such user\"}"))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    private JsonNode importCsv(String csv, String source, int expected) throws Exception {
        var file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return JSON.readTree(mvc.perform(multipart("/admin/api/subscribers/import").file(file).param("source", source)
                        .with(editor()).with(csrf()))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    private JsonNode search(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/admin/api/subscribers").param("q", query).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static java.util.List<String> results(JsonNode report) {
        java.util.List<String> results = new java.util.ArrayList<>();
        report.get("rows").forEach(r -> results.add(r.get("result").asText()));
        return results;
    }

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }
}
