package org.dossier.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks against a real HTTP receiver on 127.0.0.1, on a real database. Run on SQLite and PostgreSQL. */
@TestPropertySource(properties = {"dossier.webhooks.poll-millis=100", "dossier.webhooks.retry-base-millis=100",
        "dossier.webhooks.max-attempts=4"})
abstract class WebhooksContract {

    @Autowired org.springframework.web.context.WebApplicationContext context;
    private MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired WebhookRepository repository;

    record Received(String event, String timestamp, String signature, String body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer receiver;

    /**
     * Boot 4's auto-configured MockMvc does not carry {@code @WithMockUser} into requests without the
     * separate spring-boot-security-test module, so this test applies Spring Security's configurer itself.
     */
    @BeforeEach
    void startReceiver() throws Exception {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("X-Dossier-Event"), h.getFirst("X-Dossier-Timestamp"),
                    h.getFirst("X-Dossier-Signature"), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        repository.all().forEach(w -> repository.delete(w.id()));
        receiver.stop(0);
    }

    private String register() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String answer = mvc.perform(post("/admin/api/webhooks").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + url + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("secret").asString();
    }

    private List<String> events() {
        return received.stream().map(Received::event).toList();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void registeredUrlGetsSignedPostsOnPublishUpdateAndWithdrawButNeverForDrafts() throws Exception {
        String secret = register();
        Section section = fixtures.section("Hooks");
        fixtures.save(fixtures.post(section, "Hidden draft", Status.DRAFT, null));
        PublicationInput in = fixtures.post(section, "Hooked piece", Status.PUBLISHED,
                Instant.now().minus(1, ChronoUnit.DAYS));
        long id = fixtures.save(in);
        await().atMost(Duration.ofSeconds(20)).until(() -> events().contains("publication.published"));

        fixtures.save(new PublicationInput(id, null, in.sectionId(), in.typeId(), null, "Hooked piece, revised", null,
                null, in.bodyMd(), in.status(), in.publishedAt(), null, List.of(), List.of(), List.of(), List.of(),
                null, null, List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> events().contains("publication.updated"));
        fixtures.service().withdraw(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> events().contains("publication.withdrawn"));

        assertThat(events()).containsExactly("publication.published", "publication.updated", "publication.withdrawn");
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("sha256=" + WebhookSender.sign(secret, r.timestamp() + "." + r.body()));
            assertThat(r.body()).doesNotContain("Hidden draft");
        }
        JsonNode updated = json.readTree(received.get(1).body());
        assertThat(updated.get("publication").get("title").asString()).isEqualTo("Hooked piece, revised");
        assertThat(json.readTree(received.get(2).body()).get("publication").has("title")).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void failedDeliveriesAreRetriedUntilAccepted() throws Exception {
        register();
        failuresLeft.set(2);
        Section section = fixtures.section("Retries");
        fixtures.save(fixtures.post(section, "Retried piece", Status.PUBLISHED, Instant.now().minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3
                && repository.statuses(repository.all().get(0).id()).contains("publication.published:delivered:3"));
        assertThat(received).hasSize(3);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void registrationRejectsAddressesThatAreNotHttp() throws Exception {
        String answer = mvc.perform(post("/admin/api/webhooks").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"file:///etc/passwd\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("absolute http or https");
        mvc.perform(post("/admin/api/webhooks").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(repository.all()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "READER")
    void onlyAdminsAndEditorsMayManageWebhooks() throws Exception {
        mvc.perform(get("/admin/api/webhooks")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api/webhooks").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://example.org/x\"}")).andExpect(status().isForbidden());
        assertThat(repository.all()).isEmpty();
    }
}
